/** Short forms of organization names (Dövlət Komitəsi → the State Committee named before; Xarici İşlər Nazirliyi → the text's own ministry). */
import type { Ctx } from './context.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { NAME_LANGS } from './gazetteer.ts';
import { nameWordKeys } from './keys.ts';
import { tokenize } from '../text/tokenize.ts';

const nameKeyCache = new Map<string, string[][]>();
/** Word-key sequences of every name of an organization (for short forms: Dövlət Komitəsi → the State Committee named before). */
function orgNameKeys(e: GazetteerEntry): string[][] {
  let hit = nameKeyCache.get(e.id);
  if (hit) return hit;
  hit = [];
  for (const l of NAME_LANGS) {
    const n = e.names[l];
    if (n) hit.push(tokenize(n).filter((t) => t.kind === 'word').flatMap((t) => [nameWordKeys(t.text, l).join('|')]));
  }
  for (const v of e.variants) hit.push(tokenize(v).filter((t) => t.kind === 'word').map((t) => nameWordKeys(t.text, undefined).join('|')));
  nameKeyCache.set(e.id, hit);
  return hit;
}

const byCountry = new Map<string, GazetteerEntry[]>();
/** Gazetteer organizations of a state (cached). */
function orgsOf(ctx: Ctx, country: string): GazetteerEntry[] {
  let list = byCountry.get(country);
  if (!list) {
    list = ctx.lex.gaz.entries.filter((e) => e.kind === 'organization' && e.country === country && e.role !== 'media');
    byCountry.set(country, list);
  }
  return list;
}

/**
 * The organization whose name ends with the words of tokens `idx`: one named earlier in the document (Dövlət Komitəsi →
 * the State Committee on Affairs of Diaspora), else a body of the text's own state (Xarici İşlər Nazirliyi in Azerbaijani
 * text → the Azerbaijani foreign ministry) when the short form has two words or more.
 */
export function shortForm(ctx: Ctx, idx: readonly number[]): GazetteerEntry | undefined {
  const orgs = new Map<string, GazetteerEntry>();
  for (const d of ctx.drafts) if (d.named && d.kind === 'organization' && d.entry && d.rule !== 'dropped') orgs.set(d.id, d.entry);
  const home = ctx.homeAt(idx[0] ?? 0);
  const found = endsWith(ctx, idx, orgs.values());
  if (found || !home || idx.length < 2) return found;
  return endsWith(ctx, idx, orgsOf(ctx, home));
}

function endsWith(ctx: Ctx, idx: readonly number[], orgs: Iterable<GazetteerEntry>): GazetteerEntry | undefined {
  for (const e of orgs) {
    for (const words of orgNameKeys(e)) {
      if (words.length <= idx.length) continue;
      const tail = words.slice(words.length - idx.length);
      if (tail.every((w, k) => ctx.view.matches(idx[k]!, w.split('|')))) return e;
    }
  }
  return undefined;
}
