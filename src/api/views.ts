/** Shapes knowledge-base rows for the API: an event as a list item, its reports, and why each report joined it. */
import type { EventRow, Report } from '../kb/query.ts';
import type { DyadSummary } from '../kb/dyad.ts';

/** A curation verdict of an event. */
export type Curation = { verdict: 'confirmed' | 'rejected' | 'edited'; edits: number } | null;

/** One event in a list: its coding, counts, languages and first original evidence. */
export interface EventItem {
  id: number; type: string; mode: string | null; status: string; cameo: string; date: string | null;
  location: EventRow['location']; source: EventRow['source']; target: EventRow['target'];
  reports: number; n_docs: number; languages: string[];
  evidence: { text: string; start: number; end: number; docId: string; lang: string } | null;
  curation: Curation;
}

/** The report a reader sees first: the opening original, else any original, else the first. */
function leadReport(r: EventRow): Report | undefined {
  return r.reports.find((x) => x.copy_of === null) ?? r.reports[0];
}

/** An event row as a list item. */
export function toItem(r: EventRow, curation: Curation = null): EventItem {
  const lead = leadReport(r);
  return {
    id: r.id, type: r.type, mode: r.mode, status: r.status, cameo: r.cameo, date: r.date, location: r.location, source: r.source, target: r.target,
    reports: r.reports.length, n_docs: r.n_docs, languages: r.langs,
    evidence: lead ? { text: lead.text, start: lead.start, end: lead.end, docId: lead.doc_id, lang: lead.lang } : null,
    curation,
  };
}

function reasons(r: Report): string[] | null {
  if (!r.merge_reason) return null;
  try {
    const m = JSON.parse(r.merge_reason) as { reasons?: string[]; curated?: string };
    return [...(m.reasons ?? []), ...(m.curated ? [`curated: ${m.curated}`] : [])];
  } catch {
    return [r.merge_reason];
  }
}

/** One report of an event as the event page lists it. */
export interface ReportView {
  docId: string; lang: string; source: string; url: string | null; published: string | null; date: string | null;
  evidence: { text: string; start: number; end: number }; copy: boolean; copyOf: string | null;
  sourceActor: Report['source_actor']; targetActor: Report['target_actor']; merged: string[] | null;
}

/** The reports of an event as the event page lists them. */
export function toReports(r: EventRow): ReportView[] {
  return r.reports.map((p) => ({
    docId: p.doc_id, lang: p.lang, source: p.source, url: p.url, published: p.published, date: p.date,
    evidence: { text: p.text, start: p.start, end: p.end }, copy: p.copy_of !== null, copyOf: p.copy_of,
    sourceActor: p.source_actor, targetActor: p.target_actor, merged: reasons(p),
  }));
}

/** Why each report is part of the event, one line per report (as `elchi event --explain`). */
export function explainLines(r: EventRow): string[] {
  return r.reports.map((p, i) => {
    const head = `[${i + 1}] ${p.doc_id} (${p.lang}${p.published ? ', ' + p.published : ''})${p.copy_of ? `, republished copy of ${p.copy_of}` : ''}`;
    const why = reasons(p);
    return why ? `${head}: merged because ${why.join('; ')}` : `${head}: opened this event`;
  });
}

/** A dyad summary with its events as list items (`align` re-anchors their evidence). */
export async function toDyadView(s: DyadSummary, range: { from?: string; to?: string }, align: (items: EventItem[]) => Promise<EventItem[]>): Promise<object> {
  const head = s.first && s.last ? [s.first, s.last] : [];
  const items = await align([...head, ...s.planned].map((x) => toItem(x)));
  return {
    ...s, from: range.from ?? null, to: range.to ?? null,
    first: head.length ? items[0]! : null, last: head.length ? items[1]! : null, planned: items.slice(head.length),
  };
}
