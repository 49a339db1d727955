import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findBoilerplate, type Removed } from './clean.ts';

/** Lines left after dropping the removed ranges (blank lines dropped). */
function kept(text: string, removed: Removed[]): string[] {
  let out = '';
  let at = 0;
  for (const r of removed) { out += text.slice(at, r.start); at = r.end; }
  out += text.slice(at);
  return out.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

const reasons = (removed: Removed[]): string[] => removed.map((r) => `${r.reason}: ${r.text.split('\n')[0]}`);

test('a Kazakh portal page: date headers, counters, masthead and the trailing best-of block go; title and body stay', () => {
  const page = [
    'Жұма, 8 Наурыз 2024',
    '912 3 пікір 7 Наурыз, 2024 сағат 11:05',
    '',
    'Екі елдің сыртқы істер министрлері Астанада кездесті',
    '',
    'Министрлер көлік дәлізін дамыту мәселесін талқылады.',
    '',
    '– Біз ынтымақтастықты жалғастырамыз, – деді министр.',
    '',
    'Portal.kz',
    '',
    '3 пікір',
    '',
    'Үздік материалдар',
    '',
    'Дала әуендері',
    '',
    '«Көне жазбалар сыры»: ұмытылған есімдер...',
    '',
    'Бейсен Тоқтарұлы 2210',
    'Тарих',
  ].join('\n');
  const rm = findBoilerplate(page);
  assert.deepEqual(kept(page, rm), [
    'Екі елдің сыртқы істер министрлері Астанада кездесті',
    'Министрлер көлік дәлізін дамыту мәселесін талқылады.',
    '– Біз ынтымақтастықты жалғастырамыз, – деді министр.',
  ]);
  assert.deepEqual(reasons(rm), [
    'header-date: Жұма, 8 Наурыз 2024',
    'header-date: 912 3 пікір 7 Наурыз, 2024 сағат 11:05',
    'site-name: Portal.kz',
    'counter: 3 пікір',
    'tail: Үздік материалдар',
  ]);
  const tail = rm[rm.length - 1];
  assert.equal(tail?.end, page.length, 'the tail block runs to the end of the text');
  for (const r of rm) assert.equal(page.slice(r.start, r.end), r.text);
});

test('an Azerbaijani feed item: crawler date prefix, read-more links and the JavaScript notice go; credits in sentences stay', () => {
  const page = [
    ' date 2024-03 Nazirlər Bakıda görüşərək nəqliyyat dəhlizini müzakirə ediblər.',
    'Xəbər.az saytından alınan məlumata görə, Misal.az xəbər verir.',
    'Misal.az xəbər verir.',
    'Görüşdə tərəflər yük daşımalarının artırılması barədə razılığa gəliblər.',
    'Tam oxu',
    'Xəbəri oxu',
    '',
    'You must enable Javascript on your browser for the site to work optimally.',
  ].join('\n');
  const rm = findBoilerplate(page);
  assert.deepEqual(reasons(rm), [
    'header-date: date 2024-03 ',
    'credit: Misal.az xəbər verir.',
    'read-more: Tam oxu',
    'read-more: Xəbəri oxu',
    'notice: You must enable Javascript on your browser for the site to work optimally.',
  ]);
  assert.equal(kept(page, rm)[0], 'Nazirlər Bakıda görüşərək nəqliyyat dəhlizini müzakirə ediblər.');
  assert.ok(kept(page, rm).includes('Xəbər.az saytından alınan məlumata görə, Misal.az xəbər verir.'));
});

test('breadcrumbs keep the headline; dated header lines with site names; photo credits; duplicated titles', () => {
  const page = [
    'News.Az » Politics » Kazakhstan and Azerbaijan open a new ferry line',
    '12 June 2023 [09:40] - News.Az',
    'Steppe Herald | 3 July 2024, 18:05',
    'Kazakhstan and Azerbaijan open a new ferry line',
    'Фото: Көлік министрлігі',
    'The ferry will carry trucks across the Caspian Sea twice a week.',
    'Басты бет / Саясат',
  ].join('\n');
  const rm = findBoilerplate(page);
  assert.deepEqual(reasons(rm), [
    'breadcrumb: News.Az » Politics » ',
    'header-date: 12 June 2023 [09:40] - News.Az',
    'header-date: Steppe Herald | 3 July 2024, 18:05',
    'duplicate: Kazakhstan and Azerbaijan open a new ferry line',
    'credit: Фото: Көлік министрлігі',
    'breadcrumb: Басты бет / Саясат',
  ]);
  assert.deepEqual(kept(page, rm), ['Kazakhstan and Azerbaijan open a new ferry line', 'The ferry will carry trucks across the Caspian Sea twice a week.']);
});

test('"read also" markers take their headlines; a tail marker followed by a long paragraph only drops the marker block', () => {
  const long = 'Президенты обсудили развитие транспортного коридора, энергетическое сотрудничество, торговлю и гуманитарные связи двух стран, а также договорились регулярно проводить встречи межправительственной комиссии и расширять прямое авиасообщение между столицами в будущем году.';
  const page = ['Читайте также:', 'Курс тенге укрепился на открытии торгов', '', long, 'Похожие новости', 'Паром вышел на новый график', '', long.replace('Президенты', 'Министры')].join('\n');
  const rm = findBoilerplate(page);
  assert.deepEqual(reasons(rm), [
    'related: Читайте также:',
    'related: Курс тенге укрепился на открытии торгов',
    'related: Похожие новости',
    'related: Паром вышел на новый график',
  ]);
  assert.equal(kept(page, rm).length, 2);
});

test('content that looks short is kept: headlines without a period, datelines, sentences with numbers, weather lines', () => {
  const lines = [
    'Тоқаев пен Әлиев келіссөз жүргізді',
    'Weather forecast for Astana',
    'Астана, 5 наурыз 2024 жыл. Мемлекет басшысы қонақты қарсы алды.',
    '2023 жылы тауар айналымы 500 миллион долларға жетті.',
    '7 January – Partly cloudy, light snow.',
    'Kazakhstan 2050 strategy adopted',
    'Bakı, TurkicWorld',
    'Сыни-эссе',
  ];
  assert.deepEqual(findBoilerplate(lines.join('\n')), []);
});

test('share buttons, tags, copyright, site slogans, symbol rules', () => {
  const page = ['Бөлісу: Facebook | Telegram | WhatsApp', 'Тегтер: #Тоқаев #сапар', '© 2024 Example-Info. Материалдарды пайдаланғанда сілтеме міндетті.', 'Example-Info.kz — Каспий өңірінің жаңалықтары', '* * *', 'Мәтін осында.'].join('\n');
  assert.deepEqual(reasons(findBoilerplate(page)), [
    'share: Бөлісу: Facebook | Telegram | WhatsApp',
    'tags: Тегтер: #Тоқаев #сапар',
    'notice: © 2024 Example-Info. Материалдарды пайдаланғанда сілтеме міндетті.',
    'site-name: Example-Info.kz — Каспий өңірінің жаңалықтары',
    'symbols: * * *',
  ]);
});

test('a cookie notice goes in any language; a sentence about cookies in an article stays', () => {
  const page = ['Сайт cookie файлдарын пайдаланады. Жалғастыра отырып, сіз олармен келісесіз.', 'Sayt cookie fayllarından istifadə edir.', 'Мәтін осында.'].join('\n');
  assert.deepEqual(reasons(findBoilerplate(page)), [
    'notice: Сайт cookie файлдарын пайдаланады. Жалғастыра отырып, сіз олармен келісесіз.',
    'notice: Sayt cookie fayllarından istifadə edir.',
  ]);
  const long = 'The European Commission fined the company for placing tracking cookies on the devices of users in Kazakhstan, Uzbekistan, Azerbaijan and Georgia without consent, the regulator said in a statement issued in Brussels on Tuesday after a two-year inquiry.';
  assert.deepEqual(findBoilerplate(long), []);
});

test('findBoilerplate: ranges are sorted, disjoint, inside the text and match their text (random lines)', () => {
  const line = fc.constantFrom('Abai.kz', '2 пікір', 'Tam oxu', 'Үздік материалдар', 'Мәтін жолы.', 'Жаңалықтар', 'Сенбі, 23 Қараша 2024', ' date 2020-01 Mətn.', 'A » B » Title of the article', 'Читайте также', '', '\r', 'x'.repeat(400));
  fc.assert(fc.property(fc.array(line, { maxLength: 30 }), (ls) => {
    const text = ls.join('\n');
    const rm = findBoilerplate(text);
    let at = 0;
    for (const r of rm) {
      assert.ok(r.start >= at && r.end > r.start && r.end <= text.length);
      assert.equal(text.slice(r.start, r.end), r.text);
      at = r.end;
    }
  }));
});

// A hang guard for super-linear behaviour, not a speed target (npm run bench measures speed).
test('findBoilerplate runs through 10 MB of article lines, dropping only repeats of the same line', { timeout: 60_000 }, () => {
  const para = 'Мемлекет басшысы екі ел арасындағы сауда-экономикалық байланыстарды дамыту мәселелерін талқылады.\n\n';
  const text = para.repeat(Math.ceil(10e6 / para.length));
  const removed = findBoilerplate(text);
  assert.ok(removed.every((r) => r.reason === 'duplicate'));
});
