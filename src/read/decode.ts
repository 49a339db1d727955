/** Checks and decodes the bytes of one input: empty, binary, invalid UTF-8, too large, absurdly long lines; strips a BOM. */

/** Limits applied to every input; all sizes in bytes. */
export interface ReadLimits {
  /** A whole-file input (text, HTML, JSON, stdin text) bigger than this is rejected (default 50 MB). */
  maxFileBytes: number;
  /** A line of a .txt input longer than this is not an article (default 1 MB). */
  maxLineBytes: number;
  /** One JSONL record longer than this is rejected; the other records are still read (default 50 MB). */
  maxRecordBytes: number;
}

/** Default limits: 50 MB per file, 1 MB per text line, 50 MB per JSONL record. */
export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxLineBytes: 1024 * 1024,
  maxRecordBytes: 50 * 1024 * 1024,
});

/** Outcome of decoding: the text, or one line saying what is wrong. */
export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

const fatal = new TextDecoder('utf-8', { fatal: true });
/** Share of control characters (other than tab, newline, CR, form feed, ESC) above which bytes are binary. */
const CONTROL_SHARE = 0.1;

/** "52.4 MB", "1.0 MB", "312 KB", "17 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Byte offset of the first invalid UTF-8 sequence (WHATWG decoder rules), or -1 when the bytes are valid. */
export function invalidUtf8At(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i] ?? 0;
    if (c < 0x80) { i++; continue; }
    let need: number, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** "binary file, not text" when the bytes hold NUL or many control characters; null for text. */
export function binaryProblem(b: Uint8Array): string | null {
  const sample = b.length > 65536 ? b.subarray(0, 65536) : b;
  let control = 0;
  for (const c of sample) {
    if (c === 0) return 'binary file, not text (NUL bytes)';
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
  }
  if (sample.length > 0 && control / sample.length > CONTROL_SHARE) return 'binary file, not text (control characters)';
  // A NUL later in a big file still makes it binary.
  if (b.length > sample.length && b.indexOf(0, sample.length) >= 0) return 'binary file, not text (NUL bytes)';
  return null;
}

/** Length in bytes of the longest line (LF-separated). */
export function longestLine(b: Uint8Array): number {
  let max = 0, from = 0;
  for (;;) {
    const nl = b.indexOf(10, from);
    const end = nl < 0 ? b.length : nl;
    if (end - from > max) max = end - from;
    if (nl < 0) return max;
    from = nl + 1;
  }
}

/**
 * Decodes UTF-8 bytes of one input. `kind` text also rejects a line longer than `maxLineBytes`
 * (one line of megabytes is a dump, not an article). A UTF-8 BOM is dropped.
 */
export function decodeBytes(b: Uint8Array, kind: 'text' | 'markup', limits: ReadLimits = DEFAULT_LIMITS): Decoded {
  let bytes = b;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (bytes.length === 0) return { ok: false, problem: 'empty file' };
  const bin = binaryProblem(bytes);
  if (bin) return { ok: false, problem: bin };
  let text: string;
  try {
    text = fatal.decode(bytes);
  } catch {
    const at = invalidUtf8At(bytes) + (bytes === b ? 0 : 3);
    return { ok: false, problem: `invalid UTF-8 at byte ${at}` };
  }
  if (text.trim() === '') return { ok: false, problem: 'empty file (only white space)' };
  if (kind === 'text') {
    const longest = longestLine(bytes);
    if (longest > limits.maxLineBytes) return { ok: false, problem: `one line of ${formatSize(longest)}: not an article (line limit ${formatSize(limits.maxLineBytes)})` };
  }
  return { ok: true, text };
}
