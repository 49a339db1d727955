/**
 * HTML extraction: elchi's path (src/read/html.ts: Readability over linkedom, with flattening of
 * pathological pages, paragraph-preserving text, title and date) beside bare @mozilla/readability over
 * linkedom, on the same pages: the sample pages and news-like pages generated around corpus documents
 * (navigation, cookie banner, related links, comments, footer, scripts), whose article text is known, so
 * each extractor's word recall and precision against it can be scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/read/html.ts';
import type { RawDoc } from '../src/pipeline/types.ts';
import { rng } from '../src/util/rng.ts';
import { mb, since } from './table.ts';

/** A page and, when known, its article paragraphs. */
export interface Page { html: string; article: string[] | null }

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page around `doc`: its first paragraph as headline, the rest as the article, and site furniture. */
export function pageAround(doc: RawDoc, others: readonly RawDoc[], seed: number): Page {
  const rand = rng(seed);
  const paras = doc.content.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const title = (paras[0] ?? '').split('\n')[0]?.slice(0, 140) ?? '';
  const body = paras.slice(1);
  const related = Array.from({ length: 5 }, () => (others[Math.floor(rand() * others.length)]?.content.split('\n')[0] ?? '').slice(0, 90));
  const comments = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => `<div class="comment"><b>reader${i + 1}</b><p>${esc(related[i % related.length] ?? '')}</p></div>`);
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)} - Steppe Wire</title>
<meta property="og:title" content="${esc(title)}"><meta property="article:published_time" content="2024-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}T10:00:00Z">
<script>window.dataLayer=[];function track(){return ${seed};}</script><style>body{font:14px sans-serif}.nav a{margin:4px}</style></head>
<body><div id="cookie">We use cookies to improve your experience. <button>Accept</button></div>
<header><div class="brand"><a href="/">Steppe Wire</a></div><nav class="nav">${['Politics', 'Economy', 'Region', 'World', 'Sport', 'Opinion', 'Video'].map((n) => `<a href="/${n.toLowerCase()}">${n}</a>`).join(' ')}</nav></header>
<main><article><h1>${esc(title)}</h1><p class="byline">Steppe Wire · <time datetime="2024-01-01">1 January 2024</time></p>
<div class="body">${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">X</a></div></article>
<aside class="related"><h3>Read also</h3><ul>${related.map((r, i) => `<li><a href="/n/${i}">${esc(r)}</a></li>`).join('')}</ul></aside>
<section class="comments"><h3>Comments</h3>${comments.join('')}</section></main>
<footer><p>Steppe Wire © 2024. All rights reserved. Reproduction only with a link to the source.</p><nav><a href="/about">About</a> <a href="/ads">Advertising</a></nav></footer>
<script src="/assets/app.js"></script></body></html>`;
  return { html, article: body };
}

/** The sample pages (samples/html) without a known article text. */
export function samplePages(dir: string): Page[] {
  let names: string[] = [];
  try { names = readdirSync(dir).filter((n) => n.endsWith('.html')).sort(); } catch { return []; }
  return names.map((n) => ({ html: readFileSync(join(dir, n), 'utf8'), article: null }));
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Word-multiset recall (article words found) and precision (extracted words that belong to the article). */
function overlap(extracted: string, article: readonly string[]): { recall: number; precision: number } {
  const truth = new Map<string, number>();
  let nTruth = 0;
  for (const w of words(article.join('\n'))) { truth.set(w, (truth.get(w) ?? 0) + 1); nTruth++; }
  const got = words(extracted);
  let hit = 0;
  for (const w of got) {
    const n = truth.get(w) ?? 0;
    if (n > 0) { hit++; truth.set(w, n - 1); }
  }
  return { recall: nTruth ? hit / nTruth : 1, precision: got.length ? hit / got.length : 0 };
}

/** One extractor's figures. */
export interface HtmlRow { name: string; pages: number; mb: number; pagesPerSec: number; mbPerSec: number; recall: number; precision: number; empty: number }

function measure(name: string, pages: readonly Page[], extract: (html: string) => string): HtmlRow {
  const bytes = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0);
  const texts: string[] = [];
  const t0 = performance.now();
  for (const p of pages) texts.push(extract(p.html));
  const seconds = since(t0);
  let r = 0, pr = 0, n = 0, empty = 0;
  pages.forEach((p, i) => {
    const text = texts[i] ?? '';
    if (text.trim() === '') empty++;
    if (!p.article) return;
    const o = overlap(text, p.article);
    r += o.recall;
    pr += o.precision;
    n++;
  });
  return { name, pages: pages.length, mb: mb(bytes), pagesPerSec: pages.length / seconds, mbPerSec: mb(bytes) / seconds, recall: n ? r / n : NaN, precision: n ? pr / n : NaN, empty };
}

/** elchi's HTML path and bare Readability on the same pages (each warmed up on a few pages first). */
export function htmlBench(pages: readonly Page[]): HtmlRow[] {
  const elchi = (html: string): string => extractHtml(html).text;
  const bare = (html: string): string => {
    try {
      return new Readability(parseHTML(html).document).parse()?.textContent ?? '';
    } catch {
      return '';
    }
  };
  for (const p of pages.slice(0, 20)) { elchi(p.html); bare(p.html); }
  return [measure('elchi extractHtml (src/read/html.ts)', pages, elchi), measure('@mozilla/readability + linkedom', pages, bare)];
}
