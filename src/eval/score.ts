/** Scores predicted events and entities against gold documents as ../shared/eval/README.md defines. */
import type { EvalDoc, GoldEntity, GoldEvent, Prediction } from './gold.ts';
import { EVENT_KEYS, agreement, eventKey } from './keys.ts';
import type { EventKey } from './keys.ts';
import { matchByKey, matchGreedy } from './match.ts';
import { nameKey, sameName, wordSubset } from './names.ts';
import type { NameKey } from './names.ts';
import { prf } from './report.ts';
import type { Counts, DocDetail, EntityItem, EvalReport, EventMismatch, Prf } from './report.ts';

interface Ent extends EntityItem { key: NameKey }

/** Distinct entities of a document by (folded canonical, type), keeping the first spelling and every surface form. */
function distinctEntities(list: readonly GoldEntity[]): Ent[] {
  const byKey = new Map<string, Ent>();
  for (const e of list) {
    const key = nameKey(e.canonical);
    const type = e.type.trim().toUpperCase();
    const id = `${type} ${key.flat || e.canonical.trim().toLowerCase()}`;
    let ent = byKey.get(id);
    if (!ent) { ent = { canonical: e.canonical, type, texts: [], key }; byKey.set(id, ent); }
    if (e.text && !ent.texts.includes(e.text)) ent.texts.push(e.text);
  }
  return [...byKey.values()];
}

const item = (e: Ent): EntityItem => ({ canonical: e.canonical, type: e.type, texts: e.texts });

/** Preference among equal type+dyad gold events: same evidence, then date, mode, status, direction agreeing. */
function preference(g: GoldEvent, p: GoldEvent): number {
  const a = agreement(g, p);
  return (g.evidence.trim() === p.evidence.trim() ? 16 : 0) + (a.date ? 8 : 0) + (a.mode ? 4 : 0) + (a.status ? 2 : 0) + (a.direction ? 1 : 0);
}

/** Scores one gold document against its prediction (null: nothing predicted). */
export function scoreDoc(gold: EvalDoc, pred: Prediction | null): DocDetail {
  const ge = gold.events;
  const pe = pred?.events ?? [];
  // Headline pairing: among equal type+dyad keys, prefer the gold event agreeing on more (kept for date and the diff).
  const pairs = matchByKey(ge.map((e) => eventKey(e, 'typeDyad')), pe.map((e) => eventKey(e, 'typeDyad')),
    (g, p) => preference(ge[g] as GoldEvent, pe[p] as GoldEvent));
  const events = {} as Record<EventKey, Counts>;
  for (const key of EVENT_KEYS) {
    const n = key === 'typeDyad' ? pairs.length : matchByKey(ge.map((e) => eventKey(e, key)), pe.map((e) => eventKey(e, key))).length;
    events[key] = { tp: n, predicted: pe.length, gold: ge.length };
  }
  const date = { agree: 0, total: 0 };
  const mismatchedEvents: EventMismatch[] = [];
  const goldHit = new Uint8Array(ge.length);
  const predHit = new Uint8Array(pe.length);
  for (const [gi, pi] of pairs) {
    const g = ge[gi] as GoldEvent;
    const p = pe[pi] as GoldEvent;
    goldHit[gi] = 1;
    predHit[pi] = 1;
    const a = agreement(g, p);
    if (a.date !== null) { date.total++; if (a.date) date.agree++; }
    const differs = (['mode', 'status', 'direction', 'date'] as const).filter((k) => a[k] === false);
    if (differs.length) mismatchedEvents.push({ gold: g, pred: p, differs });
  }

  const gEnt = distinctEntities(gold.entities);
  const pEnt = distinctEntities(pred?.entities ?? []);
  const sameType = (g: number, p: number): boolean => gEnt[g]?.type === pEnt[p]?.type;
  const entPairs = matchGreedy(gEnt.length, pEnt.length, [
    (g, p) => sameType(g, p) && sameName((gEnt[g] as Ent).key, (pEnt[p] as Ent).key),
    (g, p) => sameType(g, p) && wordSubset((gEnt[g] as Ent).key, (pEnt[p] as Ent).key),
  ]);
  const gEntHit = new Set(entPairs.map(([g]) => g));
  const pEntHit = new Set(entPairs.map(([, p]) => p));

  return {
    id: gold.id,
    lang: gold.lang,
    predLang: pred ? pred.lang : null,
    distractor: ge.length === 0,
    events,
    date,
    entities: { tp: entPairs.length, predicted: pEnt.length, gold: gEnt.length },
    missedEvents: ge.filter((_, i) => !goldHit[i]),
    spuriousEvents: pe.filter((_, i) => !predHit[i]),
    mismatchedEvents,
    missedEntities: gEnt.filter((_, i) => !gEntHit.has(i)).map(item),
    spuriousEntities: pEnt.filter((_, i) => !pEntHit.has(i)).map(item),
  };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
const ZERO: Counts = { tp: 0, predicted: 0, gold: 0 };

/** Scores predictions against gold, matched by document id; throws on duplicate prediction ids. */
export function score(gold: readonly EvalDoc[], pred: readonly Prediction[]): EvalReport {
  const byId = new Map<string, Prediction>();
  for (const p of pred) {
    if (byId.has(p.id)) throw new Error(`two predictions have the id "${p.id}"`);
    byId.set(p.id, p);
  }
  const goldIds = new Set(gold.map((d) => d.id));
  const details = gold.map((d) => scoreDoc(d, byId.get(d.id) ?? null));
  const events = {} as Record<EventKey, Prf>;
  for (const key of EVENT_KEYS) events[key] = prf(details.reduce((c, d) => add(c, d.events[key]), ZERO));
  const agree = details.reduce((n, d) => n + d.date.agree, 0);
  const total = details.reduce((n, d) => n + d.date.total, 0);
  const correct = details.filter((d) => d.predLang !== null && d.predLang.trim().toLowerCase() === d.lang.toLowerCase()).length;
  const distractors = details.filter((d) => d.distractor);
  return {
    docs: gold.length,
    predictedDocs: details.filter((d) => d.predLang !== null).length,
    missingPredictions: details.filter((d) => d.predLang === null).map((d) => d.id),
    unknownPredictions: pred.filter((p) => !goldIds.has(p.id)).map((p) => p.id),
    events,
    date: { agree, total, ratio: total === 0 ? 0 : agree / total },
    entities: prf(details.reduce((c, d) => add(c, d.entities), ZERO)),
    lang: { correct, total: gold.length, accuracy: gold.length === 0 ? 0 : correct / gold.length },
    distractors: {
      docs: distractors.length,
      docsWithEvents: distractors.filter((d) => d.events.typeDyad.predicted > 0).length,
      events: distractors.reduce((n, d) => n + d.events.typeDyad.predicted, 0),
    },
    details,
  };
}
