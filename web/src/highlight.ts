/** Highlighting of an article: its annotations (entities, event sentences, one evidence range) cut into text nodes wrapped in spans, never parsed as HTML. */
import { h } from './dom.ts';
import { href } from './router.ts';
import type { DocumentDetail } from './api.ts';

/** One annotation over the text. */
export interface Span { start: number; end: number; kind: 'ent' | 'trig' | 'evid'; type: string; label: string | null; id: string | null }

/** The annotations with offsets inside the text (others are dropped). */
export function spansOf(d: DocumentDetail, evid: [number, number] | null): Span[] {
  const n = d.text.length;
  const ok = (s: number, e: number): boolean => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= n && s < e;
  const out: Span[] = [];
  for (const x of d.entities ?? []) if (ok(x.start, x.end)) out.push({ start: x.start, end: x.end, kind: 'ent', type: x.kind ?? x.type, label: x.canonical, id: x.id });
  for (const x of d.triggers ?? []) if (ok(x.start, x.end)) out.push({ start: x.start, end: x.end, kind: 'trig', type: x.mode ? `${x.type} / ${x.mode}` : x.type, label: x.type, id: x.eventId === null || x.eventId === undefined ? null : String(x.eventId) });
  if (evid && ok(evid[0], evid[1])) out.push({ start: evid[0], end: evid[1], kind: 'evid', type: 'evidence', label: 'evidence', id: null });
  return out;
}

/** A safe class suffix for an entity type. */
export function cls(type: string): string {
  return /^[A-Za-z_-]{1,20}$/.test(type) ? type.toLowerCase() : 'other';
}

/** The text split at every annotation boundary, each piece wrapped in the annotations covering it (all as text nodes). */
export function highlighted(text: string, spans: readonly Span[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const byStart = [...spans].sort((x, y) => x.start - y.start || y.end - x.end);
  let next = 0;
  let active: Span[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!, to = points[i + 1]!;
    active = active.filter((s) => s.end > from);
    while (next < byStart.length && byStart[next]!.start <= from) { if (byStart[next]!.end > from) active.push(byStart[next]!); next++; }
    const piece = text.slice(from, to);
    for (const t of active) if (t.kind === 'trig' && t.start === from) frag.append(triggerTag(t));
    if (active.length === 0) { frag.append(document.createTextNode(piece)); continue; }
    const ent = active.find((s) => s.kind === 'ent'), trig = active.find((s) => s.kind === 'trig'), evid = active.find((s) => s.kind === 'evid');
    let node: Node = document.createTextNode(piece);
    if (ent) {
      const isLink = ent.id && !trig;
      const el = isLink ? h('a', { href: href('actor', ent.id!) }) : h('span');
      el.className = `ent ent-${cls(ent.type)}`;
      el.dataset.testid = 'entity';
      el.title = `${ent.type}${ent.label ? ': ' + ent.label : ''}`;
      el.append(node);
      node = el;
    }
    if (trig) {
      const el = trig.id ? h('a', { href: href('event', trig.id) }) : h('span');
      el.className = 'trigger';
      el.dataset.testid = 'trigger';
      el.title = `event trigger: ${trig.type}${trig.id ? ' (event #' + trig.id + ')' : ''}`;
      el.append(node);
      node = el;
    }
    if (evid) {
      const el = h('mark', { class: 'evidence', testid: 'evidence-mark' });
      el.append(node);
      node = el;
    }
    frag.append(node);
  }
  return frag;
}

/** A small label before an event's sentence: its type, linking to the event. */
function triggerTag(t: Span): HTMLElement {
  const label = t.id ? `${t.type} #${t.id}` : t.type;
  return t.id ? h('a', { class: 'trigger-tag', href: href('event', t.id), testid: 'trigger-tag' }, label) : h('span', { class: 'trigger-tag', testid: 'trigger-tag' }, label);
}

