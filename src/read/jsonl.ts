/** JSONL from a byte stream: one document per non-blank line; a bad line is one error, the others are still read. */
import { binaryProblem, formatSize, invalidUtf8At, type ReadLimits } from './decode.ts';
import { fail, type ReadItem } from './items.ts';
import { streamLines } from './lines.ts';
import { parseRecordLine } from './record.ts';

/** Reads JSONL records from `chunks` (`first` is put before them); errors name `path:line`. */
export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, path: string, base: string, limits: ReadLimits, first?: Uint8Array): AsyncGenerator<ReadItem> {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  let records = 0;
  let checked = false;
  const source = (line: number): string => `${path}:${line}`;
  const all = first ? prepend(first, chunks) : chunks;
  for await (const l of streamLines(all, limits.maxRecordBytes)) {
    if (l.bytes === null) { yield fail(source(l.line), `record too large (${formatSize(l.size)} > ${formatSize(limits.maxRecordBytes)} limit)`); continue; }
    let bytes = l.bytes;
    if (l.line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if (!checked) {
      checked = true;
      const bin = binaryProblem(bytes);
      if (bin) { yield fail(path, bin); return; }
    }
    let text: string;
    try { text = fatal.decode(bytes); } catch {
      yield fail(source(l.line), `invalid UTF-8 at byte ${l.offset + invalidUtf8At(bytes) + (bytes === l.bytes ? 0 : 3)}`);
      continue;
    }
    if (text.trim() === '') continue;
    records++;
    const r = parseRecordLine(text, `${base}#${l.line}`, `${path}#${l.line}`);
    yield r.ok ? { ok: true, doc: r.doc } : fail(source(l.line), r.problem);
  }
  if (records === 0) yield fail(path, 'empty file (no JSON lines)');
}

async function* prepend(first: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  for await (const c of rest) yield c;
}

