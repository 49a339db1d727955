/**
 * Bilateral bodies (data/gazetteer/bilateral.tsv): their member states, and the short generic name that refers to
 * them in an article that named them in full («… Высший межгосударственный совет Азербайджан — Казахстан …
 * заседание Высшего межгосударственного совета»: the second mention is the same council).
 */
import { readTsv } from '../util/data.ts';
import type { Ctx } from './context.ts';
import type { Draft } from './draft.ts';

/** A body of two states. */
export interface BilateralBody { readonly id: string; readonly members: readonly string[]; readonly generic: string | null }

let table: ReadonlyMap<string, BilateralBody> | null = null;

/** The bilateral bodies by organization id. */
export function bilateralBodies(): ReadonlyMap<string, BilateralBody> {
  table ??= new Map(readTsv('gazetteer/bilateral.tsv').map((r) => {
    const id = r.id ?? '';
    return [id, { id, members: (r.members ?? '').split('|').filter(Boolean), generic: r.generic ? r.generic : null }];
  }));
  return table;
}

/** A generic body mention takes the identity of the specific body of its kind the document names (nearest before it, else after it). */
export function resolveBodies(ctx: Ctx): void {
  const bodies = bilateralBodies();
  const generics = new Set([...bodies.values()].map((b) => b.generic).filter((g): g is string => g !== null));
  const specific = ctx.drafts.filter((d) => d.rule !== 'dropped' && bodies.has(d.id));
  if (specific.length === 0) return;
  for (const d of ctx.drafts) {
    if (d.rule === 'dropped' || !generics.has(d.id)) continue;
    const kin = specific.filter((s) => bodies.get(s.id)?.generic === d.id);
    const ref: Draft | undefined = kin.filter((s) => s.t0 < d.t0).pop() ?? kin[0];
    if (!ref) continue;
    d.id = ref.id;
    d.canonical = ref.canonical;
    d.country = ref.country;
  }
}
