/**
 * Language identification beside franc-all and eld on the same sentences: the sentences of the bundled
 * samples (kk, az, ru, en; each labelled with its article's language), whole and cut to their first five
 * words. franc-all is restricted to elchi's languages it models; eld has no Kazakh (nor Uzbek or Kyrgyz)
 * model, so it is restricted to the elchi languages it has (az, ru, en, tr) and scored on az, ru and en only.
 */
import { francAll } from 'franc-all';
import { eld } from 'eld/large';
import { detectLanguage } from '../src/lang/detect.ts';
import { processDoc } from '../src/pipeline/text-engine.ts';
import { readTsv } from '../src/util/data.ts';
import type { Sample } from './corpus.ts';
import { since } from './table.ts';

/** A labelled sentence. */
export interface LabelledSentence { lang: string; text: string }

/** Sentences of at least `minLetters` letters from the samples, labelled with their article's language. */
export function sampleSentences(samples: readonly Sample[], minLetters = 20): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  samples.forEach((s, i) => {
    const doc = processDoc({ id: `s${i}`, source: s.file, content: s.text, format: 'text' });
    for (const sen of doc.sentences) {
      const text = doc.text.slice(sen.start, sen.end).trim();
      if ((text.match(/\p{L}/gu)?.length ?? 0) >= minLetters) out.push({ lang: s.lang, text });
    }
  });
  return out;
}

/** One detector's figures. */
export interface LangidRow { name: string; langs: string; scoredOn: string; sentences: number; accuracy: number; accuracy5w: number; sentencesPerSec: number; accuracyAzRuEn: number }

const firstWords = (s: string, n: number): string => s.split(/\s+/).slice(0, n).join(' ');

function score(name: string, langs: string, detect: (t: string) => string, all: readonly LabelledSentence[], scoredLangs: readonly string[]): LangidRow {
  const set = all.filter((s) => scoredLangs.includes(s.lang));
  // Speed over every sentence (the same work for each detector), three rounds.
  const t0 = performance.now();
  for (let r = 0; r < 3; r++) for (const s of all) detect(s.text);
  const sentencesPerSec = (3 * all.length) / since(t0);
  const acc = (xs: readonly LabelledSentence[], cut: (t: string) => string): number => xs.filter((s) => detect(cut(s.text)) === s.lang).length / Math.max(1, xs.length);
  const azRuEn = set.filter((s) => s.lang !== 'kk');
  return {
    name, langs, scoredOn: scoredLangs.join(' '), sentences: set.length,
    accuracy: acc(set, (t) => t), accuracy5w: acc(set, (t) => firstWords(t, 5)), sentencesPerSec, accuracyAzRuEn: acc(azRuEn, (t) => t),
  };
}

/** elchi, franc-all and eld on the same sentences. */
export function langidBench(sentences: readonly LabelledSentence[]): LangidRow[] {
  const rows = readTsv('langid/languages.tsv');
  const elchiLangs = rows.map((r) => r.lang ?? '');
  const francToElchi = new Map(rows.filter((r) => r.franc && r.franc !== '-').map((r) => [r.franc ?? '', r.lang ?? '']));
  const francOnly = [...francToElchi.keys()];
  const eldLangs = elchiLangs.filter((l) => ['az', 'ru', 'en', 'tr'].includes(l));
  eld.setLanguageSubset(eldLangs);
  const core = ['kk', 'az', 'ru', 'en'];
  const out = [
    score('elchi (src/lang/detect.ts)', `${elchiLangs.length - 1} + und`, (t) => detectLanguage(t).lang, sentences, core),
    score('franc-all', `${francOnly.length} (elchi's minus ba)`, (t) => francToElchi.get(francAll(t, { only: francOnly })[0]?.[0] ?? 'und') ?? 'und', sentences, core),
    score('eld (large)', `${eldLangs.length} (${eldLangs.join(' ')})`, (t) => eld.detect(t).language || 'und', sentences, ['az', 'ru', 'en']),
  ];
  eld.setLanguageSubset(false);
  return out;
}
