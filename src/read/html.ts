/** Main article text of an HTML page (Readability over linkedom, paragraphs kept), with its title and publication date. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BLOCK, CELL, blockTextOfTags, flatten, shape } from './markup.ts';
import { isoDate } from './record.ts';

type HtmlDoc = ReturnType<typeof parseHTML>['document'];

/** What an HTML page yields: the article text (paragraphs separated by blank lines), its title and date. */
export interface ExtractedHtml { title?: string; text: string; published?: string }

/** Pages nested deeper than this (or with more tags) are flattened first: Readability is super-linear in depth. */
const MAX_DEPTH = 150;
const MAX_TAGS = 60000;
/** Readability's result is used when it holds at least this many characters; else the body text is. */
const MIN_ARTICLE_CHARS = 80;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'MATH']);
const HAS_HTML = /^\s*(?:<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*|<\?xml[^>]*>\s*)*<html[\s>]/i;
const LD_DATE = /"datePublished"\s*:\s*"([^"]{4,40})"/;

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

interface El {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<El>;
  textContent: string | null;
}

/** Text of a subtree: blocks separated by blank lines, <br> as a line break, white space collapsed. */
function blockText(root: El): string {
  const parts: string[] = [];
  const stack: (El | string)[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as El | string;
    if (typeof n === 'string') { parts.push(n); continue; }
    if (n.nodeType === 3) { parts.push((n.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ')); continue; }
    if (n.nodeType !== 1) continue;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') { parts.push('\n'); continue; }
    const sep = BLOCK.has(name) ? '\n\n' : CELL.has(name) ? ' ' : '';
    if (sep) parts.push(sep);
    if (sep) stack.push(sep);
    const kids = n.childNodes; // linkedom builds this list on every access: read it once
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as El);
  }
  return parts.join('').split('\n').map((l) => l.replace(/ {2,}/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function metaContent(doc: HtmlDoc, selector: string): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : undefined;
}

function publishedOf(doc: HtmlDoc, html: string): string | undefined {
  const cands: (string | undefined)[] = PUBLISHED_META.map((s) => metaContent(doc, s));
  cands.push(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  cands.push(LD_DATE.exec(html)?.[1]);
  for (const c of cands) {
    const d = c ? isoDate(c) : null;
    if (d) return d;
  }
  return undefined;
}

function clean(s: string | null | undefined): string | undefined {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** The headline: og:title, else the first <h1> of three words or more (not a logo), else <title>. */
function titleOf(doc: HtmlDoc): string | undefined {
  const og = clean(metaContent(doc, 'meta[property="og:title"]'));
  if (og) return og;
  const h1 = clean(doc.querySelector('h1')?.textContent);
  if (h1 && h1.split(' ').length >= 3 && h1.length <= 300) return h1;
  return clean(doc.querySelector('title')?.textContent);
}

function parse(html: string): HtmlDoc {
  return parseHTML(HAS_HTML.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document ;
}

/** Extracts the main text of a page; never runs scripts, never throws on malformed or deeply nested markup. */
export function extractHtml(html: string): ExtractedHtml {
  const { depth, tags } = shape(html);
  const flat = depth > MAX_DEPTH || tags > MAX_TAGS;
  const source = flat ? flatten(html) : html;
  let doc: HtmlDoc;
  try {
    doc = parse(source);
  } catch {
    return { text: blockTextOfTags(html) };
  }
  const out: ExtractedHtml = { text: '' };
  const title = titleOf(doc);
  if (title) out.title = title;
  const published = publishedOf(doc, html);
  if (published) out.published = published;
  for (const el of [...doc.querySelectorAll('script, style, noscript, template, iframe, object, embed')]) el.remove();
  let text = '';
  if (!flat) {
    try {
      const article = new Readability<El>(doc, { maxElemsToParse: MAX_TAGS, serializer: (n) => n as unknown as El }).parse();
      if (article?.content) text = blockText(article.content);
    } catch {
      text = '';
    }
  }
  if (text.length < MIN_ARTICLE_CHARS) {
    try {
      const fresh = flat ? doc : parse(source);
      const body = fresh.body ?? fresh.documentElement;
      const bodyText = body ? blockText(body as unknown as El) : '';
      if (bodyText.length > text.length) text = bodyText;
    } catch {
      text = text || blockTextOfTags(html);
    }
  }
  out.text = text;
  return out;
}
