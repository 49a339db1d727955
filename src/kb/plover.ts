/**
 * Strict PLOVER JSON export (one object per line): PLOVER event types and modes only, POLECAT-style field
 * names. elchi's `planned` status has no place in PLOVER, so a planned event is exported as AGREE (the
 * manual codes announced intentions as AGREE) with an empty mode.
 */
import type { EventRow, ActorRef } from './query.ts';

/** PLOVER event types and their modes (PLOVER manual v2 draft). */
export const PLOVER_MODES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  AGREE: [], CONSULT: ['visit', 'third-party', 'multilateral', 'phone'], SUPPORT: [], CONCEDE: [], COOPERATE: [], AID: [],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'], ACCUSE: ['disapprove', 'investigate', 'allege'], REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'], PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'], MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'ban', 'expel', 'violate', 'cyber'],
  ASSAULT: ['beat', 'firearms', 'explosives', 'primitive', 'aerial', 'sexual', 'assassinate', 'torture', 'cbrn', 'wmd', 'other'],
});

/** PLOVER quad category of a type. */
const QUAD: Readonly<Record<string, string>> = Object.freeze({
  AGREE: 'verbal cooperation', CONSULT: 'verbal cooperation', SUPPORT: 'verbal cooperation', CONCEDE: 'verbal cooperation',
  COOPERATE: 'material cooperation', AID: 'material cooperation', RETREAT: 'material cooperation',
  REQUEST: 'verbal conflict', ACCUSE: 'verbal conflict', REJECT: 'verbal conflict', THREATEN: 'verbal conflict',
  PROTEST: 'material conflict', SANCTION: 'material conflict', MOBILIZE: 'material conflict', COERCE: 'material conflict', ASSAULT: 'material conflict',
});

/** One event in strict PLOVER JSON. */
export interface PloverEvent {
  event_id: string;
  event_date: string | null;
  event_type: string;
  event_mode: string;
  quad_code: string;
  contexts: string[];
  actor_name: string;
  actor_country: string;
  recipient_name: string;
  recipient_country: string;
  place_name: string;
  place_country: string;
  event_text: string;
  story_ids: string[];
  urls: string[];
  language: string;
}

function name(a: ActorRef): string { return a.name ?? a.country ?? ''; }

/** One event (cluster) as a strict PLOVER record. */
export function toPlover(r: EventRow): PloverEvent {
  const planned = r.status === 'planned';
  const type = planned ? 'AGREE' : r.type;
  const mode = !planned && r.mode && (PLOVER_MODES[type] ?? []).includes(r.mode) ? r.mode : '';
  const originals = r.reports.filter((x) => x.copy_of === null);
  const lead = originals[0] ?? r.reports[0];
  return {
    event_id: `elchi-${r.id}`,
    event_date: r.date,
    event_type: type,
    event_mode: mode,
    quad_code: QUAD[type] ?? '',
    contexts: [],
    actor_name: name(r.source), actor_country: r.source.country ?? '',
    recipient_name: name(r.target), recipient_country: r.target.country ?? '',
    place_name: r.location?.name ?? '', place_country: r.location?.country ?? '',
    event_text: lead?.text ?? '',
    story_ids: [...new Set(r.reports.map((x) => x.doc_id))],
    urls: [...new Set(r.reports.map((x) => x.url).filter((u): u is string => !!u))],
    language: lead?.lang ?? '',
  };
}

/** Rows as PLOVER JSON lines. */
export function formatPlover(rows: readonly EventRow[]): string {
  return rows.map((r) => JSON.stringify(toPlover(r)) + '\n').join('');
}
