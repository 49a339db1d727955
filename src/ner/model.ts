/** A trained NER model: weights file format (data/ner/<lang>.tsv), loading, and fast tagging with per-word score caches. */
import type { NerSpan } from './bio.ts';
import { schemeField, schemeOfTags, tagScheme, type SchemeName, type TagScheme } from './scheme.ts';
import { BOS, EOS, offsetFeatures, WINDOW, wordFeatures, type FeatureMode } from './features.ts';
import { positionFeatures, sentenceInfo, wordInfo, type WordInfo } from './context.ts';
import type { NerLang } from './lexicon.ts';
import { viterbiWithMargins } from './viterbi.ts';
import { parseTsv } from '../util/data.ts';
import { featureBucket, MAX_HASH_BITS } from './hash.ts';

const SPAN = 2 * WINDOW + 1;
const CACHE_LIMIT = 100_000;
/** Margin (in weight units) at which a token's confidence reaches about 0.73; sets the `score` scale only. */
const MARGIN_SCALE = 8;

/** A loaded model. */
export interface NerModel {
  readonly lang: NerLang;
  readonly mode: FeatureMode;
  /**
   * 0: `features` is keyed by feature string. Otherwise features are hashed into 2^hashBits buckets
   * (hash.ts featureBucket) and `features` is keyed by the bucket number in decimal.
   */
  readonly hashBits: number;
  readonly features: ReadonlyMap<string, Float32Array>;
  /** (T+1) × T transitions, last row = sentence start (T = the scheme's tag count). */
  readonly trans: Float32Array;
  /** Tag scheme the weights are for (scheme.ts); absent = BIO. */
  readonly scheme?: SchemeName;
}

/** The tag scheme of a model. */
export function modelScheme(m: Pick<NerModel, 'scheme'>): TagScheme {
  return tagScheme(m.scheme);
}

/** Key under which a model stores the weights of feature string `f`: the string itself, or its bucket number when hashed. */
export function featureKey(m: Pick<NerModel, 'hashBits'>, f: string): string {
  return m.hashBits ? String(featureBucket(f, m.hashBits)) : f;
}

/** Weights of feature `f` per tag, or undefined when the model has none. */
export function featureWeights(m: NerModel, f: string): Float32Array | undefined {
  return m.features.get(featureKey(m, f));
}

/**
 * Writes a model as TSV: `#` header lines, a column line, @mode (and @hash for hashed models) and @trans
 * rows, then one row per feature (per bucket number, ascending, for hashed models).
 */
export function serializeModel(m: NerModel, header: readonly string[], minWeight: number): string {
  const TAGS = modelScheme(m).tags;
  const T = TAGS.length;
  const fmt = (x: number): string => (Math.abs(x) < 5e-4 ? '' : String(Math.round(x * 1000) / 1000));
  const lines = header.map((h) => `# ${h}`.trimEnd());
  lines.push(['feature', ...TAGS].join('\t'));
  lines.push([`@mode:${m.mode}`, ...TAGS.map(() => '')].join('\t'));
  if (m.hashBits) lines.push([`@hash:${m.hashBits}`, ...TAGS.map(() => '')].join('\t'));
  for (let p = 0; p <= T; p++) lines.push([`@trans:${p < T ? TAGS[p] : 'START'}`, ...Array.from(m.trans.subarray(p * T, p * T + T), fmt)].join('\t'));
  const names = m.hashBits ? [...m.features.keys()].sort((a, b) => Number(a) - Number(b)) : [...m.features.keys()].sort();
  for (const name of names) {
    const v = m.features.get(name)!;
    if (Math.max(...Array.from(v, Math.abs)) < minWeight) continue;
    if (/[\t\n]/.test(name)) continue;
    lines.push([name, ...Array.from(v, fmt)].join('\t'));
  }
  return lines.join('\n') + '\n';
}

/** Parses a model written by {@link serializeModel}. */
export function parseModel(text: string, lang: NerLang, name: string): NerModel {
  const rows = parseTsv(text, name);
  const columns = /^feature\t.*$/m.exec(text)?.[0].split('\t').slice(1).map((c) => c.trim()) ?? [];
  const scheme = schemeOfTags(columns);
  if (!scheme) throw new Error(`${name}: tag columns ${columns.join(', ')} are not those of a known tag scheme`);
  const TAGS = scheme.tags;
  const T = TAGS.length;
  let mode: FeatureMode = 'full';
  let hashBits = 0;
  const trans = new Float32Array((T + 1) * T);
  const features = new Map<string, Float32Array>();
  for (const r of rows) {
    const f = r['feature'] ?? '';
    const v = Float32Array.from(TAGS, (t) => Number(r[t] || 0));
    if (f.startsWith('@mode:')) {
      const v = f.slice(6);
      if (v !== 'full' && v !== 'neutral' && v !== 'cross') throw new Error(`${name}: unknown feature mode ${v}`);
      mode = v;
    } else if (f.startsWith('@hash:')) {
      hashBits = Number(f.slice(6));
      if (!Number.isInteger(hashBits) || hashBits < 1 || hashBits > MAX_HASH_BITS) throw new Error(`${name}: @hash must be a bucket bit count 1…${MAX_HASH_BITS}, got ${f.slice(6)}`);
    } else if (f.startsWith('@trans:')) {
      const p = f.slice(7) === 'START' ? T : TAGS.indexOf(f.slice(7));
      if (p < 0) throw new Error(`${name}: unknown transition row ${f}`);
      trans.set(v, p * T);
    } else {
      if (v.some((x) => Number.isNaN(x))) throw new Error(`${name}: feature ${f} has a weight that is not a number`);
      features.set(f, v);
    }
  }
  if (hashBits) {
    for (const k of features.keys()) {
      if (!/^\d+$/.test(k) || Number(k) >= 2 ** hashBits) throw new Error(`${name}: hashed model row ${k} is not a bucket number below 2^${hashBits}`);
    }
  }
  return { lang, mode, hashBits, features, trans, ...schemeField(scheme) };
}

/** A word's summed weights per offset and its sentence-level facts. */
interface WordEntry { scores: Float32Array; info: WordInfo }

const caches = new WeakMap<NerModel, Map<string, WordEntry>>();

/** Summed weights of one word's features at each offset −WINDOW…+WINDOW (SPAN × T), cached per model. */
function wordEntry(m: NerModel, word: string): WordEntry {
  const T = modelScheme(m).tags.length;
  let cache = caches.get(m);
  if (!cache) { cache = new Map(); caches.set(m, cache); }
  const hit = cache.get(word);
  if (hit) return hit;
  const out = new Float32Array(SPAN * T);
  const wf = wordFeatures(word, m.lang, m.mode);
  for (let d = -WINDOW; d <= WINDOW; d++) {
    const base = (d + WINDOW) * T;
    for (const f of offsetFeatures(wf, d)) {
      const v = featureWeights(m, f);
      if (v) for (let t = 0; t < T; t++) out[base + t]! += v[t]!;
    }
  }
  const entry = { scores: out, info: wordInfo(wf) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, entry);
  return entry;
}

/** Emission scores (n × T) of a sentence. */
export function emissions(m: NerModel, words: readonly string[]): Float64Array {
  const T = modelScheme(m).tags.length;
  const n = words.length;
  const emit = new Float64Array(n * T);
  const entries = words.map((w) => wordEntry(m, w));
  const scores = entries.map((e) => e.scores);
  const info = sentenceInfo(entries.map((e) => e.info));
  const bos = wordEntry(m, BOS).scores;
  const eos = wordEntry(m, EOS).scores;
  for (let i = 0; i < n; i++) {
    for (let d = -WINDOW; d <= WINDOW; d++) {
      const j = i + d;
      const s = j < 0 ? bos : j >= n ? eos : scores[j]!;
      const base = (d + WINDOW) * T;
      for (let t = 0; t < T; t++) emit[i * T + t]! += s[base + t]!;
    }
    for (const f of positionFeatures(words, i, info)) {
      const v = featureWeights(m, f);
      if (v) for (let t = 0; t < T; t++) emit[i * T + t]! += v[t]!;
    }
  }
  return emit;
}

/** Tags a tokenised sentence: entity spans over token indices with a confidence score in [0.5, 1). */
export function tagWithModel(m: NerModel, words: readonly string[]): NerSpan[] {
  if (words.length === 0) return [];
  const scheme = modelScheme(m);
  const { tags, margins } = viterbiWithMargins(emissions(m, words), words.length, m.trans, scheme);
  const conf = margins.map((x) => Math.round((1 / (1 + Math.exp(-x / MARGIN_SCALE))) * 1000) / 1000);
  return scheme.spans(tags, conf);
}
