/** Pipeline stages as plain records: each declares what it needs and adds, and runs as a pure function. */
import type { Doc } from './types.ts';

/** The layers of a document a stage can require or provide. */
export type Layer = keyof Doc;

/** A document under construction: the layers provided so far. */
export type Draft = Partial<Doc> & Pick<Doc, 'id' | 'source' | 'diagnostics'>;

/** One pipeline stage: `run` returns the layers it adds and never rewrites earlier ones. */
export interface Stage {
  name: string;
  requires: readonly Layer[];
  provides: readonly Layer[];
  run(doc: Draft): Partial<Doc>;
}

/** Checks that every stage's requirements are provided by the initial layers or an earlier stage. */
export function checkStages(stages: readonly Stage[], initial: readonly Layer[]): void {
  const have = new Set<Layer>(initial);
  for (const s of stages) {
    const missing = s.requires.filter((l) => !have.has(l));
    if (missing.length) throw new Error(`stage ${s.name} requires ${missing.join(', ')}, which no earlier stage provides`);
    s.provides.forEach((l) => have.add(l));
  }
}

/** Runs stages in order on a draft; each stage's layers are merged in, and the stage sees only earlier layers. */
export function runStages(stages: readonly Stage[], draft: Draft): Draft {
  let doc = draft;
  for (const s of stages) doc = { ...doc, ...s.run(doc) };
  return doc;
}
