/** Short text forms of events: a one-line key (for tables and diffs) and the `--explain` block. */
import type { ElchiEvent } from './types.ts';
import type { EventOutput as ContractEvent } from '../pipeline/output.ts';

/** `TYPE[/mode] status SRC>TGT` with ISO countries ('-' when unknown): "CONSULT/visit planned KAZ>AZE". */
export function eventKey(e: ElchiEvent): string {
  return `${e.type}${e.mode ? '/' + e.mode : ''} ${e.status} ${e.source?.country ?? '-'}>${e.target?.country ?? '-'}`;
}

/** The `--explain` text of one event: the line, its actors, date, place and trigger, then the rules that built it. */
export function explainEvent(e: ElchiEvent): string {
  const who = (a: ElchiEvent['source']): string => (a ? `${a.name} (${a.country ?? '—'})` : '—');
  const head = `${e.type}${e.mode ? '/' + e.mode : ''} ${e.status} ${e.cameo}  ${who(e.source)} → ${who(e.target)}  ${e.date ?? 'no date'}  @ ${e.location?.name ?? '—'}`;
  return [head, `  trigger «${e.trigger.text}» at ${e.trigger.start}`, ...e.explain.map((x) => `  · ${x}`)].join('\n');
}

/** The `events[]` record of `elchi extract`: the output contract plus the trigger; explain on request. */
export interface EventOutput extends ContractEvent {
  trigger: ElchiEvent['trigger'];
  explain?: string[];
}

/** Shapes an event for output; `explain` adds the rules that built it. */
export function toEventOutput(e: ElchiEvent, opts: { explain?: boolean } = {}): EventOutput {
  const { explain, ...rest } = e;
  return opts.explain ? { ...rest, explain: [...explain] } : rest;
}
