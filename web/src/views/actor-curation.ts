/**
 * The actor page's curation: merge another actor into this one (found by name in any script, or by id), split
 * a merged actor off again, or detach a name variant into an actor of its own. Needs the edit token (sent as
 * `Authorization: Bearer`); every change is logged with who, when, before and after, and can be undone.
 */
import { api, getToken, type ActorDetail, type ActorHit, type Edit } from '../api.ts';
import { h, section, replace } from '../dom.ts';
import { href } from '../router.ts';
import { editTable } from './curation.ts';
import { failure } from './event-merge.ts';

/** A message to show once on the next drawing of the actor page (it redraws after a change). */
let flash = '';

function say(msg: HTMLElement, text: string, error = false): void {
  msg.replaceChildren(text);
  msg.className = error ? 'message error' : 'message';
}

async function change(msg: HTMLElement, run: () => Promise<{ edit: Edit }>, done: (e: Edit) => string, refresh: () => Promise<void>): Promise<void> {
  if (!getToken()) { say(msg, 'Set the edit token (top right) first.', true); return; }
  say(msg, 'Saving…');
  try {
    flash = done((await run()).edit);
    await refresh();
  } catch (err) {
    say(msg, failure(err), true);
  }
}

/** Actors merged into this one by edits in force (newest first), each with the edit. */
function mergedInto(id: string, edits: readonly Edit[]): Edit[] {
  return edits.filter((e) => e.action === 'merge-actor' && !e.undone && e.detail?.actor === id);
}

/** The curation sections of an actor page: merge, split, detach, and the actor's edits. */
export function actorCuration(d: ActorDetail, edits: readonly Edit[], refresh: () => Promise<void>): HTMLElement[] {
  const id = d.actor.id;
  const msg = h('p', { class: 'message', testid: 'actor-curation-message', attrs: { 'aria-live': 'polite' } }, flash);
  flash = '';
  const hits = h('ul', { class: 'plain actor-list', testid: 'merge-actor-hits' });
  const q = h('input', { testid: 'merge-actor-input', attrs: { type: 'search', name: 'merge-actor', placeholder: 'name in any script, or actor id', size: 28, 'aria-label': 'actor to merge into this one' } });
  const hitRow = (a: ActorHit): HTMLElement => h('li', { dataset: { id: a.id } },
    h('a', { href: href('actor', a.id) }, a.name), h('span', { class: 'muted code' }, ` ${a.id} · ${a.kind}${a.country ? ` · ${a.country}` : ''} · ${a.mentions} mentions `),
    a.kind !== d.actor.kind ? h('span', { class: 'muted small' }, `(a ${a.kind}: cannot merge into a ${d.actor.kind})`) :
      h('button', { class: 'small', testid: 'merge-actor', attrs: { type: 'button' }, on: { click: () => void change(msg, () => api.mergeActor(id, a.id),
        (e) => `Merged ${a.name} (${a.id}) into this actor (edit #${e.id}).`, refresh) } }, 'Merge into this actor'));
  const find = h('form', { class: 'edit-form', testid: 'merge-actor-form', on: { submit: (ev) => {
    ev.preventDefault();
    const text = q.value.trim();
    if (!text) { say(msg, 'Type a name or an actor id to find the actor to merge in.', true); return; }
    void api.actors(text).then(({ items }) => {
      const others = items.filter((a) => a.id !== id);
      replace(hits, others.length ? others.slice(0, 20).map(hitRow) : h('li', { class: 'muted' }, `No other actor matches “${text}”.`));
    }, (err: unknown) => say(msg, failure(err), true));
  } } }, h('label', null, 'Merge another actor into this one: ', q), h('button', { testid: 'merge-actor-find', attrs: { type: 'submit' } }, 'Find'));

  const merged = mergedInto(id, edits);
  const mergedList = merged.length === 0 ? h('p', { class: 'muted' }, 'No actor is merged into this one.') :
    h('ul', { class: 'plain', testid: 'merged-actors' }, merged.map((e) => {
      const other = e.detail?.otherActor ?? '';
      return h('li', { dataset: { id: other } }, h('span', { class: 'code' }, other), h('span', { class: 'muted' }, ` merged by ${e.who}, ${e.when.slice(0, 10)} (edit #${e.id}) `),
        h('button', { class: 'small', testid: 'split-merged', attrs: { type: 'button' }, on: { click: () => void change(msg, () => api.splitActor(id, { merged: other }),
          () => `Split ${other} off again: its mentions, names and events are its own.`, refresh) } }, 'Split off'));
    }));

  const variant = h('select', { testid: 'detach-variant-select', attrs: { name: 'variant', 'aria-label': 'name variant to detach' } },
    d.variants.map((v, i) => h('option', { attrs: { value: String(i) } }, `${v.variant} (${v.lang}, ×${v.count})`)));
  const name = h('input', { testid: 'detach-name', attrs: { type: 'text', name: 'name', placeholder: 'new actor’s name (optional)', size: 24, 'aria-label': 'name of the new actor' } });
  const detach = d.variants.length < 2 ? h('p', { class: 'muted' }, 'One name variant only: nothing to detach.') :
    h('form', { class: 'edit-form', testid: 'detach-form', on: { submit: (ev) => {
      ev.preventDefault();
      const v = d.variants[Number(variant.value)];
      if (!v) return;
      void change(msg, () => api.splitActor(id, { variant: v.variant, lang: v.lang, ...(name.value.trim() ? { name: name.value.trim() } : {}) }),
        (e) => `Detached “${v.variant}” (${v.lang}) into ${e.detail?.otherActor ?? 'a new actor'} (edit #${e.id}).`, refresh);
    } } }, h('label', null, 'A name that is someone else: ', variant), name, h('button', { testid: 'detach-variant', attrs: { type: 'submit' } }, 'Detach into a new actor'));

  return [
    section('Merge and split',
      h('p', { class: 'muted' }, 'Two actors that are one: merge the other into this one (its mentions, names and events then count here). ' +
        'Undo a merge with “Split off”; detach a name that belongs to someone else. All need the edit token and can be undone.'),
      find, hits, h('h3', null, 'Merged into this actor'), mergedList, h('h3', null, 'Detach a name'), detach, msg),
    section('Edits of this actor', editTable(edits, refresh)),
  ];
}

/** A notice that a merge in force folded this (now absent) actor into another, or null. */
export function actorMergedNotice(id: string, edits: readonly Edit[]): HTMLElement | null {
  const m = edits.find((e) => e.action === 'merge-actor' && !e.undone && e.detail?.otherActor === id);
  if (!m?.detail?.actor) return null;
  return h('div', { class: 'notice', testid: 'actor-merged' }, `A curator (${m.who}) merged this actor into `,
    h('a', { href: href('actor', m.detail.actor) }, m.detail.actor), ` (edit #${m.id}); undo the edit below to split it off again.`);
}
