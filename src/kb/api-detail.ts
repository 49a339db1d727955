/** One document with its entity and event spans, and one actor with its names, posts and events, for `elchi serve`. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { loadGazetteer } from '../entities/gazetteer.ts';

type Db = Kysely<Database>;

/** An actor mention in a document: offsets into the cleaned text. */
export interface EntitySpan { start: number; end: number; text: string; type: string; kind: string; canonical: string | null; id: string; post: string | null; coref: boolean }
/** The evidence sentence of an event in a document: offsets into the cleaned text. */
export interface TriggerSpan { start: number; end: number; text: string; eventId: number | null; type: string; mode: string | null; status: string }

/** A stored document as the article view shows it. */
export interface DocumentView {
  id: string; source: string; url: string | null; title: string | null; lang: string; langConfidence: number; published: string | null;
  copyOf: string | null; copySimilarity: number | null; text: string; removed: { text: string; reason: string }[];
  entities: EntitySpan[]; triggers: TriggerSpan[];
}

/**
 * Where `sentence` starts in `text`: at `start` when it is there, else its occurrence nearest to `start`
 * (evidence offsets may count in the text before normalization); -1 when absent or empty.
 */
export function locate(text: string, sentence: string, start: number): number {
  if (sentence.length === 0) return -1;
  if (text.startsWith(sentence, start)) return start;
  let best = -1;
  for (let i = text.indexOf(sentence); i >= 0; i = text.indexOf(sentence, i + 1)) {
    if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best;
}

/** Evidence spans re-anchored in their documents' stored text (offsets left as they are when the sentence is not found). */
export async function alignEvidence<T extends { docId: string; text: string; start: number; end: number }>(db: Db, spans: T[]): Promise<T[]> {
  const ids = [...new Set(spans.map((s) => s.docId))];
  if (ids.length === 0) return spans;
  const texts = new Map((await db.selectFrom('documents').select(['id', 'text']).where('id', 'in', ids).execute()).map((r) => [r.id, r.text]));
  return spans.map((s) => {
    const t = texts.get(s.docId);
    const at = t === undefined ? -1 : locate(t, s.text, s.start);
    return at < 0 || at === s.start ? s : { ...s, start: at, end: at + s.text.length };
  });
}

/** A document with its mentions and the evidence spans of its events (rejected events left out), or null. */
export async function getDocument(db: Db, id: string): Promise<DocumentView | null> {
  const d = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) return null;
  const mentions = await db.selectFrom('mentions').leftJoin('actors', 'actors.id', 'mentions.actor_id')
    .select(['mentions.start', 'mentions.end', 'mentions.text', 'mentions.type', 'mentions.kind', 'actors.name', 'mentions.actor_id', 'mentions.post', 'mentions.coref'])
    .where('mentions.doc_id', '=', id).orderBy('mentions.start').orderBy('mentions.end').execute();
  const events = await db.selectFrom('events').innerJoin('evidence', 'evidence.event_id', 'events.id')
    .leftJoin('event_clusters', 'event_clusters.id', 'events.cluster_id')
    .select(['evidence.start', 'evidence.end', 'evidence.text', 'events.cluster_id', 'events.type', 'events.mode', 'events.status', 'event_clusters.status as cluster_status'])
    .where('events.doc_id', '=', id).orderBy('evidence.start').orderBy('events.id').execute();
  const triggers: TriggerSpan[] = [];
  for (const e of events) {
    if (e.cluster_status === 'rejected') continue;
    const start = locate(d.text, e.text, e.start);
    if (start < 0) continue;
    triggers.push({ start, end: start + e.text.length, text: e.text, eventId: e.cluster_id, type: e.type, mode: e.mode, status: e.status });
  }
  let removed: { text: string; reason: string }[] = [];
  try { removed = JSON.parse(d.removed) as { text: string; reason: string }[]; } catch { removed = []; }
  return {
    id: d.id, source: d.source, url: d.url, title: d.title, lang: d.lang, langConfidence: d.lang_confidence, published: d.published,
    copyOf: d.copy_of, copySimilarity: d.copy_similarity, text: d.text, removed,
    entities: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, kind: m.kind, canonical: m.name, id: m.actor_id, post: m.post, coref: m.coref === 1 })),
    triggers,
  };
}

/** A post an actor held: from the gazetteer (dated) or seen with the actor in articles (first and last publication). */
export interface PostView { post: string; title: string | null; start: string | null; end: string | null; source: 'gazetteer' | 'articles' }

/** An actor as its page shows it. */
export interface ActorView {
  actor: { id: string; name: string; kind: string; type: string | null; country: string | null; mentions: number };
  variants: { variant: string; key: string; lang: string; count: number }[];
  posts: PostView[];
  events: { id: number; type: string; mode: string | null; status: string; date: string | null }[];
}

/** An actor with its name variants in every script, posts, and the events it took part in (oldest first), or null. */
export async function getActor(db: Db, id: string, limit = 1000): Promise<ActorView | null> {
  const a = await db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return null;
  const n = await db.selectFrom('mentions').select((eb) => eb.fn.countAll<number>().as('n')).where('actor_id', '=', id).executeTakeFirstOrThrow();
  const variants = await db.selectFrom('actor_variants').select(['variant', 'key', 'lang', 'count']).where('actor_id', '=', id)
    .orderBy('count', 'desc').orderBy('variant').execute();
  const gaz = loadGazetteer();
  const title = (post: string): string | null => gaz.titleOf(post)?.names.en ?? null;
  const posts: PostView[] = gaz.postsOf(id).sort((x, y) => x.start.localeCompare(y.start))
    .map((p) => ({ post: p.post, title: title(p.post), start: p.start, end: p.end ?? null, source: 'gazetteer' as const }));
  if (posts.length === 0) {
    const seen = await db.selectFrom('mentions').innerJoin('documents', 'documents.id', 'mentions.doc_id')
      .select(['mentions.post', (eb) => eb.fn.min('documents.published').as('lo'), (eb) => eb.fn.max('documents.published').as('hi')])
      .where('mentions.actor_id', '=', id).where('mentions.post', 'is not', null).groupBy('mentions.post').orderBy('lo').execute();
    for (const p of seen) posts.push({ post: p.post!, title: title(p.post!), start: (p.lo as string | null) ?? null, end: (p.hi as string | null) ?? null, source: 'articles' });
  }
  const events = await db.selectFrom('event_clusters').select(['id', 'type', 'mode', 'status', 'date'])
    .where('status', '!=', 'rejected')
    .where((eb) => eb.exists(eb.selectFrom('events').select('events.id').whereRef('events.cluster_id', '=', 'event_clusters.id')
      .where((e2) => e2.or([e2('events.source_id', '=', id), e2('events.target_id', '=', id)]))))
    .orderBy('date').orderBy('id').limit(limit).execute();
  return {
    actor: { id: a.id, name: a.name, kind: a.kind, type: a.type, country: a.country, mentions: Number(n.n) },
    variants, posts, events,
  };
}
