/**
 * The state whose press published a document: Kazakh and Azerbaijani copy has it by language (HOME); Russian and
 * English copy by its outlet, read from the document's URL or from the site name the cleaner removed as boilerplate
 * (Akorda.kz, Kazinform, Report.az). A title standing alone («Глава государства») is an office of that state.
 */
import type { Doc } from '../pipeline/types.ts';
import type { Lexicon } from './lexicon.ts';
import { HOME } from './known.ts';

/** Lower-case names and variants of the media outlets the gazetteer places in one state, per lexicon. */
const outlets = new WeakMap<Lexicon, ReadonlyMap<string, string>>();

function outletStates(lex: Lexicon): ReadonlyMap<string, string> {
  let m = outlets.get(lex);
  if (!m) {
    const built = new Map<string, string>();
    for (const e of lex.gaz.entries) {
      if (e.kind !== 'organization' || e.role !== 'media' || e.country === 'INT') continue;
      for (const n of [e.canonical, ...Object.values(e.names), ...e.variants]) if (n) built.set(n.toLowerCase(), e.country);
    }
    m = built;
    outlets.set(lex, m);
  }
  return m;
}

/** The country of a host name or a site-name line by its domain suffix (akorda.kz → KAZ), or null. */
function byDomain(lex: Lexicon, text: string): string | null {
  const m = /[a-z0-9-]\.([a-z]{2,3})(?:[/:]|$)/i.exec(text.trim());
  return m ? lex.cues.names.domains.get((m[1] ?? '').toLowerCase()) ?? null : null;
}

/** The publishing state of `doc`, or null when neither its language nor its outlet tells. */
export function pressHome(doc: Doc, lex: Lexicon): string | null {
  const home = HOME[doc.lang];
  if (home) return home;
  if (doc.url) {
    try {
      const c = byDomain(lex, new URL(doc.url).hostname);
      if (c) return c;
    } catch {
      // Not a URL: the outlet is read from the text.
    }
  }
  const states = outletStates(lex);
  for (const r of doc.removed) {
    if (r.reason !== 'site-name') continue;
    const c = byDomain(lex, r.text) ?? states.get(r.text.trim().toLowerCase()) ?? null;
    if (c) return c;
  }
  return null;
}
