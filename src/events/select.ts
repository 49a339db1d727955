/** The triggers of a sentence that stand as events: conditions met, overlaps and non-events (totals, plurals, settings, invitations' content) removed. */
import type { Arg } from './args.ts';
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { EventView, SentenceRange } from './view.ts';
import { hasPlural, isTurkic } from './grammar.ts';
import { nextTo } from './position.ts';

/** True when the sentence satisfies a trigger's `needs` / `unless` conditions. */
function conditionsHold(v: EventView, s: SentenceRange, live: readonly Arg[], hit: Hit<TriggerDef>): boolean {
  const { needs, unless } = hit.def;
  if (unless && v.hasCue(unless, s.t0, s.t1)) return false;
  if (!needs) return true;
  if (needs === 'dest') return live.some((a) => (a.kind === 'place' || a.kind === 'country') && (a.case === 'dat' || a.case === 'loc' || (!isTurkic(v.lang) && a.t0 > hit.last && a.t0 - hit.last <= 3)));
  if (needs === 'object') return live.some((a) => a.actor && a.actor.kind !== 'country' && (a.case === 'acc' || a.case === 'obl' || (!isTurkic(v.lang) && a.t0 > hit.last)));
  return v.hasCue(needs, s.t0, s.t1);
}

/** Russian plural endings of a visit noun (визиты, визитов, визитами, визитах). */
const RU_PLURAL = /(?:ы|ов|ами|ах)$/;

function pluralVisit(v: EventView, i: number): boolean {
  const tok = v.tokens[i];
  if (!tok) return false;
  if (isTurkic(v.lang)) return hasPlural(tok, v.lang);
  if (v.lang === 'en') return tok.lower.endsWith('s') && tok.suffixes.includes('s');
  return RU_PLURAL.test(tok.lower);
}

/** True when the trigger counts occasions («жеті рет», «yeddi dəfə», "seven times"): a total, not an event. */
function isTotal(v: EventView, s: SentenceRange, hit: Hit<TriggerDef>): boolean {
  for (let i = Math.max(s.t0 + 1, hit.first - 4); i < Math.min(s.t1, hit.last + 4); i++) {
    if (!v.is(i, 'times')) continue;
    const prev = v.tokens[i - 1];
    if (prev && (prev.kind === 'number' || v.is(i - 1, 'numword'))) return true;
  }
  return false;
}

/** Triggers of a sentence that stand as events, from its trigger `hits` ({@link EventView.triggerHits}): one entry per anchor, overlaps and suppressed uses removed. */
export function chooseTriggers(v: EventView, s: SentenceRange, live: readonly Arg[], hits: readonly Hit<TriggerDef>[][]): Hit<TriggerDef>[] {
  const chosen: Hit<TriggerDef>[] = [];
  const used = new Set<number>();
  for (const here of hits) {
    const hit = here.find((h) => !h.tokens.some((t) => used.has(t)) && conditionsHold(v, s, live, h));
    if (!hit) continue;
    const anchor = hit.tokens[0] ?? hit.first;
    if (hit.tokens.some((t) => v.is(t, 'not-event'))) continue;
    if (v.hasCue('mutual', anchor - 3, anchor)) continue;
    // «qarşılıqlı səfərlər», «сапарлар», "visits": visits in general, not one visit.
    if ((hit.def.frame === 'visit' || hit.def.frame === 'go') && pluralVisit(v, anchor)) continue;
    // «көңіл айтқаны үшін алғыс айтты», "thanked for the support": the act is the reason for another.
    if (hit.def.frame === 'directed' && (isTurkic(v.lang) ? v.hasCue('reason', hit.last + 1, hit.last + 3) : v.hasCue('reason', hit.first - 2, hit.first))) continue;
    if (isTotal(v, s, hit)) continue;
    // «заседания» in «в рамках заседания», «Zirvə görüşü çərçivəsində», "within the framework of participation": the setting, not an act.
    if ((hit.def.frame === 'session' || hit.def.frame === 'attend' || hit.def.frame === 'meet') && nextTo(v, s, hit, 'framework')) continue;
    // "the importance of holding talks", «danışıqlara başlanılmasının zəruriliyi»: talk about talks, no act.
    if ((hit.def.frame === 'session' || hit.def.frame === 'meet' || hit.def.frame === 'phone') && (nextTo(v, s, hit, 'modal') || v.hasCue('modal', hit.last + 1, Math.min(s.t1, hit.last + 4)))) continue;
    for (const t of hit.tokens) used.add(t);
    chosen.push(hit);
  }
  // A visit, trip or summit that is the content of an invitation is no event of its own; an attack that is the
  // content of an accusation is a claim, coded as the accusation only.
  const invites = chosen.filter((h) => h.def.type === 'AGREE' && h.def.cameo === '036');
  const accuses = chosen.some((h) => h.def.type === 'ACCUSE');
  return chosen.filter((h) => {
    if (h.def.type === 'ASSAULT' && accuses) return false;
    if (!(h.def.frame === 'visit' || h.def.frame === 'go' || h.def.frame === 'attend')) return true;
    return !invites.some((inv) => (isTurkic(v.lang) ? h.last < inv.first && inv.first - h.last <= 6 : h.first > inv.last && h.first - inv.last <= 8));
  });
}
