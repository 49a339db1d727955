/** Names inside written forms the word matcher does not see whole: hyphenated compounds (Aİ-Azərbaycan) and web domains (Metbuat.az). */
import type { Lexicon } from './lexicon.ts';
import type { TokenView } from './token-view.ts';
import { alternativeKeys, isCapitalized, wordFits } from './keys.ts';
import { fromEntry, type Draft } from './draft.ts';
import { analyseWord } from '../lang/morph/index.ts';
import { latinKey } from '../text/translit.ts';

/** Parts of a hyphenated token that are names (Aİ-Azərbaycan, Қазақстан-Әзербайжан, казахстанско-азербайджанский). */
export function hyphenParts(view: TokenView, lex: Lexicon, i: number): Draft[] {
  const t = view.tok(i);
  const out: Draft[] = [];
  let from = 0;
  const text = t.text;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && text.charAt(k) !== '-') continue;
    const part = text.slice(from, k);
    const at = from;
    from = k + 1;
    if (part.length < 2) continue;
    const lang = view.langs[i] ?? 'und';
    const keys = [analyseWord(part, lang).key, latinKey(part.toLowerCase()), ...alternativeKeys(part, lang)];
    const lower = part.toLowerCase();
    // A part before a hyphen is a combining form written as it is (казахстанско-, қазақ-; not сауда- for сауд); the last
    // part may be inflected (азербайджанского).
    const last = k === text.length;
    const pats = lex.names.singleWord(keys, part).filter((p) => (p.capAt < 0 || isCapitalized(part))
      && (last || p.name !== p.name.toLowerCase() || lower === p.name.toLowerCase()) && wordFits(part, lower, p.name));
    // A name written exactly so first (Kazakh-: the adjective of Kazakhstan, not Qazax, whose key is alike).
    const p = pats.find((q) => q.name.toLowerCase() === lower) ?? pats.find((q) => q.target.kind !== 'country' || q.target.form === 'name') ?? pats[0];
    if (!p) continue;
    const d = fromEntry(view, lex, i, i + 1, p.target, 'compound-part', 0.8);
    d.start = t.start + at;
    d.end = t.start + at + part.length;
    out.push(d);
  }
  return out;
}

/** A news-site domain written as a name (Metbuat.az, Yeniavaz.com, Tengrinews.kz): tokens [i, end) or -1. */
export function domainAt(view: TokenView, lex: Lexicon, i: number): number {
  if (view.tokens[i + 1]?.text !== '.' || !view.glued(i, i + 1)) return -1;
  const prev = view.tokens[i - 1];
  if (prev && view.glued(i - 1, i) && ['@', '.', ':'].includes(prev.text)) return -1;
  // A URL (https://host.kz/…) is not a name; a signature between slashes (//Yeniavaz.com//) is.
  if (prev && view.glued(i - 1, i) && /:\/*$/.test(view.doc.text.slice(Math.max(0, prev.start - 3), prev.end))) return -1;
  let j = i;
  let end = -1;
  while (view.tokens[j + 1]?.text === '.' && view.glued(j, j + 1) && view.isWord(j + 2) && view.glued(j + 1, j + 2)) {
    j += 2;
    if (lex.cues.names.domains.has(view.tok(j).lower)) end = j + 1;
  }
  if (end < 0 || j + 1 !== end) return -1;
  const next = view.tokens[end];
  if (next && view.glued(end - 1, end) && (next.text === '@' || (next.text.startsWith('/') && view.isWord(end + 1) && view.glued(end, end + 1)))) return -1;
  const w = view.tok(i).lower;
  return w === 'www' || w === 'pic' || w === 't' ? -1 : end;
}
