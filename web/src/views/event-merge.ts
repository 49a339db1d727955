/**
 * The event page's curation of which reports make the event: split a document's report off into an event of
 * its own, or merge another event (by id) into this one. Needs the edit token (sent as `Authorization: Bearer`);
 * every change is logged and can be undone from the edits table.
 */
import { api, ApiError, getToken, type Edit, type EventDetail, type Report } from '../api.ts';
import { h } from '../dom.ts';
import { href } from '../router.ts';

/** A message to show once on the next drawing of the event page (it redraws after a change), with an optional link. */
let notice: { text: string; link?: { label: string; to: string } } | null = null;

/** The text of a failed request, naming the token when the server refused it. */
export function failure(err: unknown): string {
  if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return `Not allowed: ${err.message}. Check the edit token.`;
  return `Failed: ${err instanceof Error ? err.message : String(err)}`;
}

function say(msg: HTMLElement, text: string, error = false): void {
  msg.replaceChildren(text);
  msg.className = error ? 'message error' : 'message';
}

async function change(msg: HTMLElement, run: () => Promise<{ edit: Edit }>, done: (e: Edit) => typeof notice, refresh: () => Promise<void>): Promise<void> {
  if (!getToken()) { say(msg, 'Set the edit token (top right) first.', true); return; }
  say(msg, 'Saving…');
  try {
    const r = await run();
    notice = done(r.edit);
    await refresh();
  } catch (err) {
    say(msg, failure(err), true);
  }
}

/** The message line of the merge panel (the split buttons of the reports write to it too). */
export function mergeMessage(): HTMLElement {
  const msg = h('p', { class: 'message', testid: 'merge-message', attrs: { 'aria-live': 'polite' } });
  if (notice) {
    msg.append(notice.text);
    if (notice.link) msg.append(' ', h('a', { href: notice.link.to, testid: 'merge-message-link' }, notice.link.label));
  }
  notice = null;
  return msg;
}

/** The "Split off" button of a report; the report that opened the event carries its identity and cannot be split off. */
export function splitButton(eventId: number, r: Report, msg: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  if (r.merged === null || r.merged === undefined) {
    return h('span', { class: 'muted small', title: 'This report opened the event: split the other reports off instead.' }, 'opened the event');
  }
  return h('button', {
    class: 'small', testid: 'split-report', dataset: { doc: r.docId },
    attrs: { type: 'button', title: 'This document reports a different happening: split its report off into an event of its own' },
    on: {
      click: () => void change(msg, () => api.splitEvent(eventId, [r.docId]),
        (e) => ({ text: `Split the report of ${r.docId} off (edit #${e.id}) into`, link: { label: `event #${e.detail?.otherEvent ?? '?'}`, to: href('event', e.detail?.otherEvent ?? '') } }), refresh),
    },
  }, 'Split off');
}

/** The panel to merge another event into this one, by its id. */
export function mergePanel(d: EventDetail, msg: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  const other = h('input', { testid: 'merge-event-input', attrs: { type: 'number', min: 1, step: 1, name: 'merge-event', placeholder: 'event id', 'aria-label': 'id of the event to merge into this one', size: 8 } });
  const form = h('form', { class: 'edit-form', testid: 'merge-form', on: { submit: (ev) => {
    ev.preventDefault();
    const id = Number(other.value);
    if (!Number.isInteger(id) || id < 1) { say(msg, 'Give the id of the event to merge into this one (the number after # in its address).', true); return; }
    void change(msg, () => api.mergeEvent(d.event.id, id),
      (e) => ({ text: `Merged event #${id} into this event (edit #${e.id}, ${e.detail?.reports.length ?? 0} reports); undo it in the edits below.` }), refresh);
  } } },
  h('label', null, 'Merge event # ', other, ' into this one'),
  h('button', { testid: 'merge-event', attrs: { type: 'submit' } }, 'Merge'));
  return h('section', { class: 'card', testid: 'merge-panel' }, h('h2', null, 'Merge and split'),
    h('p', { class: 'muted' }, 'Two events that are one happening: merge the other into this one (every report, evidence and source is kept, and it counts once). ' +
      'A report of a different happening: use “Split off” beside it. Both need the edit token; both can be undone.'),
    form, msg);
}

/** A notice that a merge in force folded this (now absent) event into another, or null. */
export function mergedNotice(edits: readonly Edit[], id: string): HTMLElement | null {
  const m = edits.find((e) => e.action === 'merge' && !e.undone && String(e.detail?.otherEvent) === id && e.detail?.event !== null);
  if (!m) return null;
  const into = String(m.detail?.event);
  return h('div', { class: 'notice', testid: 'event-merged' }, `A curator (${m.who}) merged event #${id} into `, h('a', { href: href('event', into) }, `event #${into}`), ` (edit #${m.id}).`);
}
