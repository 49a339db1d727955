/** Builds language-ID detectors: a compiled model plus the languages of each script (see data/langid/). */
import { readFileSync } from 'node:fs';
import type { Lang } from '../pipeline/types.ts';
import { dataPath, readTsv } from '../util/data.ts';
import { Script, type ScriptId } from './langid-chars.ts';
import { parseCounts } from './langid-file.ts';
import { compileModel, type LangModel, type NgramCounts } from './langid-model.ts';
import { makeScratch, type Scratch } from './langid-score.ts';

const SCRIPT_IDS: Record<string, ScriptId> = { Latin: Script.Latin, Cyrillic: Script.Cyrillic, Arabic: Script.Arabic };
const KNOWN: ReadonlySet<string> = new Set<Lang>(['kk', 'az', 'ru', 'en', 'tr', 'uz', 'ky', 'tt', 'ba', 'tk', 'ug']);

/** A compiled detector: the model plus, for each script, the bit mask of its languages. */
export interface Detector {
  model: LangModel;
  langs: Lang[];
  scriptMask: Map<ScriptId, number>;
  scratch: Scratch;
}

/** Builds a detector from n-gram counts (the shipped file, or counts trained in memory by the eval). */
export function makeDetector(counts: NgramCounts): Detector {
  const model = compileModel(counts);
  const scripts = new Map(readTsv('langid/languages.tsv').map((r) => [r.lang ?? '', SCRIPT_IDS[r.script ?? ''] ?? Script.Other]));
  const scriptMask = new Map<ScriptId, number>();
  const langs = model.langs.map((l, i) => {
    if (!KNOWN.has(l)) throw new Error(`langid model: unknown language ${l}`);
    const sc = scripts.get(l) ?? Script.Other;
    scriptMask.set(sc, (scriptMask.get(sc) ?? 0) | (1 << i));
    return l as Lang;
  });
  return { model, langs, scriptMask, scratch: makeScratch(model) };
}

let shipped: Detector | null = null;

/** The detector built from data/langid/model.tsv, loaded once on first use. */
export function defaultDetector(): Detector {
  return (shipped ??= makeDetector(parseCounts(readFileSync(dataPath('langid/model.tsv'), 'utf8'), 'data/langid/model.tsv')));
}

