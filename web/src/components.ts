/** Pieces shared by the views: event rows, type badges, actor links, export links. */
import { h, langBadge, type Child } from './dom.ts';
import { actorName, exportUrl, EXPORT_FORMATS, langsOf, reportCount, snippetOf, type ActorRef, type EventItem, type Query } from './api.ts';
import { href } from './router.ts';
import { typeColour } from './charts.ts';

/** A coloured badge of an event type with its mode. */
export function typeBadge(type: string, mode?: string | null): HTMLElement {
  const b = h('span', { class: 'badge type', testid: 'type' }, mode ? `${type} / ${mode}` : type);
  b.style.setProperty('--c', typeColour(type));
  return b;
}

/** A badge of an event status (occurred, planned, …). */
export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge status status-${/^[a-z-]+$/.test(status) ? status : 'x'}` }, status);
}

/** An actor as a link to its page (or plain text when it has no id). */
export function actorLink(a: ActorRef | null | undefined): Node {
  const name = actorName(a);
  if (!a?.id) return h('span', { class: 'actor' }, name);
  return h('a', { class: 'actor', href: href('actor', a.id), title: a.country ? `${a.kind ?? ''} · ${a.country}` : (a.kind ?? '') }, name);
}

/** Language badges of a list of languages. */
export function langBadges(langs: readonly string[]): HTMLElement {
  return h('span', { class: 'langs' }, langs.map((l) => langBadge(l)));
}

/** One event as a row of a timeline or a list: date, type, actors, place, evidence, languages. */
export function eventRow(e: EventItem): HTMLElement {
  const n = reportCount(e);
  const snippet = snippetOf(e);
  return h('li', { class: 'event-row', testid: 'event-row', dataset: { id: String(e.id), type: e.type, status: e.status } },
    h('div', { class: 'event-head' },
      h('span', { class: 'date' }, e.date ?? 'undated'),
      typeBadge(e.type, e.mode),
      e.status !== 'occurred' ? statusBadge(e.status) : null,
      e.curation ? h('span', { class: `badge verdict verdict-${e.curation.verdict}`, title: `${e.curation.edits} curator edit${e.curation.edits === 1 ? '' : 's'}` }, e.curation.verdict) : null,
      h('span', { class: 'actors' }, actorLink(e.source), ' → ', actorLink(e.target)),
      e.location?.name ? h('span', { class: 'muted place' }, ` in ${e.location.name}`) : null,
      h('span', { class: 'spacer' }),
      langBadges(langsOf(e)),
      h('a', { class: 'open', href: href('event', e.id), testid: 'event-link' }, `#${e.id}`, n ? ` · ${n} report${n === 1 ? '' : 's'}` : ''),
    ),
    snippet ? h('blockquote', { class: 'snippet' }, snippet) : null,
  );
}

/** A list of events, or a note when there are none. */
export function eventList(items: readonly EventItem[], empty = 'No events.', testid = 'events'): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted', testid }, empty);
  return h('ul', { class: 'events', testid }, items.map(eventRow));
}

/** Links to /api/export of a selection, in every format. */
export function exportLinks(filters: Query, label: Child = 'Export this selection:'): HTMLElement {
  return h('div', { class: 'exports', testid: 'exports' }, h('span', { class: 'muted' }, label),
    EXPORT_FORMATS.map((f) => h('a', { class: 'button small', href: exportUrl(f, filters), attrs: { download: '' }, testid: `export-${f}` }, f.toUpperCase())));
}

/** Counts of a record as badges (`kk 3 · ru 2`). */
export function langCounts(m: Record<string, number>): HTMLElement {
  return h('span', { class: 'langs' }, Object.keys(m).sort().map((l) => h('span', { class: 'lang-count' }, langBadge(l), ` ${m[l]}`)));
}
