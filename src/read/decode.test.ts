import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeBytes, formatSize, invalidUtf8At, longestLine, binaryProblem } from './decode.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

test('decodeBytes: plain UTF-8 text in Kazakh, Azerbaijani and Russian comes back unchanged', () => {
  for (const s of ['Мемлекет басшысы Бакуге барды.\n', 'Nümayəndə heyəti Bakıya gəlib.', 'Посол встретился с министром.']) {
    assert.deepEqual(decodeBytes(enc(s), 'text'), { ok: true, text: s });
  }
});

test('decodeBytes: a UTF-8 BOM is stripped', () => {
  const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Сәлем')]), 'text');
  assert.deepEqual(r, { ok: true, text: 'Сәлем' });
});

test('decodeBytes: problems are named in one line', () => {
  const cases: [Uint8Array, RegExp][] = [
    [new Uint8Array(0), /^empty file$/],
    [new Uint8Array([0xef, 0xbb, 0xbf]), /^empty file$/],
    [enc(' \n\t \n'), /^empty file \(only white space\)$/],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), /^binary file, not text/],
    [new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0x41))), /^binary file, not text \(control/],
    [new Uint8Array([...enc('Qazaxıstan '), 0xc3, 0x28, ...enc(' ok')]), /^invalid UTF-8 at byte 12$/],
    [new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]), /^invalid UTF-8 at byte 4$/],
  ];
  for (const [bytes, re] of cases) {
    const r = decodeBytes(bytes, 'text');
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.problem, re);
  }
});

test('decodeBytes: a line longer than the limit is not an article (text only, not markup)', () => {
  const long = enc('a'.repeat(3000) + '\nshort line');
  const limits = { maxFileBytes: 1e9, maxLineBytes: 2048, maxRecordBytes: 1e9 };
  const r = decodeBytes(long, 'text', limits);
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.problem, 'one line of 3 KB: not an article (line limit 2 KB)');
  assert.equal(decodeBytes(long, 'markup', limits).ok, true);
});

test('invalidUtf8At agrees with the fatal TextDecoder on random bytes', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  fc.assert(fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
    let valid = true;
    try { fatal.decode(b); } catch { valid = false; }
    const at = invalidUtf8At(b);
    assert.equal(at === -1, valid);
    if (!valid) {
      // Everything before the reported byte decodes cleanly.
      fatal.decode(b.subarray(0, at));
    }
  }));
});

test('invalidUtf8At: overlong, surrogate and truncated sequences', () => {
  assert.equal(invalidUtf8At(new Uint8Array([0xc0, 0x80])), 0);
  assert.equal(invalidUtf8At(new Uint8Array([0x41, 0xed, 0xa0, 0x80])), 1);
  assert.equal(invalidUtf8At(new Uint8Array([0x41, 0x42, 0xe2, 0x82])), 2);
  assert.equal(invalidUtf8At(enc('ə ғ ✓ 𝄞')), -1);
});

test('helpers: formatSize, longestLine, binaryProblem', () => {
  assert.equal(formatSize(52.4 * 1024 * 1024), '52.4 MB');
  assert.equal(formatSize(17), '17 bytes');
  assert.equal(longestLine(enc('ab\nabcd\r\nx')), 5);
  assert.equal(binaryProblem(enc('Tab\tand\nnewline')), null);
});
