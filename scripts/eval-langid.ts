/**
 * Scores elchi's language identifier against franc-all on the FLORES/SIB-200 language-ID dev file, honestly:
 * k-fold cross-validation, each sentence scored by a model trained without it (nor its translations).
 * Usage: npm run eval:langid -- [file.jsonl] [--json out.json] [--folds 5] [--words 5]
 *        [--order 5] [--min-count 2] [--alpha 0.1] [--no-extra]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { francAll } from 'franc-all';
import { detectWith } from '../src/lang/detect.ts';
import { parseCounts } from '../src/lang/langid-file.ts';
import { readConllSentences, readKazNerd, readJsonlSamples } from '../src/lang/langid-corpus.ts';
import { collectLl, crossValidate, fitTemperature, prefixWords, type LlRecord } from '../src/lang/langid-cv.ts';
import { DEFAULT_TRAIN_OPTIONS, type Sample, type TrainOptions } from '../src/lang/langid-train.ts';
import { dataPath, packageRoot, readTsv } from '../src/util/data.ts';

const SHARED = resolve(import.meta.dirname, '../../shared');
const DEFAULT_FILE = join(SHARED, 'data/langid-flores-sib200/langid_dev.jsonl');

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'string' }, folds: { type: 'string', default: '5' }, words: { type: 'string', default: '5' },
    order: { type: 'string' }, 'min-count': { type: 'string' }, alpha: { type: 'string' }, 'no-extra': { type: 'boolean' },
  },
});
const file = positionals[0] ?? DEFAULT_FILE;
if (!existsSync(file)) {
  console.log(`eval:langid: ${file} not found (the shared data folder ../shared is absent?) — nothing to evaluate.`);
  process.exit(0);
}

// Training settings: the shipped model's parameters unless overridden.
const shippedPath = dataPath('langid/model.tsv');
const shipped = existsSync(shippedPath) ? parseCounts(readFileSync(shippedPath, 'utf8')) : null;
const opts: TrainOptions = {
  maxOrder: Number(args.order ?? shipped?.maxOrder ?? DEFAULT_TRAIN_OPTIONS.maxOrder),
  minCount: Number(args['min-count'] ?? DEFAULT_TRAIN_OPTIONS.minCount),
  alpha: Number(args.alpha ?? shipped?.alpha ?? DEFAULT_TRAIN_OPTIONS.alpha),
  temperature: shipped?.temperature ?? DEFAULT_TRAIN_OPTIONS.temperature,
};
const k = Number(args.folds);
const shortWords = Number(args.words);

const langRows = readTsv('langid/languages.tsv');
const langs = langRows.map((r) => r.lang ?? '');
const francCode = new Map(langRows.filter((r) => r.franc && r.franc !== '-').map((r) => [r.franc ?? '', r.lang ?? '']));
const francOnly = [...francCode.keys()];
const samples = readJsonlSamples(file).filter((s) => langs.includes(s.lang));
const extra = args['no-extra'] ? [] : readKazNerd(SHARED, 0);

type Counts = Map<string, Map<string, number>>;
const conf = (): Counts => new Map(langs.map((l) => [l, new Map<string, number>()]));
const res = { elchi: conf(), franc: conf(), elchiShort: conf(), francShort: conf() };
const bump = (c: Counts, gold: string, pred: string): void => {
  const m = c.get(gold);
  if (m) m.set(pred, (m.get(pred) ?? 0) + 1);
};
function franc(text: string): string {
  const top = francAll(text, { only: francOnly })[0]?.[0] ?? 'und';
  return francCode.get(top) ?? 'und';
}

const llRecs: LlRecord[] = [];
let elchiMs = 0;
let elchiN = 0;
const started = Date.now();
crossValidate(samples, extra, langs, opts, k, (det, held) => {
  const t0 = performance.now();
  for (const s of held) bump(res.elchi, s.lang, detectWith(det, s.text).lang);
  elchiMs += performance.now() - t0;
  elchiN += held.length;
  for (const s of held) bump(res.elchiShort, s.lang, detectWith(det, prefixWords(s.text, shortWords)).lang);
  collectLl(det, held.map((s) => ({ lang: s.lang, text: prefixWords(s.text, shortWords) })), llRecs);
}, shipped ?? undefined);
for (const s of samples) {
  bump(res.franc, s.lang, franc(s.text));
  bump(res.francShort, s.lang, franc(prefixWords(s.text, shortWords)));
}

const acc = (c: Counts, l: string): number | null => {
  const m = c.get(l);
  if (!m) return null;
  let n = 0;
  for (const v of m.values()) n += v;
  return n === 0 ? null : (m.get(l) ?? 0) / n;
};
const errors = (c: Counts, l: string, top = 3): string =>
  [...(c.get(l) ?? new Map<string, number>())].filter(([p]) => p !== l).sort((a, b) => b[1] - a[1]).slice(0, top).map(([p, n]) => `${p}: ${n}`).join(', ') || '—';
const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);
const hasFranc = (l: string): boolean => [...francCode.values()].includes(l);

const header = ['lang', 'n', 'elchi', 'franc-all', `elchi ${shortWords}w`, `franc ${shortWords}w`, 'elchi errors (predicted: n)', 'franc errors (predicted: n)'];
const rows: string[][] = langs.map((l) => [
  l, String(samples.filter((s) => s.lang === l).length), pct(acc(res.elchi, l)), hasFranc(l) ? pct(acc(res.franc, l)) : 'n/a',
  pct(acc(res.elchiShort, l)), hasFranc(l) ? pct(acc(res.francShort, l)) : 'n/a', errors(res.elchi, l), hasFranc(l) ? errors(res.franc, l) : 'n/a',
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(`Language ID on ${file}`);
console.log(`elchi: ${k}-fold cross-validation (folds by hash of sentence id; every sentence is scored by a model trained without it or its translations${extra.length ? `; each fold also trains on ${extra.length} KazNERD kk sentences, none in the eval file` : ''}).`);
const francVersion = (JSON.parse(readFileSync(join(packageRoot, 'node_modules/franc-all/package.json'), 'utf8')) as { version?: string }).version ?? '?';
console.log(`franc-all ${francVersion}: restricted with only=[${francOnly.join(',')}] (no Bashkir model → n/a). ${shortWords}w = first ${shortWords} words of each sentence. und counts as an error.`);
console.log(`model: char 1–${opts.maxOrder}-grams, naive Bayes, alpha ${opts.alpha}, minCount ${opts.minCount}; fold models reuse the shipped model's temperature and per-language fit statistics (3 numbers per language, themselves from cross-validation).\n`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));

// Main confusion pairs over all languages.
const pairs = (c: Counts, only?: (l: string) => boolean): [string, number][] => {
  const out: [string, number][] = [];
  for (const [g, m] of c) for (const [p, n] of m) if (p !== g && (!only || only(g))) out.push([`${g}→${p}`, n]);
  return out.sort((a, b) => b[1] - a[1]).slice(0, 8);
};
const fmtPairs = (p: [string, number][]): string => p.map(([k2, n]) => `${k2} ${n}`).join(', ') || 'none';
console.log(`\nmain confusions, elchi: ${fmtPairs(pairs(res.elchi))}`);
console.log(`main confusions, franc (languages it models): ${fmtPairs(pairs(res.franc, hasFranc))}`);
console.log(`main confusions, elchi ${shortWords}w: ${fmtPairs(pairs(res.elchiShort))}`);
const fail: string[] = [];
for (const l of langs) {
  const e = acc(res.elchi, l) ?? 0;
  const need = ['kk', 'az', 'ru', 'en', 'tr'].includes(l) ? 0.98 : ['uz', 'ky', 'tt', 'ba', 'tk'].includes(l) ? 0.95 : 0;
  if (e < need) fail.push(`${l} < ${need * 100}%`);
  if (hasFranc(l) && e < (acc(res.franc, l) ?? 0)) fail.push(`${l} below franc`);
}
console.log(`acceptance (kk az ru en tr ≥98%, uz ky tt ba tk ≥95%, ≥ franc everywhere): ${fail.length ? `FAIL (${fail.join('; ')})` : 'PASS'}`);
console.log(`speed: ${Math.round(elchiN / (elchiMs / 1000))} sentences/s on one core (full sentences); calibration check: temperature fitted on ${shortWords}-word prefixes ${fitTemperature(llRecs).temperature}, shipped ${opts.temperature}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Out-of-domain checks with the shipped model on news/wiki sentences it was not trained on: the held-out
// half of KazNERD (Kazakh TV news) and the Azerbaijani NER corpus (Wikipedia; internal evaluation only).
const ood: Record<string, { n: number; accuracy: number; errors: Record<string, number> }> = {};
if (shipped) {
  const { detectLanguage } = await import('../src/lang/detect.ts');
  const azFile = join(SHARED, 'data/azerbaijani-ner-ada/train.conll');
  const sets: [string, Sample[]][] = [
    ['kk KazNERD held-out half', readKazNerd(SHARED, 1)],
    ['az Azerbaijani NER (ADA)', existsSync(azFile) ? readConllSentences(azFile, 'az', 'azner') : []],
  ];
  for (const [name, set] of sets) {
    const long = set.filter((s) => s.text.length >= 25);
    if (long.length === 0) continue;
    const errs: Record<string, number> = {};
    let ok = 0;
    for (const s of long) {
      const p = detectLanguage(s.text).lang;
      if (p === s.lang) ok++;
      else errs[p] = (errs[p] ?? 0) + 1;
    }
    ood[name] = { n: long.length, accuracy: ok / long.length, errors: errs };
    const e = Object.entries(errs).sort((x, y) => y[1] - x[1]).map(([p, n]) => `${p} ${n}`).join(', ') || 'none';
    console.log(`out of domain, shipped model: ${name}, ${long.length} sentences ≥25 chars: ${pct(ok / long.length)} (errors: ${e})`);
  }
}

if (args.json) {
  const json = {
    file, folds: k, options: opts, extraTraining: extra.length, shortWords,
    languages: Object.fromEntries(langs.map((l) => [l, {
      n: samples.filter((s) => s.lang === l).length,
      elchi: { accuracy: acc(res.elchi, l), errors: Object.fromEntries([...(res.elchi.get(l) ?? [])].filter(([p]) => p !== l)) },
      franc: hasFranc(l) ? { accuracy: acc(res.franc, l), errors: Object.fromEntries([...(res.franc.get(l) ?? [])].filter(([p]) => p !== l)) } : null,
      elchiShort: acc(res.elchiShort, l), francShort: hasFranc(l) ? acc(res.francShort, l) : null,
    }])),
    acceptance: { pass: fail.length === 0, failures: fail }, outOfDomain: ood,
  };
  writeFileSync(args.json, JSON.stringify(json, null, 2) + '\n');
  console.log(`wrote ${args.json}`);
}
