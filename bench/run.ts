/** `npm run bench`: throughput of the text engine and the whole extract pipeline against a bare tokenise pass on a generated corpus. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/data.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { processDoc } from '../src/pipeline/text-engine.ts';
import { extractDocument } from '../src/pipeline/extract.ts';
import { generateCorpus, sampleTexts } from './corpus.ts';

interface Row { name: string; docs: number; mb: number; seconds: number; docsPerSec: number; mbPerSec: number }

function measure(name: string, docs: { content: string }[], mb: number, fn: () => void): Row {
  const t0 = process.hrtime.bigint();
  fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { name, docs: docs.length, mb, seconds, docsPerSec: docs.length / seconds, mbPerSec: mb / seconds };
}

function main(): void {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const mbArg = args.indexOf('--mb');
  const targetMb = mbArg >= 0 ? Number(args[mbArg + 1]) : 12;
  const corpus = generateCorpus(sampleTexts(join(packageRoot, 'samples')), targetMb * 1024 * 1024);
  const mb = corpus.reduce((s, d) => s + Buffer.byteLength(d.content), 0) / (1024 * 1024);
  console.log(`corpus: ${corpus.length} documents, ${mb.toFixed(1)} MB (generated from samples/), node ${process.version}, 1 thread`);

  // Warm up data loading and JIT on a slice so one-off start-up cost is not counted as throughput.
  for (const d of corpus.slice(0, 200)) processDoc(d);

  let sink = 0;
  const rows: Row[] = [];
  rows.push(measure('bare tokenise', corpus, mb, () => { for (const d of corpus) sink += tokenize(d.content).length; }));
  rows.push(measure('text engine (clean → dates)', corpus, mb, () => { for (const d of corpus) sink += processDoc(d).tokens.length; }));
  for (const d of corpus.slice(0, 200)) extractDocument(d);
  rows.push(measure('whole extract (+ entities, events)', corpus, mb, () => { for (const d of corpus) sink += extractDocument(d).events.length; }));
  const [bare, engine, whole] = rows;

  const pad = (s: string, n: number): string => s.padEnd(n);
  console.log('');
  console.log(`${pad('pass', 36)}${pad('docs', 8)}${pad('seconds', 10)}${pad('docs/s', 10)}MB/s`);
  for (const r of rows) {
    console.log(`${pad(r.name, 36)}${pad(String(r.docs), 8)}${pad(r.seconds.toFixed(2), 10)}${pad(r.docsPerSec.toFixed(0), 10)}${r.mbPerSec.toFixed(2)}`);
  }
  const ratio = bare && engine ? engine.docsPerSec / bare.docsPerSec : 0;
  const wholeRatio = bare && whole ? whole.docsPerSec / bare.docsPerSec : 0;
  console.log(`\ntext engine / bare tokenise = ${ratio.toFixed(3)}; whole extract / bare tokenise = ${wholeRatio.toFixed(3)}  (checksum ${sink})`);
  if (jsonAt >= 0) {
    const file = args[jsonAt + 1] ?? 'bench-results.json';
    writeFileSync(file, JSON.stringify({ corpus: { docs: corpus.length, mb }, rows, ratio, wholeRatio }, null, 2));
    console.log(`results written to ${file}`);
  }
}

main();
