/** `elchi event ID [--explain]`: one real-world event with every report, and why each report joined it. */
import type { EventRow } from './query.ts';

function actor(a: EventRow['source']): string {
  return `${a.name ?? '?'}${a.country && a.kind !== 'country' ? ` (${a.country})` : ''}`;
}

/**
 * The event as text; with `explain`, each report's merge reasons (type, dyad, dates, places, actors, and a
 * curator's merge) and `notes`, the curated merges and splits in force (`curationNotes` of src/kb/curation-notes.ts).
 */
export function formatEvent(r: EventRow, opts: { explain?: boolean; notes?: readonly string[] } = {}): string {
  const L: string[] = [];
  L.push(`Event #${r.id}: ${r.type}${r.mode ? '/' + r.mode : ''} (CAMEO ${r.cameo}), ${r.status}, ${r.date ?? 'undated'}`);
  L.push(`  ${actor(r.source)} → ${actor(r.target)}${r.location ? `, in ${r.location.name ?? ''}${r.location.country ? ' (' + r.location.country + ')' : ''}` : ''}`);
  L.push(`  ${r.reports.length} report${r.reports.length === 1 ? '' : 's'} in ${r.n_docs} document${r.n_docs === 1 ? '' : 's'} (${r.langs.join(', ') || '—'}; republished copies not counted)`);
  if (opts.explain && opts.notes?.length) for (const n of opts.notes) L.push(`  curated: ${n}`);
  L.push('');
  r.reports.forEach((p, i) => {
    L.push(`  [${i + 1}] ${p.doc_id} (${p.lang}${p.published ? ', ' + p.published : ''})${p.copy_of ? ` — republished copy of ${p.copy_of}` : ''}`);
    if (p.url) L.push(`      ${p.url}`);
    L.push(`      ${actor(p.source_actor)} → ${actor(p.target_actor)}, ${p.date ?? 'no date'}`);
    L.push(`      “${p.text.replace(/\s+/g, ' ')}”`);
    if (opts.explain) {
      if (!p.merge_reason) L.push('      opened this event');
      else {
        const m = JSON.parse(p.merge_reason) as { reasons?: string[]; curated?: string };
        if (m.reasons?.length) L.push(`      merged because: ${m.reasons.join('; ')}`);
        if (m.curated) L.push(`      ${m.reasons?.length ? 'then ' : ''}joined by a curator's edit: ${m.curated}`);
      }
    }
  });
  return L.join('\n') + '\n';
}
