/** Typed client of elchi's JSON API (/api, see /api/openapi.json), with the edit token from sessionStorage. */

/** An actor as events carry it. */
export interface ActorRef { id: string | null; name: string | null; kind: string | null; country: string | null }

/** A report of an event as `/api/events` lists it (the full list of reports, when the server sends it). */
export interface ReportRow { doc_id?: string; docId?: string; lang: string; text?: string; copy_of?: string | null }

/** One event (cluster) row of `/api/events`. */
export interface EventItem {
  id: number;
  type: string;
  mode: string | null;
  status: string;
  cameo: string;
  date: string | null;
  location: { name: string | null; country: string | null } | null;
  source: ActorRef;
  target: ActorRef;
  reports?: number | ReportRow[];
  n_docs?: number;
  languages?: string[];
  langs?: string[];
  evidence?: string | { text: string; start?: number; end?: number; docId?: string; lang?: string } | null;
  snippet?: string | null;
  /** A curator's verdict on the event, if any. */
  curation?: { verdict: 'confirmed' | 'rejected' | 'edited'; edits: number } | null;
}

/** `/api/events` page. */
export interface EventPage { total: number; items: EventItem[] }

/** A report of an event on the event page. */
export interface Report {
  docId: string;
  lang: string;
  source: string;
  url: string | null;
  published: string | null;
  evidence: { text: string; start: number; end: number };
  copy: boolean;
  copyOf?: string | null;
  date?: string | null;
  /** Why the report joined the event; null for the report that opened it (which cannot be split off). */
  merged?: string[] | null;
}

/** `/api/events/:id`. */
export interface EventDetail { event: EventItem; reports: Report[]; explain: string[]; edits?: Edit[] }

/** `/api/dyads` item. */
export interface DyadItem { a: string; b: string; events: number; first: string | null; last: string | null }

/** `/api/dyad/:a/:b`: the dyad summary. */
export interface DyadSummary {
  a: string;
  b: string;
  events: number;
  visits: Record<string, { ab: number; ba: number }>;
  meetings: Record<string, number>;
  calls: { ab: number; ba: number };
  agreements: Record<string, number>;
  byType: Record<string, number>;
  /** Counts by type and year, when the server sends them: `{year: {type: n}}`. */
  byTypeYear?: Record<string, Record<string, number>>;
  topActors: { a: { name: string; n: number; id?: string }[]; b: { name: string; n: number; id?: string }[] };
  first: EventItem | null;
  last: EventItem | null;
  sourcesByLang: Record<string, number>;
  planned: EventItem[];
}

/** A highlighted span of an article. */
export interface EntitySpan { start: number; end: number; type: string; kind?: string; canonical: string | null; id: string | null; text?: string }
/** An event trigger span of an article. */
export interface TriggerSpan { start: number; end: number; eventId: number | null; type: string; mode?: string | null; status?: string; text?: string }

/** `/api/documents/:id`. */
export interface DocumentDetail {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  lang: string;
  published: string | null;
  text: string;
  removed: { text: string; reason: string }[];
  entities: EntitySpan[];
  triggers: TriggerSpan[];
  copy_of?: string | null;
  copyOf?: string | null;
}

/** A variant of an actor's name. */
export interface Variant { variant: string; lang: string; count: number; key?: string }

/** `/api/actors` item. */
export interface ActorHit { id: string; name: string; kind: string; country: string | null; mentions: number; variants: Variant[] }

/** `/api/actors/:id`. */
export interface ActorDetail {
  actor: { id: string; name: string; kind: string; country: string | null; type?: string | null; mentions?: number };
  variants: Variant[];
  posts: Record<string, unknown>[];
  events: { id: number; type: string; date: string | null; mode?: string | null; status?: string }[];
}

/** `/api/search` item. */
export interface SearchItem { docId: string; title: string | null; lang: string; snippet: string; published?: string | null }

/** `/api/network`. */
export interface Network {
  nodes: { id: string; label: string; kind: string; country: string | null }[];
  edges: { source: string; target: string; type: string; count: number }[];
}

/** An event's coding before or after an edit. */
export interface EventState { type: string; mode: string | null; status: string; cameo: string; date: string | null; source: ActorRef; target: ActorRef }

/** What a merge or split moved: the event or actor kept, the other one, the reports moved, the variant detached. */
export interface EditDetail {
  event: number | null;
  otherEvent: number | null;
  reports: string[];
  actor: string | null;
  otherActor: string | null;
  variant: string | null;
  lang: string | null;
}

/** One curation edit (undos are edits too: action "undo", target "edit:ID"; actor edits target "actor:ID"). */
export interface Edit {
  id: number;
  who: string;
  when: string;
  action: string;
  target: string;
  eventId?: number | null;
  before: EventState | null;
  after: EventState | null;
  changes?: Record<string, unknown> | null;
  note?: string | null;
  detail?: EditDetail | null;
  undone: boolean;
  undoneBy?: number | null;
}

/** `/api/health`. */
export interface Health { ok: boolean; documents: number; events: number }

/** `/api/stats`. */
export interface Stats { documents: number; copies: number; events: number; clusters: number; actors: number; byLang: Record<string, number>; byType: Record<string, number>; firstDate: string | null; lastDate: string | null }

/** An error answered by the API (`{ error: { code, message } }`). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const TOKEN_KEY = 'elchi.token';
/** Fired on window when the token changes (keeps every token field in step). */
export const TOKEN_EVENT = 'elchi-token';

/** The edit token kept for this browser tab. */
export function getToken(): string {
  try { return sessionStorage.getItem(TOKEN_KEY) ?? ''; } catch { return ''; }
}

/** Keeps (or clears) the edit token for this browser tab. */
export function setToken(t: string): void {
  try {
    if (t) sessionStorage.setItem(TOKEN_KEY, t);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage disabled: the token lives only in the field */ }
  window.dispatchEvent(new CustomEvent(TOKEN_EVENT));
}

/** Query parameters; empty values are left out. */
export type Query = Record<string, string | number | null | undefined>;

/** `path?query` with empty values left out. */
export function withQuery(path: string, q: Query = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== null && v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const t = getToken();
    if (t) headers.authorization = `Bearer ${t}`;
  }
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let data: unknown = null;
  try { data = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? String(res.status), err?.message ?? `${res.status} ${res.statusText} for ${path}`);
  }
  return data as T;
}

const enc = encodeURIComponent;

/** The API calls the dashboard makes. */
export const api = {
  health: () => request<Health>('GET', '/api/health'),
  stats: () => request<Stats>('GET', '/api/stats'),
  dyads: (limit = 20) => request<{ items: DyadItem[] }>('GET', withQuery('/api/dyads', { limit })),
  dyad: (a: string, b: string, q: Query = {}) => request<DyadSummary>('GET', withQuery(`/api/dyad/${enc(a)}/${enc(b)}`, q)),
  events: (q: Query) => request<EventPage>('GET', withQuery('/api/events', q)),
  event: (id: number | string) => request<EventDetail>('GET', `/api/events/${enc(String(id))}`),
  document: (id: string) => request<DocumentDetail>('GET', `/api/documents/${enc(id)}`),
  actors: (q: string) => request<{ items: ActorHit[] }>('GET', withQuery('/api/actors', { q })),
  actor: (id: string) => request<ActorDetail>('GET', `/api/actors/${enc(id)}`),
  search: (q: string, limit = 20) => request<{ items: SearchItem[] }>('GET', withQuery('/api/search', { q, limit })),
  network: (q: Query) => request<Network>('GET', withQuery('/api/network', q)),
  edits: (q: Query = {}) => request<{ items: Edit[]; total?: number }>('GET', withQuery('/api/curation/edits', { limit: 500, ...q })),
  curate: (id: number | string, body: { action: 'confirm' | 'reject' | 'edit'; changes?: Record<string, string | null>; note?: string }) =>
    request<{ edit: Edit }>('POST', `/api/curation/events/${enc(String(id))}`, body),
  undo: (editId: number | string) => request<{ undone: number | string }>('POST', `/api/curation/undo/${enc(String(editId))}`),
  mergeEvent: (id: number | string, other: number, note?: string) =>
    request<{ edit: Edit }>('POST', `/api/curation/events/${enc(String(id))}/merge`, { event: other, ...(note ? { note } : {}) }),
  splitEvent: (id: number | string, reports: string[], note?: string) =>
    request<{ edit: Edit }>('POST', `/api/curation/events/${enc(String(id))}/split`, { reports, ...(note ? { note } : {}) }),
  mergeActor: (id: string, other: string, note?: string) =>
    request<{ edit: Edit }>('POST', `/api/curation/actors/${enc(id)}/merge`, { actor: other, ...(note ? { note } : {}) }),
  splitActor: (id: string, body: { variant?: string; lang?: string; name?: string; merged?: string; note?: string }) =>
    request<{ edit: Edit }>('POST', `/api/curation/actors/${enc(id)}/split`, body),
};

/** Export formats of /api/export. */
export const EXPORT_FORMATS = ['csv', 'jsonl', 'gdelt', 'plover'] as const;

/** The /api/export address of the current selection. */
export function exportUrl(format: (typeof EXPORT_FORMATS)[number], filters: Query): string {
  return withQuery('/api/export', { format, ...filters });
}

/** Languages of an event row (whatever field the server used). */
export function langsOf(e: EventItem): string[] {
  if (e.languages) return e.languages;
  if (e.langs) return e.langs;
  if (Array.isArray(e.reports)) return [...new Set(e.reports.filter((r) => !r.copy_of).map((r) => r.lang))].sort();
  return [];
}

/** Number of reports of an event row. */
export function reportCount(e: EventItem): number {
  if (typeof e.reports === 'number') return e.reports;
  if (Array.isArray(e.reports)) return e.reports.length;
  return e.n_docs ?? 0;
}

/** The first evidence snippet of an event row. */
export function snippetOf(e: EventItem): string {
  if (typeof e.evidence === 'string') return e.evidence;
  if (e.evidence && typeof e.evidence === 'object') return e.evidence.text;
  if (e.snippet) return e.snippet;
  if (Array.isArray(e.reports)) return e.reports[0]?.text ?? '';
  return '';
}

/** A readable actor name. */
export function actorName(a: ActorRef | null | undefined): string {
  if (!a) return '—';
  return a.name ?? a.country ?? a.id ?? '—';
}
