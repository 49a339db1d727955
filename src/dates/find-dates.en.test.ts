import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.ts';

type Expect = [text: string, value: string, precision: 'day' | 'month' | 'year'];
/** A sentence, the mentions expected in it, and optionally another anchor than ANCHOR (null = none). */
type Case = [sentence: string, expected: Expect[], anchor?: string | null];

/** Publication date of the table: Friday 24 November 2023. */
const ANCHOR = '2023-11-24';

const CASES: Case[] = [
  // Day month year, month day year
  ['Azerbaijan, Kazakhstan sign 6 agreements 25 May 2005 [08:55] - Today.Az', [['25 May 2005', '2005-05-25', 'day']]],
  ['On March 10, 2022, within the framework of the forum, the ministers met.', [['March 10, 2022', '2022-03-10', 'day']]],
  ['Jeyhun Bayramov October 18, 2024 Reiterated importance of cooperation.', [['October 18, 2024', '2024-10-18', 'day']]],
  ['The treaty was signed on May 25th, 2005 in Astana.', [['May 25th, 2005', '2005-05-25', 'day']]],
  ['Talks were held Sept. 5, 2020 in Baku.', [['Sept. 5, 2020', '2020-09-05', 'day']]],
  ['The summit opened on 5 December 2023 at 10:00.', [['5 December 2023', '2023-12-05', 'day']]],
  ['Monday, 20 November 2023', [['20 November 2023', '2023-11-20', 'day']]],
  ['It was signed on the 25th of May 2005.', [['25th of May 2005', '2005-05-25', 'day']]],
  ['Posted 3 Feb 2021', [['3 Feb 2021', '2021-02-03', 'day']]],
  ['UPDATED 12 DECEMBER 2022', [['12 DECEMBER 2022', '2022-12-12', 'day']]],
  // Year from the anchor
  ['Weather forecast for Astana 7 January – partly cloudy.', [['7 January', '2023-01-07', 'day']]],
  ['Weather forecast for Astana and Almaty for 7, 8 and 9 January.', [['9 January', '2023-01-09', 'day']]],
  ['Tokayev visited Baku on 20 November.', [['20 November', '2023-11-20', 'day']]],
  ['The vote is set for December 1.', [['December 1', '2023-12-01', 'day']]],
  ['It opened on the 25th of May.', [['25th of May', '2023-05-25', 'day']]],
  ['A forum will run from 10-11 April.', [['10-11 April', '2023-04-10', 'day']]],
  ['A forum ran April 10-11.', [['April 10-11', '2023-04-10', 'day']]],
  ['Rates from 1 Jan.', [['1 Jan.', '2023-01-01', 'day']]],
  ['Talks resume Dec. 5 in Geneva.', [['Dec. 5', '2023-12-05', 'day']]],
  ['The 5th December meeting was cancelled.', [['5th December', '2023-12-05', 'day']]],
  ['Elections were held on February 29.', [['February 29', '2024-02-29', 'day']], '2024-03-04'],
  ['The summit took place on 15 December.', [['15 December', '2022-12-15', 'day']], '2023-09-01'],
  // Month and year, month only
  ['Trade grew in November 2023.', [['in November 2023', '2023-11', 'month']]],
  ['November 2023 was a record month.', [['November 2023', '2023-11', 'month']]],
  ['Data for Jan 2024', [['Jan 2024', '2024-01', 'month']]],
  ['The visit is planned in May.', [['in May', '2023-05', 'month']]],
  ['In early December the minister will travel.', [['In early December', '2023-12', 'month']]],
  ['Prices have risen since March.', [['since March', '2023-03', 'month']]],
  ['The pipeline opened in mid-October.', [['in mid-October', '2023-10', 'month']]],
  ['In November the talks resumed.', [['In November', '2023-11', 'month']], '2024-01-10'],
  // Years
  ['Trade grew in 2023.', [['in 2023', '2023', 'year']]],
  ['The agreement has been in force since 2020.', [['since 2020', '2020', 'year']]],
  ['Output should double by 2030.', [['by 2030', '2030', 'year']]],
  ['Construction will finish in mid-2024.', [['in mid-2024', '2024', 'year']]],
  ['Exports fell during 2022.', [['during 2022', '2022', 'year']]],
  ['Growth slowed at the end of 2021.', [['of 2021', '2021', 'year']]],
  // Relative words and weekdays (anchor is a Friday)
  ['Yesterday the ministers met in Baku.', [['Yesterday', '2023-11-23', 'day']]],
  ['The agreement was signed today.', [['today', '2023-11-24', 'day']]],
  ['The delegation leaves tomorrow.', [['tomorrow', '2023-11-25', 'day']]],
  ["At today's meeting the sides agreed.", [['today', '2023-11-24', 'day']]],
  ['The talks took place last Tuesday.', [['last Tuesday', '2023-11-21', 'day']]],
  ['The president spoke on Monday.', [['on Monday', '2023-11-20', 'day']]],
  ['The president said Monday that talks would go on.', [['Monday', '2023-11-20', 'day']]],
  ['Elections were held on Sunday.', [['on Sunday', '2023-11-19', 'day']]],
  ['The forum opened Saturday.', [['Saturday', '2023-11-18', 'day']]],
  ['The memorandum was signed this Friday.', [['this Friday', '2023-11-24', 'day']]],
  ['The visit starts next Monday.', [['next Monday', '2023-11-27', 'day']]],
  ['The ceasefire collapsed last Friday.', [['last Friday', '2023-11-17', 'day']]],
  ['Exports rose last year.', [['last year', '2022', 'year']]],
  ['Exports rose this year.', [['this year', '2023', 'year']]],
  ['A new embassy opens next year.', [['next year', '2024', 'year']]],
  ['The leaders will meet next month.', [['next month', '2023-12', 'month']]],
  ['The ministers spoke by phone last week.', [['last week', '2023-11', 'month']]],
  ['The talks took place in March last year.', [['in March last year', '2022-03', 'month']]],
  ['Last year in March the sides met.', [['Last year in March', '2022-03', 'month']]],
  // Numeric dates and header stamps
  ['Published: 2023-11-24', [['2023-11-24', '2023-11-24', 'day']]],
  ['Date: 24.11.2023', [['24.11.2023', '2023-11-24', 'day']]],
  ['Posted 24/11/2023 08:55', [['24/11/2023', '2023-11-24', 'day']]],
  ['date 2020-01', [['date 2020-01', '2020-01', 'month']]],
  // Not dates
  ['No:097/22, Information of the Press Service Department', []],
  ['The countries signed 6 agreements.', []],
  ['This is the result of 10-year joint activities.', []],
  ['The country will produce 100 million tons of oil.', []],
  ['Westerly wind 9–14 meters per second.', []],
  ['Air temperature at night -11…-13°C.', []],
  ['The 3+3 regional format met again.', []],
  ['Aid reached people in 1500 villages.', []],
  ['Growth was strongest in 2020s technology firms.', []],
  ['Russia Today reported the news.', []],
  ['USA Today ran the story.', []],
  ['Both sides may 2 times extend the deal.', []],
  ['Protesters march on the capital.', []],
  ['Results for march 2022 were weak.', []],
  ['May Day was celebrated.', []],
  ['Call +1 202 555 0143 for details.', []],
  ['Version 1.12.2020.3 was released.', []],
  ['The deal was signed on 31 April 2023.', [['April 2023', '2023-04', 'month']]],
  ['See you on sunday.', []],
  ['The meeting starts at 16:21.', []],
  // Without an anchor
  ['Yesterday, on 20 November, the talks resumed on Monday.', [], null],
  ['On 20 November 2023 the talks resumed.', [['20 November 2023', '2023-11-20', 'day']], null],
];

for (const [sentence, expected, anchor] of CASES) {
  test(`en: ${sentence}`, () => {
    const found = findDates(sentence, 'en', anchor === undefined ? ANCHOR : anchor);
    assert.deepEqual(found.map((d) => [d.text, d.value, d.precision]), expected);
    for (const d of found) assert.equal(sentence.slice(d.start, d.end), d.text);
  });
}
