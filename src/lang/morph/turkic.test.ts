// Engine-level tests of the table-driven Turkic analyser: invariants (fast-check), data-table
// consistency, ranking contract, hyphenated forms, caching and speed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, analyses, stemVariants } from './turkic.ts';
import type { TurkicLang } from './turkic.ts';
import { readTsv } from '../../util/data.ts';
import { lower } from '../../text/case.ts';

const LETTERS: Record<TurkicLang, string> = {
  kk: 'абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБҒҚҢӨҰҮІ',
  az: 'abcçdeəfgğhxıijkqlmnoöprsştuüvyzAƏIİÖÜŞ',
};
const EXTRA = "-'’0123456789";

function wordArb(lang: TurkicLang): fc.Arbitrary<string> {
  const chars = [...LETTERS[lang] + EXTRA];
  return fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 18 }).map((cs) => cs.join(''));
}

/** The lower-cased word with the separator at index i removed. */
function dropAt(s: string, i: number): string {
  return s.slice(0, i) + s.slice(i + 1);
}

for (const lang of ['kk', 'az'] as const) {
  test(`${lang}: never throws; stem + suffixes rebuild the word; best first; whole word included`, () => {
    fc.assert(fc.property(wordArb(lang), (w) => {
      const low = lower(w, lang);
      const all = analyses(w, lang);
      assert.ok(all.length >= 1);
      assert.ok(all.some((a) => a.stem === low && a.suffixes.length === 0));
      assert.deepEqual(analyse(w, lang), all[0]);
      for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.score >= all[i]!.score);
      for (const a of all) {
        assert.ok(a.stem.length > 0);
        assert.ok(a.suffixes.every((s) => s.length > 0));
        const rebuilt = a.stem + a.suffixes.join('');
        const seps = [...low].map((ch, i) => ("-'’".includes(ch) ? i : -1)).filter((i) => i >= 0);
        assert.ok(rebuilt === low || seps.some((i) => rebuilt === dropAt(low, i)), `${w}: ${JSON.stringify(a)}`);
      }
    }), { numRuns: 400 });
  });

  test(`${lang}: suffix table harmony column agrees with each form's vowels`, () => {
    const classes = new Map(readTsv(`${lang}/phonology.tsv`).map((r) => [r['class'], new Set((r['letters'] ?? '').split(' '))]));
    const back = classes.get('back') ?? new Set<string>();
    const front = classes.get('front') ?? new Set<string>();
    const round = classes.get('round') ?? new Set<string>();
    const neutral = new Set(lang === 'kk' ? ['и', 'у'] : []);
    const rows = readTsv(`${lang}/suffixes.tsv`);
    assert.ok(rows.length > 100);
    for (const r of rows) {
      const form = r['form'] ?? '';
      const h = r['harmony'] ?? '';
      const vowels = [...form].filter((c) => (back.has(c) || front.has(c)) && !neutral.has(c));
      assert.match(h, /^(none|back|front|back-round|back-unround|front-round|front-unround)$/, `-${form}`);
      if (h.startsWith('back')) assert.ok(vowels.every((v) => back.has(v)), `-${form} is marked back`);
      if (h.startsWith('front')) assert.ok(vowels.every((v) => front.has(v)), `-${form} is marked front`);
      if (h.endsWith('-round')) assert.ok(vowels.every((v) => round.has(v)), `-${form} is marked round`);
      if (h.endsWith('-unround')) assert.ok(vowels.every((v) => !round.has(v)), `-${form} is marked unrounded`);
      assert.ok(Number.isFinite(Number(r['weight'])), `-${form} weight`);
      assert.ok((r['prev'] ?? '') !== '', `-${form} prev`);
    }
  });
}

test('hyphenated abbreviation forms drop the hyphen and keep the abbreviation as stem', () => {
  assert.deepEqual(pick(analyse('БҰҰ-ның', 'kk')), ['бұұ', 'ның']);
  assert.deepEqual(pick(analyse('ШЫҰ-ға', 'kk')), ['шыұ', 'ға']);
  assert.deepEqual(pick(analyse('ATƏT-in', 'az')), ['atət', 'in']);
  assert.deepEqual(pick(analyse('NATO-nun', 'az')), ['nato', 'nun']);
  // a hyphenated compound keeps its hyphen in the stem and inflects on the last part
  assert.deepEqual(pick(analyse('Қасым-Жомарттың', 'kk')), ['қасым-жомарт', 'тың']);
  assert.deepEqual(pick(analyse('Sankt-Peterburqda', 'az')), ['sankt-peterburq', 'da']);
  assert.deepEqual(pick(analyse('vitse-prezident', 'az')), ['vitse-prezident']);
});

function pick(a: { stem: string; suffixes: string[] }): string[] {
  return [a.stem, ...a.suffixes];
}

test('harmony: a harmonic reading outranks a disharmonic one; loanword fallback still listed', () => {
  // -ге after a back stem is only a fallback: Баку+ге (loanword) is allowed, but scores below a harmonic -ға
  const bakuge = analyses('Бакуге', 'kk').find((a) => a.stem === 'баку');
  const bakuga = analyses('Бакуға', 'kk').find((a) => a.stem === 'баку');
  assert.ok(bakuge && bakuga && bakuga.score > bakuge.score);
  // az four-way: Lavrov+un (rounded) beats Lavrov+in
  const un = analyses('lavrovun', 'az').find((a) => a.stem === 'lavrov');
  const ins = analyses('lavrovin', 'az').find((a) => a.stem === 'lavrov');
  assert.ok(un && ins && un.score > ins.score);
});

test('no over-stemming: stems keep a vowel and at least two letters', () => {
  for (const [w, lang] of [['алды', 'kk'], ['жылы', 'kk'], ['ildə', 'az'], ['oldu', 'az']] as const) {
    for (const a of analyses(w, lang)) {
      assert.ok(a.stem.length >= 2, `${w}: ${a.stem}`);
      assert.ok(/[аәеёиоөуұүыіэюяaəeıioöuü]/.test(a.stem), `${w}: ${a.stem}`);
    }
  }
});

test('results are cached but callers cannot corrupt the cache', () => {
  const a = analyses('Қазақстанның', 'kk');
  a.length = 0;
  const b = analyses('Қазақстанның', 'kk');
  assert.ok(b.length > 0);
  b[0]!.suffixes.push('x');
  b[0]!.stem = 'x';
  const first = analyse('Қазақстанның', 'kk');
  first.suffixes.length = 0;
  assert.equal(analyse('Қазақстанның', 'kk').suffixes.join('+'), 'ның');
  assert.deepEqual(analyses('Қазақстанның', 'kk')[0], { ...analyses('Қазақстанның', 'kk')[0], stem: 'қазақстан', suffixes: ['ның'] });
});

test('stemVariants undoes stem-final voicing', () => {
  assert.deepEqual(stemVariants('nazirliy', 'az'), ['nazirliy', 'nazirlik']);
  assert.deepEqual(stemVariants('кітаб', 'kk'), ['кітаб', 'кітап']);
  assert.deepEqual(stemVariants('ел', 'kk'), ['ел']);
});
