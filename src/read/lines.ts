/** Splits a byte stream into LF-terminated lines without holding more than one line (bounded) in memory. */

/** One line of a stream: its bytes (CR and LF removed), or only its size when it was longer than the limit. */
export interface StreamLine {
  /** 1-based line number. */
  line: number;
  /** Byte offset of the line's first byte in the stream. */
  offset: number;
  bytes: Uint8Array | null;
  size: number;
}

/** Yields the lines of `chunks`; a line longer than `maxBytes` is yielded with `bytes: null` and its size. */
export async function* streamLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<StreamLine> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let line = 1;
  let offset = 0;
  let lineStart = 0;
  let tooLong = false;
  const finish = (): StreamLine => {
    let bytes: Uint8Array | null = null;
    if (!tooLong) {
      bytes = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const out: StreamLine = { line, offset: lineStart, bytes, size };
    parts = [];
    size = 0;
    tooLong = false;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    while (from <= chunk.length) {
      const nl = chunk.indexOf(10, from);
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(from, end);
      size += piece.length;
      if (!tooLong) {
        if (size > maxBytes) { tooLong = true; parts = []; } else if (piece.length > 0) parts.push(piece);
      }
      if (nl < 0) break;
      yield finish();
      line++;
      lineStart = offset + nl + 1;
      from = nl + 1;
    }
    offset += chunk.length;
  }
  if (size > 0 || parts.length > 0) yield finish();
}
