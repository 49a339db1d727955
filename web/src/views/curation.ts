/** Curation: the edit token and the list of every edit (who, when, before, after; what merges and splits moved) with undo. */
import { api, getToken, setToken, TOKEN_EVENT, type Edit } from '../api.ts';
import { onCleanup } from '../cleanup.ts';
import { h, replace, section, loading, errorBox } from '../dom.ts';
import { href, type Route } from '../router.ts';

/** A readable value of one field of an event's state. */
function show(x: unknown): string {
  if (x === null || x === undefined) return '—';
  if (typeof x === 'string') return x;
  if (typeof x === 'object' && ('name' in x || 'id' in x)) {
    const a = x as { name?: string | null; id?: string | null; country?: string | null };
    return a.name ?? a.id ?? a.country ?? '—';
  }
  try { return JSON.stringify(x); } catch { return String(x); }
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

/** What a merge or split moved, with links to the events and actors (all text nodes). */
function moved(e: Edit): HTMLElement | null {
  const d = e.detail;
  if (!d) return null;
  const ev = (id: number | null): Node => (id === null ? document.createTextNode('an event no longer here') : h('a', { href: href('event', id) }, `event #${id}`));
  const ac = (id: string | null): Node => (id === null ? document.createTextNode('—') : h('a', { href: href('actor', id), class: 'code' }, id));
  const reports = d.reports.length ? h('div', { class: 'muted small' }, d.reports.join(', ')) : null;
  if (e.action === 'merge') return h('div', { testid: 'edit-detail' }, `event #${d.otherEvent ?? '?'} (${plural(d.reports.length, 'report')}) merged into `, ev(d.event), reports);
  if (e.action === 'split') return h('div', { testid: 'edit-detail' }, `${plural(d.reports.length, 'report')} split off `, ev(d.event), ' into ', ev(d.otherEvent), reports);
  if (e.action === 'merge-actor') return h('div', { testid: 'edit-detail' }, ac(d.otherActor), ' merged into ', ac(d.actor));
  if (e.action === 'split-actor') return h('div', { testid: 'edit-detail' }, `“${d.variant ?? ''}”${d.lang ? ` (${d.lang})` : ''} detached from `, ac(d.actor), ' into ', ac(d.otherActor));
  return null;
}

/** The fields an edit changed, as `field: before → after` lines. */
function diff(e: Edit): HTMLElement {
  const m = moved(e);
  if (m) return m;
  const b = (e.before ?? {}) as unknown as Record<string, unknown>, a = (e.after ?? {}) as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  if (keys.length === 0) return h('span', { class: 'muted' }, e.action === 'confirm' ? 'confirmed as coded' : 'no change');
  return h('ul', { class: 'plain diff' }, keys.map((k) => h('li', null, h('strong', null, k), ': ', h('del', null, show(b[k])), ' → ', h('ins', null, show(a[k])))));
}

/** The event an edit is about, if any. */
function eventOf(e: Edit): string | null {
  if (e.eventId !== null && e.eventId !== undefined) return String(e.eventId);
  const m = /^event[:/](\d+)$/.exec(e.target);
  return m ? m[1]! : null;
}

/** A table of edits, newest first, each with an Undo button (needs the token); `refresh` redraws after an undo. */
export function editTable(edits: readonly Edit[], refresh: () => Promise<void>): HTMLElement {
  if (edits.length === 0) return h('p', { class: 'muted', testid: 'edits' }, 'No edits yet.');
  const msg = h('p', { class: 'message', attrs: { 'aria-live': 'polite' } });
  // The server undoes an event's latest edit first: only that one gets a button.
  const latest = new Map<string, number>();
  for (const e of edits) if (e.action !== 'undo' && !e.undone) latest.set(e.target, Math.max(latest.get(e.target) ?? 0, e.id));
  const rows = [...edits].sort((x, y) => y.id - x.id).map((e) => {
    const ev = eventOf(e);
    const undo = e.undone ? h('span', { class: 'muted' }, e.undoneBy ? `undone by #${e.undoneBy}` : 'undone') :
      e.action === 'undo' ? null :
      latest.get(e.target) !== e.id ? h('span', { class: 'muted', title: 'Undo the later edits of this event first' }, 'superseded') :
      h('button', { class: 'small', testid: 'undo', attrs: { type: 'button' }, on: { click: () => void (async () => {
        if (!getToken()) { msg.textContent = 'Set the edit token first.'; msg.className = 'message error'; return; }
        try { await api.undo(e.id); await refresh(); } catch (err) { msg.textContent = `Undo failed: ${err instanceof Error ? err.message : String(err)}`; msg.className = 'message error'; }
      })() } }, 'Undo');
    return h('tr', { class: e.undone ? 'undone' : '', dataset: { edit: String(e.id), action: e.action } },
      h('td', null, String(e.id)), h('td', null, e.when), h('td', null, e.who),
      h('td', null, ev ? h('a', { href: href('event', ev) }, `event #${ev}`) : e.target.startsWith('actor:') ? h('a', { href: href('actor', e.target.slice(6)) }, e.target.slice(6)) : e.target.replace(/^edit:(\d+)$/, 'edit #$1')),
      h('td', null, h('span', { class: `badge action action-${/^[a-z-]+$/.test(e.action) ? e.action : 'x'}` }, e.action), e.note ? h('div', { class: 'muted' }, e.note) : null),
      h('td', null, e.action === 'undo' ? h('span', { class: 'muted' }, `restores the state before ${e.target.replace('edit:', 'edit #')}`) : diff(e)), h('td', null, undo));
  });
  return h('div', null, h('table', { class: 'grid edits', testid: 'edits' },
    h('thead', null, h('tr', null, ['#', 'when', 'who', 'target', 'action', 'change', ''].map((x) => h('th', null, x)))),
    h('tbody', null, rows)), msg);
}

/** The token field (kept in sessionStorage, sent as `Authorization: Bearer`). */
export function tokenField(opts: { page?: boolean } = {}): HTMLElement {
  const input = h('input', { testid: 'token', attrs: { type: 'password', placeholder: 'edit token', autocomplete: 'off', size: 14, 'aria-label': 'Edit token', value: getToken() } });
  const save = (): void => { if (input.value.trim() !== getToken()) setToken(input.value.trim()); };
  input.addEventListener('change', save);
  input.addEventListener('input', save);
  const sync = (): void => { if (document.activeElement !== input) input.value = getToken(); };
  window.addEventListener(TOKEN_EVENT, sync);
  if (opts.page) onCleanup(() => window.removeEventListener(TOKEN_EVENT, sync));
  return h('label', { class: 'token', title: 'Editing needs the token set in elchi’s configuration (ELCHI_TOKEN or elchi serve --token); reading does not.' }, 'Token ', input);
}

/** Renders the curation page. */
export async function renderCuration(_route: Route, root: HTMLElement): Promise<void> {
  replace(root, loading());
  try {
    const { items } = await api.edits();
    replace(root,
      h('h1', null, 'Curation'),
      section('Edit token', h('p', null, 'Confirming, rejecting, editing, merging, splitting and undoing need the edit token; it stays in this browser tab only.'), tokenField({ page: true })),
      section(`Edits (${items.length})`, h('p', { class: 'muted' }, 'Newest first. Edits survive re-ingest; undo restores the state before the edit.'),
        editTable(items, () => renderCuration(_route, root))));
  } catch (e) {
    replace(root, h('h1', null, 'Curation'), errorBox(e));
  }
}
