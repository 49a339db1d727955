import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, analyses } from './en.ts';
import { lower } from '../../text/case.ts';

/** word, expected stem, expected lemma. */
const CASES: [string, string, string][] = [
  ["Kazakhstan's", 'kazakhstan', 'kazakhstan'],
  ['Azerbaijan’s', 'azerbaijan', 'azerbaijan'],
  ["countries'", 'countr', 'country'],
  ['talks', 'talk', 'talk'],
  ['visited', 'visit', 'visit'],
  ['visits', 'visit', 'visit'],
  ['visiting', 'visit', 'visit'],
  ['signed', 'sign', 'sign'],
  ['signing', 'sign', 'sign'],
  ['meetings', 'meeting', 'meeting'],
  ['meeting', 'meeting', 'meeting'],
  ['briefings', 'briefing', 'briefing'],
  ['countries', 'countr', 'country'],
  ['country', 'countr', 'country'],
  ['ministries', 'ministr', 'ministry'],
  ['ministers', 'minister', 'minister'],
  ['leaders', 'leader', 'leader'],
  ['states', 'stat', 'state'],
  ['stated', 'stat', 'state'],
  ['announced', 'announc', 'announce'],
  ['announcing', 'announc', 'announce'],
  ['announce', 'announc', 'announce'],
  ['agreed', 'agree', 'agree'],
  ['agreeing', 'agree', 'agree'],
  ['agree', 'agree', 'agree'],
  ['planned', 'plan', 'plan'],
  ['committed', 'commit', 'commit'],
  ['added', 'add', 'add'],
  ['called', 'call', 'call'],
  ['controlled', 'control', 'control'],
  ['discussed', 'discuss', 'discuss'],
  ['negotiated', 'negotiat', 'negotiate'],
  ['created', 'creat', 'create'],
  ['defeated', 'defeat', 'defeat'],
  ['urged', 'urg', 'urge'],
  ['pledged', 'pledg', 'pledge'],
  ['issued', 'issu', 'issue'],
  ['issues', 'issu', 'issue'],
  ['welcomed', 'welcom', 'welcome'],
  ['condemned', 'condemn', 'condemn'],
  ['sanctions', 'sanction', 'sanction'],
  ['carried', 'carr', 'carry'],
  ['studying', 'stud', 'study'],
  ['voted', 'vot', 'vote'],
  ['votes', 'vot', 'vote'],
  ['officially', 'official', 'official'],
  ['strongly', 'strong', 'strong'],
  ['easily', 'eas', 'easy'],
  ['taxes', 'tax', 'tax'],
  ['matches', 'match', 'match'],
  ['Americans', 'american', 'american'],
  ['proceeded', 'proceed', 'proceed'],
  // kept whole
  ['Germany', 'germany', 'germany'],
  ['Italy', 'italy', 'italy'],
  ['Ahmed', 'ahmed', 'ahmed'],
  ['news', 'news', 'news'],
  ['series', 'series', 'series'],
  ['this', 'this', 'this'],
  ['its', 'its', 'its'],
  ['during', 'during', 'during'],
  ['family', 'family', 'family'],
  ['only', 'only', 'only'],
  ['Paris', 'paris', 'paris'],
  ['bus', 'bus', 'bus'],
  ['Tokayev', 'tokayev', 'tokayev'],
  ['COVID-19', 'covid-19', 'covid-19'],
  ['held', 'held', 'held'],
];

test('en analyse: light stems and lemmas', () => {
  assert.ok(CASES.length >= 40);
  const bad: string[] = [];
  for (const [word, stem, lemma] of CASES) {
    const a = analyse(word, 'en');
    if (a.stem !== stem || a.lemma !== lemma) bad.push(`${word}: got ${a.stem}/${a.lemma}, want ${stem}/${lemma}`);
  }
  assert.deepEqual(bad, []);
});

test('en: all forms of one word share the stem', () => {
  const families = [
    ['announce', 'announced', 'announces', 'announcing'],
    ['state', 'states', 'stated', "state's"],
    ['country', 'countries', "country's", "countries'"],
    ['sign', 'signs', 'signed', 'signing'],
    ['agree', 'agreed', 'agrees', 'agreeing'],
    ['issue', 'issues', 'issued', 'issuing'],
    ['vote', 'votes', 'voted', 'voting'],
    ['plan', 'plans', 'planned', 'planning'],
  ];
  for (const fam of families) {
    const stems = new Set(fam.map((w) => analyse(w, 'en').stem));
    assert.equal(stems.size, 1, `${fam.join(',')}: ${[...stems].join(',')}`);
  }
});

test('en analyses: capitalised names keep their -y/-ed but offer the stripped reading', () => {
  const list = analyses('Germany', 'en');
  assert.equal(list[0]!.stem, 'germany');
  assert.ok(list.some((a) => a.stem === 'german'));
  const total = list.reduce((s, a) => s + a.score, 0);
  assert.ok(Math.abs(total - 1) < 1e-9);
});

test('en analyse: never throws; stem + suffixes spell the lower-cased word (property)', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcdeilnorstuyADEGS\'’-'), maxLength: 12 });
  fc.assert(fc.property(fc.oneof(word, fc.string()), (w) => {
    for (const a of analyses(w, 'en')) {
      if (a.stem + a.suffixes.join('') !== lower(w, 'en') || a.stem !== a.stem.toLowerCase()) return false;
    }
    const best = analyse(w, 'en');
    return best.stem + best.suffixes.join('') === lower(w, 'en');
  }), { numRuns: 2000 });
});
