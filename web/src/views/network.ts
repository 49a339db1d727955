/** Network of actors (persons, organizations, countries) linked by events, filtered by time (Cytoscape, loaded on demand). */
import { api, type Network, type Query } from '../api.ts';
import { h, replace, section, loading, errorBox, table, reducedMotion } from '../dom.ts';
import { typeColour } from '../charts.ts';
import { onCleanup } from '../cleanup.ts';
import { href, hrefQ, go, queryObject, type Route } from '../router.ts';

/** Node colours by actor kind. */
const KIND_COLOURS: Readonly<Record<string, string>> = { person: '#3b6ea8', organization: '#2a9d8f', country: '#d08c2e', place: '#8f8f8f' };
function kindColour(kind: string): string { return KIND_COLOURS[kind] ?? '#9a60b4'; }

/** Renders the network view. */
export async function renderNetwork(route: Route, root: HTMLElement): Promise<void> {
  const f = queryObject(route.query, ['from', 'to', 'dyad']);
  const fromI = h('input', { attrs: { type: 'text', name: 'from', value: f.from ?? '', size: 12, placeholder: 'e.g. 2023', 'aria-label': 'from' } });
  const toI = h('input', { attrs: { type: 'text', name: 'to', value: f.to ?? '', size: 12, placeholder: 'e.g. 2024-06', 'aria-label': 'to' } });
  const dyadI = h('input', { attrs: { type: 'text', name: 'dyad', value: f.dyad ?? '', size: 9, placeholder: 'KAZ,AZE', 'aria-label': 'dyad' } });
  const submit = (q: Query): void => go(hrefQ(['network'], q));
  const form = h('form', { class: 'toolbar', testid: 'network-filter', on: { submit: (e) => { e.preventDefault(); submit({ from: fromI.value.trim(), to: toI.value.trim(), dyad: dyadI.value.trim() }); } } },
    h('label', null, 'From ', fromI), h('label', null, 'To ', toI), h('label', null, 'Pair ', dyadI), h('button', { attrs: { type: 'submit' } }, 'Show'));
  replace(root, h('h1', null, 'Network of actors'), form, loading());
  let net: Network, years: string[];
  try {
    const [n, st] = await Promise.all([api.network(f), api.stats().catch(() => null)]);
    net = n;
    years = yearsBetween(st?.firstDate ?? null, st?.lastDate ?? null);
  } catch (e) {
    replace(root, h('h1', null, 'Network of actors'), form, errorBox(e));
    return;
  }
  const chips = h('div', { class: 'chips' }, h('span', { class: 'muted' }, 'Years: '),
    h('a', { class: `chip${!f.from && !f.to ? ' on' : ''}`, href: hrefQ(['network'], { dyad: f.dyad }) }, 'all'),
    years.map((y) => h('a', { class: `chip${f.from === `${y}-01-01` && f.to === `${y}-12-31` ? ' on' : ''}`, href: hrefQ(['network'], { from: `${y}-01-01`, to: `${y}-12-31`, dyad: f.dyad }) }, y)));
  const ids = new Set(net.nodes.map((n) => n.id));
  const edges = net.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const label = new Map(net.nodes.map((n) => [n.id, n.label]));
  const graph = h('div', { class: 'graph', testid: 'graph', attrs: { role: 'img', 'aria-label': `Network of ${net.nodes.length} actors and ${edges.length} links` } });
  const panel = h('div', { class: 'panel', testid: 'node-panel' }, h('p', { class: 'muted' }, 'Click an actor to see its links.'));
  const kinds = [...new Set(net.nodes.map((n) => n.kind))].sort();
  const legend = h('div', { class: 'legend' }, kinds.map((k) => {
    const sw = h('span', { class: 'dot' });
    sw.style.background = kindColour(k);
    return h('span', { class: 'legend-item' }, sw, ` ${k}`);
  }));
  const top = [...edges].sort((x, y) => y.count - x.count).slice(0, 25);
  replace(root, h('h1', null, 'Network of actors'), form, chips,
    h('p', { class: 'muted', testid: 'network-summary' }, `${net.nodes.length} actors, ${edges.length} links`, f.from || f.to ? ` between ${f.from || 'the start'} and ${f.to || 'now'}` : '', '. Edge width: number of events; colour: event type.'),
    legend,
    h('div', { class: 'network-layout' }, graph, panel),
    section('Strongest links', table(['from', 'to', 'type', 'events'], top.map((e) => [
      h('a', { href: href('actor', e.source) }, label.get(e.source) ?? e.source), h('a', { href: href('actor', e.target) }, label.get(e.target) ?? e.target),
      h('a', { href: hrefQ(['events'], { actor: e.source, type: e.type, from: f.from, to: f.to }) }, e.type), String(e.count)]), 'network-edges')));
  if (net.nodes.length === 0) { graph.append(h('p', { class: 'muted pad' }, 'No links in this period.')); return; }

  const { default: cytoscape } = await import('cytoscape');
  if (!graph.isConnected) return;
  const degree = new Map<string, number>();
  for (const e of edges) { degree.set(e.source, (degree.get(e.source) ?? 0) + e.count); degree.set(e.target, (degree.get(e.target) ?? 0) + e.count); }
  const cy = cytoscape({
    container: graph,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, colour: kindColour(n.kind), size: 14 + 6 * Math.sqrt(degree.get(n.id) ?? 0) } })),
      ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, type: e.type, count: e.count, colour: typeColour(e.type), width: 1 + Math.log2(1 + e.count) * 1.5 } })),
    ],
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 10, color: '#223', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', opacity: 0.6, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)', 'arrow-scale': 0.6 } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#111', opacity: 1 } },
      { selector: '.faded', style: { opacity: 0.12 } },
    ],
    layout: { name: 'cose', animate: !reducedMotion(), randomize: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 110, nodeOverlap: 20, gravity: 0.4, numIter: 2500, componentSpacing: 60, padding: 24 },
  });
  onCleanup(() => cy.destroy());
  cy.on('tap', 'node', (ev) => {
    const n = ev.target;
    const id = String(n.id());
    cy.elements().addClass('faded');
    n.closedNeighborhood().removeClass('faded');
    const links = edges.filter((e) => e.source === id || e.target === id).sort((x, y) => y.count - x.count);
    const node = net.nodes.find((x) => x.id === id);
    replace(panel,
      h('h3', null, h('a', { href: href('actor', id) }, node?.label ?? id)),
      h('p', { class: 'muted' }, `${node?.kind ?? ''}${node?.country ? ' · ' + node.country : ''}`),
      h('ul', { class: 'plain' }, links.map((e) => h('li', null, e.source === id ? '→ ' : '← ', label.get(e.source === id ? e.target : e.source) ?? '', h('span', { class: 'muted' }, ` ${e.type} ×${e.count}`)))));
  });
  cy.on('tap', (ev) => { if (ev.target === cy) cy.elements().removeClass('faded'); });
}

function yearsBetween(first: string | null, last: string | null): string[] {
  const a = Number(first?.slice(0, 4)), b = Number(last?.slice(0, 4));
  if (!a || !b || b < a || b - a > 30) return [];
  return Array.from({ length: b - a + 1 }, (_, i) => String(a + i));
}
