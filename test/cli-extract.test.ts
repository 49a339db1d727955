/** End-to-end: the real `elchi` CLI on the seeds, on bad inputs and its help texts. */
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/data.ts';
import { generateCorpus, readSamples } from '../bench/corpus.ts';
import { SHARED, needsShared, runCli, tempDir } from './helpers.ts';

interface Out { id: string; lang: string; published: string | null; text?: string; events: unknown[]; entities: { text: string; canonical: string; type: string; country: string | null; start: number; end: number }[] }

function parseLines(stdout: string): Out[] {
  return stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Out);
}

test('extract on the five seeds: language, publication dates, no boilerplate or broken hyphenation', { skip: needsShared }, () => {
  const dir = join(SHARED, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const r = runCli(['extract', '--text', ...files]);
  assert.equal(r.code, 0, r.stderr);
  const docs = parseLines(r.stdout);
  assert.equal(docs.length, 5);
  const byId = new Map(docs.map((d) => [d.id.slice(0, 3), d]));
  assert.deepEqual(docs.map((d) => d.lang), ['kk', 'kk', 'az', 'az', 'az']);
  assert.equal(byId.get('001')?.published, '2023-11-24');
  assert.equal(byId.get('002')?.published, '2020-01');
  const all = docs.map((d) => d.text ?? '').join('\n');
  for (const junk of ['Abai.kz', 'Үздік материалдар', '1381 2 пікір', 'Tam oxu', 'Xəbəri oxu', 'You must enable Javascript', 'Бағдат Ақылбеков 5371', 'сағат 16:21']) {
    assert.ok(!all.includes(junk), `boilerplate left in --text: ${junk}`);
  }
  const seed003 = byId.get('003')?.text ?? '';
  assert.ok(!/ro-\s/.test(seed003) && !/im-\s/.test(seed003), 'broken hyphenation left in 003');
  assert.ok(seed003.includes('rolu') && seed003.includes('imzalanmış'), 'hyphenation not repaired in 003');
  assert.ok((byId.get('001')?.text ?? '').includes('Қасым-Жомарт Тоқаев пен Ильхам Әлиев келіссөз жүргізді'), 'headline of 001 lost');
  const e001 = byId.get('001')?.entities ?? [];
  const text001 = byId.get('001')?.text ?? '';
  assert.ok(e001.some((e) => e.canonical === 'Kassym-Jomart Tokayev' && e.type === 'PER' && e.country === 'KAZ'), 'Tokayev not found in 001');
  assert.ok(e001.some((e) => e.text === 'Бакуге' && e.canonical === 'Baku' && e.type === 'LOC'), 'Бакуге not linked to Baku in 001');
  for (const e of e001) assert.equal(text001.slice(e.start, e.end), e.text, 'entity offsets point into the cleaned text');
});

test('bad inputs: one clear line each naming the file, the good document still processed, exit 1', () => {
  const dir = tempDir();
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Tokayev met Aliyev in Baku on 24 November 2023. The sides discussed trade.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0xff]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x42, 0x61, 0x6b, 0xfd, 0x20, 0x73, 0xe9, 0x0a]));
  writeFileSync(join(dir, 'huge.txt'), 'a'.repeat(50 * 1024 * 1024));
  writeFileSync(join(dir, 'feed.jsonl'), '{"id":"ok-1","text":"Токаев прибыл в Баку с официальным визитом."}\n{"id": "broken", "text": \n{"id":"ok-2","text":42}\n');
  const bad = ['empty.txt', 'binary.txt', 'latin1.txt', 'huge.txt', 'feed.jsonl'];
  const r = runCli(['extract', join(dir, 'missing.txt'), ...['good.txt', ...bad].map((f) => join(dir, f))]);
  assert.equal(r.code, 1);
  const errLines = r.stderr.split('\n').filter((l) => l.trim());
  for (const name of ['missing.txt', ...bad]) {
    assert.ok(errLines.some((l) => l.includes(name)), `no error line names ${name}:\n${r.stderr}`);
  }
  assert.equal(errLines.filter((l) => l.includes('feed.jsonl')).length, 2, 'one line per broken JSONL record');
  assert.ok(!/\n\s+at /.test(r.stderr), 'stack trace printed');
  const ids = parseLines(r.stdout).map((d) => d.id);
  assert.deepEqual(ids.sort(), ['good', 'ok-1']);
});

test('help texts describe every command and option', () => {
  const top = runCli(['--help']);
  assert.equal(top.code, 0);
  for (const c of ['extract', 'analyse']) assert.match(top.stdout, new RegExp(`\\b${c}\\b`));
  const ex = runCli(['extract', '--help']);
  assert.match(ex.stdout, /--text/);
  assert.match(ex.stdout, /--pretty/);
  const an = runCli(['analyse', '--help']);
  assert.match(an.stdout, /--no-tokens/);
});

test('unknown command or option: usage error, exit 2, no stack trace', () => {
  const r = runCli(['extrakt']);
  assert.equal(r.code, 2);
  assert.ok(!/\n\s+at /.test(r.stderr));
});

test('stdin: a text piped to `extract -` is read and identified', () => {
  const r = runCli(['extract', '-'], { input: 'Azərbaycan Prezidenti İlham Əliyev Qazaxıstana rəsmi səfərə gəlib.\n' });
  assert.equal(r.code, 0, r.stderr);
  const [doc] = parseLines(r.stdout);
  assert.equal(doc?.lang, 'az');
});

test('extract --workers 2 prints what --workers 1 prints, in input order, with the same problems and exit code', { timeout: 300_000 }, () => {
  const dir = tempDir('elchi-extract-workers-');
  const gen = join(dir, 'generated');
  mkdirSync(gen);
  generateCorpus(readSamples(join(packageRoot, 'samples')), 40, 11).forEach((d, i) => writeFileSync(join(gen, `${String(i).padStart(3, '0')}.txt`), d.content));
  writeFileSync(join(gen, 'feed.jsonl'), '{"id":"w1","text":"Tokayev met Aliyev in Baku on 24 August 2022 and they signed an agreement."}\n{"id": broken\n{"id":"w3","text":42}\n');
  const inputs = [join(packageRoot, 'samples'), gen, join(dir, 'missing.txt')];
  for (const flags of [[], ['--text'], ['--explain'], ['--pretty']]) {
    const [one, two] = ['1', '2'].map((w) => runCli(['extract', '--workers', w, ...flags, ...inputs]));
    assert.ok(one && two);
    assert.equal(two.code, 1, two.stderr);
    assert.equal(one.code, 1, one.stderr);
    assert.ok(one.stdout.length > 10_000, `flags ${flags.join(' ')}: documents printed`);
    assert.equal(two.stdout, one.stdout, `flags ${flags.join(' ')}: the same output`);
    assert.equal(two.stderr, one.stderr, `flags ${flags.join(' ')}: the same problems`);
    assert.deepEqual(one.stderr.trim().split('\n').map((l) => l.replace(/^.*\//, '').replace(/:.*$/, '')), ['feed.jsonl', 'feed.jsonl', 'missing.txt']);
  }
  const bad = runCli(['extract', '--workers', '0', inputs[0]!]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^elchi extract: --workers takes a whole number from 1 to 64, not "0"$/m);
});

test('a reader that stops early (`elchi extract … | head -1`) ends the run quietly, with no stack trace', { timeout: 120_000 }, async () => {
  const dir = tempDir('elchi-extract-pipe-');
  writeFileSync(join(dir, 'feed.jsonl'), generateCorpus(readSamples(join(packageRoot, 'samples')), 400, 5).map((d) => JSON.stringify({ id: d.id, text: d.content })).join('\n') + '\n');
  for (const workers of ['1', '2']) {
    const child = spawn(process.execPath, [join(packageRoot, 'bin', 'elchi.js'), 'extract', '--workers', workers, join(dir, 'feed.jsonl')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    // Read the first line, then close the pipe, as `head -1` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => { child.stdout.destroy(); resolve(); }));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    assert.equal(code, 0, `--workers ${workers}: ${stderr}`);
    assert.doesNotMatch(stderr, /EPIPE|\n\s+at /, `--workers ${workers}: no stack trace`);
  }
});
