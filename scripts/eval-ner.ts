/**
 * Scores the shipped NER models (data/ner/) with entity-level P/R/F1 per type (exact span and type).
 * Default files: the held-out half of KazNERD IOB2_valid.txt and the ADA Azerbaijani valid.conll under ../shared.
 * Any IOB2/CoNLL file can be given instead; sentences the shipped models were trained on (KazNERD half 0,
 * ADA train.conll) are always dropped, so no score is on training text.
 * Usage: npm run eval:ner [-- FILE… ] [--lang kk|az] [--raw]
 *   --raw          score the perceptron's spans without the rule repairs of src/ner/rules.ts
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AZ_TRAIN, AZ_VALID, kazNerdHalf, KAZNERD_VALID, sentenceKeys } from '../src/ner/corpus.ts';
import { readConll, sentenceKey, type LabelledSentence } from '../src/ner/conll.ts';
import { loadModel } from '../src/ner/tagger.ts';
import type { NerModel } from '../src/ner/model.ts';
import { formatTable } from '../src/ner/score.ts';
import { scoreModel } from '../src/ner/train.ts';

const SHARED = resolve(import.meta.dirname, '../../shared');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string' }, raw: { type: 'boolean' } },
});

const files = positionals.length ? positionals.map((f) => resolve(f)) : [resolve(SHARED, KAZNERD_VALID), resolve(SHARED, AZ_VALID)];
const missing = files.filter((f) => !existsSync(f));
if (missing.length === files.length) {
  console.log(`eval:ner: ${missing.join(', ')} not found (the shared data folder ../shared is absent?) — nothing to score.`);
  process.exit(0);
}

// Sentences the shipped models saw in training (KazNERD half 0, ADA train.conll): never scored, whatever file holds them.
const adaTrain = resolve(SHARED, AZ_TRAIN);
const trained = new Set([...sentenceKeys(kazNerdHalf(SHARED, 0)), ...(existsSync(adaTrain) ? sentenceKeys(readConll(adaTrain)) : [])]);

/** kk when most letters are Cyrillic, else az (or --lang). */
function fileLang(sents: readonly LabelledSentence[]): 'kk' | 'az' {
  if (args.lang === 'kk' || args.lang === 'az') return args.lang;
  let cyr = 0;
  let lat = 0;
  for (const s of sents.slice(0, 500)) for (const w of s.words) {
    cyr += (w.match(/[\u0400-\u04FF]/g) ?? []).length;
    lat += (w.match(/[A-Za-zəƏıİğĞşŞçÇöÖüÜ]/g) ?? []).length;
  }
  return cyr >= lat ? 'kk' : 'az';
}

function report(title: string, model: NerModel, sents: readonly LabelledSentence[]): void {
  const t0 = Date.now();
  const table = scoreModel(model, sents, args.raw === true);
  const ms = Date.now() - t0;
  const tokens = sents.reduce((n, s) => n + s.words.length, 0);
  console.log(`\n${title}`);
  console.log(`  ${sents.length} sentences, ${tokens} tokens, tagged in ${ms} ms (${Math.round(tokens / Math.max(ms, 1))} tokens/ms)`);
  for (const line of formatTable(table)) console.log(`  ${line}`);
}

for (const file of files) {
  if (!existsSync(file)) { console.log(`\n${file}: not found, skipped`); continue; }
  const all = readConll(file);
  const sents = all.filter((s) => !trained.has(sentenceKey(s.words)));
  const lang = fileLang(sents);
  const model = loadModel(lang);
  if (!model) { console.log(`\n${file}: no model data/ner/${lang}.tsv — run npm run train:ner`); continue; }
  const dropped = all.length - sents.length;
  const note = dropped ? `; ${dropped} sentences the model was trained on left out` : '';
  if (sents.length === 0) { console.log(`\n${file}: every sentence is training text of the shipped models — nothing to score`); continue; }
  report(`${basename(file)} [${lang} model${note}]`, model, sents);
}
