import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { packageRoot } from '../util/data.ts';
import { extractHtml } from './html.ts';

const FIX = join(packageRoot, 'test', 'fixtures', 'read');

test('extractHtml: article paragraphs separated by blank lines, title and date from metadata, no scripts', () => {
  const x = extractHtml(readFileSync(join(FIX, 'article.html'), 'utf8'));
  assert.equal(x.title, 'Министрлер Астанада кездесті');
  assert.equal(x.published, '2024-04-11');
  const paras = x.text.split('\n\n');
  assert.ok(paras.some((p) => p.startsWith('Қазақстан мен Әзербайжанның сыртқы істер министрлері')), x.text);
  assert.ok(paras.some((p) => p.startsWith('Тараптар Каспий арқылы')));
  assert.ok(x.text.includes('күтілуде.\nМинистрлер бұл туралы'), '<br> is a line break');
  for (const junk of ['ЖАСЫРЫН', 'скрипт', 'color: red', 'pwned']) assert.ok(!x.text.includes(junk), junk);
});

test('extractHtml: <time datetime> and JSON-LD dates when there is no article meta; <title> as a last resort', () => {
  const t = extractHtml('<html><head><title>Görüş keçirilib - Xəbər saytı</title></head><body><p>Qısa mətn.</p><time datetime="2023-10-18T09:00">18 oktyabr</time></body></html>');
  assert.equal(t.published, '2023-10-18');
  assert.equal(t.title, 'Görüş keçirilib - Xəbər saytı');
  const ld = extractHtml('<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-08-24T10:00:00+04:00"}</script></head><body><p>Text.</p></body></html>');
  assert.equal(ld.published, '2022-08-24');
  assert.equal(extractHtml('<p>no date</p>').published, undefined);
});

test('extractHtml: falls back to the body text when Readability finds no article', () => {
  assert.equal(extractHtml('<div>Бір жол</div><div>Екінші жол</div>').text, 'Бір жол\n\nЕкінші жол');
  assert.equal(extractHtml('plain &amp; simple').text, 'plain & simple');
  assert.equal(extractHtml('').text, '');
  assert.equal(extractHtml('<table><tr><td>Astana</td><td>Baku</td></tr></table>').text, 'Astana Baku');
});

test('extractHtml: deeply nested and unclosed markup neither crashes nor hangs', { timeout: 60_000 }, () => {
  const deep = extractHtml(`<html><body>${'<div>'.repeat(50000)}терең мәтін${'</div>'.repeat(50000)}</body></html>`);
  assert.equal(deep.text, 'терең мәтін');
  const open = extractHtml(`<body>${'<div><span><b>'.repeat(20000)}ашық қалған`);
  assert.ok(open.text.includes('ашық қалған'));
  const scripts = extractHtml(`<p>көрінеді</p>${'<script>'.repeat(20000)}жасырын`);
  assert.ok(!scripts.text.includes('жасырын'));
});

test('extractHtml never throws on arbitrary tag soup', () => {
  const piece = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<script>', '</script>', '<!--', '-->', '<br>', '<h1>', '&amp;', '&#x41;', '<', '>', 'мәтін ', 'text ', '"', '<meta property="article:published_time" content="2020-02-30">');
  fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
    const x = extractHtml(parts.join(''));
    assert.equal(typeof x.text, 'string');
  }), { numRuns: 200 });
});
