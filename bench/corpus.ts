/**
 * Generates a benchmark corpus from the bundled samples: each document is a header line of one sample and
 * body paragraphs drawn from every sample of its language (paragraphs the cleaner removes as site furniture left out), with person names swapped for others of the
 * gazetteer (data/gazetteer/persons.tsv), years shifted and numbers varied, and lengths from 1 to 7 KB
 * (about 3 KB on average). Drawing paragraphs from a pool keeps generated documents from being near-copies
 * of each other, as in a real feed (copies would make ingest link every document to many others).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDoc } from '../src/pipeline/types.ts';
import { readTsv } from '../src/util/data.ts';
import { findBoilerplate } from '../src/text/clean.ts';
import { rng } from '../src/util/rng.ts';

/** The languages of the samples and of the generated corpus. */
export const CORPUS_LANGS = ['kk', 'az', 'ru', 'en'] as const;
export type CorpusLang = (typeof CORPUS_LANGS)[number];

/** A sample article with its language. */
export interface Sample { lang: CorpusLang; text: string; file: string }

/** Every .txt sample under `dir/<lang>/` and every text record of `dir/feed/*.jsonl` (by its `lang`). */
export function readSamples(dir: string): Sample[] {
  const out: Sample[] = [];
  for (const lang of CORPUS_LANGS) {
    const d = join(dir, lang);
    let names: string[] = [];
    try { names = readdirSync(d).sort(); } catch { continue; }
    for (const n of names) if (n.endsWith('.txt') && statSync(join(d, n)).isFile()) out.push({ lang, text: readFileSync(join(d, n), 'utf8'), file: `${lang}/${n}` });
  }
  let feeds: string[] = [];
  try { feeds = readdirSync(join(dir, 'feed')).filter((n) => n.endsWith('.jsonl')).sort(); } catch { /* no feed */ }
  for (const n of feeds) {
    readFileSync(join(dir, 'feed', n), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const r = JSON.parse(line) as { lang?: string; text?: string };
      if (r.text && (CORPUS_LANGS as readonly string[]).includes(r.lang ?? '')) out.push({ lang: r.lang as CorpusLang, text: r.text, file: `feed/${n}#${i + 1}` });
    });
  }
  return out;
}

/** Plain texts of the samples (for passes that do not care about the language). */
export function sampleTexts(dir: string): string[] {
  return readSamples(dir).map((s) => s.text);
}

interface Pool { headers: string[]; paragraphs: string[]; bytes: number; names: string[]; namesIn: string[][] }

/** Full person names per language column of the gazetteer. */
function personNames(lang: CorpusLang): string[] {
  const names = new Set<string>();
  for (const r of readTsv('gazetteer/persons.tsv')) {
    const n = (r[lang] ?? '').trim();
    if (n.includes(' ') && n.length >= 6) names.add(n);
  }
  return [...names];
}

function pools(samples: readonly Sample[]): Map<CorpusLang, Pool> {
  const out = new Map<CorpusLang, Pool>();
  for (const lang of CORPUS_LANGS) {
    const mine = samples.filter((s) => s.lang === lang);
    if (mine.length === 0) continue;
    const headers: string[] = [];
    const paragraphs: string[] = [];
    for (const s of mine) {
      // Paragraphs with their offsets; body paragraphs that hold site furniture ("Other news", counters) stay out of the pool.
      const removed = findBoilerplate(s.text);
      const paras: { text: string; start: number; end: number }[] = [];
      for (const m of s.text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
        const text = m[0].trim();
        if (text) paras.push({ text, start: m.index, end: m.index + m[0].length });
      }
      const clean = (p: { start: number; end: number }): boolean => !removed.some((r) => r.start < p.end && r.end > p.start);
      if (paras.length < 2) { paragraphs.push(...paras.filter(clean).map((p) => p.text)); continue; }
      headers.push((paras[0] as { text: string }).text);
      paragraphs.push(...paras.slice(1).filter(clean).map((p) => p.text));
    }
    const names = personNames(lang);
    const namesIn = paragraphs.map((p) => names.filter((n) => p.includes(n)));
    const bytes = paragraphs.reduce((a, p) => a + Buffer.byteLength(p), 0) / Math.max(1, paragraphs.length);
    out.set(lang, { headers: headers.length ? headers : [''], paragraphs, bytes, names, namesIn });
  }
  return out;
}

const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;
const OTHER_NUMBER = /\b([1-9]\d{2,3})\b/g;

/** Document lengths: `min` + `spread`·u² bytes (u uniform), so the mean is `min` + `spread`/3. */
export interface Sizes { min: number; spread: number }
/** About 1 to 7 KB, 3 KB on average. */
export const BENCH_SIZES: Readonly<Sizes> = Object.freeze({ min: 1000, spread: 6000 });

/** `count` documents generated from `samples` (deterministic for a seed); ids are `<prefix>-<lang>-<n>`. */
export function generateCorpus(samples: readonly Sample[], count: number, seed = 42, prefix = 'bench', sizes: Sizes = BENCH_SIZES): RawDoc[] {
  const byLang = pools(samples);
  const langs = CORPUS_LANGS.filter((l) => byLang.has(l));
  if (langs.length === 0) throw new Error('no sample texts to generate a corpus from');
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const docs: RawDoc[] = [];
  for (let i = 0; i < count; i++) {
    const lang = langs[i % langs.length] as CorpusLang;
    const pool = byLang.get(lang) as Pool;
    const target = sizes.min + sizes.spread * rand() ** 2;
    const n = Math.max(1, Math.round(target / pool.bytes));
    const picked: number[] = [];
    for (let k = 0; k < n; k++) picked.push(Math.floor(rand() * pool.paragraphs.length));
    const shift = Math.floor(rand() * 5) - 3;
    let text = [pick(pool.headers), ...picked.map((p) => pool.paragraphs[p] as string)].join('\n\n');
    // Swap each person named in full for another person of the gazetteer (the same one throughout the document).
    const present = new Set(picked.flatMap((p) => pool.namesIn[p] ?? []));
    for (const name of present) {
      if (rand() < 0.5) continue;
      const other = pick(pool.names);
      text = text.split(name).join(other);
    }
    text = text
      .replace(YEAR, (y) => String(Number(y) + shift))
      .replace(OTHER_NUMBER, (m) => (Number(m) >= 1950 && Number(m) <= 2049 ? m : String(Math.max(100, Number(m) + Math.floor(rand() * 200) - 100))));
    docs.push({ id: `${prefix}-${lang}-${i}`, source: `${prefix}/${lang}/${i}.txt`, content: text, format: 'text' });
  }
  return docs;
}
