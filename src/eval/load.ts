/** Loading a gold folder (one annotated article per .json file) and soft checks on it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold } from './gold.ts';
import type { EvalDoc } from './gold.ts';

/** Loads every `*.json` file of a gold folder (sorted by name); throws naming the file and the problem; ids must be unique. */
export function loadGold(dir: string): EvalDoc[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (err) {
    throw new Error(`gold folder ${dir}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (names.length === 0) throw new Error(`gold folder ${dir}: no .json files`);
  const seen = new Map<string, string>();
  return names.map((n) => {
    const file = join(dir, n);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`${file}: invalid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const doc = parseGold(value, file);
    const prev = seen.get(doc.id);
    if (prev) throw new Error(`${file}: id "${doc.id}" is also used by ${prev}`);
    seen.set(doc.id, file);
    return { ...doc, file };
  });
}

/** Soft gold problems worth printing but not fatal: evidence or entity text that is not a substring of the text. */
export function goldWarnings(docs: readonly EvalDoc[]): string[] {
  const out: string[] = [];
  for (const d of docs) {
    const where = d.file ?? d.id;
    d.events.forEach((e, i) => {
      if (!d.text.includes(e.evidence)) out.push(`${where}: events[${i}].evidence is not a substring of text`);
    });
    d.entities.forEach((e, i) => {
      if (!d.text.includes(e.text)) out.push(`${where}: entities[${i}].text "${e.text}" is not a substring of text`);
    });
  }
  return out;
}
