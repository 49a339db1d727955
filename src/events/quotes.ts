/**
 * Acts told inside a quotation are the speaker's: «Мы благодарны российским коллегам», – отметил Кошанов;
 * "I thank my dear brother Ilham Aliyev," Erdogan said; «Өзбек бауырларымызға алғыс айтамыз», – деді Тоқаев. The speaker
 * is named after the closing quotation mark, by a speech verb (data/<lang>/event-cues.tsv, class say).
 */
import type { Arg } from './args.ts';
import type { EventView } from './view.ts';
import { QUOTES } from '../entities/keys.ts';
import { isActor } from './groups.ts';

/** Tokens between the closing quotation mark and the speech verb («…», – деді; "…," Erdogan said). */
const SAY_REACH = 5;

function isQuote(v: EventView, i: number): boolean {
  const t = v.tokens[i];
  return t !== undefined && t.kind !== 'word' && t.kind !== 'number' && QUOTES.has(t.text) && t.text !== "'" && t.text !== '’';
}

/** A quotation holding token `anchor` inside sentence `s`, attributed after it: its span and its speaker. */
export interface Quotation { open: number; close: number; speaker: Arg }

/** The quotation around token `anchor` and the speaker named after it, or null. */
export function quotationAt(v: EventView, s: { t0: number; t1: number }, live: readonly Arg[], anchor: number): Quotation | null {
  let open = -1;
  for (let i = anchor - 1; i >= s.t0; i--) if (isQuote(v, i)) { open = i; break; }
  if (open < 0) return null;
  let close = -1;
  for (let i = anchor + 1; i < s.t1; i++) if (isQuote(v, i)) { close = i; break; }
  if (close < 0) return null;
  if (v.findCue('say', close + 1, Math.min(s.t1, close + 1 + SAY_REACH)) < 0) return null;
  const speaker = live.find((a) => a.t0 > close && isActor(a) && a.actor !== null && a.kind !== 'place');
  return speaker ? { open, close, speaker } : null;
}
