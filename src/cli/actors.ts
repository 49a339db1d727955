/** `elchi actors ID|NAME`: an actor of the gazetteer with its names in every script, variants and dated posts. */
import { loadGazetteer, NAME_LANGS, type Gazetteer, type GazetteerEntry, type Post } from '../entities/gazetteer.ts';
import { latinKey } from '../text/translit.ts';
import { tokenize } from '../text/tokenize.ts';

/** A name folded for lookup: Latin keys of its words (Тоқаев, Токаев, Tokayev → tokaev). */
function fold(name: string): string {
  return tokenize(name).filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => latinKey(t.text)).join(' ');
}

function allNames(e: GazetteerEntry): string[] {
  return [...NAME_LANGS.map((l) => e.names[l]).filter((n): n is string => !!n), ...e.variants, ...e.abbreviations];
}

/** Entries whose id is `query`, else whose some name folds to the query, else whose names contain all its words. */
export function findActors(gaz: Gazetteer, query: string): GazetteerEntry[] {
  const q = query.trim();
  const byId = gaz.byId.get(q) ?? gaz.byId.get(`person:${q}`);
  if (byId) return [byId];
  const key = fold(q);
  if (!key) return [];
  const exact = gaz.entries.filter((e) => allNames(e).some((n) => fold(n) === key) || fold(e.canonical) === key);
  if (exact.length > 0) return exact;
  const words = key.split(' ');
  return gaz.entries.filter((e) => allNames(e).some((n) => {
    const have = fold(n).split(' ');
    return words.every((w) => have.includes(w));
  }));
}

function postLine(gaz: Gazetteer, p: Post, who?: string): string {
  const title = gaz.titleOf(p.post)?.names.en ?? p.post;
  const dates = `${p.start} – ${p.end ?? ''}`.padEnd(25);
  return `    ${dates} ${p.post.padEnd(34)} ${title}${who ? `: ${who}` : ''}`;
}

/** Text description of one actor: header, names by language, variants, abbreviations, posts (held, or of its holders). */
export function describeActor(gaz: Gazetteer, e: GazetteerEntry): string {
  const out: string[] = [];
  const extra = [e.kind, e.country, e.role, e.form].filter(Boolean).join(', ');
  out.push(`${e.id}  ${e.canonical}  (${extra})`);
  for (const l of NAME_LANGS) if (e.names[l]) out.push(`  ${l}  ${e.names[l]}`);
  if (e.variants.length) out.push(`  variants       ${e.variants.join(' · ')}`);
  if (e.abbreviations.length) out.push(`  abbreviations  ${e.abbreviations.join(' · ')}`);
  if (e.kind === 'person') {
    const posts = gaz.postsOf(e.id).sort((a, b) => a.start.localeCompare(b.start));
    if (posts.length) out.push('  posts', ...posts.map((p) => postLine(gaz, p)));
  } else {
    const holder = e.kind === 'country' ? e.country : e.id.replace(/^org:/, '');
    const held = e.kind === 'country' && e.form !== 'name' ? [] : gaz.posts.filter((p) => p.post.split(':')[0] === holder).sort((a, b) => a.post.localeCompare(b.post) || a.start.localeCompare(b.start));
    if (held.length) out.push('  office holders', ...held.map((p) => postLine(gaz, p, gaz.byId.get(p.personId)?.canonical)));
  }
  out.push(`  source  ${e.source}`);
  return out.join('\n') + '\n';
}

/** Output of `elchi actors QUERY`: every actor the id or name matches, or a line saying none does. */
export function actorsCommand(query: string): string {
  const gaz = loadGazetteer();
  const found = findActors(gaz, query);
  if (found.length === 0) return `no actor matches «${query}»\n`;
  return found.map((e) => describeActor(gaz, e)).join('\n');
}
