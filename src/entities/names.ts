/** Person-name helpers: nominative forms of name tokens, surname and first-name evidence, generated ids and linking. */
import type { Ctx } from './context.ts';
import type { Lexicon } from './lexicon.ts';
import type { Draft } from './draft.ts';
import type { Person } from './gazetteer.ts';
import { fromEntry } from './draft.ts';
import { nameWordKeys } from './keys.ts';
import { tokenize } from '../text/tokenize.ts';
import { NAME_LANGS, type GazetteerEntry } from './gazetteer.ts';
import { romanizeName } from './romanize.ts';
import * as ru from '../lang/morph/ru.ts';
import * as turkic from '../lang/morph/turkic.ts';
import { latinKey } from '../text/translit.ts';

const KK_LETTERS = /[әғқңөұүһі]/i;
const AZ_LETTERS = /[əƏ]/;
const VOWEL_END = /[aeəiıouüöyаәеиоөуұүыіэюя]$/i;

/** Lower-case nominative of a name token: the Russian lemma when the first name is inflected, the Turkic stem otherwise. */
function nominatives(ctx: Ctx, idx: readonly number[]): string[] {
  const { view, lex } = ctx;
  const toks = idx.map((i) => view.tok(i));
  const lang = view.langs[idx[0] ?? 0];
  if (lang === 'ru') {
    const first = toks[0];
    // A first name as written in the gazetteer (Сергей, Алексей: not the plural of «Сергя») is in the nominative.
    const known = first !== undefined && lex.persons.firstNames.has(latinKey(first.lower));
    const inflected = first !== undefined && !known && (ru.analyse(first.text).lemma ?? first.lower) !== first.lower;
    return toks.map((t) => {
      if (!inflected || t.lower.endsWith('и')) return t.lower;
      const a = ru.analyse(t.text);
      return a.lemma ?? a.stem;
    });
  }
  if (lang === 'kk' || lang === 'az') {
    const female = VOWEL_END.test(toks[0]?.lower ?? '') && toks.length > 1;
    // Only the last word of a Turkic name is inflected.
    return toks.map((t, k) => {
      if (k < toks.length - 1) return t.lower;
      if (female) {
        const fem = turkic.sharedAnalyses(t.text, lang).find((a) => lex.cues.names.surnameEndings.some((e) => e.gender === 'f' && a.stem.endsWith(e.ending)));
        if (fem) return fem.stem;
      }
      return t.stem;
    });
  }
  return toks.map((t) => t.text.replace(/['’]s$/, ''));
}

/** True when a lower-case word ends like a surname or patronymic (-ов, -yeva, -ұлы, -zadə, -li) and is longer than the ending. */
export function surnameLike(ctxOrLex: Ctx | Lexicon, word: string): boolean {
  const cues = ('lex' in ctxOrLex ? ctxOrLex.lex : ctxOrLex).cues.names;
  return [...cues.surnameEndings, ...cues.patronymicEndings].some((e) => word.length >= e.ending.length + 3 && word.endsWith(e.ending));
}

/** Country of a name when the text says nothing: the state of the gazetteer persons with that first name, else its letters or the document language (Kazakh letters → KAZ, ə → AZE). */
function countryFromName(ctx: Ctx, words: readonly string[], firstKeys: readonly string[], t0: number): string | null {
  for (const k of firstKeys) {
    const c = ctx.lex.persons.firstCountry.get(k);
    if (c && c !== 'INT') return c;
  }
  const joined = words.join(' ');
  if (KK_LETTERS.test(joined)) return 'KAZ';
  if (AZ_LETTERS.test(joined)) return 'AZE';
  const lang = ctx.view.langs[t0];
  return lang === 'kk' ? 'KAZ' : lang === 'az' ? 'AZE' : null;
}

/** The gazetteer person with this surname whose first name (or initial) agrees, if exactly one does. */
export function linkPerson(ctx: Ctx, firstKeys: readonly string[], lastKeys: readonly string[], initialOnly: boolean): Person | undefined {
  const { persons } = ctx.lex;
  const cands = new Set<Person>();
  for (const k of lastKeys) for (const p of persons.surnames.get(k) ?? []) cands.add(p);
  const ok = [...cands].filter((p) => {
    const firsts = persons.firstOf.get(p.id);
    if (!firsts) return false;
    for (const f of firsts) for (const k of firstKeys) {
      if (initialOnly ? f.startsWith(k) : f === k || (k.length >= 4 && f.length >= 4 && f.slice(0, 4) === k.slice(0, 4))) return true;
    }
    return false;
  });
  return ok.length === 1 ? ok[0] : undefined;
}

/** A person draft for name tokens `idx` spanning [t0, t1): linked to a known person when the keys agree, else a generated actor. */
export function personDraft(ctx: Ctx, t0: number, t1: number, idx: readonly number[], rule: string, confidence: number, holderCountry: string | null): Draft {
  const { view } = ctx;
  const noms = nominatives(ctx, idx);
  const lastIdx = idx[idx.length - 1] ?? t0;
  const firstKeys = idx.length > 1 ? [...new Set([...nameWordKeys(noms[0] ?? '', view.langs[t0]), ...view.keys(idx[0] ?? t0)])] : [];
  const lastKeys = [...new Set([...nameWordKeys(noms[noms.length - 1] ?? '', view.langs[lastIdx]), ...view.keys(lastIdx)])];
  const known = idx.length > 1 ? linkPerson(ctx, firstKeys, lastKeys, false) : undefined;
  if (known) {
    const d = fromEntry(view, ctx.lex, t0, t1, known, `${rule}-linked`, confidence);
    return { ...d, first: firstKeys, last: lastKeys };
  }
  const span = { start: view.tok(t0).start, end: view.tok(t1 - 1).end };
  const canonical = romanizeName(noms, view.langs[t0] ?? view.doc.lang);
  return {
    t0, t1, ...span, canonical, type: 'PER', kind: 'person', id: `person:x-${noms.map((w) => latinKey(w)).join('-')}`,
    country: holderCountry ?? countryFromName(ctx, noms, firstKeys, t0), rule, confidence, named: true, first: firstKeys, last: lastKeys,
  };
}

const entryKeys = new Map<string, { first: string[]; last: string[] }>();
/** First-name and surname keys of a gazetteer person over all its names and variants (single-word variants are surnames). */
export function personKeys(ctx: Ctx, e: GazetteerEntry): { first: string[]; last: string[] } {
  let hit = entryKeys.get(e.id);
  if (hit) return hit;
  const first = new Set<string>();
  const last = new Set<string>();
  const cues = ctx.lex.cues.names;
  const names: [string, string | undefined][] = [
    ...NAME_LANGS.flatMap((l): [string, string | undefined][] => (e.names[l] ? [[e.names[l] ?? '', l]] : [])),
    ...e.variants.map((v): [string, string | undefined] => [v, undefined]),
  ];
  for (const [name, lang] of names) {
    const words = tokenize(name).filter((t) => t.kind === 'word' && !cues.honorifics.has(t.text.toLowerCase()) && !cues.patronymicWords.has(t.text.toLowerCase()));
    const f = words[0];
    // Xi Jinping, Lee Jae-myung: family name first.
    const l = words.length > 1 && cues.familyFirst.has(e.country) ? words[0] : words[words.length - 1];
    if (!f || !l) continue;
    if (words.length > 1) for (const k of nameWordKeys(f.text, lang)) first.add(k);
    if (words.length > 1 || /^\p{Lu}/u.test(l.text)) for (const k of nameWordKeys(l.text, lang)) last.add(k);
  }
  hit = { first: [...first], last: [...last] };
  entryKeys.set(e.id, hit);
  return hit;
}
