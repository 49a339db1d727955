/**
 * Tag schemes a model may decode in. Labelled data is always read as BIO (bio.ts); a model trained in the
 * BILOU scheme (B/I/L = begin/inside/last of a multi-word entity, U = a one-word entity; Ratinov & Roth
 * 2009, "Design challenges and misconceptions in named entity recognition") has tags that tell a name's
 * last word and single-word names apart, so their own weights can be learnt.
 */
import { allowedAfter, NER_TYPES, spansFromTags, TAGS, type NerSpan } from './bio.ts';

/** Names of the schemes. */
export type SchemeName = 'bio' | 'bilou';

/** A tag scheme: its tags (index 0 = O), transition and end constraints, and conversions from and to spans. */
export interface TagScheme {
  readonly name: SchemeName;
  readonly tags: readonly string[];
  /** Whether tag `tag` may follow `prev` (prev −1 = sentence start). */
  allowed(prev: number, tag: number): boolean;
  /** Whether a sentence may end on `tag`. */
  final(tag: number): boolean;
  /** This scheme's tag indices for a BIO tag-index sequence (bio.ts). */
  encode(bio: readonly number[]): number[];
  /** Entity spans of a tag sequence in this scheme. */
  spans(tags: readonly number[], scores?: readonly number[]): NerSpan[];
}

/** The BIO scheme of bio.ts. */
export const BIO: TagScheme = Object.freeze({
  name: 'bio' as const,
  tags: TAGS,
  allowed: allowedAfter,
  final: () => true,
  encode: (bio: readonly number[]) => [...bio],
  spans: (tags: readonly number[], scores?: readonly number[]) => spansFromTags(tags, scores),
});

const PARTS = ['B', 'I', 'L', 'U'] as const;
const BILOU_TAGS: readonly string[] = Object.freeze(['O', ...NER_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))]);
/** Part of a BILOU tag index: 0 B, 1 I, 2 L, 3 U (−1 for O). */
const part = (tag: number): number => (tag <= 0 ? -1 : (tag - 1) % 4);
const typeOf = (tag: number): number => (tag <= 0 ? -1 : Math.floor((tag - 1) / 4));

/** The BILOU scheme: O, then B-, I-, L-, U- per type (B-PER=1, I-PER=2, L-PER=3, U-PER=4, B-ORG=5, …). */
export const BILOU: TagScheme = Object.freeze({
  name: 'bilou' as const,
  tags: BILOU_TAGS,
  allowed(prev: number, tag: number): boolean {
    const open = prev > 0 && part(prev) <= 1; // after B-X or I-X an entity is open: only I-X or L-X may follow
    if (open) return typeOf(tag) === typeOf(prev) && (part(tag) === 1 || part(tag) === 2);
    return tag === 0 || part(tag) === 0 || part(tag) === 3;
  },
  final: (tag: number) => tag === 0 || part(tag) >= 2,
  encode(bio: readonly number[]): number[] {
    const out = new Array<number>(bio.length).fill(0);
    for (const s of spansFromTags(bio)) {
      const base = 1 + 4 * NER_TYPES.indexOf(s.type);
      if (s.end - s.start === 1) { out[s.start] = base + 3; continue; }
      for (let i = s.start; i < s.end; i++) out[i] = base + (i === s.start ? 0 : i === s.end - 1 ? 2 : 1);
    }
    return out;
  },
  spans(tags: readonly number[], scores?: readonly number[]): NerSpan[] {
    // To BIO: B and U begin an entity, I and L continue one; a U or B after an open entity starts a new one.
    const bio = tags.map((t) => (t <= 0 ? 0 : 1 + 2 * typeOf(t) + (part(t) === 1 || part(t) === 2 ? 1 : 0)));
    return spansFromTags(bio, scores);
  },
});

/** The scheme of a name. */
export function tagScheme(name: SchemeName | undefined): TagScheme {
  return name === 'bilou' ? BILOU : BIO;
}

/** The scheme whose tags are exactly these column names, or undefined. */
export function schemeOfTags(tags: readonly string[]): TagScheme | undefined {
  return [BIO, BILOU].find((s) => s.tags.length === tags.length && s.tags.every((t, i) => t === tags[i]));
}

/** The `scheme` field of a model in `scheme`: absent for BIO (models written before schemes existed read as BIO). */
export function schemeField(scheme: TagScheme): { scheme?: SchemeName } {
  return scheme === BIO ? {} : { scheme: scheme.name };
}
