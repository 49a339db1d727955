/**
 * The little grammar the event layer reads from a token: the case of a noun (from the Kazakh and
 * Azerbaijani suffix tables of data/{kk,az}/suffixes.tsv, from Russian endings listed in
 * data/ru/event-cues.tsv) and the tense of a verb (past, future/intent, present, non-finite) with negation.
 */
import { readTsv } from '../util/data.ts';
import type { CoreLang, Token } from '../pipeline/types.ts';

/** Grammatical role of a noun phrase as the event layer needs it. */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'com' | 'loc' | 'abl' | 'attr' | 'between' | 'agent' | 'obl' | 'via';

/** Tense class of a verb form: past (occurred), future or intent (planned), present, non-finite (look further). */
export type Tense = 'past' | 'future' | 'present' | 'nonfinite' | null;

type Turkic = 'kk' | 'az';
const tables = new Map<Turkic, ReadonlyMap<string, ReadonlySet<string>>>();

/** Surface suffix form → morpheme ids, from data/<lang>/suffixes.tsv (the analyser's own table). */
function suffixIds(lang: Turkic): ReadonlyMap<string, ReadonlySet<string>> {
  let t = tables.get(lang);
  if (!t) {
    const m = new Map<string, Set<string>>();
    for (const r of readTsv(`${lang}/suffixes.tsv`)) {
      const f = r.form ?? '';
      const s = m.get(f) ?? new Set<string>();
      s.add(r.id ?? '');
      m.set(f, s);
    }
    t = m;
    tables.set(lang, t);
  }
  return t;
}

const CASE_OF_ID: Readonly<Record<string, Case>> = {
  GEN: 'gen', ACC: 'acc', ACC3: 'acc', DAT: 'dat', DAT3: 'dat', DAT12: 'dat', LOC: 'loc', LOC3: 'loc',
  ABL: 'abl', ABL3: 'abl', INS: 'com', ATTR: 'attr', ATTR3: 'attr', TERM: 'dat',
};
const CASE_ORDER: readonly string[] = ['INS', 'GEN', 'DAT', 'DAT3', 'DAT12', 'TERM', 'LOC', 'LOC3', 'ABL', 'ABL3', 'ATTR', 'ATTR3', 'ACC', 'ACC3'];

/** Case of a Kazakh or Azerbaijani noun from the last suffix of its chain; `nom` when it ends in no case suffix. */
export function turkicCase(tok: Token, lang: Turkic): Case {
  const last = tok.suffixes[tok.suffixes.length - 1];
  if (last === undefined) return 'nom';
  const ids = suffixIds(lang).get(last);
  if (!ids) return 'nom';
  for (const id of CASE_ORDER) if (ids.has(id)) return CASE_OF_ID[id] ?? 'nom';
  return 'nom';
}

/**
 * Case of a Russian noun from its ending, using the `ending-*` cue classes of data/ru/event-cues.tsv (longest ending
 * wins). An ending in `accAfterA` is the accusative of a noun whose dictionary form (its Latin `lemmaKey`) ends in -a
 * (Астану, Москву, Турцию: the first declension), else the dative it is listed as (Казахстану).
 */
export function russianCase(lowerForm: string, endings: ReadonlyMap<string, Case>, lemmaKey = '', accAfterA?: ReadonlySet<string>): Case {
  for (let n = Math.min(3, lowerForm.length - 2); n >= 1; n--) {
    const e = lowerForm.slice(-n);
    const c = endings.get(e);
    if (c) return accAfterA?.has(e) && lemmaKey.endsWith('a') ? 'acc' : c;
  }
  return 'nom';
}

const KK_PLANNED = new Set(['INTENT', 'INTENTSHY', 'HAB', 'FUT', 'IMP3', 'COND']);
const AZ_PLANNED = new Set(['FUT', 'AOR', 'NEC', 'IMP3', 'COND']);
const PAST_IDS = new Set(['PAST', 'PTCP', 'EVID', 'CONV', 'DIQ']);
const FINITE_AFTER_NEG = new Set(['PAST', 'EVID', 'CONV', 'FUT', 'PRES', 'AOR', 'PTCP', 'DIQ', 'COND', 'IMP3', 'NEC', 'HAB', 'INTENT', 'CONVA', 'CONVP', 'PERS1', 'PERS2', 'PERS1PL', 'PERS2PL', 'PERS2P']);

/** Tense and negation of a Kazakh or Azerbaijani verb form from its suffix chain. */
export function turkicVerb(tok: Token, lang: Turkic): { tense: Tense; neg: boolean; ptcp: boolean } {
  const ids = suffixIds(lang);
  const planned = lang === 'kk' ? KK_PLANNED : AZ_PLANNED;
  let tense: Tense = null;
  let neg = false;
  const chain = tok.suffixes;
  const lastIds = ids.get(chain[chain.length - 1] ?? '');
  const ptcp = !!lastIds && (lastIds.has('PTCP') || lastIds.has('HAB') || lastIds.has('DIQ'));
  for (let i = 0; i < chain.length; i++) {
    const f = chain[i] ?? '';
    const s = ids.get(f);
    if (!s) continue;
    // -ma/-mə is also the verbal noun (imzalanması) and -m- a personal ending: negative only before a tense or person suffix.
    if (s.has('NEGAOR') || ((s.has('NEG') || s.has('NEGM')) && [...(ids.get(chain[i + 1] ?? '') ?? [])].some((id) => FINITE_AFTER_NEG.has(id)))) neg = true;
    if (lang === 'kk' && s.has('CONVA')) {
      // -а/-е/-й followed by a personal ending (келеді, өтеді): the present-future, news copy's future.
      const next = chain[i + 1];
      if (next !== undefined && (ids.get(next)?.has('PAST') ?? false)) { tense = 'future'; break; }
    }
    if (lang === 'kk' && s.has('PROG')) { tense = 'present'; continue; }
    if (lang === 'az' && s.has('PRES')) { tense = 'present'; continue; }
    if ([...s].some((id) => planned.has(id))) { tense = 'future'; continue; }
    if (lang === 'az' && s.has('PTCP') && (f === 'an' || f === 'ən' || f === 'yan' || f === 'yən')) { tense = tense ?? 'present'; continue; }
    if ([...s].some((id) => PAST_IDS.has(id))) { tense = 'past'; continue; }
    if (s.has('VN') || s.has('INF') || s.has('CONVP') || s.has('ARAQ')) tense = tense ?? 'nonfinite';
  }
  return { tense, neg, ptcp };
}

/**
 * Tense of a verb form from its ending, by the `ending-past` and `ending-nonpast` rows of a language's event cues:
 * Russian -л/-ла/-ли(сь) past, personal endings present-or-future; English -ed past. Null when no ending matches.
 */
export function tenseByEnding(lowerForm: string, past: ReadonlySet<string>, nonPast: ReadonlySet<string>): Tense {
  for (let n = Math.min(5, lowerForm.length - 2); n >= 1; n--) {
    const e = lowerForm.slice(-n);
    if (past.has(e)) return 'past';
    if (nonPast.has(e)) return 'present';
  }
  return null;
}

/** True when a Turkic suffix form is only derivational (-лық, -lıq, -çı …): stripping it changes the word. */
export function isDerivation(form: string | undefined, lang: CoreLang): boolean {
  if (form === undefined || !isTurkic(lang)) return false;
  const ids = suffixIds(lang).get(form);
  return !!ids && ids.size > 0 && [...ids].every((id) => id.startsWith('DER_'));
}

/** True when a Turkic chain carries the plural (сапарлар, səfərlər): a generic mention. */
export function hasPlural(tok: Token, lang: CoreLang): boolean {
  if (!isTurkic(lang)) return false;
  const ids = suffixIds(lang);
  return tok.suffixes.some((f) => ids.get(f)?.has('PL') ?? false);
}

/** True for languages whose case is read from suffix chains. */
export function isTurkic(lang: CoreLang): lang is Turkic {
  return lang === 'kk' || lang === 'az';
}
