/** What `elchi extract` prints for one document: its output-contract JSON, or, with `--explain`, a block for a person. */
import type { Extracted } from './extract.ts';
import { toOutput } from './output.ts';
import { explainEvent } from '../events/index.ts';

/** The `extract` command's printing options. */
export interface PrintOptions {
  /** Include the cleaned text and the removed boilerplate lines. */
  text?: boolean;
  /** Indent the JSON. */
  pretty?: boolean;
  /** Print each event's trigger, the rules behind each role and the score instead of JSON. */
  explain?: boolean;
}

/** The explanation block of one document, for a person. */
export function formatExplain(x: Extracted): string {
  const head = `═══ ${x.doc.id}  ${x.doc.lang}  published ${x.doc.published ?? 'unknown'}  ${x.events.length} event(s)`;
  const blocks = x.events.map((e, i) => `${i + 1}. ${explainEvent(e)}\n   evidence «${e.evidence.text}»`);
  return [head, ...blocks].join('\n') + '\n\n';
}

/** The text `elchi extract` prints for one extracted document (ending in a newline). */
export function printExtraction(x: Extracted, opts: PrintOptions = {}): string {
  if (opts.explain) return formatExplain(x);
  return JSON.stringify(toOutput(x, { text: opts.text }), null, opts.pretty ? 2 : undefined) + '\n';
}
