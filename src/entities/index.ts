/** Entity recognition and linking: gazetteer names, unknown persons and organizations, posts and coreference. */
import type { Doc } from '../pipeline/types.ts';
import type { Entity, Mention } from './types.ts';
import { TokenView } from './token-view.ts';
import { loadLexicon } from './lexicon.ts';
import { findKnown } from './known.ts';
import { Ctx } from './context.ts';
import { findTitles } from './titles.ts';
import { findOrgs } from './orgs.ts';
import { findPersons } from './persons.ts';
import { resolveCoreference } from './coref.ts';
import type { Draft } from './draft.ts';

export type { Entity, Mention, EntityType } from './types.ts';

function toMention(d: Draft, text: string): Mention {
  return {
    text: text.slice(d.start, d.end), canonical: d.canonical, type: d.type, country: d.country, id: d.id,
    start: d.start, end: d.end, kind: d.kind, ...(d.post ? { post: d.post } : {}), rule: d.rule,
    confidence: Math.round(d.confidence * 100) / 100, named: d.named, ...(d.coref ? { coref: true } : {}),
  };
}

/** The date offices are resolved at: the publication date, else the latest absolute date the text states, else null (today's holders). */
function referenceDate(doc: Doc): string | null {
  if (doc.published) return doc.published;
  let best: string | null = null;
  for (const d of doc.dates) if (!d.relative && /^\d{4}/.test(d.value) && (best === null || d.value > best)) best = d.value;
  return best;
}

/** Finds the actors a document names: `entities` (named mentions, each surface form once) and every `mention`. */
export function findEntities(doc: Doc): { entities: Entity[]; mentions: Mention[] } {
  const lex = loadLexicon();
  const view = new TokenView(doc);
  const seen = new Set<string>();
  const date = referenceDate(doc);
  const ctx = new Ctx(view, lex, date);
  for (const d of findKnown(view, lex, date, seen)) ctx.add(d);
  findOrgs(ctx);
  findTitles(ctx);
  findPersons(ctx);
  resolveCoreference(ctx);
  const drafts = ctx.drafts.filter((d) => d.rule !== 'dropped');
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions = drafts.map((d) => toMention(d, doc.text));
  const entities: Entity[] = [];
  const forms = new Set<string>();
  for (const m of mentions) {
    if (!m.named) continue;
    const k = `${m.id}\u0000${m.text}`;
    if (forms.has(k)) continue;
    forms.add(k);
    // Spelled out: an object rest with excluded keys runs in the runtime, once per mention.
    entities.push({
      text: m.text, canonical: m.canonical, type: m.type, country: m.country, id: m.id, start: m.start, end: m.end, kind: m.kind,
      ...(m.post !== undefined ? { post: m.post } : {}), rule: m.rule, confidence: m.confidence,
    });
  }
  return { entities, mentions };
}

/** The output contract's entity record: `{text, canonical, type, country, id, start, end}`. */
export function toEntityOutput(e: Entity): { text: string; canonical: string; type: Entity['type']; country: string | null; id: string; start: number; end: number } {
  return { text: e.text, canonical: e.canonical, type: e.type, country: e.country, id: e.id, start: e.start, end: e.end };
}
