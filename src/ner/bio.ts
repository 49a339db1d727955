/** BIO tag set for PER/ORG/LOC and conversions between tag sequences and entity spans. */

/** Entity types the tagger knows. */
export type NerType = 'PER' | 'ORG' | 'LOC';

/** An entity over token indices [start, end) with a confidence in (0, 1]. */
export interface NerSpan { start: number; end: number; type: NerType; score: number }

/** Entity types in tag-index order. */
export const NER_TYPES: readonly NerType[] = Object.freeze(['PER', 'ORG', 'LOC']);

/** All tags; index 0 is O, then B-/I- per type (B-PER=1, I-PER=2, B-ORG=3, …). */
export const TAGS: readonly string[] = Object.freeze(['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])]);

/** Number of tags. */
export const NUM_TAGS = TAGS.length;

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

/** Index of a tag string (O, B-PER, …); -1 when it is not one of {@link TAGS}. */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? -1;
}

/** Type of a tag index, or null for O. */
export function tagType(tag: number): NerType | null {
  return tag <= 0 ? null : NER_TYPES[(tag - 1) >> 1] ?? null;
}

/** True when tag index is an I- tag. */
export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

/** Whether `tag` may follow `prev` in well-formed BIO (I-X only after B-X or I-X; prev -1 = sentence start). */
export function allowedAfter(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev === tag || prev === tag - 1;
}

/**
 * Entity spans of a tag-index sequence. Lenient like conlleval: an I-X that does not continue an X entity
 * starts a new one, so any sequence yields well-formed, non-overlapping, ordered spans.
 */
export function spansFromTags(tags: readonly number[], scores?: readonly number[]): NerSpan[] {
  const out: NerSpan[] = [];
  let cur: NerSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 0;
    const type = tagType(t);
    const continues = cur !== null && isInside(t) && type === cur.type;
    if (continues) { cur!.end = i + 1; continue; }
    if (cur) out.push(cur);
    cur = type ? { start: i, end: i + 1, type, score: 1 } : null;
  }
  if (scores) for (const s of out) s.score = minOf(scores, s.start, s.end);
  return out;
}

function minOf(xs: readonly number[], from: number, to: number): number {
  let m = 1;
  for (let i = from; i < to; i++) m = Math.min(m, xs[i] ?? 1);
  return m;
}

/** Tag indices for `n` tokens carrying the given (non-overlapping) spans. */
export function tagsFromSpans(n: number, spans: readonly Pick<NerSpan, 'start' | 'end' | 'type'>[]): number[] {
  const tags = new Array<number>(n).fill(0);
  for (const s of spans) {
    const b = 1 + 2 * NER_TYPES.indexOf(s.type);
    for (let i = Math.max(0, s.start); i < Math.min(n, s.end); i++) tags[i] = i === s.start ? b : b + 1;
  }
  return tags;
}
