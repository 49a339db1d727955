/** Actor page: the name's variants in every script, posts with dates, events over time. */
import { api, ApiError, type ActorDetail, type Edit, type EventItem, type Variant } from '../api.ts';
import { h, replace, section, loading, errorBox, langBadge, table, stat } from '../dom.ts';
import { barChart, typeColour } from '../charts.ts';
import { eventList, exportLinks } from '../components.ts';
import { href, type Route } from '../router.ts';
import { editTable } from './curation.ts';
import { actorCuration, actorMergedNotice } from './actor-curation.ts';

/** The writing system of a variant. */
export function scriptOf(s: string): string {
  if (/[\u0400-\u04FF]/.test(s)) return 'Cyrillic';
  if (/[\u0600-\u06FF]/.test(s)) return 'Arabic';
  if (/[A-Za-z\u00C0-\u024F]/.test(s)) return 'Latin';
  return 'other';
}

/** Renders the actor page. */
export async function renderActor(route: Route, root: HTMLElement): Promise<void> {
  const id = route.path[1] ?? '';
  replace(root, loading());
  let d: ActorDetail, events: EventItem[];
  const pending = api.edits({ actor: id }).then((x) => x.items, () => [] as Edit[]);
  const refresh = (): Promise<void> => renderActor(route, root);
  let edits: Edit[];
  try {
    [d, events, edits] = await Promise.all([api.actor(id), api.events({ actor: id, limit: 500 }).then((p) => p.items), pending]);
  } catch (e) {
    edits = await pending;
    const gone = e instanceof ApiError && e.status === 404;
    replace(root, h('h1', null, 'Actor'), (gone ? actorMergedNotice(id, edits) : null) ?? errorBox(e),
      gone && edits.length ? section('Edits of this actor', editTable(edits, refresh)) : null);
    return;
  }
  const a = d.actor;
  replace(root,
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Dyads'), ' › ', a.kind),
    h('h1', { testid: 'actor-name' }, a.name, h('span', { class: 'muted code' }, ` ${a.id}`)),
    h('div', { class: 'stats' },
      stat('kind', a.kind), stat('country', a.country ?? '—'),
      a.mentions !== undefined ? stat('mentions', a.mentions) : null,
      stat('variants', d.variants.length), stat('events', d.events.length, 'stat-actor-events')),
    h('div', { class: 'cols' },
      section('Names in every script', variantsBlock(d.variants)),
      section('Posts', postsBlock(d.posts))),
    section('Events over time', eventsChart(d.events)),
    section(`Events (${events.length})`, exportLinks({ actor: id }), eventList(events, 'No events.')),
    actorCuration(d, edits, refresh),
  );
}

function variantsBlock(vs: readonly Variant[]): HTMLElement {
  if (vs.length === 0) return h('p', { class: 'muted' }, 'No variants recorded.');
  const byScript = new Map<string, Variant[]>();
  for (const v of vs) {
    const s = scriptOf(v.variant);
    byScript.set(s, [...(byScript.get(s) ?? []), v]);
  }
  return h('div', { class: 'variants', testid: 'variants' }, [...byScript].sort().map(([script, list]) =>
    h('div', { class: 'script', dataset: { script } }, h('h3', null, script),
      h('ul', { class: 'plain' }, [...list].sort((x, y) => y.count - x.count || x.variant.localeCompare(y.variant)).map((v) =>
        h('li', { testid: 'variant' }, langBadge(v.lang), ' ', h('span', { class: 'variant' }, v.variant), h('span', { class: 'muted' }, ` ×${v.count}`)))))));
}

function text(x: unknown): string {
  if (x === null || x === undefined) return '—';
  if (typeof x === 'object') { try { return JSON.stringify(x); } catch { return String(x); } }
  return String(x);
}

function postsBlock(posts: readonly Record<string, unknown>[]): HTMLElement {
  if (posts.length === 0) return h('p', { class: 'muted' }, 'No posts recorded.');
  const str = (x: unknown): string => (typeof x === 'string' ? x : x === null || x === undefined ? '' : text(x));
  if (posts.every((p) => typeof p.post === 'string')) {
    return table(['post', 'from', 'to', 'known from'], posts.map((p) => [
      h('span', null, str(p.title) || str(p.post), p.title ? h('span', { class: 'muted small' }, ` ${str(p.post)}`) : null),
      str(p.start ?? p.from ?? p.date) || '—', str(p.end ?? p.to) || (p.source === 'gazetteer' ? 'now' : '—'), str(p.source) || '—']), 'posts');
  }
  const keys = [...new Set(posts.flatMap((p) => Object.keys(p)))];
  return table(keys, posts.map((p) => keys.map((k) => text(p[k]))), 'posts');
}

function eventsChart(events: ActorDetail['events']): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted' }, 'No events.');
  const by: Record<string, Record<string, number>> = {};
  const types = new Set<string>();
  for (const e of events) {
    const y = e.date ? e.date.slice(0, 4) : 'undated';
    const row = (by[y] ??= {});
    row[e.type] = (row[e.type] ?? 0) + 1;
    types.add(e.type);
  }
  const years = Object.keys(by).sort();
  return barChart(years, [...types].sort().map((t, i) => ({ name: t, data: years.map((y) => by[y]?.[t] ?? 0), stack: 'all', colour: typeColour(t, i) })),
    { testid: 'chart-actor', label: 'Events by year and type', height: 220 });
}
