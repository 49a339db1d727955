/** Hash routing: `#/dyad/KAZ/AZE?from=2023` → { path: ['dyad','KAZ','AZE'], query }. */
import { withQuery, type Query } from './api.ts';

/** The current route. */
export interface Route { path: string[]; query: URLSearchParams }

/** Parses `location.hash`. */
export function currentRoute(hash = location.hash): Route {
  const raw = hash.replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const path = (qi >= 0 ? raw.slice(0, qi) : raw).split('/').filter(Boolean).map((s) => {
    try { return decodeURIComponent(s); } catch { return s; }
  });
  return { path, query: new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : '') };
}

/** An in-app link: `href('event', 3)` → `#/event/3`. */
export function href(...parts: (string | number)[]): string {
  return '#/' + parts.map((p) => encodeURIComponent(String(p))).join('/');
}

/** An in-app link with a query: `hrefQ(['events'], {type: 'AGREE'})`. */
export function hrefQ(parts: (string | number)[], q: Query): string {
  return withQuery(href(...parts), q);
}

/** Navigates to an in-app address. */
export function go(to: string): void {
  if (location.hash === to) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = to;
}

/** The query as a plain object of non-empty values. */
export function queryObject(q: URLSearchParams, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = q.get(k);
    if (v) out[k] = v;
  }
  return out;
}
