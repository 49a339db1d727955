import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { NerSpan, NerType } from './bio.ts';
import { repairSpans } from './rules.ts';

/** Runs the repairs on `text` with spans given as [type, start, end] and returns TYPE:text strings. */
function repair(text: string, lang: 'kk' | 'az', spans: [NerType, number, number][]): string[] {
  const words = text.split(' ');
  const input: NerSpan[] = spans.map(([type, start, end]) => ({ type, start, end, score: 0.9 }));
  return repairSpans(words, lang, input).map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
}

test('a quoted name before an organization head noun is an organization', () => {
  assert.deepEqual(repair('Кеше « Нұр Отан » партиясының съезі өтті .', 'kk', []), ['ORG:Нұр Отан']);
  assert.deepEqual(repair('" Azon " zavodu yenidən işə düşüb .', 'az', []), ['ORG:Azon']);
  assert.deepEqual(repair('" ADA " Universiteti 2014 - cü ildə yaradılıb .', 'az', [['ORG', 1, 2]]), ['ORG:" ADA " Universiteti']);
  assert.deepEqual(repair('Biz " Salam " dedik .', 'az', []), [], 'no head noun, no organization');
});

test('a quoted name right before an organization span joins it, quotes and all', () => {
  assert.deepEqual(repair('“ Günəş ” Bakı Elektronika Zavodu yeni xətt açıb .', 'az', [['ORG', 3, 6]]), ['ORG:“ Günəş ” Bakı Elektronika Zavodu']);
  assert.deepEqual(repair('" Ulduz " Açıq Səhmdar Cəmiyyəti hesabat verib .', 'az', [['LOC', 1, 2], ['ORG', 3, 6]]), ['ORG:" Ulduz " Açıq Səhmdar Cəmiyyəti'], 'a span inside the quotes is taken in');
  assert.deepEqual(repair('Kitab " Səhər " adlanır , Bakı Universiteti çap edib .', 'az', [['ORG', 6, 8]]), ['ORG:Bakı Universiteti'], 'quotes not right before the name stay out');
  assert.deepEqual(repair('" dostluq " Bakı Universitetində keçirilib .', 'az', [['ORG', 3, 5]]), ['ORG:Bakı Universitetində'], 'a lower-case quotation is not a name');
});

test('a span with one quote of a pair takes in its partner', () => {
  assert.deepEqual(repair('" Qafqaz və Merkuri " Səhmdar Cəmiyyəti yaradıldı .', 'az', [['ORG', 1, 7]]), ['ORG:" Qafqaz və Merkuri " Səhmdar Cəmiyyəti']);
});

test('Kazakh: a state name in the nominative before a body joins it; in the genitive it stays apart', () => {
  assert.deepEqual(repair('Қазақстан Республикасы Денсаулық сақтау министрлігі мәлімдеме жасады .', 'kk', [['LOC', 0, 2], ['ORG', 2, 5]]), ['ORG:Қазақстан Республикасы Денсаулық сақтау министрлігі']);
  assert.deepEqual(repair('Қазақстанның Денсаулық сақтау министрлігі мәлімдеме жасады .', 'kk', [['LOC', 0, 1], ['ORG', 1, 4]]), ['LOC:Қазақстанның', 'ORG:Денсаулық сақтау министрлігі']);
});

test('Azerbaijani: the model decides whether a state name belongs to the body after it (ADA convention)', () => {
  assert.deepEqual(repair('Azərbaycan Respublikası Təhsil Nazirliyi bəyanat yayıb .', 'az', [['LOC', 0, 2], ['ORG', 2, 4]]), ['LOC:Azərbaycan Respublikası', 'ORG:Təhsil Nazirliyi']);
  assert.deepEqual(repair('Azərbaycan Respublikası Təhsil Nazirliyi bəyanat yayıb .', 'az', [['ORG', 0, 4]]), ['ORG:Azərbaycan Respublikası Təhsil Nazirliyi']);
});

test('an abbreviation in brackets after a name gets its type', () => {
  assert.deepEqual(repair('Azərbaycan Dövlət Dəniz Akademiyası ( ADDA ) tələbə qəbul edir .', 'az', [['ORG', 0, 4]]), ['ORG:Azərbaycan Dövlət Dəniz Akademiyası', 'ORG:ADDA']);
});

test('person names take in initials and patronymics', () => {
  assert.deepEqual(repair('Rejissor A . Tuqanov idi .', 'az', [['PER', 3, 4]]), ['PER:A . Tuqanov']);
  assert.deepEqual(repair('Rektor İsmayıl İsrafil oğlu Əliyev olub .', 'az', [['PER', 1, 3], ['PER', 4, 5]]), ['PER:İsmayıl İsrafil oğlu Əliyev']);
});

test('a person span is cut at a case-marked word; the place in it is kept', () => {
  assert.deepEqual(repair('Ceyhun Bayramov Moskvada Sergey Lavrovla görüşüb .', 'az', [['PER', 0, 5]]), ['PER:Ceyhun Bayramov', 'LOC:Moskvada', 'PER:Sergey Lavrovla']);
  assert.deepEqual(repair('Elçin Babayev Gəncəyə səfər edib .', 'az', [['PER', 0, 3]]), ['PER:Elçin Babayev', 'LOC:Gəncəyə'], 'a known place at the end');
  assert.deepEqual(repair('Bəstəkar Qara Qarayevə mükafat verilib .', 'az', [['PER', 1, 3]]), ['PER:Qara Qarayevə'], 'a surname in the dative stays');
});

test('a capitalised head in the dative, locative or ablative after the possessive closes a name', () => {
  assert.deepEqual(repair('Naxçıvan Özəl Universitetinə Azərbaycan Respublikası Təhsil Nazirliyinin icazəsi verilib .', 'az', [['ORG', 0, 7]]),
    ['ORG:Naxçıvan Özəl Universitetinə', 'ORG:Azərbaycan Respublikası Təhsil Nazirliyinin']);
  assert.deepEqual(repair('Денсаулық сақтау министрлігінде Қазақстан Республикасы туралы айтылды .', 'kk', [['ORG', 0, 5]]),
    ['ORG:Денсаулық сақтау министрлігінде', 'ORG:Қазақстан Республикасы']);
  // The genitive links the parts of one name (… Nazirliyinin Diplomatik Akademiyası), and a lower-case
  // postposition (yanında, adına) is not a capitalised head: no cut.
  assert.deepEqual(repair('Xarici İşlər Nazirliyinin Diplomatik Akademiyası açılıb .', 'az', [['ORG', 0, 5]]), ['ORG:Xarici İşlər Nazirliyinin Diplomatik Akademiyası']);
  assert.deepEqual(repair('Prezident yanında Ali Attestasiya Komissiyası iclas keçirib .', 'az', [['ORG', 0, 5]]), ['ORG:Prezident yanında Ali Attestasiya Komissiyası']);
});

test('a legal-form abbreviation after a name makes one company span of them', () => {
  assert.deepEqual(repair('Bakı Metal ASC yeni zavod tikir .', 'az', [['LOC', 0, 1], ['PER', 1, 2]]), ['LOC:Bakı', 'ORG:Metal ASC'], 'the capitalised word before the abbreviation, when no span ends there');
  assert.deepEqual(repair('Qarabağ Kömür ASC - nin rəhbəri dəyişib .', 'az', [['LOC', 0, 2]]), ['ORG:Qarabağ Kömür ASC'], 'a span ending right before it is taken whole, retyped');
  assert.deepEqual(repair('" Dəniz Ulduzu " MMC fəaliyyətə başlayıb .', 'az', []), ['ORG:" Dəniz Ulduzu " MMC'], 'a quoted name with its quotes');
  assert.deepEqual(repair('« Қазақтелеком » АҚ жаңа желі ашты .', 'kk', []), ['ORG:« Қазақтелеком » АҚ']);
  assert.deepEqual(repair('şirkət ASC kimi qeydə alınıb .', 'az', []), [], 'no name before the abbreviation');
  assert.deepEqual(repair('Toplantıda ASC sözü keçdi .', 'az', []), [], 'a case-marked word is not a company name');
});

test('a person span ending in an organization head noun is an organization', () => {
  assert.deepEqual(repair('Vergilər Nazirliyi borcu silib .', 'az', [['PER', 0, 2]]), ['ORG:Vergilər Nazirliyi']);
  assert.deepEqual(repair('Rusiya Federasiyası bəyanat yayıb .', 'az', [['LOC', 0, 2]]), ['LOC:Rusiya Federasiyası'], 'places keep their type');
});

test('brackets at the edge of a span are trimmed off', () => {
  assert.deepEqual(repair('kinostudiya ( Mədəniyyət Nazirliyinin əmri ilə ) adlanır .', 'az', [['ORG', 1, 4]]), ['ORG:Mədəniyyət Nazirliyinin']);
});

test('property: repairs keep spans ordered, non-overlapping and inside the sentence', () => {
  const vocab = ['Azərbaycan', 'Respublikası', 'Nazirliyi', '"', '«', '»', '(', ')', 'ADA', 'A', '.', 'oğlu', 'Bakıda', 'və', 'zavodu', 'Kanada', 'Тоқаев', 'партиясы'];
  const arb = fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 14 }).chain((words) => fc.tuple(
    fc.constant(words),
    fc.array(fc.tuple(fc.constantFrom<NerType>('PER', 'ORG', 'LOC'), fc.nat(words.length - 1), fc.integer({ min: 1, max: 3 })), { maxLength: 4 }),
  ));
  fc.assert(fc.property(arb, fc.constantFrom<'kk' | 'az'>('kk', 'az'), ([words, raw], lang) => {
    const spans: NerSpan[] = [];
    for (const [type, start, len] of raw) {
      const end = Math.min(words.length, start + len);
      if (!spans.some((s) => s.start < end && start < s.end)) spans.push({ type, start, end, score: 0.8 });
    }
    spans.sort((a, b) => a.start - b.start);
    const out = repairSpans(words, lang, spans);
    let last = 0;
    for (const s of out) {
      assert.ok(s.start >= last && s.start < s.end && s.end <= words.length, JSON.stringify({ words, spans, out }));
      last = s.end;
    }
  }));
});
