/** Working mention records of the actor layer (token range + resolution) and helpers to make them. */
import type { EntityKind, GazetteerEntry } from './gazetteer.ts';
import type { EntityType } from './types.ts';
import type { Lexicon } from './lexicon.ts';
import type { TokenView } from './token-view.ts';
import { latinKey } from '../text/translit.ts';

/** A mention being built: token range [t0, t1), character span, and what it resolves to. */
export interface Draft {
  t0: number;
  t1: number;
  start: number;
  end: number;
  canonical: string;
  type: EntityType;
  country: string | null;
  id: string;
  kind: EntityKind;
  rule: string;
  confidence: number;
  /** A name (entity) rather than a title, adjective, demonym or compound. */
  named: boolean;
  coref?: boolean;
  post?: string;
  entry?: GazetteerEntry;
  /** Person names: keys of the first name and of the surname, for coreference and initials. */
  first?: readonly string[];
  last?: readonly string[];
}

const TYPE: Readonly<Record<EntityKind, EntityType>> = { person: 'PER', organization: 'ORG', country: 'LOC', place: 'LOC' };
const OPENING = new Set(['«', '"', '“', '„', '‹']);
const CLOSING = new Set(['»', '"', '”', '“', '›']);

/** Entity type of a gazetteer kind. */
export function typeOf(kind: EntityKind): EntityType {
  return TYPE[kind];
}

/** Character span of tokens [t0, t1), widened to an opening quote whose closing quote is inside («AMANAT» партиясы). */
export function charSpan(view: TokenView, t0: number, t1: number): { start: number; end: number } {
  let start = view.tok(t0).start;
  let end = view.tok(t1 - 1).end;
  const text = view.doc.text;
  if (start > 0 && OPENING.has(text.charAt(start - 1))) {
    for (let c = start; c < end; c++) if (CLOSING.has(text.charAt(c))) { start -= 1; break; }
  }
  // A quotation opened inside the name and closed right after it belongs to it (партии «Аманат»).
  let open = 0;
  for (let c = start; c < end; c++) {
    const ch = text.charAt(c);
    if (ch === '«' || ch === '“' || ch === '„') open++;
    else if ((ch === '»' || ch === '”') && open > 0) open--;
  }
  if (open > 0 && CLOSING.has(text.charAt(end))) end += 1;
  return { start, end };
}

/** ISO country of an entry, null for international bodies and places in no single state. */
export function countryOf(e: GazetteerEntry): string | null {
  return e.country === 'INT' ? null : e.country;
}

/**
 * The state a person acts for on `date` (any office still held when the date is unknown): their own state, or none
 * when every office they hold is an international body's (the UN Secretary-General, the EU's High Representative).
 */
export function servingCountry(lex: Lexicon, e: GazetteerEntry, date: string | null): string | null {
  const own = countryOf(e);
  if (e.kind !== 'person' || own === null) return own;
  const posts = date ? lex.gaz.postsOf(e.id, date) : lex.gaz.postsOf(e.id).filter((p) => p.end === undefined);
  return posts.length > 0 && posts.every((p) => international(lex, p.post.split(':')[0] ?? '')) ? null : own;
}

/** True when a post's holder (a state code or an organization id without `org:`) is an international body, not a state's own (a party, a ministry). */
function international(lex: Lexicon, holder: string): boolean {
  if (lex.gaz.countryCodes.has(holder)) return false;
  const org = lex.gaz.byId.get(`org:${holder}`);
  return org === undefined || org.country === 'INT';
}

/** A draft for a gazetteer entry matched on tokens [t0, t1); adjectives, demonyms and compounds refer to their country. */
export function fromEntry(view: TokenView, lex: Lexicon, t0: number, t1: number, e: GazetteerEntry, rule: string, confidence: number): Draft {
  const span = charSpan(view, t0, t1);
  const named = e.kind !== 'country' || e.form === 'name' || e.form === undefined;
  const ref = named ? e : (lex.countries.get(e.country) ?? e);
  return {
    t0, t1, ...span, canonical: ref.canonical, type: typeOf(e.kind), country: servingCountry(lex, e, view.doc.published), id: ref.id, kind: e.kind,
    rule: named ? rule : (e.form ?? rule), confidence, named, entry: ref,
  };
}

/** Generated id of an organization: `org:x-` + its canonical in ASCII words (Latin keys for other scripts). */
function slug(canonical: string): string {
  return canonical.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => (/^[a-z0-9]+$/.test(w) ? w : latinKey(w))).filter(Boolean).join('-');
}

/** A new organization (one the gazetteer lacks) over tokens [t0, t1), its id made from its canonical name. */
export function orgDraft(ctx: { readonly view: TokenView }, t0: number, t1: number, canonical: string, country: string | null, rule: string, confidence: number): Draft {
  const span = charSpan(ctx.view, t0, t1);
  return { t0, t1, ...span, canonical, type: 'ORG', kind: 'organization', country, id: `org:x-${slug(canonical)}`, rule, confidence, named: true };
}
