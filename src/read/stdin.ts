/** Standard input: JSONL, HTML or text, told apart by the first non-space character. */
import { createHash } from 'node:crypto';
import { decodeBytes, formatSize, type ReadLimits } from './decode.ts';
import { fail, type Ids, type ReadItem } from './items.ts';
import { readJsonl } from './jsonl.ts';

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  return Buffer.from(String(chunk), 'utf8');
}

/** stdin: JSONL when the first non-space character is `{`, HTML when it is `<`, text otherwise. */
export async function* readStdin(stream: NodeJS.ReadableStream, limits: ReadLimits, ids: Ids): AsyncGenerator<ReadItem> {
  const it = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const chunks = {
    [Symbol.asyncIterator]: (): AsyncIterator<Uint8Array> => ({
      next: async () => {
        const r = await it.next();
        return r.done ? { done: true, value: undefined } : { done: false, value: toBytes(r.value) };
      },
    }),
  };
  const head: Uint8Array[] = [];
  let headSize = 0;
  let firstChar = -1;
  for await (const c of chunks) {
    head.push(c);
    headSize += c.length;
    let i = 0;
    const all = head.length === 1 ? c : Buffer.concat(head);
    if (all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) i = 3;
    while (i < all.length && (all[i] === 32 || all[i] === 9 || all[i] === 10 || all[i] === 13)) i++;
    if (i < all.length) { firstChar = all[i] ?? -1; break; }
    if (headSize > limits.maxLineBytes) break;
  }
  if (headSize === 0) { yield fail('-', 'empty input'); return; }
  const start = head.length === 1 ? (head[0] as Uint8Array) : Buffer.concat(head);
  if (firstChar === 0x7b) { yield* readJsonl(chunks, '-', 'stdin', limits, start); return; }
  const parts: Uint8Array[] = [start];
  let size = start.length;
  for await (const c of chunks) {
    size += c.length;
    if (size <= limits.maxFileBytes) parts.push(c);
  }
  if (size > limits.maxFileBytes) { yield fail('-', `too large (${formatSize(size)} > ${formatSize(limits.maxFileBytes)} limit)`); return; }
  const bytes = Buffer.concat(parts);
  const format = firstChar === 0x3c ? 'html' : 'text';
  const decoded = decodeBytes(bytes, format === 'html' ? 'markup' : 'text', limits);
  if (!decoded.ok) { yield fail('-', decoded.problem.replace(/^empty file/, 'empty input')); return; }
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  yield { ok: true, doc: { id: ids.take(`stdin-${hash}`), source: '-', content: decoded.text, format } };
}
