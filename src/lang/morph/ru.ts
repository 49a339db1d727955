/** Russian ending analysis: inflected nouns, surnames, adjectives and common verbs → matching stem + lemma guess. */
import { readTsv } from '../../util/data.ts';
import { lower } from '../../text/case.ts';
import { boundedMemo } from '../../util/memo.ts';

/** One segmentation of a word: stem (lower-case) + suffixes spell the lower-cased word; best readings score highest. */
export interface Analysis { stem: string; suffixes: string[]; score: number; lemma?: string }

interface EndingRow {
  morphs: string[]; cls: string; plural: boolean; restore: string; weight: number;
  /** Stem-final letter groups (1–4 letters): required (any of), forbidden, and making the reading unlikely. */
  after: Set<string>; notAfter: Set<string>; unlikelyAfter: Set<string>;
}
interface LexEntry { lemma: string; cls: string; stem: string }
interface Tables {
  /** Endings by their surface string. */
  endings: Map<string, EndingRow[]>;
  maxLen: number;
  /** Lexicon entries by matching stem and by lemma (ё read as е). */
  byStem: Map<string, LexEntry[]>;
  indecl: Set<string>;
  /** Irregular surface forms (был → быть). */
  forms: Map<string, LexEntry>;
}

const VOWEL = /[аеёиоуыэюя]/;
const NO_Y_AFTER = new Set([...'кгхжшщч']);
const VOWELS = new Set([...'аеёиоуыэюя']);
/** Class endings removed from a lexicon lemma to get its matching stem (Зализняк declension types). */
const LEMMA_ENDING: Record<string, RegExp> = {
  m: /$/, m_soft: /[ьй]$/, f: /а$/, f_soft: /я$/, f_soft_sign: /ь$/, n: /о$/, n_soft: /е$/,
  adj: /(ый|ий|ой)$/, adj_soft: /ий$/, v: /[аяиеуыо]?(ть|ться|ти|чь)$/, indecl: /$/,
};

const yo = (s: string): string => (s.includes('ё') ? s.replace(/ё/g, 'е') : s);

function build(): Tables {
  const endings = new Map<string, EndingRow[]>();
  let maxLen = 0;
  for (const r of readTsv('ru/endings.tsv')) {
    const morphs = (r.ending ?? '').split('+').filter(Boolean);
    const surface = morphs.join('');
    const row: EndingRow = {
      morphs, cls: r.class ?? '', plural: (r.tag ?? '').endsWith('.pl'), restore: r.restore ?? '', weight: Number(r.weight),
      after: new Set(), notAfter: new Set(), unlikelyAfter: new Set(),
    };
    for (const a of (r.after ?? '').split(',').filter(Boolean)) {
      if (a.length > 5) throw new Error(`data/ru/endings.tsv: condition ${a} longer than 4 letters`);
      if (a.startsWith('!')) row.notAfter.add(a.slice(1));
      else if (a.startsWith('~')) row.unlikelyAfter.add(a.slice(1));
      else row.after.add(a);
    }
    const list = endings.get(surface) ?? [];
    list.push(row);
    endings.set(surface, list);
    maxLen = Math.max(maxLen, surface.length);
  }
  const byStem = new Map<string, LexEntry[]>();
  const indecl = new Set<string>();
  const forms = new Map<string, LexEntry>();
  for (const r of readTsv('ru/lexicon.tsv')) {
    const lemma = r.lemma ?? '';
    const cls = r.class ?? '';
    const stem = r.stem || lemma.replace(LEMMA_ENDING[cls] ?? /$/, '');
    const entry: LexEntry = { lemma, cls, stem };
    if (cls === 'indecl') indecl.add(yo(lemma));
    const key = yo(stem);
    byStem.set(key, [...(byStem.get(key) ?? []), entry]);
    for (const f of (r.forms ?? '').split(',').filter(Boolean)) forms.set(yo(f), entry);
  }
  return { endings, maxLen, byStem, indecl, forms };
}

let tables: Tables | null = null;
const data = (): Tables => (tables ??= build());

/** Restores the lemma ending with Russian spelling rules: ь after a vowel is й; ы after к г х ж ш щ ч is и. */
function lemmaOf(stem: string, restore: string): string {
  const last = stem.slice(-1);
  if (restore.startsWith('ь') && VOWELS.has(last)) return stem + 'й' + restore.slice(1);
  if (restore.startsWith('ы') && NO_Y_AFTER.has(last)) return stem + 'и' + restore.slice(1);
  return stem + restore;
}

/** Whether one of the stem's last 1–4 letters groups is in `set`. */
function endsWithAny(set: Set<string>, tails: string[]): boolean {
  for (const tail of tails) if (set.has(tail)) return true;
  return false;
}

function compatible(entryCls: string, cls: string): boolean {
  if (entryCls === cls) return true;
  const family = (c: string): string => (c === 'sur' || c === 'sur_f' ? 'm' : c === 'adj_soft' ? 'adj' : c);
  return family(entryCls) === family(cls);
}

function whole(low: string, score = 1): Analysis {
  return { stem: low, suffixes: [], score, lemma: low };
}

/** Scored readings of one word, each from one ending row, lexicon and capitalisation evidence applied. */
function readings(low: string, capitalised: boolean, t: Tables): Analysis[] {
  const out: Analysis[] = [];
  const irregular = t.forms.get(yo(low));
  if (irregular) {
    const stem = low.startsWith(irregular.stem) ? irregular.stem : low;
    out.push({ stem, suffixes: stem === low ? [] : [low.slice(stem.length)], score: 8, lemma: irregular.lemma });
  }
  for (let len = Math.min(t.maxLen, low.length - 2); len >= 0; len--) {
    const rows = t.endings.get(low.slice(low.length - len));
    if (!rows) continue;
    const stem = low.slice(0, low.length - len);
    const tails = [1, 2, 3, 4].map((n) => stem.slice(-n));
    const known = t.byStem.get(yo(stem));
    const hasVowel = VOWEL.test(stem);
    for (const row of rows) {
      if (row.after.size > 0 && !endsWithAny(row.after, tails)) continue;
      if (row.notAfter.size > 0 && endsWithAny(row.notAfter, tails)) continue;
      if (row.morphs[0]?.startsWith('ы') && NO_Y_AFTER.has(tails[0]!)) continue;
      if (row.cls !== 'v' && !known && !hasVowel) continue;
      let lemma = lemmaOf(stem, row.restore);
      let w = row.weight;
      if (row.unlikelyAfter.size > 0 && endsWithAny(row.unlikelyAfter, tails)) w *= 0.2;
      if (stem.length === 2 && !known) w *= row.cls === 'v' ? 0.5 : 0.3;
      if (known) {
        const hit = known.find((e) => compatible(e.cls, row.cls));
        if (hit) { w *= 6; lemma = hit.lemma; } else w *= 0.2;
      }
      // Capitalised words are mostly proper names: singular, surnames, -ия countries; seldom verbs.
      if (row.cls === 'sur' || row.cls === 'sur_f') w *= capitalised ? 2 : 0.1;
      if (capitalised) {
        if (row.plural) w *= 0.3;
        if (row.cls === 'v' || row.cls === 'n_soft') w *= 0.5;
        else if (row.cls === 'f_soft') w *= 2;
      }
      out.push({ stem, suffixes: row.morphs, score: w, lemma });
    }
  }
  return out;
}

/** Letter shape of a token: Cyrillic letters and hyphens only, and whether it is capitalised / all capitals. */
function shape(word: string): { cyrillic: boolean; capitalised: boolean; allCaps: boolean } {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2d) continue;
    if (c < 0x400 || c > 0x4ff) return { cyrillic: false, capitalised: false, allCaps: false };
    letters++;
    if ((c >= 0x410 && c <= 0x42f) || (c >= 0x400 && c <= 0x40f)) upper++;
  }
  const c0 = word.charCodeAt(0);
  const capitalised = (c0 >= 0x410 && c0 <= 0x42f) || (c0 >= 0x400 && c0 <= 0x40f);
  return { cyrillic: letters > 0, capitalised, allCaps: letters >= 2 && upper === letters };
}

function compute(word: string): Analysis[] {
  const low = lower(word, 'ru');
  const t = data();
  const { cyrillic, capitalised, allCaps } = shape(word);
  if (!cyrillic || allCaps || t.indecl.has(yo(low))) return [whole(low)];
  // Readings with the same stem and lemma add up; the suffix split of the strongest one is kept.
  const list: Analysis[] = [];
  const best: number[] = [];
  let hasWhole = false;
  let total = 0;
  for (const a of readings(low, capitalised, t)) {
    if (a.stem === low) hasWhole = true;
    total += a.score;
    const i = list.findIndex((b) => b.stem === a.stem && b.lemma === a.lemma);
    if (i < 0) { list.push(a); best.push(a.score); continue; }
    const prev = list[i]!;
    prev.score += a.score;
    if (a.score > best[i]!) { best[i] = a.score; prev.suffixes = a.suffixes; }
  }
  if (!hasWhole) { list.push(whole(low, 0.01)); total += 0.01; }
  for (const a of list) a.score /= total;
  return list.sort((a, b) => b.score - a.score || a.stem.length - b.stem.length);
}

const cached = boundedMemo(compute, 20_000);

const copy = (a: Analysis): Analysis => ({ ...a, suffixes: [...a.suffixes] });

/** All readings of a Russian word, best first; scores sum to 1 and the unsegmented word is always included. */
export function analyses(word: string, _lang: 'ru' | 'en' = 'ru'): Analysis[] {
  return cached(word).map(copy);
}

/** The best reading of a Russian word: stem + suffixes.join('') === lower-cased word. */
export function analyse(word: string, _lang: 'ru' | 'en' = 'ru'): Analysis {
  const best = cached(word)[0];
  return best ? copy(best) : whole(lower(word, 'ru'));
}
