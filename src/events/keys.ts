/**
 * Match keys of a document's tokens for the event lexicons: the lower-case form, the stem, for Kazakh and
 * Azerbaijani the stems of the analyser's other plausible segmentations (so a mis-segmented көмек still
 * matches), and `prefix*` keys for prefix entries. Tokens whose first letters start no lexicon key get none.
 */
import type { Token } from '../pipeline/types.ts';
import { sharedAnalyses, stemVariants } from '../lang/morph/turkic.ts';
import type { EventLexicon } from './lexicon.ts';
import { isDerivation } from './grammar.ts';
import { LangMemo, newSlot, type Owned, type WordSlots } from '../util/memo.ts';
import { tokenWords } from '../pipeline/token-words.ts';
import { hasCyrillic } from '../text/case.ts';
import { analyseWord } from '../lang/morph/index.ts';

const NONE: readonly string[] = [];
/** How many of the analyser's ranked segmentations a Turkic token may match on, and how far below the best they may score. */
const ALTERNATIVES = 4;
const ALT_SPAN = 1.0;

/** Memo of computed keys by language and surface form, valid while the token's stem agrees. */
const cache = new LangMemo<{ stem: string; keys: readonly string[] }>(100_000);
/** A word form's keys for the lexicon of one language, in its analysis' bag (tokens from the segment stage). */
const KEYS = newSlot<Owned<string, readonly string[]>>();

/** The code {@link EventLexicon.prefixes} holds for the first two letters of `s` (one letter: the letter alone). */
export function prefixCode(s: string): number {
  if (s.length === 0) return -1;
  return s.charCodeAt(0) * 0x10000 + (s.length === 1 ? 0xffff : s.charCodeAt(1));
}

/** Keys of one token (empty for punctuation and tokens no lexicon word could match); memoized, news repeats its words. */
export function tokenKeys(tok: Token, lex: EventLexicon, bag?: WordSlots | null): readonly string[] {
  if (tok.kind !== 'word') return NONE;
  const held = bag?.getFor(KEYS, lex.lang);
  if (held !== undefined) return held;
  let keys: readonly string[];
  if (!lex.prefixes.has(prefixCode(tok.lower)) && !lex.prefixes.has(prefixCode(tok.stem)) && !tailStarts(tok.lower, lex)) keys = NONE;
  else {
    const hit = cache.get(lex.lang, tok.text);
    if (hit && hit.stem === tok.stem) keys = hit.keys;
    else {
      keys = computeKeys(tok, lex);
      cache.set(lex.lang, tok.text, { stem: tok.stem, keys });
    }
  }
  bag?.setFor(KEYS, lex.lang, keys);
  return keys;
}

/** The last part of a hyphenated compound of two letters or more (axtarış-xilasetmə → xilasetmə), or null. */
function hyphenTail(low: string): string | null {
  const dash = low.lastIndexOf('-');
  return dash > 0 && dash < low.length - 2 ? low.slice(dash + 1) : null;
}

/** True when the last part of a hyphenated word starts a lexicon key (axtarış-xilasetmə: xilasetmə keys on its own). */
function tailStarts(low: string, lex: EventLexicon): boolean {
  const tail = hyphenTail(low);
  return tail !== null && lex.prefixes.has(prefixCode(tail));
}

function computeKeys(tok: Token, lex: EventLexicon): readonly string[] {
  const low = tok.lower;
  const lang = lex.lang;
  const keys = new Set<string>([low]);
  if (!isDerivation(tok.suffixes[0], lang)) keys.add(tok.stem);
  if ((lang === 'kk' && hasCyrillic(low)) || (lang === 'az' && !hasCyrillic(low))) {
    // Other segmentations, unless they strip a derivational suffix (hazırlıq "preparation" is no hazır "ready"); one
    // scored well below the best still counts when its stem is a trigger word and it scores above the unsegmented
    // word (алғыс+ы+н, where the analyser prefers ал+ғы+сы+н; not келіс+ім, «келісім» "agreement" read as "I agree").
    const alts = sharedAnalyses(tok.text, lang);
    const top = alts[0]?.score ?? 0;
    for (let i = 0; i < alts.length && i < ALTERNATIVES; i++) {
      const a = alts[i];
      if (a && (a.score >= top - ALT_SPAN || (a.score > 0 && lex.words.has(a.stem))) && !isDerivation(a.suffixes[0], lang)) keys.add(a.stem);
    }
    // A stem voiced before a vowel (құқығ-ын, көмег-і, nazirliy-i) keys as its dictionary spelling too (құқық, көмек).
    if (tok.suffixes.length > 0) for (const k of [...keys]) for (const v of stemVariants(k, lang)) keys.add(v);
    // The last part of a hyphenated compound (axtarış-xilasetmə, іздестіру-құтқару) keys on its own.
    const tail = hyphenTail(low);
    if (tail !== null) {
      keys.add(tail);
      // Its best analysis, and another whose stem is a trigger word (оқу-жаттығуы: жаттығу+ы, not жаттығ+уы).
      const talts = sharedAnalyses(tail, lang);
      for (let i = 0; i < talts.length && i < ALTERNATIVES; i++) {
        const a = talts[i];
        if (a && (i === 0 || (lex.words.has(a.stem) && !isDerivation(a.suffixes[0], lang)))) keys.add(a.stem);
      }
    }
  }
  // A word broken at a line end and joined with its hyphen kept («уағда-ласты», "delega-tions", «водо-пользования»)
  // keys as the whole word too (a compound's parts joined match no lexicon word).
  const joined = low.includes('-') ? low.replace(/-/g, '') : '';
  if (joined.length > 3) {
    keys.add(joined);
    if (lang === 'kk' || lang === 'az') {
      const best = sharedAnalyses(joined, lang)[0];
      if (best && !isDerivation(best.suffixes[0], lang)) keys.add(best.stem);
    } else keys.add(analyseWord(joined, lang).stem);
  }
  for (const w of joined ? [low, joined] : [low]) {
    for (const n of lex.starLengths) {
      if (n > w.length) break;
      const p = w.slice(0, n);
      if (lex.stars.has(p)) keys.add(`${p}*`);
    }
  }
  return [...keys];
}

/** Keys of every token of a document, computed once; `bags`: the tokens' word-form bags ({@link tokenWords}). */
export function documentKeys(tokens: readonly Token[], lex: EventLexicon, bags = tokenWords(tokens)): (readonly string[])[] {
  return tokens.map((t, i) => tokenKeys(t, lex, bags?.[i]));
}

/** A word form's cue keys for the lexicon of one language (Russian, English), in its analysis' bag. */
const CUE_KEYS = newSlot<Owned<string, readonly string[]>>();

/**
 * Keys of the tokens for the cue lexicon: Turkic cue words are stems and take every key; Russian and English cue
 * words are matched as written (their data files list each form: встретится is a future, встретился is not), so a
 * token keeps its lower-case form and prefix keys, not its stem («договорились» is no «договор», "noted" no "not").
 */
export function cueKeys(tokens: readonly Token[], keys: readonly (readonly string[])[], lex: EventLexicon, bags = tokenWords(tokens)): (readonly string[])[] {
  if (lex.lang !== 'ru' && lex.lang !== 'en') return keys as (readonly string[])[];
  return keys.map((ks, i) => {
    if (ks.length < 2) return ks;
    const bag = bags?.[i];
    const held = bag?.getFor(CUE_KEYS, lex.lang);
    if (held !== undefined) return held;
    const low = tokens[i]?.lower;
    const own = ks.filter((k) => k === low || k.endsWith('*'));
    bag?.setFor(CUE_KEYS, lex.lang, own);
    return own;
  });
}

/** True when one of `keys` is among `want`. */
export function anyKey(keys: readonly string[], want: readonly string[]): boolean {
  for (const k of keys) if (want.includes(k)) return true;
  return false;
}
