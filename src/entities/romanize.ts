/** English spelling of names the gazetteer lacks (Дәулет Кәрібек → Daulet Karibek), from data/<lang>/romanization.tsv. */
import type { Lang } from '../pipeline/types.ts';
import { loadCues, type CueLang } from './cues.ts';
import { hasCyrillic } from '../text/case.ts';

const KK_LETTERS = /[әғқңөұүһі]/i;
const VOWELS = new Set([...'aeiouyаәеёиоөуұүыіэюя']);
const SIGNS = new Set(['ь', 'ъ']);

/** The romanization table to use for a word: Kazakh for Cyrillic with Kazakh letters or in Kazakh text, Russian for other Cyrillic, Azerbaijani for Latin in Azerbaijani text. */
function tableLang(word: string, lang: Lang): CueLang {
  if (hasCyrillic(word)) return KK_LETTERS.test(word) || lang === 'kk' ? 'kk' : 'ru';
  return lang === 'az' || /[əğış]/i.test(word) ? 'az' : 'en';
}

/** Title-cases each hyphen-separated part (ZHANSEIT → Zhanseit, kassym-jomart → Kassym-Jomart). */
function titleCase(s: string): string {
  return s.split('-').map((p) => (p ? p.charAt(0).toUpperCase() + p.slice(1).toLowerCase() : p)).join('-');
}

/** One word in English letters: table letters replaced (е → ye at the start and after a vowel or sign), title-cased. */
export function romanizeWord(word: string, lang: Lang): string {
  const table = loadCues().romanization[tableLang(word, lang)];
  if (table.size === 0) return word === word.toUpperCase() || word === word.toLowerCase() ? titleCase(word) : word;
  const low = lang === 'az' ? word.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase() : word.toLowerCase();
  let out = '';
  let prev = '';
  for (const ch of low) {
    const r = table.get(ch);
    if (!r) { out += ch; prev = ch; continue; }
    const initial = prev === '' || prev === '-' || VOWELS.has(prev) || SIGNS.has(prev);
    out += initial ? r.initial : r.latin;
    prev = ch;
  }
  return titleCase(out);
}

/** A multi-word name in English letters. */
export function romanizeName(words: readonly string[], lang: Lang): string {
  return words.map((w) => romanizeWord(w, lang)).join(' ');
}
