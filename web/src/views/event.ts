/** Event page: coding, actors, every report's evidence in every language, explanation, curation. */
import { api, ApiError, getToken, type Edit, type EventDetail, type Report } from '../api.ts';
import { h, replace, section, loading, errorBox, langBadge, extLink, LANG_NAMES, type Child } from '../dom.ts';
import { typeBadge, statusBadge, actorLink, langBadges } from '../components.ts';
import { href, hrefQ, type Route } from '../router.ts';
import { editTable } from './curation.ts';
import { mergedNotice, mergeMessage, mergePanel, splitButton } from './event-merge.ts';
import { PLOVER_MODES } from '../../../src/kb/plover.ts';

/** Language order of the evidence groups. */
const LANG_ORDER = ['kk', 'az', 'ru', 'en'];

/** PLOVER event types offered by the edit form (the modes of each from the same table the server checks against). */
const TYPES = Object.keys(PLOVER_MODES);
/** Statuses a curator can set (rejecting is its own action). */
const STATUSES = ['occurred', 'planned'];

function editsOf(items: readonly Edit[], id: string): Edit[] {
  const mine = (e: Edit): boolean => (e.eventId !== null && e.eventId !== undefined ? String(e.eventId) === id : e.target === `event:${id}`) ||
    String(e.detail?.event) === id || String(e.detail?.otherEvent) === id;
  const undone = new Set(items.filter(mine).map((e) => `edit:${e.id}`));
  return items.filter((e) => mine(e) || undone.has(e.target));
}

/** A message to show once on the next drawing of the event page (the page redraws after an edit). */
let flash = '';

/** Renders the event page into `root`. */
export async function renderEvent(route: Route, root: HTMLElement): Promise<void> {
  const id = route.path[1] ?? '';
  replace(root, loading());
  const got = await api.event(id).then((x): { d: EventDetail; err?: undefined } => ({ d: x }), (err: unknown) => ({ d: null, err }));
  const edits = got.d?.edits ?? await api.edits({ event: /^\d+$/.test(id) ? id : null }).then((x) => editsOf(x.items, id), () => [] as Edit[]);
  const history = section('Edits of this event', editTable(edits, () => renderEvent(route, root)));
  const d = got.d;
  if (!d) {
    const gone = got.err instanceof ApiError && got.err.status === 404;
    replace(root, h('h1', null, `Event #${id}`),
      gone ? mergedNotice(edits, id) ?? h('div', { class: 'notice', testid: 'event-gone' }, 'This event does not exist or was rejected by a curator.') : errorBox(got.err),
      edits.length ? history : null);
    return;
  }
  const { event: e, reports, explain } = d;
  const groups = new Map<string, Report[]>();
  for (const r of reports) groups.set(r.lang, [...(groups.get(r.lang) ?? []), r]);
  const refresh = (): Promise<void> => renderEvent(route, root);
  const mergeMsg = mergeMessage();
  // A rejected event is neither merged nor split until the rejection is undone.
  const live = e.status !== 'rejected';
  const split = (r: Report): HTMLElement | null => (live ? splitButton(e.id, r, mergeMsg, refresh) : null);
  const langs = [...groups.keys()].sort((x, y) => (LANG_ORDER.indexOf(x) + 1 || 99) - (LANG_ORDER.indexOf(y) + 1 || 99) || x.localeCompare(y));

  replace(root,
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Dyads'), ' › ', h('a', { href: hrefQ(['events'], { type: e.type }) }, e.type), ' › ', `#${e.id}`),
    h('h1', { testid: 'event-title' }, typeBadge(e.type, e.mode), ' ', actorLink(e.source), ' → ', actorLink(e.target)),
    e.status === 'rejected' ? h('div', { class: 'notice', testid: 'event-rejected' }, 'A curator rejected this event: it is left out of lists, counts and exports. Undo the edit below to bring it back.') : null,
    h('dl', { class: 'facts', testid: 'event-facts' },
      fact('Type', e.type, 'fact-type'), fact('Mode', e.mode ?? '—', 'fact-mode'), fact('Status', statusBadge(e.status), 'fact-status'),
      fact('Date', e.date ?? 'undated', 'fact-date'), fact('Place', [e.location?.name, e.location?.country].filter(Boolean).join(', ') || '—', 'fact-place'),
      fact('CAMEO', e.cameo || '—'),
      e.curation ? fact('Curation', h('span', { class: `badge verdict verdict-${e.curation.verdict}`, testid: 'verdict' }, `${e.curation.verdict} (${e.curation.edits} edit${e.curation.edits === 1 ? '' : 's'})`)) : null,
      fact('Source', actorBlock(e.source)), fact('Target', actorBlock(e.target)),
      fact('Reports', [`${reports.length} in `, langBadges(langs)])),
    section(`Evidence in ${langs.length} language${langs.length === 1 ? '' : 's'}`,
      h('div', { class: 'evidence-groups', testid: 'evidence' }, langs.map((l) =>
        h('div', { class: 'evidence-group', dataset: { lang: l } },
          h('h3', null, langBadge(l), ' ', LANG_NAMES[l] ?? l),
          h('ul', { class: 'reports' }, (groups.get(l) ?? []).map((r) => reportItem(r, split))))))),
    explain.length ? section('Why elchi coded it so', h('ul', { class: 'explain' }, explain.map((x) => h('li', null, x)))) : null,
    curationPanel(d, refresh),
    live ? mergePanel(d, mergeMsg, refresh) : null,
    history,
  );
}

function fact(label: string, value: Child, testid?: string): HTMLElement {
  return h('div', { class: 'fact', testid }, h('dt', null, label), h('dd', null, value));
}

function actorBlock(a: EventDetail['event']['source']): HTMLElement {
  return h('span', null, actorLink(a), a.kind || a.country ? h('span', { class: 'muted' }, ` (${[a.kind, a.country].filter(Boolean).join(', ')})`) : null);
}

function reportItem(r: Report, split: (r: Report) => HTMLElement | null): HTMLElement {
  const splitter = split(r);
  return h('li', { class: 'report', testid: 'report', dataset: { doc: r.docId, lang: r.lang } },
    h('blockquote', { class: 'snippet' }, r.evidence.text),
    h('div', { class: 'report-meta' },
      h('a', { href: hrefQ(['article', r.docId], { s: r.evidence.start, e: r.evidence.end }), testid: 'article-link' }, 'Read the article'),
      ' · ', r.published ?? 'undated', ' · ', h('span', { class: 'muted' }, r.source),
      r.copy ? h('span', { class: 'badge copy' }, 'republished copy') : null,
      r.url ? [' · ', extLink(r.url, 'original')] : null,
      splitter ? [' · ', splitter] : null));
}

function select(name: string, values: readonly string[], current: string | null): HTMLSelectElement {
  const s = h('select', { attrs: { name, 'aria-label': name } });
  const all = current && !values.includes(current) ? [current, ...values] : values;
  for (const v of all) {
    const o = h('option', { attrs: { value: v } }, v || '—');
    if (v === (current ?? '')) o.selected = true;
    s.append(o);
  }
  return s;
}

/** Confirm / reject / edit buttons and form (the token is sent as `Authorization: Bearer`). */
function curationPanel(d: EventDetail, refresh: () => Promise<void>): HTMLElement {
  const e = d.event;
  const msg = h('p', { class: 'message', testid: 'curation-message', attrs: { 'aria-live': 'polite' } }, flash);
  flash = '';
  const note = h('input', { attrs: { type: 'text', name: 'note', placeholder: 'note (optional)', size: 40, 'aria-label': 'note' } });
  const run = async (action: 'confirm' | 'reject' | 'edit', changes?: Record<string, string | null>): Promise<void> => {
    if (!getToken()) { msg.textContent = 'Set the edit token (top right) first.'; msg.className = 'message error'; return; }
    msg.textContent = 'Saving…'; msg.className = 'message';
    try {
      const r = await api.curate(e.id, { action, changes, note: note.value.trim() || undefined });
      flash = `Saved edit #${r.edit.id} (${action}).`;
      await refresh();
    } catch (err) {
      msg.textContent = err instanceof ApiError && (err.status === 401 || err.status === 403) ? `Not allowed: ${err.message}. Check the edit token.` : `Failed: ${err instanceof Error ? err.message : String(err)}`;
      msg.className = 'message error';
    }
  };
  const type = select('type', TYPES, e.type), status = select('status', STATUSES, e.status);
  const mode = select('mode', ['', ...(PLOVER_MODES[e.type] ?? [])], e.mode ?? '');
  type.addEventListener('change', () => {
    const keep = mode.value;
    mode.replaceChildren(...['', ...(PLOVER_MODES[type.value] ?? [])].map((v) => h('option', { attrs: { value: v } }, v || '—')));
    mode.value = (PLOVER_MODES[type.value] ?? []).includes(keep) ? keep : '';
  });
  const date = h('input', { attrs: { type: 'text', name: 'date', value: e.date ?? '', size: 12, placeholder: 'YYYY-MM-DD', 'aria-label': 'date' } });
  const src = h('input', { attrs: { type: 'text', name: 'source', value: e.source.id ?? '', size: 28, placeholder: 'actor id', 'aria-label': 'source actor id' } });
  const tgt = h('input', { attrs: { type: 'text', name: 'target', value: e.target.id ?? '', size: 28, placeholder: 'actor id', 'aria-label': 'target actor id' } });
  const form = h('form', { class: 'edit-form', testid: 'edit-form', on: { submit: (ev) => {
    ev.preventDefault();
    const changes: Record<string, string | null> = {};
    if (type.value !== e.type) changes.type = type.value;
    if ((mode.value || null) !== e.mode) changes.mode = mode.value || null;
    if (status.value !== e.status) changes.status = status.value;
    if (date.value.trim() !== (e.date ?? '')) changes.date = date.value.trim() || null;
    if (src.value.trim() !== (e.source.id ?? '')) changes.source = src.value.trim() || null;
    if (tgt.value.trim() !== (e.target.id ?? '')) changes.target = tgt.value.trim() || null;
    if (Object.keys(changes).length === 0) { msg.textContent = 'Nothing changed.'; return; }
    void run('edit', changes);
  } } },
    h('label', null, 'Type ', type), h('label', null, 'Mode ', mode), h('label', null, 'Status ', status), h('label', null, 'Date ', date),
    h('label', null, 'Source ', src), h('label', null, 'Target ', tgt),
    h('button', { attrs: { type: 'submit' } }, 'Save edit'));
  return section('Curation',
    h('div', { class: 'toolbar' },
      h('button', { class: 'ok', testid: 'confirm', attrs: { type: 'button' }, on: { click: () => void run('confirm') } }, 'Confirm'),
      h('button', { class: 'danger', testid: 'reject', attrs: { type: 'button' }, on: { click: () => void run('reject') } }, 'Reject'),
      note),
    h('details', null, h('summary', { testid: 'edit-form-toggle' }, 'Edit the coding'), form),
    msg,
    h('p', { class: 'muted' }, 'Every edit is kept with who, when, before and after, and can be undone (', h('a', { href: href('curation') }, 'all edits'), ').'));
}

