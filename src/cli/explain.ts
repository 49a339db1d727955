/** `elchi extract --explain`: each document's events with the trigger, the rules behind each role and the score. */
import type { Extracted } from '../pipeline/extract.ts';
import { explainEvent } from '../events/index.ts';

/** The explanation block of one document, for a person. */
export function formatExplain(x: Extracted): string {
  const head = `═══ ${x.doc.id}  ${x.doc.lang}  published ${x.doc.published ?? 'unknown'}  ${x.events.length} event(s)`;
  const blocks = x.events.map((e, i) => `${i + 1}. ${explainEvent(e)}\n   evidence «${e.evidence.text}»`);
  return [head, ...blocks].join('\n') + '\n\n';
}
