import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { SHARED, needsShared } from '../../test/helpers.ts';
import { CC, charClass, tokenize } from './tokenize.ts';

/** Tokens as `text/kind-initial` (w word, n number, p punct, s symbol), joined by spaces. */
const show = (text: string): string => tokenize(text).map((t) => `${t.text}/${t.kind[0]}`).join(' ');

/** [what the case checks, text, expected tokens]. */
const CASES: [string, string, string][] = [
  ['Kazakh words', 'Қазақстан мен Әзербайжан', 'Қазақстан/w мен/w Әзербайжан/w'],
  ['Kazakh letters ғ қ ң ө ұ ү һ і', 'ғасыр қаңтар өңір ұлт үкімет һәм іс', 'ғасыр/w қаңтар/w өңір/w ұлт/w үкімет/w һәм/w іс/w'],
  ['Azerbaijani letters', 'Əliyev ğ ı ö ü ş ç İlham', 'Əliyev/w ğ/w ı/w ö/w ü/w ş/w ç/w İlham/w'],
  ['Kyrgyz, Tatar, Bashkir letters', 'Кыргызстан үчүн, Татарстанның җир, Башҡортостан ҙур', 'Кыргызстан/w үчүн/w ,/p Татарстанның/w җир/w ,/p Башҡортостан/w ҙур/w'],
  ['Latin with ñ ä', 'España Männer', 'España/w Männer/w'],
  ['hyphenated name', 'Қасым-Жомарт Тоқаев', 'Қасым-Жомарт/w Тоқаев/w'],
  ['hyphenated Azerbaijani compound', 'mədəni-humanitar əlaqələr', 'mədəni-humanitar/w əlaqələr/w'],
  ['hyphenated Russian compounds', 'Азербайджан-Казахстан, казахстанско-азербайджанский', 'Азербайджан-Казахстан/w ,/p казахстанско-азербайджанский/w'],
  ['abbreviation with Kazakh genitive', 'БҰҰ-ның', 'БҰҰ-ның/w'],
  ['abbreviation with Kazakh dative', 'ШЫҰ-ға', 'ШЫҰ-ға/w'],
  ['abbreviation with Azerbaijani genitive', 'ATƏT-in', 'ATƏT-in/w'],
  ['number with locative suffix', '18-də', '18-də/n'],
  ['year with ordinal suffix', '2023-cü il', '2023-cü/n il/w'],
  ['day with suffix', 'aprelin 10-da', 'aprelin/w 10-da/n'],
  ['Russian ordinal ending', '110-е место', '110-е/n место/w'],
  ['Uzbek modifier-letter apostrophe', 'oʻzbek', 'oʻzbek/w'],
  ['ASCII apostrophe inside a word', "O'zbekiston", "O'zbekiston/w"],
  ['English possessive', "Kazakhstan's", "Kazakhstan's/w"],
  ['typographic apostrophe', 'Azerbaijan’s minister', 'Azerbaijan’s/w minister/w'],
  ['single quotes around a word', "'Report'", "'/p Report/w '/p"],
  ['dotted date', '2023.10.18', '2023.10.18/n'],
  ['decimal comma', '1,5 есе', '1,5/n есе/w'],
  ['time', '16:21', '16:21/n'],
  ['European date', '24.11.2023', '24.11.2023/n'],
  ['fraction', '3/4', '3/4/n'],
  ['number then sentence period', 'in 2005.', 'in/w 2005/n ./p'],
  ['number then comma and space', '7, 8 and 9', '7/n ,/p 8/n and/w 9/n'],
  ['thousands with a space stay apart', '1 000', '1/n 000/n'],
  ['range with hyphen', '4-7°', '4/n -/p 7/n °/s'],
  ['range of years', '2020-2023', '2020/n -/p 2023/n'],
  ['initial then surname', 'С.Тоқаев', 'С/w ./p Тоқаев/w'],
  ['two initials', 'Н.Ә. Назарбаев', 'Н/w ./p Ә/w ./p Назарбаев/w'],
  ['abbreviation т.б.', 'т.б.', 'т/w ./p б/w ./p'],
  ['guillemets', '«AMANAT»', '«/p AMANAT/w »/p'],
  ['curly quotes', '“Kazinform”', '“/p Kazinform/w ”/p'],
  ['straight quotes and Azerbaijani suffix', '"Report"a', '"/p Report/w "/p a/w'],
  ['parentheses', '(СПЕКА)', '(/p СПЕКА/w )/p'],
  ['dashes', 'a – b — c - d', 'a/w –/p b/w —/p c/w -/p d/w'],
  ['dialogue hyphen before a word', '-Жаңа', '-/p Жаңа/w'],
  ['trailing hyphen of a broken word', 'ro- lu', 'ro/w -/p lu/w'],
  ['percent, numero, dollar', '80 % № 5 $2', '80/n %/s №/s 5/n $/s 2/n'],
  ['ellipsis characters', 'o… ...', 'o/w …/p ./p ./p ./p'],
  ['question and exclamation', 'Иә?!', 'Иә/w ?/p !/p'],
  ['code with digits', 'COVID-19-dan', 'COVID-19-dan/w'],
  ['aircraft name', 'Ту-154', 'Ту-154/w'],
  ['letters then digits', 'G20', 'G20/w'],
  ['digits then letters', '5G', '5G/n'],
  ['plus signs', '3+3', '3/n +/s 3/n'],
  ['emoji kept whole', 'Баку😀', 'Баку/w 😀/s'],
  ['combining mark inside a word', 'mu\u0301nasibət', 'mu\u0301nasibət/w'],
  ['soft hyphen inside a word', 'ынтымақ\u00adтастық', 'ынтымақ\u00adтастық/w'],
  ['no-break space separates', 'Бакуде\u00a0кездесті', 'Бакуде/w кездесті/w'],
  ['domain splits at the dot', 'Report.az', 'Report/w ./p az/w'],
  ['hashtag and handle', '#Türkiye @HakanFidan', '#/s Türkiye/w @/s HakanFidan/w'],
  ['Arabic-script word (Uyghur)', 'ئۇيغۇر تىلى', 'ئۇيغۇر/w تىلى/w'],
];

describe('tokenize: table', () => {
  for (const [name, text, expected] of CASES) test(name, () => assert.equal(show(text), expected));
});

describe('tokenize: range', () => {
  test('offsets point into the whole text; only tokens inside [from, to)', () => {
    const text = 'Астана, 2023-cü il. Бейжің';
    const toks = tokenize(text, 8, 19);
    assert.deepEqual(toks.map((t) => [t.text, t.start, t.end]), [['2023-cü', 8, 15], ['il', 16, 18], ['.', 18, 19]]);
  });
  test('a token is cut at `to`', () => {
    assert.deepEqual(tokenize('Қасым-Жомарт', 0, 5).map((t) => t.text), ['Қасым']);
    assert.deepEqual(tokenize('Қасым-Жомарт', 0, 6).map((t) => t.text), ['Қасым', '-']);
  });
  test('out-of-range bounds are clamped', () => {
    assert.deepEqual(tokenize('ab cd', -5, 99).map((t) => t.text), ['ab', 'cd']);
    assert.deepEqual(tokenize('ab cd', 4, 2), []);
    assert.deepEqual(tokenize(''), []);
  });
});

describe('charClass', () => {
  test('classes of sample characters', () => {
    assert.equal(charClass('Қ'.charCodeAt(0)), CC.UPPER);
    assert.equal(charClass('ə'.charCodeAt(0)), CC.LOWER);
    assert.equal(charClass('ʻ'.charCodeAt(0)), CC.LETTER);
    assert.equal(charClass(0x301), CC.MARK);
    assert.equal(charClass('٣'.charCodeAt(0)), CC.DIGIT);
    assert.equal(charClass('«'.charCodeAt(0)), CC.PUNCT);
    assert.equal(charClass('%'.charCodeAt(0)), CC.OTHER);
    assert.equal(charClass(0xa0), CC.SPACE);
    assert.equal(charClass(0xd83d), CC.OTHER);
  });
});

function checkTokens(text: string, from?: number, to?: number): void {
  const toks = tokenize(text, from, to);
  const lo = Math.max(0, Math.floor(from ?? 0));
  const hi = Math.min(text.length, Math.floor(to ?? text.length));
  let prev = lo;
  const covered = new Uint8Array(text.length);
  for (const t of toks) {
    assert.ok(t.start >= prev && t.start < t.end && t.end <= hi, `sorted, non-overlapping, in range: ${JSON.stringify(t)}`);
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(!/\s/.test(t.text), `no whitespace inside ${JSON.stringify(t.text)}`);
    covered.fill(1, t.start, t.end);
    prev = t.end;
  }
  for (let i = lo; i < hi; i++) {
    if (!/\s/.test(text[i] ?? '')) assert.equal(covered[i], 1, `char ${i} (${text.charCodeAt(i).toString(16)}) covered`);
  }
}

const ALPHABET = [
  'а', 'Қ', 'ә', 'Ə', 'ş', 'ı', 'İ', 'b', 'Z', 'ʻ', '0', '7', '٣', '.', ',', ':', '/', '-', '‐', '–', "'", '’', '`',
  '«', '»', '"', '(', '%', '№', ' ', '\n', '\t', '\u00a0', '\ufeff', '\u0301', '\u200d', '\u00ad', '😀', '\ud800', '\udc00',
];

describe('tokenize: properties', () => {
  test('tokens sorted, non-overlapping, exact, space-free, covering every non-space char', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 150 }), (text) => { checkTokens(text); }), { numRuns: 2000 });
  });
  test('same within an arbitrary range, on arbitrary UTF-16', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 100 }), fc.integer({ min: -3, max: 110 }), fc.integer({ min: -3, max: 110 }),
      (text, a, b) => { checkTokens(text, a, b); }), { numRuns: 1000 });
  });
  test('tokenizing a range gives the tokens of the whole text that lie inside it when cut at spaces', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 80 }), fc.nat(80), (text, cut) => {
      const at = text.indexOf(' ', Math.min(cut, text.length));
      if (at < 0) return;
      const whole = tokenize(text).filter((t) => t.end <= at).map((t) => [t.start, t.end, t.kind]);
      assert.deepEqual(tokenize(text, 0, at).map((t) => [t.start, t.end, t.kind]), whole);
    }), { numRuns: 1000 });
  });
});

const SEEDS = join(SHARED, 'seeds');
describe('tokenize: real text and size', () => {
  test('seed articles: invariants hold, suffixed abbreviations stay whole', { skip: needsShared }, () => {
    let words = 0;
    for (const f of readdirSync(SEEDS)) {
      const text = readFileSync(`${SEEDS}/${f}`, 'utf8').normalize('NFC');
      checkTokens(text);
      words += tokenize(text).filter((t) => t.kind === 'word').length;
    }
    assert.ok(words > 1000, `${words} words`);
  });
  test('a 2.4 MB text tokenizes whole (speed itself is measured by npm run bench)', () => {
    const para = 'Қасым-Жомарт Тоқаев 2023-cü il aprelin 10-da БҰҰ-ның саммитіне қатысты. «AMANAT» партиясы, т.б. 24.11.2023 – 1,5 млн. ';
    const text = para.repeat(20000); // ~2.4 MB of UTF-16 text
    const tokens = tokenize(text);
    assert.equal(tokens.length % 20000, 0);
    assert.ok(tokens.length > 300000);
    assert.equal(tokens.at(-1)?.end, text.trimEnd().length);
  });
});
