/** Events list: every filter of `elchi events`, paging, and exports of the selection. */
import { api, type Query } from '../api.ts';
import { h, replace, section, loading, errorBox } from '../dom.ts';
import { eventList, exportLinks } from '../components.ts';
import { hrefQ, go, queryObject, type Route } from '../router.ts';

/** The filters of /api/events, in form order. */
const FILTERS = ['dyad', 'actor', 'type', 'mode', 'status', 'from', 'to', 'lang', 'q'] as const;
const PAGE = 50;

/** Renders the events list. */
export async function renderEvents(route: Route, root: HTMLElement): Promise<void> {
  const f = queryObject(route.query, FILTERS);
  const offset = Math.max(0, Number(route.query.get('offset') ?? 0) || 0);
  const inputs = FILTERS.map((k) => h('input', { attrs: { type: 'text', name: k, value: f[k] ?? '', size: k === 'q' || k === 'actor' ? 18 : 10, placeholder: placeholder(k), 'aria-label': k } }));
  const form = h('form', { class: 'toolbar filters', testid: 'filters', on: { submit: (e) => {
    e.preventDefault();
    const q: Query = {};
    FILTERS.forEach((k, i) => { q[k] = inputs[i]!.value.trim(); });
    go(hrefQ(['events'], q));
  } } }, FILTERS.map((k, i) => h('label', null, `${k} `, inputs[i]!)), h('button', { attrs: { type: 'submit' } }, 'Filter'),
  h('a', { class: 'button small', href: '#/events' }, 'Clear'));
  replace(root, h('h1', null, 'Events'), form, loading());
  try {
    const page = await api.events({ ...f, limit: PAGE, offset });
    const pager = h('div', { class: 'pager' },
      offset > 0 ? h('a', { class: 'button small', href: hrefQ(['events'], { ...f, offset: Math.max(0, offset - PAGE) }) }, '← previous') : null,
      h('span', { class: 'muted' }, page.total ? ` ${offset + 1}–${offset + page.items.length} of ${page.total} ` : ' none '),
      offset + PAGE < page.total ? h('a', { class: 'button small', href: hrefQ(['events'], { ...f, offset: offset + PAGE }) }, 'next →') : null);
    replace(root, h('h1', null, 'Events'), form,
      section(`${page.total} event${page.total === 1 ? '' : 's'}`, exportLinks(f), pager, eventList(page.items, 'No event matches these filters.'), page.total > PAGE ? pager.cloneNode(true) : null));
  } catch (e) {
    replace(root, h('h1', null, 'Events'), form, errorBox(e));
  }
}

function placeholder(k: string): string {
  switch (k) {
    case 'dyad': return 'KAZ,AZE';
    case 'actor': return 'Tokayev';
    case 'type': return 'CONSULT';
    case 'mode': return 'visit';
    case 'status': return 'occurred';
    case 'from': return '2023-01-01';
    case 'to': return '2024-12-31';
    case 'lang': return 'kk';
    default: return 'words';
  }
}
