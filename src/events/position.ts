/** Where a trigger stands: next to a governing cue, as a noun or a verb, at a meeting, in the headline. */
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { EventView, SentenceRange } from './view.ts';
import { isTurkic } from './grammar.ts';

/** True when a cue of class `cls` governs the trigger: right after it in kk/az (postposition), right before it in ru/en. */
export function nextTo(v: EventView, s: SentenceRange, hit: Hit<TriggerDef>, cls: string): boolean {
  if (isTurkic(v.lang)) return v.hasCue(cls, hit.last + 1, Math.min(s.t1, hit.last + 3));
  // «На полях мероприятия состоялась беседа»: a finite verb between them makes the trigger its subject, not governed.
  // "On the sidelines of the 80th session": "of", an article and an ordinal do not count towards the reach.
  for (let i = hit.first - 1, n = 0; i >= s.t0 && n < 3; i--) {
    if (v.is(i, cls)) return true;
    const t = v.tokens[i];
    if (!(v.is(i, 'of') || v.isArticle(i) || v.is(i, 'ordinal') || /^\d/.test(t?.text ?? ''))) n++;
    if (v.verb(i).tense !== null && v.tokens[i]?.text === v.tokens[i]?.lower) return false;
  }
  return false;
}

/**
 * Index of the first token covered by a cue of class `cls`, walking from `from` towards `stop` (exclusive, either
 * direction), or -1 when a clause break comes first or there is none.
 */
export function cueBeforeBreak(v: EventView, cls: string, from: number, stop: number): number {
  const step = stop >= from ? 1 : -1;
  for (let j = from; j !== stop; j += step) {
    if (v.isBreak(j)) return -1;
    if (v.is(j, cls)) return j;
  }
  return -1;
}

/**
 * Index of the last semicolon among tokens [from, to), or -1: in ru/en it opens a clause of its own ("X and Y hold talks
 * in Abu Dhabi; UN chief hails progress").
 */
export function semicolonBefore(v: EventView, from: number, to: number): number {
  for (let i = to - 1; i >= Math.max(0, from); i--) if (v.tokens[i]?.text === ';') return i;
  return -1;
}

/** True when a cue of class `cls` stands right next to the trigger on its governing side (кездесу барысында, during the talks). */
export function governed(v: EventView, s: SentenceRange, hit: Hit<TriggerDef>, cls: string): boolean {
  if (isTurkic(v.lang)) return hit.last + 1 < s.t1 && v.is(hit.last + 1, cls);
  for (let i = hit.first - 1, n = 0; i >= s.t0 && n < 2; i--, n++) {
    if (v.is(i, cls)) return true;
    if (v.tokens[i]?.kind !== 'word') break;
  }
  return false;
}

/** True when the trigger word is a noun or verbal noun, not a finite verb. */
export function isNominal(v: EventView, i: number): boolean {
  const t = v.verb(i).tense;
  return t === null || t === 'nonfinite';
}

/** True for a meeting named as the place of what is said: «Görüşdə», «кездесуде», «на встрече», "at the meeting". */
export function atMeeting(v: EventView, s: SentenceRange, hit: Hit<TriggerDef>): boolean {
  const f = hit.def.frame;
  if (f !== 'meet' && f !== 'session' && f !== 'attend') return false;
  const anchor = hit.tokens[0] ?? hit.first;
  if (isTurkic(v.lang)) return hit.tokens.length === 1 && v.ownCase(anchor) === 'loc';
  for (let i = Math.max(s.t0, anchor - 2); i < anchor; i++) if (v.is(i, 'in') && v.cueAt[i]?.text !== 'в') return true;
  return false;
}

/** True for a first sentence without final punctuation: the headline. */
export function isHeadline(v: EventView, s: SentenceRange): boolean {
  if (s.index !== 0) return false;
  const t = v.doc.text.slice(s.start, s.end).trimEnd();
  const last = t.charAt(t.length - 1);
  return last !== '.' && last !== '!' && last !== '?' && last !== '…';
}
