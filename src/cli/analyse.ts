/** Renders a processed document as readable tables: sentences, tokens with stems and keys, dates. */
import type { Doc } from '../pipeline/types.ts';

const MAX_CELL = 28;

function cell(s: string, width: number): string {
  const t = s.length > MAX_CELL ? s.slice(0, MAX_CELL - 1) + '…' : s;
  return t + ' '.repeat(Math.max(0, width - [...t].length));
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.min(MAX_CELL, Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length))));
  const line = (r: string[]): string => r.map((c, i) => cell(c, widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The analysis of one document as text for a terminal. */
export function formatAnalysis(doc: Doc, opts: { tokens: boolean }): string {
  const parts: string[] = [];
  const langs = [...new Set(doc.paragraphs.map((p) => p.lang))].join(', ');
  parts.push(`═══ ${doc.id}  (${doc.source})`);
  parts.push(`language ${doc.lang} (confidence ${doc.langConfidence.toFixed(2)}; paragraphs: ${langs || '–'})   published ${doc.published ?? 'unknown'}`);
  parts.push(`${doc.text.length} characters kept, ${doc.removed.length} boilerplate line(s) removed, ${doc.sentences.length} sentences, ${doc.tokens.length} tokens`);
  for (const r of doc.removed) parts.push(`  removed [${r.reason}] ${JSON.stringify(r.text.slice(0, 80))}`);
  let t = 0;
  doc.sentences.forEach((s, i) => {
    parts.push('');
    parts.push(`S${i + 1} [${s.start}–${s.end}] ${doc.text.slice(s.start, s.end)}`);
    if (!opts.tokens) return;
    while (t < doc.tokens.length && (doc.tokens[t]?.end ?? 0) <= s.start) t++;
    const rows: string[][] = [];
    for (let j = t; j < doc.tokens.length; j++) {
      const tok = doc.tokens[j];
      if (!tok || tok.start >= s.end) break;
      if (tok.kind === 'punct') continue;
      rows.push([tok.text, tok.stem, tok.suffixes.map((x) => '+' + x).join(''), tok.key, `${tok.start}`]);
    }
    if (rows.length) parts.push(table(['token', 'stem', 'suffixes', 'key', 'at'], rows).replace(/^/gm, '    '));
  });
  parts.push('');
  if (doc.dates.length) {
    parts.push(table(['date', 'value', 'precision', 'at'], doc.dates.map((d) => [d.text, d.value, d.precision, `${d.start}`])));
  } else {
    parts.push('no date expressions');
  }
  return parts.join('\n') + '\n\n';
}
