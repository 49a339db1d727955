/** Test stand-in for the events stage: the coded events of the sample answer key (test/fixtures/samples-expected.jsonl) for a sample document. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/data.ts';
import type { Extracted } from '../src/pipeline/extract.ts';
import type { EventOutput, ActorOutput } from '../src/pipeline/output.ts';

interface GoldActor { name: string; kind: ActorOutput['kind']; country: string | null }
interface GoldEvent extends Omit<EventOutput, 'source' | 'target' | 'evidence' | 'confidence'> { source: GoldActor | null; target: GoldActor | null; evidence: string; ref: string }
interface GoldLine { file: string; id?: string; events: GoldEvent[]; copy_of?: string; story?: string }

/** Every answer-key line, by sample file (`kk/….txt`, `feed/wire-2022-2025.jsonl#<id>`). */
export const GOLD: ReadonlyMap<string, GoldLine> = new Map(
  readFileSync(join(packageRoot, 'test', 'fixtures', 'samples-expected.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as GoldLine).map((g) => [g.file, g]),
);

/** The answer-key file name of a read sample document. */
export function sampleFile(x: Extracted): string {
  const src = x.doc.source.replace(/\\/g, '/');
  if (src.includes('/feed/') || src.startsWith('feed/')) return `feed/wire-2022-2025.jsonl#${x.doc.id}`;
  const i = src.lastIndexOf('samples/');
  return i >= 0 ? src.slice(i + 'samples/'.length) : src;
}

function actor(a: GoldActor | null): ActorOutput | null {
  if (!a) return null;
  return { name: a.name, kind: a.kind, country: a.country, id: `${a.kind}:${a.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` };
}

/** The answer key's events of a sample document, in the output contract (evidence offsets found in the cleaned text). */
export function goldEvents(x: Extracted): EventOutput[] {
  const g = GOLD.get(sampleFile(x));
  if (!g) return [];
  return g.events.map((e) => {
    const at = x.doc.text.indexOf(e.evidence);
    return {
      type: e.type, mode: e.mode, status: e.status, cameo: e.cameo, source: actor(e.source), target: actor(e.target),
      date: e.date, location: e.location, confidence: 1,
      evidence: { text: e.evidence, start: Math.max(0, at), end: at >= 0 ? at + e.evidence.length : 0 },
    };
  });
}
