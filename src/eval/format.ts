/** Renders an evaluation report as a compact text table and, on request, a per-document diff a person reads. */
import type { GoldActor, GoldEvent } from './gold.ts';
import { EVENT_KEYS, KEY_LABELS } from './keys.ts';
import type { DocDetail, EntityItem, EvalReport, Prf } from './report.ts';

const num = (x: number): string => x.toFixed(3);
const pad = (s: string, n: number): string => s.padEnd(n);
const lpad = (s: string | number, n: number): string => String(s).padStart(n);

function row(label: string, m: Prf, note = ''): string {
  return `${pad(label, 18)}${lpad(num(m.precision), 7)}${lpad(num(m.recall), 7)}${lpad(num(m.f1), 7)}${lpad(m.tp, 6)}${lpad(m.predicted, 6)}${lpad(m.gold, 6)}${note}`;
}

function actor(a: GoldActor | null): string {
  if (!a) return '?';
  return a.country ? `${a.name || '?'} (${a.country})` : a.name || '?';
}

/** One event on one line: TYPE/mode status source → target @ date. */
export function eventLine(e: GoldEvent): string {
  const head = e.mode ? `${e.type}/${e.mode}` : e.type;
  return `${head} ${e.status}  ${actor(e.source)} → ${actor(e.target)}  @ ${e.date ?? '—'}`;
}

function snippet(s: string, max = 110): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

const entity = (e: EntityItem): string => `${e.canonical} [${e.type}]${e.texts.length ? ` ← ${e.texts.slice(0, 3).join(', ')}` : ''}`;

function docDiff(d: DocDetail): string[] {
  const out: string[] = [];
  const events = (sign: string, list: GoldEvent[]): void => {
    for (const e of list) {
      out.push(`    ${sign} ${eventLine(e)}`);
      if (e.evidence) out.push(`        "${snippet(e.evidence)}"`);
    }
  };
  if (d.missedEvents.length) { out.push('  missed gold events:'); events('-', d.missedEvents); }
  if (d.spuriousEvents.length) { out.push('  spurious predicted events:'); events('+', d.spuriousEvents); }
  if (d.mismatchedEvents.length) {
    out.push('  type+dyad matches that differ:');
    for (const m of d.mismatchedEvents) {
      const what = m.differs.map((k) => {
        if (k === 'direction') return 'direction';
        const g = k === 'mode' ? m.gold.mode : k === 'status' ? m.gold.status : m.gold.date;
        const p = k === 'mode' ? m.pred.mode : k === 'status' ? m.pred.status : m.pred.date;
        return `${k} ${g ?? '—'} ≠ ${p ?? '—'}`;
      });
      out.push(`    ~ gold ${eventLine(m.gold)}`, `      pred ${eventLine(m.pred)}   (${what.join('; ')})`);
    }
  }
  if (d.missedEntities.length) out.push(`  missed entities: ${d.missedEntities.map(entity).join('; ')}`);
  if (d.spuriousEntities.length) out.push(`  spurious entities: ${d.spuriousEntities.map(entity).join('; ')}`);
  const langWrong = d.predLang !== null && d.predLang.trim().toLowerCase() !== d.lang.toLowerCase();
  if (!out.length && !langWrong && d.predLang !== null) return [];
  const tag = d.predLang === null ? 'NO PREDICTION' : langWrong ? `predicted lang ${d.predLang}` : 'lang ok';
  const e = d.events.typeDyad;
  return [`── ${d.id} (${d.lang}; ${tag}; events ${e.tp}/${e.gold} found, ${e.predicted} predicted${d.distractor ? '; distractor' : ''})`, ...out];
}

/** The report as text: the metric table (headline first), then with `diff` the documents that have errors. */
export function formatReport(r: EvalReport, opts: { diff: boolean }): string {
  const lines = [
    `elchi eval: ${r.docs} gold documents, ${r.predictedDocs} predicted` +
      (r.missingPredictions.length ? `, ${r.missingPredictions.length} without prediction` : '') +
      (r.unknownPredictions.length ? `, ${r.unknownPredictions.length} predictions with no gold (ignored)` : ''),
    '',
    `${pad('metric', 18)}${lpad('P', 7)}${lpad('R', 7)}${lpad('F1', 7)}${lpad('tp', 6)}${lpad('pred', 6)}${lpad('gold', 6)}`,
    ...EVENT_KEYS.map((k, i) => row(KEY_LABELS[k], r.events[k], i === 0 ? '  ← headline' : '')),
    row('entities', r.entities),
    '',
    `${pad('date agreement', 18)}${lpad(num(r.date.ratio), 7)}  (${r.date.agree}/${r.date.total} type+dyad matches with a gold date)`,
    `${pad('language', 18)}${lpad(num(r.lang.accuracy), 7)}  (${r.lang.correct}/${r.lang.total} documents)`,
    `${pad('distractors', 18)}${lpad(r.distractors.events, 7)}  events predicted on ${r.distractors.docs} documents with no gold event (should be 0)`,
    '',
    'P, R, F1 are micro-averaged over documents; each is 0 when its denominator is 0.',
  ];
  if (r.missingPredictions.length) lines.push(`no prediction for: ${r.missingPredictions.join(', ')}`);
  if (opts.diff) {
    const blocks = r.details.map(docDiff).filter((b) => b.length);
    lines.push('', blocks.length ? `Differences (${blocks.length} of ${r.docs} documents):` : 'Differences: none.');
    for (const b of blocks) lines.push('', ...b);
  }
  return lines.join('\n') + '\n';
}

/** The report as pretty JSON (metrics and per-document details; the diff lists are always included). */
export function reportJson(r: EvalReport): string {
  return JSON.stringify(r, null, 2) + '\n';
}
