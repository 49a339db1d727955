/** The per-document output contract of `elchi extract` (shape of ../shared/eval/README.md). */
import type { Doc } from './types.ts';
import type { Extracted } from './extract.ts';
import { toEntityOutput } from '../entities/index.ts';
import { toEventOutput } from '../events/index.ts';

/** An actor of an event, as the output contract names it. */
export interface ActorOutput { name: string; kind: 'person' | 'organization' | 'country'; country: string | null; id: string }

/** One event in the output contract (../shared/docs/ONTOLOGY.md): fixed names, read by users' scripts and the evaluation. */
export interface EventOutput {
  type: string;
  mode: string | null;
  status: 'occurred' | 'planned';
  cameo: string;
  source: ActorOutput | null;
  target: ActorOutput | null;
  /** YYYY-MM-DD, YYYY-MM or null. */
  date: string | null;
  location: { name: string; country: string | null } | null;
  /** The evidence sentence: its text and offsets as in the article before normalization (`original`). */
  evidence: { text: string; start: number; end: number };
  confidence: number;
}

/** One document as `elchi extract` prints it; events and entities are filled by later stages. */
export interface ExtractOutput {
  id: string;
  source: string;
  url?: string;
  title?: string;
  lang: string;
  lang_confidence: number;
  published: string | null;
  events: EventOutput[];
  entities: ReturnType<typeof toEntityOutput>[];
  paragraphs: { start: number; end: number; lang: string }[];
  dates: { text: string; value: string; precision: string; start: number; end: number }[];
  diagnostics?: Doc['diagnostics'];
  text?: string;
  removed?: { text: string; reason: string }[];
}

/** Shapes an extracted document for output; the cleaned text and the removed lines only when asked. */
export function toOutput(x: Extracted, opts: { text?: boolean } = {}): ExtractOutput {
  const { doc } = x;
  const out: ExtractOutput = {
    id: doc.id,
    source: doc.source,
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.title ? { title: doc.title } : {}),
    lang: doc.lang,
    lang_confidence: Math.round(doc.langConfidence * 1000) / 1000,
    published: doc.published,
    events: x.events.map((e) => toEventOutput(e)),
    entities: x.entities.map(toEntityOutput),
    paragraphs: doc.paragraphs.map((p) => ({ start: p.start, end: p.end, lang: p.lang })),
    dates: doc.dates.map((d) => ({ text: d.text, value: d.value, precision: d.precision, start: d.start, end: d.end })),
  };
  if (doc.diagnostics.length) out.diagnostics = doc.diagnostics;
  if (opts.text) {
    out.text = doc.text;
    out.removed = doc.removed.map((r) => ({ text: r.text, reason: r.reason }));
  }
  return out;
}
