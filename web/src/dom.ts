/**
 * Small DOM helpers. Every string child becomes a text node, so data (article text, names) is never
 * parsed as HTML; there is no innerHTML anywhere in the dashboard.
 */

/** What `h` accepts as children: nodes, text, nothing, or nested lists of these. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes and listeners of an element made by `h`. */
export interface Props {
  class?: string | false | null;
  /** A `data-testid`, used by the browser tests. */
  testid?: string;
  title?: string | null;
  /** An in-app route (`#/event/3`) or a checked external address (see `safeUrl`). */
  href?: string | null;
  on?: { [K in keyof HTMLElementEventMap]?: (ev: HTMLElementEventMap[K]) => void };
  attrs?: Record<string, string | number | boolean | null | undefined>;
  dataset?: Record<string, string>;
}

/** Creates an element with properties and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.class) el.className = props.class;
    if (props.testid) el.dataset.testid = props.testid;
    if (props.title) el.title = props.title;
    if (props.href != null) el.setAttribute('href', props.href);
    if (props.attrs) {
      for (const [k, v] of Object.entries(props.attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (/^on/i.test(k) || k === 'style' || k === 'srcdoc') throw new Error(`h: refusing attribute ${k}`);
        el.setAttribute(k, v === true ? '' : String(v));
      }
    }
    if (props.dataset) for (const [k, v] of Object.entries(props.dataset)) el.dataset[k] = v;
    if (props.on) {
      for (const [name, fn] of Object.entries(props.on)) if (fn) el.addEventListener(name, fn as EventListener);
    }
  }
  append(el, children);
  return el;
}

/** Appends children to a node (strings as text nodes). */
export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c as readonly Child[]);
    else if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else parent.appendChild(c as Node);
  }
}

/** Replaces all children of a node. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** An http(s) address from data, or null (no `javascript:`, `data:` or relative tricks). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link to an external article address, or its text when the address is not http(s). */
export function extLink(url: string | null | undefined, label?: string): Node {
  const safe = safeUrl(url);
  if (!safe) return document.createTextNode(url ?? label ?? '');
  return h('a', { href: safe, class: 'ext', attrs: { target: '_blank', rel: 'noopener noreferrer nofollow' } }, label ?? safe);
}

/** A language badge (kk, az, ru, en …). */
export function langBadge(lang: string): HTMLElement {
  return h('span', { class: `badge lang lang-${/^[a-z]{2,3}$/.test(lang) ? lang : 'x'}`, title: LANG_NAMES[lang] ?? lang, testid: 'lang' }, lang);
}

/** Language names for badges' tooltips. */
export const LANG_NAMES: Readonly<Record<string, string>> = { kk: 'Kazakh', az: 'Azerbaijani', ru: 'Russian', en: 'English', tr: 'Turkish', uz: 'Uzbek', ky: 'Kyrgyz' };

/** A small labelled number. */
export function stat(label: string, value: string | number, testid?: string): HTMLElement {
  return h('div', { class: 'stat', testid }, h('div', { class: 'stat-value' }, String(value)), h('div', { class: 'stat-label' }, label));
}

/** A section with a heading. */
export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', null, title), ...children);
}

/** A simple table from a header row and body rows. */
export function table(head: readonly string[], rows: readonly (readonly Child[])[], testid?: string): HTMLTableElement {
  return h('table', { class: 'grid', testid },
    h('thead', null, h('tr', null, head.map((x) => h('th', null, x)))),
    h('tbody', null, rows.map((r) => h('tr', null, r.map((c) => h('td', null, c))))));
}

/** The loading placeholder. */
export function loading(): HTMLElement {
  return h('p', { class: 'muted loading' }, 'Loading…');
}

/** An error box. */
export function errorBox(e: unknown): HTMLElement {
  const msg = e instanceof Error ? e.message : String(e);
  return h('div', { class: 'error', testid: 'error', attrs: { role: 'alert' } }, msg);
}

/** Whether the reader asked for reduced motion (charts and graphs then draw without animation). */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
