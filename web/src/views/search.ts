/** Search across languages and scripts: actors, their events, events whose evidence matches, and articles. */
import { api, langsOf, type ActorHit, type EventItem, type SearchItem } from '../api.ts';
import { h, replace, section, loading, errorBox, langBadge } from '../dom.ts';
import { eventList, exportLinks, langCounts } from '../components.ts';
import { scriptOf } from './actor.ts';
import { href, hrefQ, go, type Route } from '../router.ts';

function langTally(events: readonly EventItem[]): Record<string, number> {
  const m: Record<string, number> = {};
  for (const e of events) for (const l of langsOf(e)) m[l] = (m[l] ?? 0) + 1;
  return m;
}

/** The search form (also used on the page itself). */
export function searchForm(q = '', testid = 'search-form'): HTMLElement {
  const input = h('input', { testid: 'search-input', attrs: { type: 'search', name: 'q', value: q, placeholder: 'Search: Tokayev, Токаев, Тоқаев, Bakı…', 'aria-label': 'Search', size: 30 } });
  return h('form', { class: 'search', testid, attrs: { role: 'search' }, on: { submit: (e) => { e.preventDefault(); const v = input.value.trim(); if (v) go(hrefQ(['search'], { q: v })); } } },
    input, h('button', { attrs: { type: 'submit' } }, 'Search'));
}

/** Renders the search page. */
export async function renderSearch(route: Route, root: HTMLElement): Promise<void> {
  const q = (route.query.get('q') ?? '').trim();
  if (!q) { replace(root, h('h1', null, 'Search'), searchForm(), h('p', { class: 'muted' }, 'Names and words match in every script and spelling: Tokayev = Токаев = Тоқаев = Toqayev.')); return; }
  replace(root, h('h1', null, `Search «${q}»`), searchForm(q), loading());
  let actors: ActorHit[], byActor: EventItem[], byText: EventItem[], docs: SearchItem[];
  try {
    [actors, byActor, byText, docs] = await Promise.all([
      api.actors(q).then((r) => r.items),
      api.events({ actor: q, limit: 500 }).then((r) => r.items),
      api.events({ q, limit: 500 }).then((r) => r.items),
      api.search(q, 50).then((r) => r.items),
    ]);
  } catch (e) {
    replace(root, h('h1', null, `Search «${q}»`), searchForm(q), errorBox(e));
    return;
  }
  replace(root,
    h('h1', null, `Search «${q}»`), searchForm(q),
    section(`Actors (${actors.length})`, actors.length === 0 ? h('p', { class: 'muted' }, 'No actor by that name.') :
      h('ul', { class: 'plain actors-found', testid: 'actors-found' }, actors.slice(0, 20).map((a) => {
        const scripts = [...new Set(a.variants.map((v) => scriptOf(v.variant)))].sort();
        return h('li', null, h('a', { href: href('actor', a.id) }, a.name), h('span', { class: 'muted' }, ` ${a.kind}${a.country ? ' · ' + a.country : ''} · ${a.mentions} mentions · ${scripts.join(', ')}: `),
          h('span', { class: 'variants-inline' }, a.variants.slice(0, 8).map((v) => v.variant).join(', ')));
      }))),
    byActor.length ? section(`Events of the matching actors (${byActor.length})`,
      h('p', null, 'Reported in ', langCounts(langTally(byActor))),
      exportLinks({ actor: q }),
      eventList(byActor, '', 'actor-events')) : null,
    section(`Events whose evidence mentions «${q}» (${byText.length})`,
      byText.length ? [h('p', null, 'Reported in ', langCounts(langTally(byText))), exportLinks({ q })] : null,
      eventList(byText, 'No evidence sentence matches.', 'text-events')),
    section(`Articles (${docs.length})`, docs.length === 0 ? h('p', { class: 'muted' }, 'No article matches.') :
      h('ul', { class: 'docs', testid: 'docs' }, docs.map((d) => h('li', { dataset: { lang: d.lang } },
        langBadge(d.lang), ' ', h('a', { href: href('article', d.docId) }, d.title ?? d.docId), d.published ? h('span', { class: 'muted' }, ` ${d.published}`) : null,
        h('div', { class: 'snippet small' }, d.snippet))))),
  );
}
