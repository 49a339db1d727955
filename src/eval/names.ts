/** Name comparison for entity scoring: equal after folding case, diacritics and punctuation, or one name's words ⊆ the other's. */

/** A name prepared for comparison: its folded words and those words joined without spaces. */
export interface NameKey { readonly words: readonly string[]; readonly flat: string }

// Latin letters with no Unicode decomposition, so NFD + dropping marks leaves them as they are (Unicode 15, UnicodeData.txt).
const FOLD: Readonly<Record<string, string>> = Object.freeze({
  'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ə': 'e', 'ħ': 'h',
});
const MARKS = /\p{M}+/gu;
const FOLDABLE = /[ıłøđðþßæœəħ]/g;
// Hyphens, dashes and slashes separate words ("Kassym-Jomart"); other punctuation and symbols are dropped ("U.S." → us).
const SEPARATORS = /[\s\p{Pd}/\\_]+/u;
const DROP = /[^\p{L}\p{N}]+/gu;

/** Folds a name to comparison words: NFD, marks removed, lower-cased, a few undecomposable letters mapped, punctuation removed. */
export function nameKey(name: string): NameKey {
  const folded = name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(FOLDABLE, (c) => FOLD[c] ?? c);
  const words: string[] = [];
  for (const part of folded.split(SEPARATORS)) {
    const w = part.replace(DROP, '');
    if (w) words.push(w);
  }
  return { words, flat: words.join('') };
}

/** True when both keys are the same name after folding (spacing and hyphenation ignored). */
export function sameName(a: NameKey, b: NameKey): boolean {
  return a.flat !== '' && a.flat === b.flat;
}

/** True when every word of the shorter name occurs in the longer one (Aliyev ⊆ Ilham Aliyev); empty names never match. */
export function wordSubset(a: NameKey, b: NameKey): boolean {
  const [small, big] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (small.words.length === 0) return false;
  return small.words.every((w) => big.words.includes(w));
}

/** True when two names match under the README rule: same folded name, or one's words a subset of the other's. */
export function namesMatch(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  return sameName(ka, kb) || wordSubset(ka, kb);
}
