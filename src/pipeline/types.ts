/** Core document model shared by every pipeline stage: one normalized text, many offset layers. */

/** Languages elchi identifies; `und` when none is reliable. */
export type Lang = 'kk' | 'az' | 'ru' | 'en' | 'tr' | 'uz' | 'ky' | 'tt' | 'ba' | 'tk' | 'ug' | 'und';

/** Languages elchi analyses in depth (morphology, dates, later entities and events). */
export type CoreLang = 'kk' | 'az' | 'ru' | 'en';
/** The {@link CoreLang}s, in the order elchi lists them. */
export const CORE_LANGS: readonly CoreLang[] = Object.freeze(['kk', 'az', 'ru', 'en']);

/** A half-open character range [start, end) into the normalized text. */
export interface Span {
  start: number;
  end: number;
}

/** Problems found in content; never thrown, always attached to the document. */
export interface Diagnostic {
  stage: string;
  code: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  span?: Span;
}

/** Bytes read from one source, before any text processing. */
export interface RawDoc {
  /** Stable id: given by the source (JSONL `id`) or derived from the source path and content. */
  id: string;
  /** Where it came from: a file path, `path#line` for JSONL records, or `-` for stdin. */
  source: string;
  /** Text as read (already decoded from UTF-8); HTML still marked up when `format` is html. */
  content: string;
  format: 'text' | 'html';
  url?: string;
  title?: string;
  /** Publication date given by the source metadata (ISO, day/month/year precision). */
  published?: string;
  /** Language given by the source metadata. */
  lang?: string;
}

/** A sentence: its span in the normalized text and the paragraph it belongs to. */
export interface Sentence extends Span {
  paragraph: number;
}

/** A token with its offsets and the analyses later stages rely on. */
export interface Token extends Span {
  /** Surface form as in the normalized text. */
  text: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
  /** Lower-cased surface (language-aware: Turkic dotted/dotless i). */
  lower: string;
  /** Morphological stem (lower-case) and suffix chain; stem === lower when nothing was stripped. */
  stem: string;
  suffixes: readonly string[];
  /** Latin match key shared across scripts and spellings (Тоқаев, Токаев, Tokayev → one key). */
  key: string;
}

/** A date expression resolved to ISO with the precision it was stated in. */
export interface DateMention extends Span {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  precision: 'day' | 'month' | 'year';
  relative: boolean;
  /**
   * True for a weekday with no word saying which one ("on Thursday", «в четверг»): read as the last one on or before
   * the anchor, as news tells what happened; an act still to come means the next one.
   */
  weekday?: boolean;
}

/** A paragraph of the normalized text with its own detected language. */
export interface Paragraph extends Span {
  lang: Lang;
}

/** A document after the text engine: the normalized text and its layers. */
export interface Doc {
  id: string;
  source: string;
  url?: string;
  title?: string;
  /** The text after extraction and cleaning, before normalization. */
  original: string;
  /** Normalized text; every offset below points into it. */
  text: string;
  /** offsetMap[i] = offset in `original` of normalized character i (length text.length + 1). */
  offsetMap: Int32Array;
  /** Lines dropped as boilerplate, with their offsets in the extracted text (for folding in views). */
  removed: { text: string; start: number; end: number; reason: string }[];
  lang: Lang;
  langConfidence: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
  /** Publication date: from metadata or a header line; null when unknown. */
  published: string | null;
  diagnostics: Diagnostic[];
}
