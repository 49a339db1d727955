/** Writes one extracted document into the store (inside the caller's transaction): text, copy link, actors, mentions, events. */
import { sql, type Transaction } from 'kysely';
import type { EventOutput } from '../pipeline/output.ts';
import type { Database } from './schema.ts';
import { COPY_THRESHOLD, fromBytes, similarity, toBytes } from './minhash.ts';
import { storeKeys } from './store-keys.ts';
import { assignCluster } from './assign.ts';
import type { Prepared } from './ingest.ts';

type Trx = Transaction<Database>;

/** What writing one document did. */
export interface WriteResult { id: string; copyOf: string | null; events: number; newClusters: number }

const CHUNK = 400;

async function uniqueId(trx: Trx, id: string, hash: string): Promise<string> {
  const hit = await trx.selectFrom('documents').select('seq').where('id', '=', id).executeTakeFirst();
  return hit ? `${id}~${hash.slice(0, 10)}` : id;
}

/** The first-seen document this signature nearly duplicates (its root original), with the estimated Jaccard. */
async function findOriginal(trx: Trx, sig: Uint32Array, bands: string[]): Promise<{ id: string; sim: number; published: string | null } | null> {
  const rows = await trx.selectFrom('doc_bands').select('doc_id').distinct()
    .where((eb) => eb.or(bands.map((h, b) => eb.and([eb('band', '=', b), eb('hash', '=', h)]))))
    .execute();
  if (rows.length === 0) return null;
  const cands = await trx.selectFrom('documents').select(['id', 'seq', 'minhash', 'copy_of'])
    .where('id', 'in', rows.map((r) => r.doc_id)).orderBy('seq').execute();
  let best: { id: string; sim: number } | null = null;
  for (const c of cands) {
    if (!c.minhash) continue;
    const sim = similarity(sig, fromBytes(c.minhash));
    if (sim >= COPY_THRESHOLD && (!best || sim > best.sim)) best = { id: c.copy_of ?? c.id, sim };
  }
  if (!best) return null;
  const root = await trx.selectFrom('documents').select('published').where('id', '=', best.id).executeTakeFirst();
  return { ...best, published: root?.published ?? null };
}

/** Stores one prepared document and everything extracted from it. */
export async function storeDocument(trx: Trx, p: Prepared, ctx: { runId: number; now: string }): Promise<WriteResult> {
  const { doc, mentions } = p.x;
  const id = await uniqueId(trx, doc.id, p.hash);
  // Derived in the extraction worker when there is one, else here: the same pure function either way.
  const keys = p.keys ?? storeKeys(doc, p.events, mentions);
  const { sig, bands } = keys;
  let original = await findOriginal(trx, sig, bands);
  // The original is the first-seen document, unless this one was published earlier: then it becomes the root.
  if (original && doc.published && original.published && doc.published < original.published) {
    await trx.updateTable('documents').set({ copy_of: id, copy_similarity: original.sim })
      .where((eb) => eb.or([eb('id', '=', original!.id), eb('copy_of', '=', original!.id)])).execute();
    original = null;
  }
  const row = await trx.insertInto('documents').values({
    id, source: doc.source, url: doc.url ?? null, hash: p.hash, lang: doc.lang,
    lang_confidence: Math.round(doc.langConfidence * 1000) / 1000, published: doc.published, title: doc.title ?? null,
    text: doc.text, removed: JSON.stringify(doc.removed.map((r) => ({ text: r.text, reason: r.reason }))),
    ingested_at: ctx.now, run_id: ctx.runId, copy_of: original?.id ?? null, copy_similarity: original ? original.sim : null,
    minhash: toBytes(sig),
  }).returning('seq').executeTakeFirstOrThrow();
  await trx.insertInto('doc_bands').values(bands.map((hash, band) => ({ band, hash, doc_id: id }))).execute();
  await sql`INSERT INTO documents_fts(rowid, terms) VALUES (${row.seq}, ${keys.terms})`.execute(trx);

  // Actors and the surface variants seen for them.
  const actors = new Map<string, { id: string; name: string; kind: string; type: string | null; country: string | null }>();
  const variants = new Map<string, { actor_id: string; variant: string; key: string; lang: string; count: number }>();
  for (const [i, m] of mentions.entries()) {
    if (!actors.has(m.id)) actors.set(m.id, { id: m.id, name: m.canonical, kind: m.kind, type: m.type, country: m.country });
    if (!m.named) continue;
    const k = `${m.id}\u0000${m.text}`;
    const v = variants.get(k);
    if (v) v.count++;
    else variants.set(k, { actor_id: m.id, variant: m.text, key: keys.mentions[i] ?? '', lang: doc.lang, count: 1 });
  }
  for (const e of p.events) for (const a of [e.source, e.target]) {
    if (a && !actors.has(a.id)) actors.set(a.id, { id: a.id, name: a.name, kind: a.kind, type: null, country: a.country });
  }
  const actorRows = [...actors.values()];
  for (let i = 0; i < actorRows.length; i += CHUNK) {
    await trx.insertInto('actors').values(actorRows.slice(i, i + CHUNK)).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
  const variantRows = [...variants.values()];
  for (let i = 0; i < variantRows.length; i += CHUNK) {
    await trx.insertInto('actor_variants').values(variantRows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['actor_id', 'variant', 'lang']).doUpdateSet((eb) => ({ count: eb('actor_variants.count', '+', eb.ref('excluded.count')) })))
      .execute();
  }
  const mentionRows = mentions.map((m) => ({
    doc_id: id, actor_id: m.id, text: m.text, start: m.start, end: m.end, type: m.type, kind: m.kind, post: m.post ?? null,
    rule: m.rule, confidence: m.confidence, named: m.named ? 1 : 0, coref: m.coref ? 1 : 0,
  }));
  for (let i = 0; i < mentionRows.length; i += CHUNK) await trx.insertInto('mentions').values(mentionRows.slice(i, i + CHUNK)).execute();

  let newClusters = 0;
  for (let i = 0; i < p.events.length; i++) {
    if (await storeEvent(trx, id, doc.lang, doc.published, i, p.events[i]!, keys.evidence[i]!)) newClusters++;
  }
  return { id, copyOf: original?.id ?? null, events: p.events.length, newClusters };
}

/** Stores one event with its evidence (and the evidence's search `terms`) and assigns it to a cluster; true when it opened a new cluster. */
export async function storeEvent(
  trx: Trx, docId: string, lang: string, published: string | null, seq: number, e: EventOutput, terms: string,
): Promise<boolean> {
  const ev = {
    doc_id: docId, seq, type: e.type, mode: e.mode, status: e.status, cameo: e.cameo,
    source_id: e.source?.id ?? null, source_name: e.source?.name ?? null, source_kind: e.source?.kind ?? null, source_country: e.source?.country ?? null,
    target_id: e.target?.id ?? null, target_name: e.target?.name ?? null, target_kind: e.target?.kind ?? null, target_country: e.target?.country ?? null,
    date: e.date, location_name: e.location?.name ?? null, location_country: e.location?.country ?? null, confidence: e.confidence,
  };
  const row = await trx.insertInto('events').values({ ...ev, cluster_id: null, merge_reason: null }).returning('id').executeTakeFirstOrThrow();
  const evid = await trx.insertInto('evidence').values({
    event_id: row.id, doc_id: docId, text: e.evidence.text, start: e.evidence.start, end: e.evidence.end, lang, terms,
  }).returning('id').executeTakeFirstOrThrow();
  await sql`INSERT INTO evidence_fts(rowid, terms) VALUES (${evid.id}, ${terms})`.execute(trx);
  return assignCluster(trx, { ...ev, id: row.id }, published);
}
