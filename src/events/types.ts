/** Event records produced by the event layer (src/events/): PLOVER type and mode, roles, status, date, place, evidence. */

/** An actor of an event: English canonical name, kind, ISO 3166-1 alpha-3 country (null for international bodies) and id. */
export interface EventActor { name: string; kind: 'person' | 'organization' | 'country'; country: string | null; id: string }

/** A character span with its text. */
export interface TextSpan { text: string; start: number; end: number }

/** One coded event, the `events[]` record of `elchi extract` plus its trigger and the rules that built it. */
export interface ElchiEvent {
  /** PLOVER event type (CONSULT, SUPPORT, AGREE, …). */
  type: string;
  /** PLOVER mode (visit, phone, multilateral, third-party, …) or null. */
  mode: string | null;
  status: 'occurred' | 'planned';
  /** CAMEO code (042 make a visit, 057 sign formal agreement, …). */
  cameo: string;
  source: EventActor | null;
  target: EventActor | null;
  /** YYYY-MM-DD or YYYY-MM, null when unknown. */
  date: string | null;
  location: { name: string; country: string | null } | null;
  /** The sentence: `text` and `start/end` are in `doc.original` (the extracted text before normalization). */
  evidence: TextSpan;
  /** Rough confidence in [0, 1]. */
  confidence: number;
  /** The trigger words: offsets in `doc.text` (normalized). */
  trigger: TextSpan;
  /** The rules that set the type, each role, status, date and place, and the score (for --explain). */
  explain: string[];
}
