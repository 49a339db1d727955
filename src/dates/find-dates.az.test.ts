import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.ts';

type Expect = [text: string, value: string, precision: 'day' | 'month' | 'year'];
/** A sentence, the mentions expected in it, and optionally another anchor than ANCHOR (null = none). */
type Case = [sentence: string, expected: Expect[], anchor?: string | null];

/** Publication date of the table: Friday 24 November 2023. */
const ANCHOR = '2023-11-24';

const CASES: Case[] = [
  // Year first with the ordinal ending and il
  ['Prezident İlham Əliyev 2025-ci il oktyabrın 18-də Qazaxıstana gəlib.', [['2025-ci il oktyabrın 18-də', '2025-10-18', 'day']]],
  ['Prezidentin 2023-cü il aprelin 10-da Qazaxıstana rəsmi səfəri olub.', [['2023-cü il aprelin 10-da', '2023-04-10', 'day']]],
  ['2020-ci ilin 17 oktyabr tarixində nazir bəyanat verib.', [['2020-ci ilin 17 oktyabr tarixində', '2020-10-17', 'day']]],
  ['Fərman 2021-ci il dekabrın 31-də imzalanıb.', [['2021-ci il dekabrın 31-də', '2021-12-31', 'day']]],
  ['Qayda 2024-cü il yanvarın 1-dən qüvvəyə minir.', [['2024-cü il yanvarın 1-dən', '2024-01-01', 'day']]],
  ['Sərgi 2023-cü il 10-11 aprel tarixlərində keçirilib.', [['2023-cü il 10-11 aprel', '2023-04-10', 'day']]],
  ['Sənəd 2023-cü ilin aprel ayında təsdiqlənib.', [['2023-cü ilin aprel ayında', '2023-04', 'month']]],
  ['Proqram 2022-ci ilin martında başlayıb.', [['2022-ci ilin martında', '2022-03', 'month']]],
  ['Qazaxıstan 1991-ci ilin dekabrında müstəqillik elan edib.', [['1991-ci ilin dekabrında', '1991-12', 'month']]],
  ['2019-cu il may ayının 5-də saziş bağlanıb.', [['2019-cu il may ayının 5-də', '2019-05-05', 'day']]],
  // Day first
  ['Görüş 17 oktyabr 2020-ci ildə keçirilib.', [['17 oktyabr 2020-ci ildə', '2020-10-17', 'day']]],
  ['Bəyanat 17 oktyabr 2020 tarixində yayılıb.', [['17 oktyabr 2020 tarixində', '2020-10-17', 'day']]],
  ['10 noyabr 2023-cü il tarixli fərman dərc olunub.', [['10 noyabr 2023-cü il tarixli', '2023-11-10', 'day']]],
  ['Forum 5 dekabrda başlayacaq.', [['5 dekabrda', '2023-12-05', 'day']]],
  ['1 may bayramı qeyd olunub.', [['1 may', '2023-05-01', 'day']]],
  ['Konfrans 12 iyun tarixində keçiriləcək.', [['12 iyun tarixində', '2023-06-12', 'day']]],
  // Genitive month + day, year from the anchor
  ['Nursultan Nazarbayev aprelin 2-də Bakıya rəsmi səfərə gəlib.', [['aprelin 2-də', '2023-04-02', 'day']]],
  ['Martın 1-də muzeyin açılışı olub.', [['Martın 1-də', '2023-03-01', 'day']]],
  ['Hikmət Hacıyev may ayının 17-də NATO rəsmisi ilə görüşüb.', [['may ayının 17-də', '2023-05-17', 'day']]],
  ['Nümayəndə heyəti bu gün, sentyabrın 17-də Astanaya gəlib.', [['bu gün', '2023-11-24', 'day'], ['sentyabrın 17-də', '2023-09-17', 'day']]],
  ['İyunun 12-də Bakıda sammit keçirilib.', [['İyunun 12-də', '2023-06-12', 'day']]],
  ['İyulun 15-i Milli Qurtuluş Günüdür.', [['İyulun 15-i', '2023-07-15', 'day']]],
  ['Avqustun 30-u tədbir keçiriləcək.', [['Avqustun 30-u', '2023-08-30', 'day']]],
  ['Yanvarın 20-si Ümumxalq Hüzn Günüdür.', [['Yanvarın 20-si', '2023-01-20', 'day']]],
  ['Mart ayının 8-i bayram günüdür.', [['Mart ayının 8-i', '2023-03-08', 'day']]],
  ['Fevralın 29-u görüş olacaq.', [['Fevralın 29-u', '2024-02-29', 'day']], '2024-03-10'],
  ['Dekabrın 5-də seçki keçiriləcək.', [['Dekabrın 5-də', '2023-12-05', 'day']]],
  // Month only
  ['Noyabrda Bakıda forum keçiriləcək.', [['Noyabrda', '2023-11', 'month']]],
  ['Dekabr ayında hesabat təqdim ediləcək.', [['Dekabr ayında', '2023-12', 'month']]],
  ['Aprelə qədər layihə başa çatacaq.', [['Aprelə', '2023-04', 'month']]],
  ['Oktyabrdan başlayaraq uçuşlar bərpa olunub.', [['Oktyabrdan', '2023-10', 'month']]],
  ['Martın əvvəlində danışıqlar aparılıb.', [['Martın', '2023-03', 'month']]],
  ['Mayda Astanada görüş olub.', [['Mayda', '2023-05', 'month']]],
  ['Noyabrda forum keçirilib.', [['Noyabrda', '2023-11', 'month']], '2024-01-15'],
  // Year with il
  ['2023-cü ildə ticarət dövriyyəsi artıb.', [['2023-cü ildə', '2023', 'year']]],
  ['Prezident gələn ay Bakıya səfər edəcək.', [['gələn ay', '2023-12', 'month']]],
  ['Keçən ilin martında görüş olub.', [['Keçən ilin martında', '2022-03', 'month']]],
  ['2023-cü il ərzində 170 sənəd imzalanıb.', [['2023-cü il', '2023', 'year']]],
  ['Əməkdaşlıq 2019-cu ildən bəri genişlənir.', [['2019-cu ildən', '2019', 'year']]],
  ['Layihə 2020-2023-cü illərdə həyata keçirilib.', [['2020-2023-cü illərdə', '2020', 'year']]],
  ['Bu, 1990-cı illərdə baş verib.', []],
  // Relative words and weekdays (anchor is a Friday)
  ['Dünən danışıqlar aparılıb.', [['Dünən', '2023-11-23', 'day']]],
  ['Sabah sammit başlayır.', [['Sabah', '2023-11-25', 'day']]],
  ['Bugün nazirlər görüşüb.', [['Bugün', '2023-11-24', 'day']]],
  ['Srağagün qərar verilib.', [['Srağagün', '2023-11-22', 'day']]],
  ['Keçən il ixrac artıb.', [['Keçən il', '2022', 'year']]],
  ['Bu il ixrac artıb.', [['Bu il', '2023', 'year']]],
  ['Gələn il yeni zavod açılacaq.', [['Gələn il', '2024', 'year']]],
  ['Ötən ildə 5 müqavilə imzalanıb.', [['Ötən ildə', '2022', 'year']]],
  ['Bazar ertəsi Prezident səfiri qəbul edib.', [['Bazar ertəsi', '2023-11-20', 'day']]],
  ['Çərşənbə axşamı parlament iclası olub.', [['Çərşənbə axşamı', '2023-11-21', 'day']]],
  ['Çərşənbə günü nazir Bakıya gəlib.', [['Çərşənbə günü', '2023-11-22', 'day']]],
  ['Cümə axşamı sənəd imzalanıb.', [['Cümə axşamı', '2023-11-23', 'day']]],
  ['Keçən cümə görüş keçirilib.', [['Keçən cümə', '2023-11-17', 'day']]],
  ['Gələn şənbə seçki keçiriləcək.', [['Gələn şənbə', '2023-11-25', 'day']]],
  ['Bazar günü seçkilər keçirildi.', [['Bazar günü', '2023-11-19', 'day']]],
  // Numeric dates and header stamps
  ['Tarix: 24.11.2023', [['24.11.2023', '2023-11-24', 'day']]],
  ['Yenilənib 2023-11-24 10:15', [['2023-11-24', '2023-11-24', 'day']]],
  [' date 2020-01 Qazaxıstan Xalqı Assambleyası nümayəndə heyəti Bakıya gəlib.', [['date 2020-01', '2020-01', 'month']]],
  // Not dates
  ['Hazırda orada 100-ə yaxın uşaq təhsil alır.', []],
  ['Havanın temperaturu gecə 4-7° isti olacaq.', []],
  ['Nisbi rütubət 80-85 % təşkil edəcək.', []],
  ['Müqavilənin artıq 20 yaşı var.', []],
  ['Təqribən 170 sənəd işləyib hazırlamışıq.', []],
  ['Qazaxıstanda 200 mindən çox azərbaycanlı yaşayır.', []],
  ['No:097/22 saylı məktub', []],
  ['Bazarda qiymətlər artıb.', []],
  ['Bazar iqtisadiyyatı inkişaf edir.', []],
  ['Bu günlərdə nümayəndə heyəti gələcək.', []],
  ['Bu günə qədər 5 görüş keçirilib.', []],
  ['Şəhər 2000 il əvvəl salınıb.', []],
  ['Görüş saat 16:21-də başlayıb.', []],
  ['Astanada 3+3 formatında görüş olub.', []],
  ['Mart ayı.', [['Mart ayı', '2023-03', 'month']]],
  ['Mart', []],
  // Without an anchor
  ['Nazarbayev aprelin 2-də Bakıya gəlib, dünən isə qayıdıb.', [], null],
  ['Əliyev 2025-ci il oktyabrın 18-də gəlib.', [['2025-ci il oktyabrın 18-də', '2025-10-18', 'day']], null],
];

for (const [sentence, expected, anchor] of CASES) {
  test(`az: ${sentence}`, () => {
    const found = findDates(sentence, 'az', anchor === undefined ? ANCHOR : anchor);
    assert.deepEqual(found.map((d) => [d.text, d.value, d.precision]), expected);
    for (const d of found) assert.equal(sentence.slice(d.start, d.end), d.text);
  });
}

test('az grammar serves Turkish, Turkmen and Uzbek text too', () => {
  const found = findDates('Görüş 2023-cü il aprelin 10-da keçirilib.', 'tr', ANCHOR);
  assert.deepEqual(found.map((d) => d.value), ['2023-04-10']);
});
