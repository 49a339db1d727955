/** Language identification for whole documents and single paragraphs or sentences (see data/langid/). */
import type { Lang } from '../pipeline/types.ts';
import { defaultDetector, type Detector } from './langid-detector.ts';
import type { LangModel } from './langid-model.ts';
import { scoreWords, type Scratch } from './langid-score.ts';
import { extractWords } from './langid-text.ts';

/** The best language for a text, how sure we are, and every candidate of the text's script. */
export interface LangGuess {
  lang: Lang;
  /** 0..1: posterior of `lang` times how well the text fits the model; 0 for `und`. */
  confidence: number;
  /** normalized 0..1 per candidate, best first */
  ranking: { lang: Lang; score: number }[];
}

/** Options of {@link detectLanguage}. */
export interface DetectOptions {
  /** Only consider these languages (others never win). */
  only?: readonly Lang[];
  /**
   * Prior odds of languages (default 1): the input a caller expects. Each candidate's posterior is multiplied
   * by its odds before normalising, so a short, ambiguous text leans to the expected languages while a text
   * of any length in another language still wins on its likelihood.
   */
  prior?: Partial<Readonly<Record<Lang, number>>>;
  /** The text is in NFC already (the text engine's normalized text): it is not composed again. */
  nfc?: boolean;
}

/** Fewer letters of the main script than this → `und` (a number, a name, a dateline). */
export const MIN_LETTERS = 10;
/** Below this confidence → `und`. */
export const MIN_CONFIDENCE = 0.35;
// How well the text fits its best language: z = (mean log-likelihood per n-gram − that language's mean on
// held-out text) · √n / spread, with n capped (long texts are not independent n-grams). z ≥ Z_FULL fits
// fully; z ≤ Z_NONE not at all (text in a language the model does not know, e.g. Ukrainian, Arabic).
const Z_FULL = -4.5;
const Z_NONE = -6.5;
const Z_MAX_NGRAMS = 600;

const UND: LangGuess = Object.freeze({ lang: 'und', confidence: 0, ranking: [] }) as LangGuess;

/** Runs detector `d` on `text` (same rules as {@link detectLanguage}). */
export function detectWith(d: Detector, text: string, opts?: DetectOptions): LangGuess {
  const ex = extractWords(text, undefined, undefined, opts?.nfc === true);
  let cand = d.scriptMask.get(ex.script) ?? 0;
  if (opts?.only) {
    let allowed = 0;
    for (const l of opts.only) { const i = d.langs.indexOf(l); if (i >= 0) allowed |= 1 << i; }
    cand &= allowed;
  }
  if (cand === 0 || ex.len === 0) return { ...UND, ranking: [] };
  const s = d.scratch;
  scoreWords(d.model, ex, cand, s);
  const ranking: { lang: Lang; score: number }[] = [];
  let max = -Infinity;
  for (let l = 0; l < d.langs.length; l++) if ((cand >> l) & 1) max = Math.max(max, s.ll[l] ?? 0);
  let sum = 0;
  const t = d.model.temperature;
  for (let l = 0; l < d.langs.length; l++) {
    if (!((cand >> l) & 1)) continue;
    const p = Math.exp(((s.ll[l] ?? 0) - max) / t) * (opts?.prior?.[d.langs[l] as Lang] ?? 1);
    sum += p;
    ranking.push({ lang: d.langs[l] as Lang, score: p });
  }
  for (const r of ranking) r.score /= sum;
  ranking.sort((a, b) => b.score - a.score);
  const top = ranking[0];
  if (!top) return { ...UND, ranking: [] };
  const best = d.langs.indexOf(top.lang);
  const confidence = top.score * fitFactor(d.model, best, s);
  if (ex.letters < MIN_LETTERS || confidence < MIN_CONFIDENCE) return { lang: 'und', confidence: 0, ranking };
  return { lang: top.lang, confidence, ranking };
}

/** 0..1: how well the scored text fits language `l` (1 when the model has no fit statistics). */
function fitFactor(m: LangModel, l: number, s: Scratch): number {
  const mu = m.fitMean[l];
  const sd = m.fitSd[l];
  if (mu === undefined || sd === undefined || sd <= 0 || s.features <= 0) return 1;
  const z = ((s.ll[l] ?? 0) / s.features - mu) * Math.sqrt(Math.min(s.features, Z_MAX_NGRAMS)) / sd;
  return Math.min(1, Math.max(0, (z - Z_NONE) / (Z_FULL - Z_NONE)));
}

/**
 * Identifies the language of `text` (a document, paragraph or single sentence) among kk, az, ru, en, tr,
 * uz, ky, tt, ba, tk and ug; `und` when there are too few letters, the script is not one of theirs, or the
 * text fits no language well enough.
 */
export function detectLanguage(text: string, opts?: DetectOptions): LangGuess {
  return detectWith(defaultDetector(), text, opts);
}

/**
 * Detects the language of a document and of each of its paragraphs (`spans` index into `text`). A paragraph
 * that comes out `und` but whose best candidate is the document's language (a short heading, a dateline)
 * takes the document's language.
 */
export function detectParagraphs(text: string, spans: readonly { start: number; end: number }[], opts?: DetectOptions): { doc: LangGuess; paragraphs: Lang[] } {
  const doc = detectLanguage(text, opts);
  const paragraphs = spans.map((sp) => {
    const g = detectLanguage(text.slice(sp.start, sp.end), opts);
    if (g.lang === 'und' && doc.lang !== 'und' && g.ranking[0]?.lang === doc.lang) return doc.lang;
    return g.lang;
  });
  return { doc, paragraphs };
}
