import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { packageRoot, readTsv } from '../util/data.ts';
import { findBoilerplate } from './clean.ts';
import { normalizeText } from './normalize.ts';

const norm = (s: string, lang?: string): string => normalizeText(s, [], lang).text;

test('whitespace: CRLF, NBSP, space runs, trimmed lines, at most one blank line, no blank ends', () => {
  const cases: [string, string][] = [
    ['  Бірінші\u00a0\u00a0жол  \r\nекінші жол.\r\n\r\n\r\n\r\nҮшінші.  \n\n', 'Бірінші жол екінші жол.\n\nҮшінші.'],
    ['\n\n\tTitle\t\n\n\n\nText.\n', 'Title\n\nText.'],
    ['A.\nB.', 'A.\nB.'],
    ['Söz\u2009arası\u202fboşluq.', 'Söz arası boşluq.'],
    ['', ''],
    [' \n \u00a0\n', ''],
  ];
  for (const [input, want] of cases) assert.equal(norm(input), want, JSON.stringify(input));
});

test('invisible characters: soft hyphens, zero-width spaces, BOM, control characters are dropped', () => {
  assert.equal(norm('Қа\u00adзақ\u200bстан\ufeff\u0007'), 'Қазақстан');
  assert.equal(norm('\ufeffMətn.'), 'Mətn.');
  assert.equal(norm('Nazarbay\u00ad\n\nyev gəlib.'), 'Nazarbayyev gəlib.', 'a soft hyphen at a line end joins the word');
});

test('NFC: decomposed letters are composed and map to their first code unit', () => {
  const input = 'Қаи\u0306ым e\u0301te';
  const n = normalizeText(input, []);
  assert.equal(n.text, 'Қайым éte');
  assert.equal(n.map[2], 2);
  assert.equal(n.map[3], 4, 'й maps to the и it was composed from');
  assert.equal(n.map[4], 5);
  assert.equal(n.map[6], 7, 'é maps to e');
  assert.equal(n.map[7], 9);
});

test('removed ranges are cut; a removed line leaves at most a paragraph break', () => {
  const text = 'Сенбі, 23 Қараша 2024\n912 пікір\n\nТақырып жолы\n\nAbai.kz\n\nМәтін.';
  const removed = [{ start: 0, end: 21 }, { start: 22, end: 31 }, { start: 47, end: 54 }];
  const n = normalizeText(text, removed);
  assert.equal(n.text, 'Тақырып жолы\n\nМәтін.');
  assert.equal(text.slice(n.map[0] ?? -1, (n.map[0] ?? 0) + 7), 'Тақырып');
  assert.equal(text[n.map[n.text.indexOf('М')] ?? -1], 'М');
});

test('look-alike letters: minority-script letters inside a word take the majority script', () => {
  const cases: [string, string, string | undefined][] = [
    ['Кaзaхстан', 'Казахстан', undefined], // Latin a in a Cyrillic word
    ['Azərbaycanın', 'Azərbaycanın', undefined],
    ['Azәrbaycan', 'Azərbaycan', undefined], // Cyrillic ә (U+04D9) in a Latin word
    ['Әзербайжан', 'Әзербайжан', undefined],
    ['Əзербайжан', 'Әзербайжан', undefined], // Latin Ə in a Cyrillic word
    ['мемлекетiмiз', 'мемлекетіміз', undefined], // Latin i for Kazakh і
    ['Bakі', 'Baki', undefined], // Kazakh і in a Latin word
    ['TÜRKРA', 'TÜRKPA', undefined], // Cyrillic Р in a Latin acronym
    ['Yкімет', 'Үкімет', 'kk'], // Kazakh Ү typed as Latin Y
    ['Yказ', 'Указ', 'ru'],
    ['COVID-19 вирусы', 'COVID-19 вирусы', undefined], // separate words in separate scripts stay
    ['SMS-хабарлама', 'SMS-хабарлама', undefined],
    ['Жq', 'Жq', undefined], // q has no Cyrillic look-alike in our languages: left alone
    ['Zԛ', 'Zq', 'en'], // Kurdish ԛ goes to Latin q in a tie when the text is English
    ['Жq', 'Жq', 'kk'], // … but Latin q is never made Kurdish ԛ
  ];
  for (const [input, want, lang] of cases) assert.equal(norm(input, lang), want, input);
});

test('Azerbaijani ä → ə only in Azerbaijani text', () => {
  assert.equal(norm('Azärbaycan Respublikası', 'az'), 'Azərbaycan Respublikası');
  assert.equal(norm('Äliyev görüşüb'), 'Äliyev görüşüb', 'no language, no ə anywhere: left alone');
  assert.equal(norm('Äliyev Bakıda görüşüb, səfər davam edir.'), 'Əliyev Bakıda görüşüb, səfər davam edir.', 'other Azerbaijani letters in the text');
  assert.equal(norm('Mädchen in Berlin', 'en'), 'Mädchen in Berlin');
});

test('apostrophes inside words become U+0027; real quotes stay', () => {
  const cases: [string, string][] = [
    ['O‘zbekiston va oʻzbek, gʼalaba, g`alaba', "O'zbekiston va o'zbek, g'alaba, g'alaba"],
    ['Kazakhstan’s president', "Kazakhstan's president"],
    ['tog‘ va bog‘', "tog' va bog'"],
    ['He said ‘yes’ twice', 'He said ‘yes’ twice'],
    ['«Report»’a', '«Report»’a'],
  ];
  for (const [input, want] of cases) assert.equal(norm(input), want, input);
});

test('hyphenation at line ends: joined, or kept as a compound (vocabulary first, then rules)', () => {
  const cases: [string, string][] = [
    ['Dövlət başçılarının xüsusi ro-\n\nlu vurğulanıb.', 'Dövlət başçılarının xüsusi rolu vurğulanıb.'],
    ['Şuranın yaradılması, im-\n\nzalanmış sənədlər.', 'Şuranın yaradılması, imzalanmış sənədlər.'],
    ['Мемлекет басшысы Қасым-\n\nЖомарт Тоқаев.', 'Мемлекет басшысы Қасым-Жомарт Тоқаев.'],
    ['Azərbaycan-\nQazaxıstan əlaqələri.', 'Azərbaycan-Qazaxıstan əlaqələri.'],
    ['Tərəflər mədəni-\n\nhumanitar sahəni müzakirə edib.', 'Tərəflər mədəni-humanitar sahəni müzakirə edib.'],
    ['Тараптар екі-\n\nүш күн бойы. Бұл екі-үш апта емес.', 'Тараптар екі-үш күн бойы. Бұл екі-үш апта емес.'],
    ['Tərəflər əmək-\n\ndaşlıq barədə danışıb. Əməkdaşlıq genişlənir.', 'Tərəflər əməkdaşlıq barədə danışıb. Əməkdaşlıq genişlənir.'],
    ['Ankara NATO-\n\nya müraciət edib.', 'Ankara NATO-ya müraciət edib.'],
    ['Sammit 2023-\n\ncü ildə keçirilib.', 'Sammit 2023-cü ildə keçirilib.'],
    ['Бұл мәселе -\n\nжабық.', 'Бұл мәселе - жабық.'],
  ];
  for (const [input, want] of cases) assert.equal(norm(input), want, input);
});

test('line breaks inside a sentence become spaces; paragraph ends stay', () => {
  const cases: [string, string][] = [
    ['parlamentlərinin roluna\n\ndiqqət çəkərək danışıblar.', 'parlamentlərinin roluna diqqət çəkərək danışıblar.'],
    ['Görüş keçirilib.\n\nbu barədə məlumat verilib.', 'Görüş keçirilib.\n\nbu barədə məlumat verilib.'],
    ['Президенті:\n-Жаңа жобалар бар.', 'Президенті:\n-Жаңа жобалар бар.'],
    ['Тақырып жолы\n\nМәтін басталды.', 'Тақырып жолы\n\nМәтін басталды.'],
  ];
  for (const [input, want] of cases) assert.equal(norm(input), want, input);
});

test('hard-wrapped paragraphs (many breaks inside sentences) become one line', () => {
  const wrapped = 'Мемлекет басшысы Бакуге жұмыс\nсапары барысында Әзербайжан президентімен кездесті. Тараптар\nбірлескен жобаларды талқылады, оның ішінде Каспий\nтеңізінің табанымен кабель тарту мен Ильхам\nӘлиевтің сапары да бар.\n\nКелесі абзац.';
  assert.equal(norm(wrapped), 'Мемлекет басшысы Бакуге жұмыс сапары барысында Әзербайжан президентімен кездесті. Тараптар бірлескен жобаларды талқылады, оның ішінде Каспий теңізінің табанымен кабель тарту мен Ильхам Әлиевтің сапары да бар.\n\nКелесі абзац.');
  const list = 'Weather forecast for Astana\n7 January – Partly cloudy.\n8 January – Snow.\nWeather forecast for Almaty';
  assert.equal(norm(list), list, 'lines that each stand alone are not joined');
});

// ---- properties ----

const partners = new Map<string, Set<string>>();
const link = (a: string, b: string): void => {
  if (!partners.has(a)) partners.set(a, new Set());
  partners.get(a)?.add(b);
};
for (const r of readTsv('normalize/homoglyphs.tsv')) { link(r.latin ?? '', r.cyrillic ?? ''); link(r.cyrillic ?? '', r.latin ?? ''); }
for (const r of readTsv('normalize/letter-fixes.tsv')) link(r.from ?? '', r.to ?? '');
const APOSTROPHES = new Set(readTsv('normalize/apostrophes.tsv').map((r) => r.char ?? ''));

/** True when output char `o`, mapped to input char `i`, is that char or an explained change of it. */
function explained(i: string, o: string): boolean {
  if (i === o) return true;
  if (o === ' ' || o === '\n') return true; // spaces, NBSP, joined line breaks
  if (o === "'" && APOSTROPHES.has(i)) return true;
  if (partners.get(i)?.has(o)) return true;
  for (const mid of partners.get(i) ?? []) if (partners.get(mid)?.has(o)) return true; // ä → ə → ә
  if (i.normalize('NFC').includes(o)) return true; // NFC replaced the character (CJK compatibility ideographs…)
  if (partners.get(i)?.has(o.normalize('NFD').charAt(0))) return true; // і + ◌̈ → ї (NFC) → ï (look-alike)
  return o.normalize('NFD').startsWith(i.normalize('NFD').charAt(0)); // composed from i (+ marks)
}

const PIECES = [
  'а', 'a', 'е', 'e', 'о', 'o', 'р', 'p', 'с', 'c', 'і', 'i', 'у', 'y', 'Y', 'Ү', 'ə', 'ә', 'Ə', 'Ә', 'ä', 'Ä',
  'қ', 'ғ', 'ж', 'q', 'ş', 'ı', 'İ', 'Ж', 'Z', 'M', 'М', 'т', 'k', 'к', 'Azərbaycan', 'Қазақстан', 'ro', 'lu',
  '\u0301', '\u0306', '\u0308', '\u00ad', '\u200b', '\ufeff', '\u00a0', ' ', '  ', '\n', '\n\n', '\n\n\n', '\r\n', '\r', '\t',
  '-', '‐', '.', ',', ':', '!', '?', '…', '«', '»', '"', '‘', '’', 'ʻ', 'ʼ', '`', '´', '′', "'", '1', '2023', '\u0007', '\u2028',
  '\ud800', '😀', '가', '\u1161', 'ᄀ',
];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const rangesArb = fc.array(fc.record({ start: fc.integer({ min: -5, max: 80 }), end: fc.integer({ min: -5, max: 80 }) }), { maxLength: 4 });
const langArb = fc.constantFrom(undefined, 'kk', 'az', 'ru', 'en', 'und');

test('property: never throws; the map is monotone, in range, one entry per char plus the end', () => {
  fc.assert(fc.property(textArb, rangesArb, langArb, (input, ranges, lang) => {
    const n = normalizeText(input, ranges, lang);
    assert.equal(n.map.length, n.text.length + 1);
    assert.equal(n.map[n.text.length], input.length);
    for (let i = 0; i < n.map.length; i++) {
      const m = n.map[i] ?? -1;
      assert.ok(m >= 0 && m <= input.length, `map[${i}] = ${m}`);
      if (i > 0) assert.ok(m >= (n.map[i - 1] ?? 0), `map not monotone at ${i}`);
      if (i < n.text.length) assert.ok(m < input.length);
    }
  }), { numRuns: 2000 });
});

test('property: idempotent (with and without the language)', () => {
  fc.assert(fc.property(textArb, langArb, (input, lang) => {
    const once = normalizeText(input, [], lang).text;
    assert.equal(normalizeText(once, [], lang).text, once);
    assert.equal(normalizeText(once, []).text, once);
  }), { numRuns: 3000 });
});

test('property: the output is in NFC (language ID reads it without composing it again)', () => {
  fc.assert(fc.property(textArb, rangesArb, langArb, (input, ranges, lang) => {
    const out = normalizeText(input, ranges, lang).text;
    assert.equal(out.normalize('NFC'), out);
  }), { numRuns: 3000 });
});

test('property: every output char maps to the same input char unless normalization explains the change', () => {
  // The case NFC reorders (found by this property): the two marks come out swapped, each mapped inside their run.
  const swapped = normalizeText(' \u0F72\u0F71', []);
  assert.equal(swapped.text, '\u0F71\u0F72');
  // An astral character NFC expands (U+1D1BB → U+1D1B9 U+1D165, found by this property): every unit maps to
  // where the character starts, never into the middle of its surrogate pair.
  const expanded = normalizeText('\u{1D1BB}', []);
  assert.equal(expanded.text, '\u{1D1B9}\u{1D165}');
  assert.deepEqual(Array.from(expanded.map), [0, 0, 0, 0, 2]);
  // A removal range never splits a character (found by this property): the halves of U+2F800 and U+32401 left on
  // either side of a range would join into U+2F801, which NFC turns into U+4E38.
  assert.equal(normalizeText('\u{10000}\u{10000}\u{2F800}\u{32401}', [{ start: 5, end: 7 }]).text, '\u{10000}\u{10000}');
  fc.assert(fc.property(textArb, rangesArb, langArb, (input, ranges, lang) => {
    const n = normalizeText(input, ranges, lang);
    for (let i = 0; i < n.text.length; i++) {
      const o = n.text[i] ?? '', m = n.map[i] ?? 0, cp = input.codePointAt(m) ?? 0;
      const src = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      // The input character with the combining marks after it, as NFC composes them (a + ◌̈ → ä → ə).
      const composed = (input.slice(m).match(/^[^]\p{M}*/u)?.[0] ?? src).normalize('NFC').charAt(0);
      // NFC reorders combining marks by combining class (◌ི◌ཱ → ◌ཱ◌ི); a monotone map cannot follow a swap, so a
      // mark may map to another position of the same run of marks it came from.
      const markRun = /\p{M}/u.test(o) ? (input.slice(0, m + 1).match(/\p{M}*$/u)?.[0] ?? '') + (input.slice(m + 1).match(/^\p{M}*/u)?.[0] ?? '') : '';
      const unit = input[m] === o;
      assert.ok(unit || explained(src, o) || explained(composed, o) || markRun.includes(o), `output ${JSON.stringify(o)} at ${i} maps to input ${JSON.stringify(src)}`);
    }
  }), { numRuns: 2000 });
});

// A hang guard for super-linear behaviour, not a speed target (npm run bench measures speed).
test('normalizeText runs through 10 MB', { timeout: 60_000 }, () => {
  const para = 'Azərbaycan və Qazaxıstan arasında əlaqələr ro-\n\nlu inkişaf edir.\u00a0 Мемлекет басшысы Бакуге барды.\r\n\r\n';
  const text = para.repeat(Math.ceil(10e6 / para.length));
  const n = normalizeText(text, []);
  assert.ok(n.text.startsWith('Azərbaycan və Qazaxıstan arasında əlaqələr rolu inkişaf edir. Мемлекет'));
});

// ---- the real seed articles (../shared) ----

const SEEDS = resolve(packageRoot, '..', 'shared', 'seeds');

test('seeds: boilerplate gone, broken words repaired, every kept line still there', { skip: !existsSync(SEEDS) && 'needs ../shared' }, () => {
  const out: string[] = [];
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) {
    const raw = readFileSync(join(SEEDS, f), 'utf8');
    const removed = findBoilerplate(raw);
    const n = normalizeText(raw, removed);
    out.push(n.text);
    // Every line not touched by a removal keeps its opening words in the normalized text.
    let at = 0;
    for (const line of raw.split('\n')) {
      const start = at;
      at += line.length + 1;
      if (line.trim() === '' || removed.some((r) => r.start < start + line.length && r.end > start)) continue;
      const opening = norm(line).split(' ').slice(0, 5).join(' ');
      assert.ok(n.text.includes(opening), `${f}: lost "${opening}"`);
    }
  }
  const all = out.join('\n\n');
  for (const junk of ['Abai.kz', 'amanatpartiasy.kz', 'Үздік материалдар', 'Tam oxu', 'Xəbəri oxu', 'You must enable Javascript', '1381 2 пікір', '2 пікір', 'Мауқараұлы', 'Біртуар', 'Сенбі, 23', ' date 2020']) {
    assert.ok(!all.includes(junk), `still there: ${junk}`);
  }
  assert.ok(!/\b(?:ro|im)-\s/u.test(all), 'a broken ro-/im- remains');
  for (const phrase of ['xüsusi rolu diqqətə', 'imzalanmış sənədlər', 'roluna diqqət çəkərək', 'Партиялар ынтымақтастық орнатты', 'Қасым-Жомарт Тоқаев пен Ильхам Әлиев', 'Demokrat.az saytından', 'mədəni-maarif', 'Qazaxıstan Xalqı Assambleyası']) {
    assert.ok(all.includes(phrase), `missing: ${phrase}`);
  }
});
