/**
 * `npm run build:lexicon -- kk FILE…`: rebuilds data/<lang>/lexicon.tsv by soft EM. Each distinct corpus
 * word form spreads one unit of support over its candidate stems in proportion to exp(score / T) under
 * the current lexicon; the unit goes to the verb column when the first suffix is verbal, else to the
 * noun column. Each round runs in a fresh process because the analyser loads the lexicon once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyses } from '../src/lang/morph/turkic.ts';
import { lower } from '../src/text/case.ts';
import { dataPath, readTsv } from '../src/util/data.ts';

const ROUNDS = 4;
const HEADER = '# Kazakh stem lexicon: how many distinct word forms of a news corpus support each candidate stem, split\n# by the reading (noun: bare word or nominal first suffix; verb: verbal first suffix). The analyser adds\n# 0.4 × ln(1 + support) for the reading it scores (capped), minus half that for the other reading.\n# Built by soft EM with src/lang/morph/turkic.ts itself (4 rounds, temperature 0.3): each distinct\n# lower-cased Cyrillic word form spreads one unit over its candidate analyses ∝ exp(score / 0.3).\n# Corpus: KazNERD validation split, 18,990 distinct word forms of TV news text (Yeshpanov, Khassanov,\n# Varol, "KazNERD: Kazakh Named Entity Recognition Dataset", LREC 2022; CC BY 4.0). Only stems with\n# total support ≥ 1 are kept. Rebuild after changing kk/suffixes.tsv weights.\n';

function round(lang: 'kk' | 'az', files: string[]): void {
  const T = 0.3;
  const VERBAL = new Set(['voice', 'neg', 'tense', 'pers', 'conv', 'ptcp', 'vn', 'mood']);
  const verbShare = new Map<string, [number, number]>();
  for (const r of readTsv(`${lang}/suffixes.tsv`)) {
    const e = verbShare.get(r.form!) ?? [0, 0];
    if (VERBAL.has(r.cat!)) e[0]++; else e[1]++;
    verbShare.set(r.form!, e);
  }
  const letters = lang === 'kk' ? /^[а-яәғқңөұүіһё]{2,}$/ : /^[a-zəıöüğçş]{2,}$/;
  const forms = new Set<string>();
  for (const file of files) for (const line of readFileSync(file, 'utf8').split('\n')) {
    const w = line.split(/[ \t]/)[0] ?? '';
    const lw = lower(w, lang);
    if (letters.test(lw)) forms.add(lw);
  }
  const noun = new Map<string, number>();
  const verb = new Map<string, number>();
  for (const f of forms) {
    const as = analyses(f, lang);
    const top = as[0]!.score;
    let z = 0;
    const ws = as.map((a) => { const w = Math.exp((a.score - top) / T); z += w; return w; });
    as.forEach((a, i) => {
      const p = ws[i]! / z;
      const first = a.suffixes[0];
      const [v, n] = first === undefined ? [0, 1] : verbShare.get(first) ?? [0, 1];
      const vp = v / (v + n);
      if (vp > 0) verb.set(a.stem, (verb.get(a.stem) ?? 0) + p * vp);
      if (vp < 1) noun.set(a.stem, (noun.get(a.stem) ?? 0) + p * (1 - vp));
    });
  }
  const stems = new Set([...noun.keys(), ...verb.keys()]);
  const rows = [...stems].map((s) => [s, noun.get(s) ?? 0, verb.get(s) ?? 0] as const)
    .filter(([s, n, v]) => n + v >= 1 && s.length >= 2)
    .sort((a, b) => b[1] + b[2] - a[1] - a[2] || (a[0] < b[0] ? -1 : 1));
  process.stderr.write(`${forms.size} forms, ${rows.length} stems\n`);
  process.stdout.write(rows.map(([s, n, v]) => `${s}\t${n.toFixed(1)}\t${v.toFixed(1)}\n`).join(''));
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--round') {
  const [lang, ...files] = rest;
  round(lang as 'kk' | 'az', files);
} else {
  const lang = mode;
  if (lang !== 'kk' && lang !== 'az') throw new Error('usage: build-lexicon (kk|az) CORPUS-FILE…');
  const file = dataPath(lang, 'lexicon.tsv');
  writeFileSync(file, `${HEADER}stem\tnoun\tverb\n`);
  for (let i = 0; i < ROUNDS; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--round', lang, ...rest], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`round ${i + 1} failed`);
    writeFileSync(file, `${HEADER}stem\tnoun\tverb\n${r.stdout}`);
  }
}
