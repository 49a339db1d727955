/** The elchi dashboard: layout, navigation and hash routing to the views. */
import './style.css';
import { api } from './api.ts';
import { h, replace, errorBox } from './dom.ts';
import { currentRoute, type Route } from './router.ts';
import { runCleanup } from './cleanup.ts';
import { renderDyad } from './views/dyad.ts';
import { renderEvent } from './views/event.ts';
import { renderArticle } from './views/article.ts';
import { renderActor } from './views/actor.ts';
import { renderSearch, searchForm } from './views/search.ts';
import { renderEvents } from './views/events.ts';
import { renderNetwork } from './views/network.ts';
import { renderCuration, tokenField } from './views/curation.ts';

type View = (route: Route, root: HTMLElement) => Promise<void>;

/** Views by the first path segment of the hash. */
const VIEWS: Record<string, View> = {
  '': renderDyad, dyad: renderDyad, event: renderEvent, article: renderArticle, actor: renderActor,
  search: renderSearch, events: renderEvents, network: renderNetwork, curation: renderCuration,
};

const NAV: [string, string, string][] = [['Dyads', '#/', 'dyad'], ['Network', '#/network', 'network'], ['Events', '#/events', 'events'], ['Search', '#/search', 'search'], ['Curation', '#/curation', 'curation']];

const app = document.getElementById('app')!;
const navLinks = NAV.map(([label, to, key]) => h('a', { href: to, dataset: { key } }, label));
const headerSearch = h('div', { class: 'header-search' });
const footer = h('footer', { class: 'muted', testid: 'footer' }, 'elchi');
const main = h('main', { attrs: { id: 'main', tabindex: -1 } });
replace(app,
  h('header', { class: 'top' },
    h('a', { class: 'brand', href: '#/' }, 'elchi', h('span', { class: 'muted' }, ' · relations between countries')),
    h('nav', null, navLinks), headerSearch, tokenField()),
  main, footer);

let seq = 0;

/** Draws the view of the current hash. */
async function render(): Promise<void> {
  const my = ++seq;
  runCleanup();
  const route = currentRoute();
  const key = route.path[0] ?? '';
  for (const a of navLinks) a.classList.toggle('active', a.dataset.key === (key || 'dyad'));
  replace(headerSearch, key === 'search' ? null : searchForm(route.query.get('q') ?? '', 'header-search'));
  const view = VIEWS[key];
  const root = h('div', { class: 'view', dataset: { view: key || 'dyad', route: location.hash } });
  replace(main, root);
  document.title = `elchi — ${key || 'dyads'}`;
  if (!view) { replace(root, h('h1', null, 'Not found'), h('p', null, 'No such page. ', h('a', { href: '#/' }, 'Back to the dyads.'))); return; }
  try {
    await view(route, root);
  } catch (e) {
    if (my === seq) root.append(errorBox(e));
  }
  if (my === seq) {
    root.dataset.ready = '1';
    document.body.dataset.ready = String(my);
  }
}

window.addEventListener('hashchange', () => { void render(); window.scrollTo(0, 0); });
void render();
api.health().then((x) => replace(footer, `elchi · ${x.documents} documents · ${x.events} events · `, h('a', { href: '/api/docs' }, 'API reference')), () => undefined);
