/** Turns raw text into the lower-cased, script-filtered word stream that the language-ID model scores. */
import { APOS, charTables, IGNORE, MARK, Script, type ScriptId } from './langid-chars.ts';

/** Word-boundary mark written around every word in the extracted stream. */
export const BOUNDARY = 0x20;

/** Reusable output of {@link extractWords}: `buf[0..len)` holds ` word ` runs; overwritten by the next call. */
export interface Extracted {
  buf: Uint16Array;
  /** weight[i]: weight of the word at buffer position i (lower for capitalised words inside a sentence). */
  weight: Float32Array;
  len: number;
  /** The text's main script (most letters), or `Script.None` when it has no letters. */
  script: ScriptId;
  /** Letters of the main script in the whole text. */
  letters: number;
}

const shared: Extracted = { buf: new Uint16Array(4096), weight: new Float32Array(4096), len: 0, script: Script.None, letters: 0 };

function isWordChar(k: number): boolean {
  return (k >= 1 && k <= 4) || k === MARK || k === IGNORE;
}

/** Weight of a capitalised word that does not start a sentence (mostly names, which say little about the language). */
export const NAME_WEIGHT = 0.3;

/** True for characters after which the next word starts a sentence (its capital letter says nothing): . ! ? … : and line ends. */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x0a || c === 0x0d || c === 0x3a;
}

/**
 * Splits `text` into lower-cased words of its main script, each written as BOUNDARY word BOUNDARY into a
 * shared buffer (no per-call allocation beyond NFC). The main script is the one with most letters, letters
 * of capitalised words inside a sentence (names) counting NAME_WEIGHT. In a word that mixes Latin and
 * Cyrillic, minority-script letters are swapped for their look-alikes (data/normalize/homoglyphs.tsv); words
 * with no letter of the main script (foreign names, URLs) are left out. Apostrophe variants become U+0027.
 * `nfc`: the caller guarantees `text` is in NFC (normalizeText's output), so it is not composed again.
 */
export function extractWords(text: string, maxChars = 100_000, out: Extracted = shared, nfc = false): Extracted {
  const { cls, lower, toLatin, toCyrillic } = charTables();
  const cut = text.length > maxChars ? text.slice(0, maxChars) : text;
  // Text the normalizer made is NFC already (composing it again costs about as much as reading it here).
  const s = nfc ? cut : cut.normalize('NFC');
  const n = s.length;
  const counts = [0, 0, 0, 0, 0];
  const weighted = [0, 0, 0, 0, 0];
  let atStart = true;
  let capital = false;
  let inWord = false;
  let hasLowerWord = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = cls[c] ?? 0;
    if (k >= 1 && k <= 4) {
      if (!inWord) { capital = !atStart && lower[c] !== c; inWord = true; atStart = false; if (lower[c] === c) hasLowerWord = true; }
      counts[k] = (counts[k] ?? 0) + 1;
      weighted[k] = (weighted[k] ?? 0) + (capital ? NAME_WEIGHT : 1);
    } else if (k !== MARK && k !== IGNORE && k !== APOS) {
      inWord = false;
      if (isSentenceEnd(c)) atStart = true;
    }
  }
  let dom: ScriptId = Script.None;
  let best = 0;
  for (const sc of [Script.Latin, Script.Cyrillic, Script.Arabic, Script.Other] as const) {
    if ((weighted[sc] ?? 0) > best) { best = weighted[sc] ?? 0; dom = sc; }
  }
  out.script = dom;
  out.letters = counts[dom] ?? 0;
  out.len = 0;
  if (dom === Script.None || dom === Script.Other) return out;
  if (out.buf.length < 2 * n + 2) { out.buf = new Uint16Array(2 * n + 2); out.weight = new Float32Array(2 * n + 2); }
  const { buf, weight } = out;
  const swap = dom === Script.Latin ? toLatin : dom === Script.Cyrillic ? toCyrillic : null;
  let len = 0;
  let i = 0;
  atStart = true;
  while (i < n) {
    const c0 = s.charCodeAt(i);
    const k0 = cls[c0] ?? 0;
    if (k0 < 1 || k0 > 4) {
      if (k0 !== MARK && k0 !== IGNORE && k0 !== APOS && isSentenceEnd(c0)) atStart = true;
      i++;
      continue;
    }
    const w = hasLowerWord && !atStart && lower[c0] !== c0 ? NAME_WEIGHT : 1;
    atStart = false;
    // Find the word's end and count its letters by script.
    let j = i;
    let nDom = 0;
    let nForeign = 0;
    for (; j < n; j++) {
      const k = cls[s.charCodeAt(j)] ?? 0;
      if (k === APOS) continue; // joins the word: it follows a letter here
      if (!isWordChar(k)) break;
      if (k === dom) nDom++;
      else if (k >= 1 && k <= 4) nForeign++;
    }
    if (nDom > 0) {
      weight[len] = w;
      buf[len++] = BOUNDARY;
      for (let p = i; p < j; p++) {
        let c = s.charCodeAt(p);
        const k = cls[c] ?? 0;
        if (k === IGNORE) continue;
        if (nForeign > 0 && k !== dom && k >= 1 && k <= 4 && swap) c = swap[c] || c;
        weight[len] = w;
        buf[len++] = lower[c] ?? c;
      }
      weight[len] = w;
      buf[len++] = BOUNDARY;
    }
    i = j;
  }
  out.len = len;
  return out;
}

/** Convenience for training and tests: the extracted words of `text` as strings (without boundaries). */
export function wordsOf(text: string): { script: ScriptId; words: string[] } {
  const ex = extractWords(text);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < ex.len; i++) {
    if (ex.buf[i] === BOUNDARY) {
      if (start >= 0) { words.push(String.fromCharCode(...ex.buf.subarray(start, i))); start = -1; }
      else start = i + 1;
    }
  }
  return { script: ex.script, words };
}
