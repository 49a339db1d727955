/** Match keys of document tokens and of gazetteer name words (Latin keys of stems, surfaces and alternative stems). */
import type { Lang } from '../pipeline/types.ts';
import { analyseWord, wordLang } from '../lang/morph/index.ts';
import * as turkic from '../lang/morph/turkic.ts';
import * as ru from '../lang/morph/ru.ts';
import * as en from '../lang/morph/en.ts';
import { latinKey } from '../text/translit.ts';
import { hasCyrillic, lower } from '../text/case.ts';
import { LangMemo } from '../util/memo.ts';
import { hasDerivation, suffixes } from './suffix-sets.ts';

/** Quotation marks skipped between the words of a name («AMANAT» партиясы, "Report"a). */
export const QUOTES: ReadonlySet<string> = new Set(['«', '»', '"', '“', '”', '„', '‟', '‹', '›', "'", '‘', '’', '`']);
/** Alternative analyses kept when their score is within this distance of the best (kk/az), or above the floor (ru/en). */
const TURKIC_ALT_SPAN = 1.5;
const RU_ALT_FLOOR = 0.02;
const MAX_ALT = 8;
const KK_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const AZ_LETTERS = /[əƏğĞıİşŞçÇöÖüÜ]/;
const SEPARATORS = new Set(['-', '\u2010', '\u2011', "'", '\u2019']);

/** Longest inflectional tail written after an abbreviation and a hyphen or apostrophe (БҰҰ-ның, ATƏT-in, NATO's). */
const MAX_TAIL = 6;

/** Surface forms a token offers to exact (abbreviation) patterns: the token, and its part before a lower-case suffix (БҰҰ-ның → БҰҰ; not Aİ-Azərbaycan). */
export function exactForms(text: string): string[] {
  for (let k = 1; k < text.length - 1; k++) {
    if (!SEPARATORS.has(text.charAt(k))) continue;
    const tail = text.slice(k + 1);
    return tail.length <= MAX_TAIL && tail === tail.toLowerCase() ? [text, text.slice(0, k)] : [text];
  }
  return [text];
}

/** Per-language memo of a word form's alternative keys (news repeat their words). */
const altMemo = new LangMemo<readonly string[]>(100_000);

/** Keys of the alternative stems a word may have in `lang` (Бакуге → baku when the best stem is wrong); memoized. */
export function alternativeKeys(word: string, lang: Lang): readonly string[] {
  let hit = altMemo.get(lang, word);
  if (!hit) {
    hit = computeAlternatives(word, lang);
    altMemo.set(lang, word, hit);
  }
  return hit;
}

function computeAlternatives(word: string, lang: Lang): string[] {
  const out = new Set<string>();
  if (lang === 'kk' || lang === 'az') {
    const list = turkic.sharedAnalyses(word, lang);
    const best = list[0]?.score ?? 0;
    for (const a of list) {
      // A derived word is another lexeme (nazirlik ≠ nazir, қазақстандық ≠ Қазақстан).
      if (a.score < best - TURKIC_ALT_SPAN || hasDerivation(a.suffixes) || a.suffixes.some((x) => suffixes().verbal.has(x))) continue;
      for (const s of turkic.stemVariants(a.stem, lang)) out.add(latinKey(s));
    }
  } else if (lang === 'ru') {
    for (const a of ru.analyses(word)) {
      if (a.score < RU_ALT_FLOOR) continue;
      out.add(latinKey(a.lemma ?? a.stem));
      out.add(latinKey(a.stem));
    }
  } else if (lang === 'en') {
    for (const a of en.analyses(word)) out.add(latinKey(a.lemma ?? a.stem));
  }
  return [...out].slice(0, MAX_ALT);
}

/** Analyser languages to try for a gazetteer word of language `lang` (undefined: a variant of unknown language). */
function nameLangs(word: string, lang: string | undefined): Lang[] {
  if (lang === 'kk' || lang === 'az' || lang === 'ru' || lang === 'en') return [lang];
  if (lang === 'tr') return ['az', 'en'];
  if (hasCyrillic(word)) return KK_LETTERS.test(word) ? ['kk'] : ['ru', 'kk'];
  return AZ_LETTERS.test(word) ? ['az'] : ['en', 'az'];
}





/**
 * Keys a gazetteer name word matches by: the Latin key of its whole lower-cased surface, and of its stem where that is
 * safe. Names are nominative, so for the last word of a name the analyser may strip only what a nominative can carry:
 * the Kazakh/Azerbaijani 3rd-person possessive (Республикасы → республика; not Havana → havan + dative -a); a Russian
 * or English last word keeps its surface (Каллас is not калла + с, Yesi not yes + i). Inner words (Парламентінің in
 * «… Парламентінің Сенаты») match by their stem too.
 */
export function nameWordKeys(word: string, lang: string | undefined, final = true): string[] {
  const out = new Set<string>();
  for (const l of nameLangs(word, lang)) {
    out.add(latinKey(lower(word, l)));
    const a = analyseWord(word, l);
    const wl = wordLang(word, l);
    const safe = !final || ((wl === 'kk' || wl === 'az') && a.suffixes.every((x) => suffixes().possessive3.has(x)));
    if (safe) out.add(a.key);
  }
  out.delete('');
  return [...out];
}

/** True when the first letter of `s` is upper-case. */
export function isCapitalized(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code >= 0x410 && code <= 0x42f) return true;
  if (code >= 0x430 && code <= 0x44f) return false;
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when `s` has two or more letters and all of them are upper-case (ТБИЛИСИ, AZƏRTAC, QXA). */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    if (ch !== up) return false;
    letters++;
  }
  return letters >= 2;
}

/** 'cyr', 'lat' or '' (no letter of either) for the first letter of a word (Cyrillic U+0400–U+052F, Latin A–Z, a–z, U+00C0–U+024F). */
export function scriptOf(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x0400 && c <= 0x052f) return 'cyr';
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 'lat';
  }
  return '';
}

/** What {@link wordFits} reads from a gazetteer name, worked out once per name. */
interface NameShape { lower: string; script: string; lowerCase: boolean; acronym: boolean; prefix: string }
const shapes = new Map<string, NameShape>();

function shapeOf(name: string): NameShape {
  let s = shapes.get(name);
  if (!s) {
    const lower = name.toLowerCase();
    s = { lower, script: scriptOf(name), lowerCase: name === lower, acronym: name.length >= 2 && isAllCaps(name), prefix: lower.slice(0, Math.max(3, lower.length - 2)) };
    shapes.set(name, s);
  }
  return s;
}

/**
 * True when a one-word text match may stand for the gazetteer name `name`. Latin keys merge letters a language keeps
 * apart (Kazakh ө/о, і/ы, қ/к; Azerbaijani ə/e, ı/i), which links a name across scripts but makes common words look
 * like names written in the same script: a lower-case form (an adjective) must keep the name's own letters up to its
 * ending (орыс is not өріс, катар is not қатар), and an acronym (ТАСС) must be written in capitals or letter for letter
 * (not Таста), a short word in capitals is an acronym, and a short name keeps its first letter (Yeni is not Eni).
 */
export function wordFits(text: string, lower: string, name: string): boolean {
  const n = shapeOf(name);
  // A word of three capitals or fewer is an acronym: it stands for a name only letter for letter (БАҚ, the media, is
  // not Баку; ҚАЗ not Газа), unless the name is an acronym too.
  if (!n.acronym && text.length <= 3 && isAllCaps(text)) return lower === n.lower;
  // Across scripts only a capitalised word is read as a name (Tokayev = Тоқаев); a lower-case word keeps to its own script's forms.
  if (n.script !== scriptOf(text)) return text !== lower;
  if (n.lowerCase) return lower.startsWith(n.prefix);
  if (n.acronym) return isAllCaps(text) || lower.startsWith(n.lower);
  // A short name keeps its first letter (Yeni is not Eni).
  return name.length > 4 || lower.charAt(0) === n.lower.charAt(0);
}
