/** Dyad view (start page): what happened between two countries, counted as `/api/dyad/:a/:b` counts it. */
import { api, type DyadItem, type DyadSummary, type EventItem, type ActorRef } from '../api.ts';
import { h, replace, section, stat, table, loading, errorBox } from '../dom.ts';
import { barChart, typeColour } from '../charts.ts';
import { eventList, exportLinks, langCounts } from '../components.ts';
import { href, hrefQ, go, type Route } from '../router.ts';

/** The pair shown when none is chosen and it is in the data. */
const DEFAULT: readonly [string, string] = ['KAZ', 'AZE'];

function sum(m: Record<string, number> | readonly number[]): number { return Object.values(m).reduce((x, y) => x + y, 0); }

function sideOf(x: ActorRef, a: string, b: string): 'a' | 'b' | null {
  if (x.country === a || x.id === a) return 'a';
  if (x.country === b || x.id === b) return 'b';
  return null;
}

/** Whether an event is counted by the dyad summary (occurred, one side each). */
function counted(e: EventItem, a: string, b: string): boolean {
  const s = sideOf(e.source, a, b), t = sideOf(e.target, a, b);
  return e.status === 'occurred' && s !== null && t !== null && s !== t;
}

/** All events of the dyad (pages of 500). */
async function dyadEvents(a: string, b: string, from: string, to: string): Promise<EventItem[]> {
  const out: EventItem[] = [];
  for (let offset = 0; offset < 5000; offset += 500) {
    const page = await api.events({ dyad: `${a},${b}`, from, to, limit: 500, offset });
    out.push(...page.items);
    if (out.length >= page.total || page.items.length === 0) break;
  }
  return out;
}

/** The pair to show for `#/` when none is chosen: KAZ–AZE if present, else the most active. */
function defaultPair(items: readonly DyadItem[]): [string, string] | null {
  const [x, y] = DEFAULT;
  if (items.some((d) => (d.a === x && d.b === y) || (d.a === y && d.b === x))) return [x, y];
  const top = items[0];
  return top ? [top.a, top.b] : null;
}

async function countryName(code: string): Promise<string> {
  try {
    return (await api.actor(`country:${code}`)).actor.name;
  } catch {
    return code;
  }
}

/** Renders the dyad view into `root`. */
export async function renderDyad(route: Route, root: HTMLElement): Promise<void> {
  replace(root, loading());
  const dyads = (await api.dyads(20)).items;
  let [, a, b] = route.path;
  if (!a || !b) {
    const p = defaultPair(dyads);
    if (!p) { replace(root, section('No events between two countries yet', h('p', null, 'The database has no event between two countries. Ingest some articles (elchi ingest), or ', h('a', { href: href('search') }, 'search the articles'), ' already stored.'))); return; }
    [a, b] = p;
  }
  a = a.toUpperCase(); b = b.toUpperCase();
  const from = route.query.get('from') ?? '', to = route.query.get('to') ?? '';
  let s: DyadSummary, events: EventItem[], names: [string, string];
  try {
    [s, events, names] = await Promise.all([
      api.dyad(a, b, { from, to }), dyadEvents(a, b, from, to),
      Promise.all([countryName(a), countryName(b)]),
    ]);
  } catch (e) {
    replace(root, picker(dyads, a, b, from, to), errorBox(e));
    return;
  }
  const [na, nb] = names;
  const counts = events.filter((e) => counted(e, a, b));
  const visitsAb = sum(Object.values(s.visits).map((v) => v.ab));
  const visitsBa = sum(Object.values(s.visits).map((v) => v.ba));
  const ids = actorIds(events);

  replace(root,
    picker(dyads, a, b, from, to),
    h('h1', { testid: 'dyad-title' }, `${na} – ${nb}`, h('span', { class: 'muted code' }, ` ${a}–${b}`)),
    h('p', { class: 'muted' }, 'Each real-world event counted once: reports of the same event in several articles or languages, and republished copies, are merged. ',
      s.first ? `From ${s.first.date ?? '?'} to ${s.last?.date ?? '?'}.` : ''),
    h('div', { class: 'stats', testid: 'dyad-stats' },
      stat('events', s.events, 'stat-events'),
      stat(`visits ${a} → ${b}`, visitsAb, 'stat-visits-ab'),
      stat(`visits ${b} → ${a}`, visitsBa, 'stat-visits-ba'),
      stat('meetings', sum(s.meetings), 'stat-meetings'),
      stat('phone calls', s.calls.ab + s.calls.ba, 'stat-calls'),
      stat('agreements signed', sum(s.agreements), 'stat-agreements'),
    ),
    h('div', { class: 'cols' },
      typeYearSection(s, counts),
      visitsSection(s, na, nb),
    ),
    h('div', { class: 'cols' },
      agreementsSection(s, counts),
      actorsSection(s, na, nb, ids),
    ),
    section('Sources', h('p', null, 'Articles reporting these events, by language (republished copies left out): ', langCounts(s.sourcesByLang))),
    s.planned.length ? section(`Announced, not yet reported as happened (${s.planned.length})`, eventList(s.planned, '', 'planned')) : null,
    section(`Timeline (${events.length} event${events.length === 1 ? '' : 's'} with reports on both sides, announced ones included)`,
      exportLinks({ dyad: `${a},${b}`, from, to }),
      timeline(events)),
  );
}

/** Actor ids by name, from the events' sides (the summary lists top actors by name). */
function actorIds(events: readonly EventItem[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of events) for (const x of [e.source, e.target]) if (x.name && x.id && !m.has(x.name)) m.set(x.name, x.id);
  return m;
}

function picker(dyads: readonly DyadItem[], a: string, b: string, from: string, to: string): HTMLElement {
  const select = h('select', { testid: 'dyad-picker', attrs: { 'aria-label': 'Country pair' } });
  const seen = new Set<string>();
  const add = (x: string, y: string, label: string): void => {
    const key = [x, y].sort().join(',');
    if (seen.has(key)) return;
    seen.add(key);
    const o = h('option', { attrs: { value: `${x}/${y}` } }, label);
    if (key === [a, b].sort().join(',')) o.selected = true;
    select.append(o);
  };
  add(a, b, `${a} – ${b}`);
  for (const d of dyads) add(d.a, d.b, `${d.a} – ${d.b} (${d.events})`);
  const fromI = h('input', { attrs: { type: 'text', placeholder: 'e.g. 2023', value: from, size: 14, 'aria-label': 'from', name: 'from' } });
  const toI = h('input', { attrs: { type: 'text', placeholder: 'e.g. 2024-06', size: 14, 'aria-label': 'to', name: 'to' } });
  const apply = (): void => {
    const [x, y] = select.value.split('/');
    go(hrefQ(['dyad', x ?? a, y ?? b], { from: fromI.value.trim(), to: toI.value.trim() }));
  };
  select.addEventListener('change', apply);
  return h('form', { class: 'toolbar', on: { submit: (e) => { e.preventDefault(); apply(); } } },
    h('label', null, 'Pair ', select),
    h('a', { class: 'button small', href: hrefQ(['dyad', b, a], { from, to }), title: 'Swap the sides' }, '⇄'),
    h('label', null, 'From ', fromI), h('label', null, 'To ', toI),
    h('button', { attrs: { type: 'submit' } }, 'Apply'),
  );
}

/** Counts by type and year: a stacked bar chart and a table whose totals are the summary's. */
function typeYearSection(s: DyadSummary, counts: readonly EventItem[]): HTMLElement {
  const byYear: Record<string, Record<string, number>> = s.byTypeYear ? structuredClone(s.byTypeYear) : {};
  if (!s.byTypeYear) {
    for (const e of counts) {
      const y = e.date ? e.date.slice(0, 4) : 'undated';
      const row = (byYear[y] ??= {});
      row[e.type] = (row[e.type] ?? 0) + 1;
    }
  }
  const years = Object.keys(byYear).sort();
  const types = Object.keys(s.byType).sort((x, y) => (s.byType[y] ?? 0) - (s.byType[x] ?? 0) || x.localeCompare(y));
  const series = types.map((t, i) => ({ name: t, data: years.map((y) => byYear[y]?.[t] ?? 0), stack: 'types', colour: typeColour(t, i) }));
  const rows = types.map((t) => [
    h('span', { class: 'swatch' }, t),
    ...years.map((y) => String(byYear[y]?.[t] ?? 0)),
    h('strong', { dataset: { type: t }, testid: 'type-total' }, String(s.byType[t] ?? 0)),
  ]);
  rows.push([h('strong', null, 'all'), ...years.map((y) => String(sum(byYear[y] ?? {}))), h('strong', { testid: 'all-total' }, String(s.events))]);
  for (const r of rows) {
    const sw = r[0];
    if (sw instanceof HTMLElement && sw.classList.contains('swatch')) sw.style.setProperty('--c', typeColour(sw.textContent ?? ''));
  }
  return section('Events by type and year',
    barChart(years, series, { testid: 'chart-types', label: 'Events by type and year' }),
    table(['type', ...years, 'total'], rows, 'by-type'));
}

function visitsSection(s: DyadSummary, na: string, nb: string): HTMLElement {
  const years = Object.keys(s.visits).sort();
  const ab = years.map((y) => s.visits[y]?.ab ?? 0), ba = years.map((y) => s.visits[y]?.ba ?? 0);
  return section('Visits in each direction (visitor → host)',
    barChart(years, [{ name: `${s.a} → ${s.b}`, data: ab, colour: '#3b6ea8' }, { name: `${s.b} → ${s.a}`, data: ba, colour: '#d08c2e' }],
      { testid: 'chart-visits', label: 'Visits by year in each direction' }),
    table(['year', `${na} → ${nb}`, `${nb} → ${na}`],
      [...years.map((y, i) => [y, String(ab[i]), String(ba[i])]), [h('strong', null, 'total'), h('strong', { testid: 'visits-ab' }, String(sum(ab))), h('strong', { testid: 'visits-ba' }, String(sum(ba)))]],
      'visits'),
    h('p', { class: 'muted' }, `Phone calls: ${s.a} → ${s.b} ${s.calls.ab}, ${s.b} → ${s.a} ${s.calls.ba}. Meetings by year: `,
      Object.keys(s.meetings).sort().map((y) => `${y}: ${s.meetings[y]}`).join(', ') || 'none', '.'));
}

function agreementsSection(s: DyadSummary, counts: readonly EventItem[]): HTMLElement {
  const years = Object.keys(s.agreements).sort();
  const signed = counts.filter((e) => e.type === 'SUPPORT' && e.cameo === '057');
  return section(`Agreements signed (${sum(s.agreements)})`,
    table(['year', 'signed'], years.map((y) => [y, String(s.agreements[y])]), 'agreements'),
    eventList(signed, 'No signing reported.', 'agreement-events'));
}

function actorsSection(s: DyadSummary, na: string, nb: string, ids: Map<string, string>): HTMLElement {
  const list = (xs: { name: string; n: number; id?: string }[], testid: string): HTMLElement =>
    xs.length === 0 ? h('p', { class: 'muted' }, 'none') :
      h('ol', { class: 'actor-list', testid }, xs.map((x) => {
        const id = x.id ?? ids.get(x.name);
        return h('li', null, id ? h('a', { href: href('actor', id) }, x.name) : h('a', { href: hrefQ(['search'], { q: x.name }) }, x.name),
          h('span', { class: 'muted' }, ` ${x.n} event${x.n === 1 ? '' : 's'}`));
      }));
  return section('Actors on each side',
    h('div', { class: 'cols tight' },
      h('div', null, h('h3', null, na), list(s.topActors.a, 'actors-a')),
      h('div', null, h('h3', null, nb), list(s.topActors.b, 'actors-b'))));
}

function timeline(events: readonly EventItem[]): HTMLElement {
  if (events.length === 0) return h('p', { class: 'muted' }, 'No events.');
  const byYear = new Map<string, EventItem[]>();
  for (const e of events) {
    const y = e.date ? e.date.slice(0, 4) : 'undated';
    byYear.set(y, [...(byYear.get(y) ?? []), e]);
  }
  return h('div', { class: 'timeline', testid: 'timeline' }, [...byYear].map(([y, xs]) =>
    h('div', { class: 'year' }, h('h3', { class: 'year-label' }, y, ' ', h('span', { class: 'muted' }, `(${xs.length})`)), eventList(xs))));
}

