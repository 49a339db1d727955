/** The text engine: raw document → cleaned, normalized, language-tagged, segmented, analysed text with dates. */
import type { DateMention, Doc, Lang, Paragraph, RawDoc, Token } from './types.ts';
import { checkStages, runStages, type Draft, type Stage } from './stage.ts';
import { extractHtml } from '../read/html.ts';
import { findBoilerplate } from '../text/clean.ts';
import { normalizeText } from '../text/normalize.ts';
import { detectLanguage, type DetectOptions, type LangGuess } from '../lang/detect.ts';
import { splitParagraphs, splitSentences } from '../text/segment.ts';
import { tokenize } from '../text/tokenize.ts';
import { analyseWord } from '../lang/morph/index.ts';
import { findDates } from '../dates/index.ts';
import { publicationDate } from './published.ts';
import { setTokenWords } from './token-words.ts';
import type { WordSlots } from '../util/memo.ts';

const KNOWN: ReadonlySet<string> = new Set(['kk', 'az', 'ru', 'en', 'tr', 'uz', 'ky', 'tt', 'ba', 'tk', 'ug', 'und']);
/** Paragraphs shorter than this take the document's language when their own guess is unsure. */
const SHORT_PARAGRAPH = 60;
const NO_SUFFIXES: readonly string[] = [];
/**
 * Language detection reads at most this much of a paragraph (some 40 words): enough for certainty, bounded cost.
 * At 600 the paragraph languages of 3,000 generated documents came out the same, for 2.5% more extraction time.
 */
const PARAGRAPH_SAMPLE = 300;
/**
 * Once one language has this much confidently-identified text (characters times confidence: about one full
 * paragraph sample), a later paragraph is first read only for {@link GLANCE} characters: when that glance finds the
 * leading language, surely, it is taken; anything else (another language, an unsure guess) is read in full.
 */
const SETTLED = 250;
const GLANCE = 60;
/** Confidence a glance needs to stand for the whole paragraph sample. */
const GLANCE_SURE = 0.8;

/** The language of the paragraph text[start, end): a glance first when the document's language is `settled`. */
function guessParagraph(text: string, start: number, end: number, settled: Lang | undefined): LangGuess {
  if (settled && end - start > GLANCE * 1.5) {
    const g = detectLanguage(text.slice(start, start + GLANCE), EXPECTED);
    if (g.lang === settled && g.confidence >= GLANCE_SURE) return g;
  }
  return detectLanguage(text.slice(start, Math.min(end, start + PARAGRAPH_SAMPLE)), EXPECTED);
}

/** When no paragraph is long enough, detection reads this much of the whole text. */
const DOCUMENT_SAMPLE = 2400;
/**
 * Prior odds of the languages elchi reads (its input is Kazakh, Azerbaijani, Russian and English news): a short,
 * name-heavy English sentence whose Turkic names make it look Turkish stays English, while text of any length
 * in another language still wins on its likelihood (its posterior is many orders of magnitude above).
 */
const EXPECTED: DetectOptions = Object.freeze({ prior: Object.freeze({ kk: 10, az: 10, ru: 10, en: 10 }), nfc: true });

/** Cleaning: drop site furniture, then normalize the rest (one text, one offset map). */
const clean: Stage = {
  name: 'clean',
  requires: ['original'],
  provides: ['text', 'offsetMap', 'removed'],
  run(doc) {
    const original = doc.original ?? '';
    const removed = findBoilerplate(original);
    const n = normalizeText(original, removed, doc.lang);
    return { text: n.text, offsetMap: n.map, removed };
  },
};

/**
 * Language identification per paragraph; the document's language is the one that covers most
 * confidently-identified text (so each paragraph is scored once). Metadata `lang` wins when valid.
 */
const detect: Stage = {
  name: 'detect',
  requires: ['text'],
  provides: ['lang', 'langConfidence', 'paragraphs'],
  run(doc) {
    const text = doc.text ?? '';
    const spans = splitParagraphs(text);
    const weight = new Map<Lang, number>();
    let total = 0;
    let best: Lang = 'und';
    let bestW = 0;
    const guesses = spans.map((sp) => {
      if (sp.end - sp.start < SHORT_PARAGRAPH) return null;
      const g = guessParagraph(text, sp.start, sp.end, bestW >= SETTLED ? best : undefined);
      const len = Math.min(sp.end - sp.start, PARAGRAPH_SAMPLE);
      total += len;
      if (g.lang !== 'und') {
        const w = (weight.get(g.lang) ?? 0) + len * g.confidence;
        weight.set(g.lang, w);
        if (w > bestW) { best = g.lang; bestW = w; }
      }
      return g;
    });
    if (best === 'und') {
      // Only short paragraphs (or none identified): judge the text as a whole.
      const g = detectLanguage(text.slice(0, DOCUMENT_SAMPLE), EXPECTED);
      best = g.lang;
      bestW = g.confidence;
      total = 1;
    }
    const given = doc.lang && KNOWN.has(doc.lang) ? doc.lang : undefined;
    const lang: Lang = given ?? best;
    const paragraphs: Paragraph[] = spans.map((p, i) => {
      const g = guesses[i];
      return { ...p, lang: !g || g.lang === 'und' || g.confidence < 0.5 ? lang : g.lang };
    });
    return { lang, langConfidence: given ? 1 : total > 0 ? bestW / total : 0, paragraphs };
  },
};

/** Publication date from metadata, else from a header or dateline of the article itself. */
const published: Stage = {
  name: 'published',
  requires: ['text', 'removed', 'original', 'lang'],
  provides: ['published'],
  run(doc) {
    return { published: doc.published ?? publicationDate(doc.original ?? '', doc.removed ?? [], doc.text ?? '', doc.lang ?? 'und') };
  },
};

/** Sentences and tokens; each word token gets its stem, suffix chain and Latin key. */
const segment: Stage = {
  name: 'segment',
  requires: ['text', 'lang', 'paragraphs'],
  provides: ['sentences', 'tokens'],
  run(doc) {
    const text = doc.text ?? '';
    const lang = doc.lang ?? 'und';
    const paragraphs = doc.paragraphs ?? [];
    const sentences = splitSentences(text, lang);
    const tokens: Token[] = [];
    const words: (WordSlots | null)[] = [];
    let p = 0;
    for (const t of tokenize(text)) {
      while (p < paragraphs.length - 1 && (paragraphs[p]?.end ?? 0) <= t.start) p++;
      const plang = paragraphs[p]?.lang ?? lang;
      if (t.kind === 'word') {
        const a = analyseWord(t.text, plang);
        tokens.push({ start: t.start, end: t.end, text: t.text, kind: t.kind, lower: a.lower, stem: a.stem, suffixes: a.suffixes, key: a.key });
        words.push(a.slots);
      } else {
        const low = t.text.toLowerCase();
        tokens.push({ start: t.start, end: t.end, text: t.text, kind: t.kind, lower: low, stem: low, suffixes: NO_SUFFIXES, key: low });
        words.push(null);
      }
    }
    setTokenWords(tokens, words);
    return { sentences, tokens };
  },
};

/** Date expressions resolved against the publication date. */
const dates: Stage = {
  name: 'dates',
  requires: ['text', 'lang', 'published'],
  provides: ['dates'],
  run(doc) {
    const found: DateMention[] = findDates(doc.text ?? '', doc.lang ?? 'und', doc.published ?? null);
    return { dates: found };
  },
};

/** The text engine's stages, in order. */
export const TEXT_STAGES: readonly Stage[] = Object.freeze([clean, detect, published, segment, dates]);
checkStages(TEXT_STAGES, ['id', 'source', 'original', 'diagnostics']);

/** Builds the starting draft from a raw document: HTML is reduced to its main text here. */
export function draftFromRaw(raw: RawDoc): Draft {
  const base = { id: raw.id, source: raw.source, diagnostics: [] as Doc['diagnostics'] };
  const meta = { url: raw.url, title: raw.title, published: raw.published ?? null };
  if (raw.format === 'html') {
    const x = extractHtml(raw.content);
    const title = raw.title ?? x.title;
    const body = title && !x.text.trimStart().startsWith(title) ? `${title}\n\n${x.text}` : x.text;
    return { ...base, ...meta, title, original: body, published: raw.published ?? x.published ?? null, lang: raw.lang as Lang | undefined };
  }
  return { ...base, ...meta, original: raw.content, lang: raw.lang as Lang | undefined };
}

/** Runs the whole text engine on one raw document. */
export function processDoc(raw: RawDoc): Doc {
  const draft = runStages(TEXT_STAGES, draftFromRaw(raw));
  if (draft.published === undefined) draft.published = null;
  if (draft.text !== undefined && draft.text.trim() === '') {
    draft.diagnostics.push({ stage: 'clean', code: 'EMPTY_AFTER_CLEANING', severity: 'warning', message: 'no article text left after removing boilerplate' });
  }
  return draft as Doc;
}
