/** Article view: the cleaned text with entities and event triggers highlighted, metadata, and the removed boilerplate folded. */
import { api, type DocumentDetail } from '../api.ts';
import { h, replace, section, loading, errorBox, langBadge, extLink, LANG_NAMES } from '../dom.ts';
import { href, type Route } from '../router.ts';
import { spansOf, highlighted, cls } from '../highlight.ts';

/** Renders the article view. */
export async function renderArticle(route: Route, root: HTMLElement): Promise<void> {
  const id = route.path[1] ?? '';
  replace(root, loading());
  let d: DocumentDetail;
  try { d = await api.document(id); } catch (e) { replace(root, h('h1', null, 'Article'), errorBox(e)); return; }
  const s = Number(route.query.get('s')), e = Number(route.query.get('e'));
  const evid: [number, number] | null = route.query.has('s') && route.query.has('e') ? [s, e] : null;
  const spans = spansOf(d, evid);
  const body = h('div', { class: 'article-text', testid: 'article-text', attrs: { lang: d.lang } });
  body.append(highlighted(d.text, spans));

  const entTypes = new Map<string, number>();
  for (const x of spans) if (x.kind === 'ent') entTypes.set(x.type, (entTypes.get(x.type) ?? 0) + 1);
  const nTrig = spans.filter((x) => x.kind === 'trig').length;
  const toggles = h('div', { class: 'legend', testid: 'legend' },
    [...entTypes].sort().map(([t, n]) => toggle(body, `ent-${cls(t)}`, `${t} (${n})`)),
    nTrig ? toggle(body, 'trigger', `event sentences (${nTrig})`) : null);

  const actors = new Map<string, { label: string; type: string; n: number }>();
  for (const x of spans) if (x.kind === 'ent' && x.id) {
    const a = actors.get(x.id) ?? { label: x.label ?? x.id, type: x.type, n: 0 };
    a.n++;
    actors.set(x.id, a);
  }
  const events = new Map<string, string>();
  for (const x of spans) if (x.kind === 'trig' && x.id) events.set(x.id, x.type);

  replace(root,
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Dyads'), ' › article'),
    h('h1', { testid: 'article-title' }, d.title ?? d.id),
    h('p', { class: 'meta', testid: 'article-meta' }, langBadge(d.lang), ' ', LANG_NAMES[d.lang] ?? d.lang, ' · ', d.published ?? 'undated', ' · ',
      h('span', { class: 'muted' }, d.source), d.url ? [' · ', extLink(d.url, 'original page')] : null,
      (d.copyOf ?? d.copy_of) ? [' · republished copy of ', h('a', { href: href('article', (d.copyOf ?? d.copy_of)!) }, (d.copyOf ?? d.copy_of)!)] : null),
    toggles,
    h('div', { class: 'article-layout' },
      h('article', { class: 'card' }, body),
      h('aside', null,
        section('Actors', actors.size ? h('ul', { class: 'plain' }, [...actors].sort((x, y) => y[1].n - x[1].n).map(([aid, a]) =>
          h('li', null, h('a', { href: href('actor', aid) }, a.label), h('span', { class: 'muted' }, ` ${a.type} ×${a.n}`)))) : h('p', { class: 'muted' }, 'none')),
        section('Events', events.size ? h('ul', { class: 'plain' }, [...events].map(([eid, t]) => h('li', null, h('a', { href: href('event', eid) }, `#${eid} ${t}`)))) : h('p', { class: 'muted' }, 'none')))),
    h('details', { class: 'removed card', testid: 'removed' },
      h('summary', null, `Removed boilerplate (${d.removed.length} line${d.removed.length === 1 ? '' : 's'})`),
      d.removed.length ? h('ol', null, d.removed.map((r) => h('li', null, h('span', { class: 'badge reason' }, r.reason), ' ', h('span', { class: 'removed-text' }, r.text)))) : h('p', { class: 'muted' }, 'Nothing was removed.')),
  );
  root.querySelector('mark.evidence')?.scrollIntoView({ block: 'center' });
}

/** A checkbox that shows or hides one kind of highlight. */
function toggle(body: HTMLElement, cssClass: string, label: string): HTMLElement {
  const box = h('input', { attrs: { type: 'checkbox', checked: true } });
  box.addEventListener('change', () => { for (const el of body.querySelectorAll(`.${cssClass}, .${cssClass}-tag`)) el.classList.toggle('unmarked', !box.checked); });
  return h('label', { class: `toggle ${cssClass}` }, box, ' ', label);
}
