import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync, closeSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { packageRoot } from '../util/data.ts';
import { readInputs, type ReadItem, type ReadOptions } from './inputs.ts';

const FIX = join(packageRoot, 'test', 'fixtures', 'read');

async function all(paths: string[], opts?: ReadOptions): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths, opts)) out.push(item);
  return out;
}

const made: string[] = [];
after(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

/** A fresh temporary directory, removed when the tests end. */
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'elchi-read-'));
  made.push(d);
  return d;
}

/** Compact view of items: `id <format>` for documents, `source: problem` for errors. */
function view(items: ReadItem[], dir = ''): string[] {
  // JSON.parse messages differ between Node versions: only their presence is compared.
  return items.map((i) => (i.ok ? `${i.doc.id} <${i.doc.format}>` : `${i.error.source.replace(dir, '')}: ${i.error.problem.replace(/^invalid JSON \(.+\)$/, 'invalid JSON (…)')}`));
}

test('fixtures: a text file, an HTML page and a JSONL file with broken lines', async () => {
  const items = await all([join(FIX, 'note.txt'), join(FIX, 'article.html'), join(FIX, 'docs.jsonl')]);
  assert.deepEqual(view(items, FIX + '/'), [
    'note <text>',
    'article <html>',
    'az-1 <text>',
    'docs#2 <text>',
    'docs.jsonl:3: invalid JSON (…)',
    'docs.jsonl:4: needs `text` or `html`',
    'en-1 <html>',
    'docs.jsonl:7: field `text` must be a string',
  ]);
  const az = items[2];
  assert.ok(az?.ok && az.doc.lang === 'az' && az.doc.published === '2024-04-11' && az.doc.source.endsWith('docs.jsonl#1'));
  const html = items[1];
  assert.ok(html?.ok && html.doc.content.includes('<article>'), 'HTML keeps its markup');
});

test('directories: recursive, sorted, only known extensions, hidden entries skipped, duplicate names get ~2', async () => {
  const d = tmp();
  mkdirSync(join(d, 'b'));
  mkdirSync(join(d, 'a'));
  mkdirSync(join(d, '.hidden'));
  writeFileSync(join(d, 'b', 'x.txt'), 'Екінші қалтадағы мәтін.');
  writeFileSync(join(d, 'a', 'x.txt'), 'Бірінші қалтадағы мәтін.');
  writeFileSync(join(d, 'a', 'page.HTM'), '<p>Salam</p>');
  writeFileSync(join(d, 'a', 'notes.md'), 'ignored');
  writeFileSync(join(d, 'a', 'image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  writeFileSync(join(d, '.hidden', 'secret.txt'), 'ignored');
  writeFileSync(join(d, 'one.json'), JSON.stringify({ id: 'gold-1', text: 'Görüş olub.', source_url: 'https://a.az', published: '2020-01' }));
  writeFileSync(join(d, 'many.json'), JSON.stringify([{ text: 'Бір.' }, { html: '<p>Two</p>' }, { nope: 1 }]));
  symlinkSync(d, join(d, 'b', 'loop'));
  const items = await all([d]);
  assert.deepEqual(view(items, d), [
    'page <html>',
    'x <text>',
    'x~2 <text>',
    'many#1 <text>',
    'many#2 <html>',
    '/many.json#3: needs `text` or `html`',
    'gold-1 <text>',
  ]);
  const gold = items.find((i) => i.ok && i.doc.id === 'gold-1');
  assert.ok(gold?.ok && gold.doc.url === 'https://a.az' && gold.doc.published === '2020-01');
});

test('bad inputs: one clear error each, never a throw', async () => {
  const d = tmp();
  writeFileSync(join(d, 'empty.txt'), '');
  writeFileSync(join(d, 'bin.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]));
  writeFileSync(join(d, 'latin1.txt'), new Uint8Array([...Buffer.from('Baki '), 0xe7, 0x20, 0x41]));
  writeFileSync(join(d, 'empty.jsonl'), '');
  writeFileSync(join(d, 'blank.jsonl'), '\n\n  \n');
  writeFileSync(join(d, 'broken.json'), '{"text": ');
  mkdirSync(join(d, 'nothing'));
  writeFileSync(join(d, 'nothing', 'readme.md'), 'not an input');
  const items = await all([
    join(d, 'missing.txt'), join(d, 'empty.txt'), join(d, 'bin.txt'), join(d, 'latin1.txt'),
    join(d, 'empty.jsonl'), join(d, 'blank.jsonl'), join(d, 'broken.json'), join(d, 'nothing'),
  ]);
  assert.deepEqual(view(items, d), [
    '/missing.txt: does not exist',
    '/empty.txt: empty file',
    '/bin.txt: binary file, not text (NUL bytes)',
    '/latin1.txt: invalid UTF-8 at byte 5',
    '/empty.jsonl: empty file',
    '/blank.jsonl: empty file (no JSON lines)',
    '/broken.json: invalid JSON (…)',
    '/nothing: directory with no readable files (.txt, .html, .htm, .jsonl, .json)',
  ]);
});

test('unreadable file: permission denied (skipped when running as root)', { skip: process.getuid?.() === 0 && 'root reads everything' }, async () => {
  const d = tmp();
  const f = join(d, 'locked.txt');
  writeFileSync(f, 'text');
  chmodSync(f, 0o000);
  assert.deepEqual(view(await all([f]), d), ['/locked.txt: cannot be read (permission denied)']);
});

test('size limits: a 51 MB one-line file is refused quickly from its size alone; long lines and records', async () => {
  const d = tmp();
  const big = join(d, 'dump.txt');
  const fd = openSync(big, 'w');
  const block = Buffer.alloc(1024 * 1024, 0x61);
  for (let i = 0; i < 51; i++) writeSync(fd, block);
  closeSync(fd);
  assert.deepEqual(view(await all([big]), d), ['/dump.txt: too large (51.0 MB > 50.0 MB limit)']);
  rmSync(big);
  writeFileSync(join(d, 'line.txt'), 'x'.repeat(2 * 1024 * 1024 + 10));
  assert.deepEqual(view(await all([join(d, 'line.txt')]), d), ['/line.txt: one line of 2.0 MB: not an article (line limit 1.0 MB)']);
  const small = 'Қысқа мәтін, бірақ шектен үлкен.';
  writeFileSync(join(d, 'small.txt'), small);
  assert.deepEqual(view(await all([join(d, 'small.txt')], { limits: { maxFileBytes: 10 } }), d), [`/small.txt: too large (${Buffer.byteLength(small)} bytes > 10 bytes limit)`]);
  writeFileSync(join(d, 'recs.jsonl'), `{"id":"a","text":"${'z'.repeat(300)}"}\n{"id":"b","text":"ok"}\n`);
  assert.deepEqual(view(await all([join(d, 'recs.jsonl')], { limits: { maxRecordBytes: 100 } }), d), ['/recs.jsonl:1: record too large (320 bytes > 100 bytes limit)', 'b <text>']);
});

test('JSONL: BOM, CRLF, invalid UTF-8 on one line, the rest still read', async () => {
  const d = tmp();
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('{"id":"one","text":"Бір"}\r\n'),
    Buffer.from('{"id":"two","text":"'), Buffer.from([0xff]), Buffer.from('"}\r\n'),
    Buffer.from('{"id":"three","text":"Üç"}'),
  ]);
  writeFileSync(join(d, 'mixed.jsonl'), bytes);
  const items = await all([join(d, 'mixed.jsonl')]);
  // BOM 3 + line one 30 bytes (with CRLF) + `{"id":"two","text":"` 20 bytes: the bad byte is at offset 53.
  assert.deepEqual(view(items, d), ['one <text>', '/mixed.jsonl:2: invalid UTF-8 at byte 53', 'three <text>']);
  assert.ok(items[0]?.ok && items[0].doc.content === 'Бір');
});

test('stdin: text gets a content hash id, JSONL and HTML are detected, empty input is an error', async () => {
  const text = '  Мемлекет басшысы сапармен барды.\n';
  const [t] = await all(['-'], { stdin: Readable.from([Buffer.from(text)]) });
  assert.ok(t?.ok);
  if (t?.ok) {
    assert.match(t.doc.id, /^stdin-[0-9a-f]{12}$/);
    assert.equal(t.doc.source, '-');
    assert.equal(t.doc.format, 'text');
    assert.equal(t.doc.content, text);
  }
  const jsonl = await all(['-'], { stdin: Readable.from([Buffer.from('\n {"id":"s1","text":"Бір"}\n{"tex'), Buffer.from('t":"Екі"}\n{oops}\n')]) });
  assert.deepEqual(view(jsonl), ['s1 <text>', 'stdin#3 <text>', '-:4: invalid JSON (…)']);
  const html = await all(['-'], { stdin: Readable.from([Buffer.from('\ufeff<html><body><p>Salam</p></body></html>')]) });
  assert.equal(html[0]?.ok && html[0].doc.format, 'html');
  assert.deepEqual(view(await all(['-'], { stdin: Readable.from([]) })), ['-: empty input']);
  assert.deepEqual(view(await all(['-'], { stdin: Readable.from([Buffer.from('abc')]), limits: { maxFileBytes: 2 } })), ['-: too large (3 bytes > 2 bytes limit)']);
});
