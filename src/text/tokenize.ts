/** Tokenizer: one hand-written scanner over char codes giving word/number/punct/symbol tokens with offsets. */

/** A token before analysis: its offsets into the text, surface and coarse kind. */
export interface RawToken {
  start: number;
  end: number;
  text: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

/** Character classes of the UTF-16 code units (Unicode general categories, built once at load). */
export const CC = Object.freeze({
  OTHER: 0, SPACE: 1, UPPER: 2, LOWER: 3, LETTER: 4, MARK: 5, DIGIT: 6, PUNCT: 7, JOINER: 8,
} as const);

const TABLE: Uint8Array = buildTable();

function buildTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  // Every BMP code unit except surrogates, in one string; index → code unit.
  const codes: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) codes.push(c);
  const chunks: string[] = [];
  for (let i = 0; i < codes.length; i += 4096) chunks.push(String.fromCharCode(...codes.slice(i, i + 4096)));
  const all = chunks.join('');
  // Later classes override earlier ones. `\s` is JavaScript's whitespace set, so tests can use it too.
  const classes: [RegExp, number][] = [
    [/\p{P}+/gu, CC.PUNCT],
    [/[\p{Lu}\p{Lt}]+/gu, CC.UPPER],
    [/\p{Ll}+/gu, CC.LOWER],
    [/[\p{Lo}\p{Lm}]+/gu, CC.LETTER],
    [/\p{M}+/gu, CC.MARK],
    [/\p{Nd}+/gu, CC.DIGIT],
    [/\s+/gu, CC.SPACE],
    // Percent and other Po signs that behave as symbols next to numbers and names, not as punctuation.
    [/[%‰‱#@&*§¶†‡•′″‴⁂]+/gu, CC.OTHER],
    // ZWNJ, ZWJ, soft hyphen, word joiner: invisible, kept inside a word when letters follow.
    [/[\u200c\u200d\u00ad\u2060]+/gu, CC.JOINER],
  ];
  for (const [re, cls] of classes) {
    for (const m of all.matchAll(re)) {
      for (let i = m.index, e = m.index + m[0].length; i < e; i++) t[codes[i] ?? 0] = cls;
    }
  }
  return t;
}

/** Class (one of {@link CC}) of a UTF-16 code unit; surrogates are OTHER. */
export function charClass(code: number): number {
  return TABLE[code] ?? CC.OTHER;
}

/** True for the classes that make up words: letters of any case or script, and combining marks. */
export function isLetterClass(cls: number): boolean {
  return cls >= CC.UPPER && cls <= CC.MARK;
}

/** True for hyphen characters that join compounds (ASCII hyphen-minus, U+2010, U+2011). */
export function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** Apostrophes allowed between letters (O'zbekiston, Kazakhstan’s, o‘zbek, O`zbek); ʻ ʼ are letters already. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x60;
}

/** Separators inside numbers when digits stand on both sides: 2023.10.18, 1,5, 16:21, 3/4. */
function isNumberSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f;
}

/** Splits text into tokens with offsets (start/end into `text`), optionally within [from, to). */
export function tokenize(text: string, from = 0, to: number = text.length): RawToken[] {
  const end = Math.min(text.length, Math.max(0, Math.floor(to)));
  let i = Math.max(0, Math.floor(from));
  const out: RawToken[] = [];
  while (i < end) {
    const c = text.charCodeAt(i);
    const k = TABLE[c] ?? 0;
    if (k === CC.SPACE) { i++; continue; }
    const start = i;
    let kind: RawToken['kind'];
    if (k >= CC.UPPER && k <= CC.DIGIT) {
      kind = k === CC.DIGIT ? 'number' : 'word';
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        const kd = TABLE[d] ?? 0;
        if (kd >= CC.UPPER && kd <= CC.DIGIT) { i++; continue; }
        if (i + 1 >= end) break;
        const kp = TABLE[text.charCodeAt(i - 1)] ?? 0;
        const kn = TABLE[text.charCodeAt(i + 1)] ?? 0;
        let join: boolean;
        if (isHyphen(d)) {
          // Қасым-Жомарт, БҰҰ-ның, 18-də, COVID-19; but 4-7 and 2020-2023 are ranges.
          join = kn >= CC.UPPER && kn <= CC.DIGIT && !(kp === CC.DIGIT && kn === CC.DIGIT);
        } else if (isApostrophe(d)) {
          join = kp >= CC.UPPER && kp <= CC.MARK && kn >= CC.UPPER && kn <= CC.LETTER;
        } else if (isNumberSeparator(d)) {
          join = kp === CC.DIGIT && kn === CC.DIGIT;
        } else {
          join = kd === CC.JOINER && kn >= CC.UPPER && kn <= CC.MARK;
        }
        if (!join) break;
        i += 2;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      kind = 'symbol'; // astral character (emoji, rare script): kept whole
      i += 2;
    } else {
      kind = k === CC.PUNCT ? 'punct' : 'symbol';
      i++;
    }
    out.push({ start, end: i, text: text.slice(start, i), kind });
  }
  return out;
}
