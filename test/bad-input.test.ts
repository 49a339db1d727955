/**
 * Bad input for `elchi ingest` (the built CLI, as a user runs it): empty, binary, invalid UTF-8, NUL bytes,
 * a 50 MB line, deeply nested and malformed HTML, JSONL with broken lines and wrong field types, text in an
 * unsupported language, pure boilerplate, a document too long to be an article, 10,000 documents in one
 * file, and paths that do not exist or cannot be read. Each rejected input gets one line naming it and its
 * problem, the run goes on with the other inputs, what was stored before stays as it was, and the exit
 * status says whether anything was rejected.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/data.ts';
import { rng } from '../src/util/rng.ts';
import { runCli, tempDir } from './helpers.ts';
import { canonicalDump } from './kb-dump.ts';

const SAMPLES = join(packageRoot, 'samples');
const EN = 'Kazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev in Baku on 24 August 2022. The two leaders discussed trade, transport and energy, and signed an agreement on the Middle Corridor.';

/** Writes `mb` MiB of `byte` as one line (in 1 MiB blocks), with `head` before it. */
function bigLine(path: string, mb: number, byte: number, head = '', tail = ''): void {
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  const block = Buffer.alloc(1024 * 1024, byte);
  for (let i = 0; i < mb; i++) writeSync(fd, block);
  writeSync(fd, tail);
  closeSync(fd);
}

/** stderr lines that say an input was rejected. */
const rejections = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('elchi: rejected '));

test('elchi ingest: every kind of bad input is named with its problem; good inputs around them are stored; earlier data intact; exit 1', { timeout: 600_000 }, () => {
  const dir = tempDir('elchi-bad-');
  const db = join(dir, 'kb.db');
  // What was stored before the bad run.
  const before = runCli(['ingest', '--db', db, '--quiet', join(SAMPLES, 'en'), join(SAMPLES, 'az')]);
  assert.equal(before.code, 0, before.stderr);
  const old = canonicalDump(db);
  assert.ok((old.documents?.length ?? 0) >= 20 && (old.events?.length ?? 0) > 20);

  const f = (name: string): string => join(dir, name);
  writeFileSync(f('a-good.txt'), `${EN}\n`);
  writeFileSync(f('empty.txt'), '');
  writeFileSync(f('blank.txt'), '  \n\n\t\n');
  writeFileSync(f('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(f('latin1.txt'), Buffer.from([...Buffer.from('Bak'), 0xfd, 0x20, 0x73, 0xe9, 0x68, 0x65, 0x72, 0x69, 0x0a]));
  writeFileSync(f('nul.txt'), `${EN}\u0000\u0000 More text.\n`);
  bigLine(f('line.txt'), 50, 0x61);
  writeFileSync(f('dump.txt'), `${EN}\n\n`.repeat(Math.ceil(1_100_000 / (EN.length + 2))));
  // 5,000 nested elements around an article, and tag soup that never closes what it opens.
  writeFileSync(f('nested.html'), `<html><body>${'<div><span>'.repeat(5000)}<p>${EN}</p>${'</span></div>'.repeat(5000)}</body></html>`);
  writeFileSync(f('malformed.html'), `<html><body><p>${EN.replace('Baku', '<b><i>Baku</p></div></span>')} &bogus; <<>> <p <a href="x>unclosed</body>`);
  writeFileSync(f('no-text.html'), '<html><head><title></title></head><body><nav><a href="/">Home</a></nav><script>var x = 1;</script><style>p{}</style></body></html>');
  writeFileSync(f('boilerplate.txt'), 'Kazinform\nЖаңалықтар\nhttps://example.kz/news\n© 2024 Kazinform\n');
  writeFileSync(f('chinese.txt'), '北京时间周三，中国国家主席会见了哈萨克斯坦总统。双方讨论了贸易、交通和能源合作，并签署了多项协议。会谈在友好的气氛中进行。\n');
  const turkish = "Cumhurbaşkanı Erdoğan, Kazakistan Cumhurbaşkanı Tokayev ile Ankara'da bir araya geldi. İki lider ticaret, ulaştırma ve enerji alanlarında işbirliğini görüştü ve çeşitli anlaşmalar imzaladı. Görüşme dostane bir atmosferde geçti.\n";
  writeFileSync(f('turkish.txt'), turkish);
  writeFileSync(f('turkish-copy.txt'), turkish);
  writeFileSync(f('feed.jsonl'), [
    JSON.stringify({ id: 'f1', text: EN.replace('24 August 2022', '3 March 2023') }),
    '{"id": "f2", "text": "unterminated',
    JSON.stringify({ id: 'f3', text: 42 }),
    JSON.stringify({ id: 'f4', text: EN, published: 'last Tuesday' }),
    JSON.stringify({ id: { nested: true }, text: EN }),
    '[1, 2, 3]',
    JSON.stringify({ id: 'f7', title: 'no text' }),
    JSON.stringify({ id: 'f8', text: 'Cumhurbaşkanı Erdoğan Ankara’da Tokayev ile görüştü ve iki ülke arasında ticaret ile enerji alanlarında işbirliğini ele aldı.', lang: 'tr' }),
    JSON.stringify({ id: 'f9', text: EN.replace('24 August 2022', '5 May 2024') }),
  ].join('\n') + '\n');
  bigLine(f('huge-record.jsonl'), 51, 0x61, `${JSON.stringify({ id: 'h1', text: EN.replace('2022', '2021') })}\n{"id":"h2","text":"`, `"}\n${JSON.stringify({ id: 'h3', text: EN.replace('2022', '2020') })}\n`);
  mkdirSync(f('folder'));
  symlinkSync(f('nowhere.txt'), f('folder/dangling.txt'));
  writeFileSync(f('folder/z-good.txt'), `${EN.replace('Baku', 'Astana').replace('2022', '2023')}\n`);
  const inputs = [
    'a-good.txt', 'empty.txt', 'blank.txt', 'image.png', 'latin1.txt', 'nul.txt', 'line.txt', 'dump.txt', 'nested.html', 'malformed.html',
    'no-text.html', 'boilerplate.txt', 'chinese.txt', 'turkish.txt', 'turkish-copy.txt', 'feed.jsonl', 'huge-record.jsonl', 'missing.txt', 'a-good.txt/inside.txt', 'folder',
  ].map(f);

  const r = runCli(['ingest', '--db', db, '--quiet', ...inputs]);
  assert.equal(r.code, 1, 'exit status 1: inputs were rejected');
  assert.ok(!/\n\s+at /.test(r.stderr), `no stack trace:\n${r.stderr}`);
  const lines = rejections(r.stderr);
  const expected: [string, RegExp][] = [
    ['empty.txt', /: empty file$/],
    ['blank.txt', /: empty file \(only white space\)$/],
    ['image.png', /: binary file, not text/],
    ['latin1.txt', /: invalid UTF-8 at byte 3$/],
    ['nul.txt', /: binary file, not text \(NUL bytes\)$/],
    ['line.txt', /: one line of 50\.0 MB: not an article/],
    ['dump.txt', /: too long for one article \(1\.1 M characters, limit 1\.0 M\)/],
    ['no-text.html', /: no article text left/],
    ['boilerplate.txt', /: no article text left after removing boilerplate/],
    ['chinese.txt', /: language not identified \(elchi reads Kazakh, Azerbaijani, Russian and English\)$/],
    ['turkish.txt', /: language not supported: Turkish \(tr, confidence [\d.]+\); elchi reads/],
    // The same content again in the run is refused alike, not counted as already stored.
    ['turkish-copy.txt', /: language not supported: Turkish/],
    ['feed.jsonl:2', /: invalid JSON/],
    ['feed.jsonl:3', /: field `text` must be a string$/],
    ['feed.jsonl:4', /: field `published` must be an ISO date/],
    ['feed.jsonl:5', /: field `id` must be a string or a number$/],
    ['feed.jsonl:6', /: not a JSON object \(found an array\)$/],
    ['feed.jsonl:7', /: needs `text` or `html`$/],
    ['feed.jsonl#8', /: language not supported: Turkish \(tr, confidence 1\.00\).*a record can state its `lang`/],
    ['huge-record.jsonl:2', /: record too large \(51\.0 MB > 50\.0 MB limit\)$/],
    ['missing.txt', /: does not exist$/],
    ['inside.txt', /: cannot be read/],
    ['dangling.txt', /: does not exist$/],
  ];
  for (const [name, problem] of expected) {
    const line = lines.find((l) => l.includes(`${name}:`));
    assert.ok(line, `no rejection line names ${name}:\n${r.stderr}`);
    assert.match(line, problem, `${name}`);
  }
  assert.equal(lines.length, expected.length, `one line per rejected input:\n${lines.join('\n')}`);

  // The run went on: the good documents before, between and after the bad ones are stored.
  const stored = canonicalDump(db);
  const docs = (stored.documents ?? []) as { id: string; source: string; lang: string; text: string }[];
  const added = docs.slice(old.documents!.length);
  assert.deepEqual(added.map((d) => d.id).sort(), ['a-good', 'f1', 'f9', 'h1', 'h3', 'malformed', 'nested', 'z-good']);
  assert.match(r.stdout, /added 8 \(\d+ republished copies\), already stored 0, rejected 23/);
  for (const d of added.filter((x) => x.id === 'nested' || x.id === 'malformed')) {
    assert.equal(d.lang, 'en');
    assert.match(d.text, /Tokayev met Azerbaijani President Ilham Aliyev in Baku/, `${d.id}: the article text is read`);
  }
  // What was there before is unchanged (rows of every table that only ever grows).
  for (const t of ['documents', 'doc_bands', 'mentions', 'events', 'evidence', 'documents_fts', 'evidence_fts']) {
    assert.deepEqual(stored[t]?.slice(0, old[t]?.length ?? 0), old[t], `rows of ${t} stored before the bad run changed`);
  }
  // The run is recorded with its rejections.
  const runs = (stored.ingest_runs ?? []) as { status: string; rejected: number; rejections: string }[];
  assert.equal(runs.at(-1)?.status, 'done');
  assert.equal(runs.at(-1)?.rejected, 23);
  assert.equal((JSON.parse(runs.at(-1)?.rejections ?? '[]') as unknown[]).length, 23);

  // Nothing rejected: exit 0.
  const again = runCli(['ingest', '--db', db, '--quiet', f('a-good.txt'), f('nested.html')]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /added 0 \(0 republished copies\), already stored 2, rejected 0/);
});

test('elchi ingest: a file that cannot be read (permission denied) is named and the rest is stored', { skip: process.getuid?.() === 0 && 'root reads every file', timeout: 120_000 }, () => {
  const dir = tempDir('elchi-bad-');
  writeFileSync(join(dir, 'locked.txt'), `${EN}\n`);
  chmodSync(join(dir, 'locked.txt'), 0o000);
  writeFileSync(join(dir, 'open.txt'), `${EN.replace('2022', '2023')}\n`);
  const r = runCli(['ingest', '--db', join(dir, 'kb.db'), '--quiet', join(dir, 'locked.txt'), join(dir, 'open.txt')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /rejected .*locked\.txt: cannot be read \(permission denied\)/);
  assert.match(r.stdout, /added 1 /);
});

test('elchi ingest: 10,000 documents in one JSONL file, two of them broken, on two workers', { timeout: 900_000 }, () => {
  const dir = tempDir('elchi-bad-');
  const feed = join(dir, 'ten-thousand.jsonl');
  // Distinct short English reports (a meeting and a sentence of words from samples/en), so they are not near-copies of each other.
  const people = ['Kassym-Jomart Tokayev', 'Ilham Aliyev', 'Shavkat Mirziyoyev', 'Sadyr Japarov', 'Recep Tayyip Erdoğan', 'Vladimir Putin', 'Xi Jinping', 'Emomali Rahmon'];
  const places = ['Baku', 'Astana', 'Tashkent', 'Bishkek', 'Ankara', 'Moscow', 'Beijing', 'Dushanbe', 'Almaty', 'Samarkand'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const verbs = ['They discussed', 'Talks covered', 'The sides reviewed', 'Both considered', 'The agenda included', 'They agreed on'];
  const en = join(SAMPLES, 'en');
  const words = [...new Set(readdirSync(en).flatMap((n) => readFileSync(join(en, n), 'utf8').toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []))].sort();
  const rand = rng(2024);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const lines: string[] = [];
  for (let i = 1; i <= 10_000; i++) {
    if (i === 4321) { lines.push('{"id": "broken-4321", "text": '); continue; }
    if (i === 8765) { lines.push(JSON.stringify({ id: 'wrong-8765', text: ['not', 'a', 'string'] })); continue; }
    const a = pick(people);
    const b = pick(people.filter((p) => p !== a));
    const filler = Array.from({ length: 14 }, () => pick(words)).join(' ');
    lines.push(JSON.stringify({ id: `n${i}`, lang: 'en', text: `${a} met ${b} in ${pick(places)} on ${1 + Math.floor(rand() * 28)} ${pick(months)} ${2010 + Math.floor(rand() * 16)}. ${pick(verbs)} ${filler}.` }));
  }
  writeFileSync(feed, lines.join('\n') + '\n');
  const r = runCli(['ingest', '--db', join(dir, 'kb.db'), '--quiet', '--workers', '2', feed]);
  assert.equal(r.code, 1, r.stderr.slice(0, 2000));
  assert.deepEqual(rejections(r.stderr).map((l) => l.replace(/^.*ten-thousand\.jsonl/, '')), [
    ':4321: invalid JSON (Unexpected end of JSON input)',
    ':8765: field `text` must be a string',
  ]);
  assert.match(r.stdout, /read 9998 documents .* added 9998 /);
  const st = runCli(['stats', '--db', join(dir, 'kb.db'), '--json']);
  assert.equal((JSON.parse(st.stdout) as { documents: number }).documents, 9998);
});
