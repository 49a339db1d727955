/** Training side of the language identifier: counts character n-grams of labelled texts and prunes them. */
import type { NgramCounts } from './langid-model.ts';
import { forEachGram } from './langid-score.ts';
import { extractWords } from './langid-text.ts';

/** One labelled training or evaluation text. */
export interface Sample {
  id: string;
  lang: string;
  text: string;
}

/** Training settings; see scripts/train-langid.ts for the shipped values. */
export interface TrainOptions {
  maxOrder: number;
  /** Keep an n-gram only when it occurs at least this often over all languages (after counting). */
  minCount: number;
  alpha: number;
  temperature: number;
}

/** Mutable n-gram counter over a fixed language list. */
export class NgramCounter {
  readonly map = new Map<string, Int32Array>();
  readonly totals: Float64Array;
  constructor(readonly langs: string[], readonly maxOrder: number) {
    this.totals = new Float64Array(maxOrder * langs.length);
  }

  /** Adds every n-gram of `text` to language `lang`'s counts. */
  add(lang: string, text: string): void {
    const l = this.langs.indexOf(lang);
    if (l < 0) throw new Error(`unknown language ${lang}`);
    const L = this.langs.length;
    const ex = extractWords(text);
    const buf = ex.buf;
    forEachGram(buf, ex.len, this.maxOrder, (start, order) => {
      const g = String.fromCharCode(...buf.subarray(start, start + order));
      let row = this.map.get(g);
      if (!row) { row = new Int32Array(L); this.map.set(g, row); }
      row[l] = (row[l] ?? 0) + 1;
      this.totals[(order - 1) * L + l] = (this.totals[(order - 1) * L + l] ?? 0) + 1;
    });
  }

  /** Freezes the counts into an {@link NgramCounts}, dropping n-grams rarer than `minCount` (sorted for stable files). */
  toCounts(opts: Pick<TrainOptions, 'minCount' | 'alpha' | 'temperature'>): NgramCounts {
    const L = this.langs.length;
    const vocab = new Float64Array(this.maxOrder);
    const kept: [string, Int32Array][] = [];
    for (const [g, row] of this.map) {
      vocab[g.length - 1] = (vocab[g.length - 1] ?? 0) + 1;
      let t = 0;
      for (let l = 0; l < L; l++) t += row[l] ?? 0;
      if (t >= opts.minCount) kept.push([g, row]);
    }
    kept.sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const counts = new Int32Array(kept.length * L);
    kept.forEach(([, row], g) => counts.set(row, g * L));
    return {
      langs: [...this.langs], maxOrder: this.maxOrder, grams: kept.map(([g]) => g), counts,
      totals: Float64Array.from(this.totals), vocab, alpha: opts.alpha, temperature: opts.temperature,
      fitMean: new Float64Array(0), fitSd: new Float64Array(0),
    };
  }
}

/** Counts n-grams of all `samples` (optionally skipping some) into pruned counts. */
export function train(samples: Iterable<Sample>, langs: string[], opts: TrainOptions, skip?: (s: Sample) => boolean): NgramCounts {
  const counter = new NgramCounter(langs, opts.maxOrder);
  for (const s of samples) if (!skip?.(s)) counter.add(s.lang, s.text);
  return counter.toCounts(opts);
}

/** Deterministic fold (0..k-1) of a sample id: FNV-1a hash of the id modulo k. */
export function foldOf(id: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % k;
}

/** Settings the shipped model is trained with (chosen by 5-fold cross-validation on the FLORES dev file). */
export const DEFAULT_TRAIN_OPTIONS: Readonly<TrainOptions> = Object.freeze({ maxOrder: 5, minCount: 3, alpha: 0.01, temperature: 1 });
