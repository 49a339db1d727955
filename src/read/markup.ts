/** Linear scans of raw markup without a DOM: nesting shape, flattening of pathological pages, last-resort text. */

/** Block elements (DOM names): a paragraph break before and after. */
export const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'BODY', 'HTML']);
/** Table cells (DOM names): a space between neighbours. */
export const CELL = new Set(['TD', 'TH']);
/** Tags that do not nest for the depth estimate: void elements and those closed implicitly. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd']);
/** Tags kept when a page is flattened: metadata, headings and line breaks. */
const KEEP_FLAT = new Set(['html', 'head', 'body', 'title', 'meta', 'time', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*>/g;
const RAW_OPEN = /<(script|style|noscript|template)\b|<!--/gi;

/** Nesting depth and tag count of the markup, roughly (implicitly closed tags do not count). */
export function shape(html: string): { depth: number; tags: number } {
  let depth = 0, max = 0, tags = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    tags++;
    const name = (m[2] ?? '').toLowerCase();
    if (VOID.has(name) || m[0].endsWith('/>')) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return { depth: max, tags };
}

/** Removes script/style/noscript/template elements and comments in one linear scan (no DOM). */
function dropRaw(html: string): string {
  const low = html.toLowerCase();
  const out: string[] = [];
  let from = 0;
  RAW_OPEN.lastIndex = 0;
  for (let m = RAW_OPEN.exec(html); m; m = RAW_OPEN.exec(html)) {
    const close = m[1] ? `</${m[1].toLowerCase()}` : '-->';
    const end = low.indexOf(close, m.index + m[0].length);
    out.push(html.slice(from, m.index), ' ');
    if (end < 0) { from = html.length; break; }
    const gt = m[1] ? low.indexOf('>', end) : end + 2;
    from = gt < 0 ? html.length : gt + 1;
    RAW_OPEN.lastIndex = from;
  }
  out.push(html.slice(from));
  return out.join('');
}

/** Drops every tag but headings, line breaks and metadata; block tags become paragraph breaks. */
export function flatten(html: string): string {
  return dropRaw(html).replace(TAG, (m, _close: string, name: string) => {
    const n = name.toLowerCase();
    if (KEEP_FLAT.has(n)) return m;
    return BLOCK.has(n.toUpperCase()) || CELL.has(n.toUpperCase()) ? '<br><br>' : '';
  });
}

/** Last-resort text of markup without a DOM: tags stripped, blocks as paragraph breaks, basic entities decoded. */
export function blockTextOfTags(html: string): string {
  const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return flatten(html)
    .replace(/<br>/g, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return ENT[e.toLowerCase()] ?? m;
    })
    .split('\n').map((l) => l.replace(/[ \t\r\f]+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
