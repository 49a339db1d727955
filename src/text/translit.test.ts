import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { latinKey, kazakhLatin } from './translit.ts';

/** Spellings of one name across Kazakh, Russian, Kyrgyz, Uzbek, Azerbaijani, Turkish and English text. */
const SAME: string[][] = [
  ['Тоқаев', 'Токаев', 'Tokayev', 'Toqayev', 'Tokaev', 'Toqaev'],
  ['Әлиев', 'Алиев', 'Əliyev', 'Aliyev', 'Aliev', 'ƏLİYEV'],
  ['Қасым-Жомарт', 'Касым-Жомарт', 'Qasım-Jomart', 'Kassym-Jomart', 'Qasym-Jomart', 'Kasym-Zhomart'],
  ['Назарбаев', 'Nazarbayev', 'Nazarbaev'],
  ['Баку', 'Bakı', 'Baku'],
  ['Ташкент', 'Toshkent', 'Tashkent'],
  ['Мирзиёев', 'Mirziyoyev', 'Mirziyoev'],
  ['Ердоған', 'Эрдоган', 'Erdoğan', 'Erdogan'],
  ['Шавкат', 'Şavkat', 'Shavkat'],
  ['Жапаров', 'Japarov', 'Zhaparov', 'Caparov', 'Dzhaparov'],
  ['Ильхам', 'Ілхам', 'İlham', 'Ilham', 'ИЛЬХАМ'],
  ['Xəzər', 'Хазар', 'Khazar'],
  ['Джейхун', 'Ceyhun', 'Jeyhun'],
  ['Байрамов', 'Bayramov', 'Bairamov'],
  ['Астана', 'Astana', 'ASTANA'],
  ['Казахстан', 'Kazakhstan'],
  ['Қазақстан', 'Qazaqstan', 'Kazakstan'],
  ['Алматы', 'Almaty', 'Almatı'],
  ['Шымкент', 'Shymkent', 'Şymkent', 'Şımkent'],
  ['Бишкек', 'Бішкек', 'Bishkek', 'Bişkek'],
  ['Ақорда', 'Akorda', 'Aqorda'],
  ['Нұрсұлтан', 'Нурсултан', 'Nursultan', 'Nūrsūltan'],
  ['Садыр', 'Sadyr', 'Sadır'],
  ['Түркия', 'Turkiya', 'Türkiyə'],
  ['Реджеп', 'Режеп', 'Recep'],
  ['Тайип', 'Тайып', 'Tayyip'],
  ['Хакан', 'Hakan', 'Hakán'],
  ['Сергей', 'Sergey', 'Sergei'],
  ['Лавров', 'Lavrov'],
  ['Олжас', 'Oljas', 'Olzhas'],
  ['Бектенов', 'Bektenov'],
  ['Ерлан', 'Yerlan', 'Erlan'],
  ['Ермек', 'Yermek', 'Ermek'],
  ['Кошербаев', 'Koşerbayev', 'Kosherbayev'],
  ['Қойшыбаев', 'Koyşibayev', 'Koishybayev'],
  ['Ильяс', 'Ilyas', 'İlyas', 'Ilias'],
  ['Бауыржан', 'Bauyrzhan', 'Bauyrjan'],
  ['Евгений', 'Yevgeniy', 'Yevgeny'],
  ['Жаңаөзен', 'Zhanaozen', 'Jañaözen'],
  ['Айдар', 'Aydar', 'Aidar'],
  ['Қайрат', 'Кайрат', 'Kairat', 'Qairat', 'Kayrat'],
  ['Ғалымжан', 'Galymzhan', 'Ğalymjan'],
  ['Нахчыван', 'Naxçıvan', 'Nakhchivan'],
  ['Шуша', 'Şuşa', 'Shusha'],
  ['Абшерон', 'Abşeron', 'Absheron'],
  ['Рахмон', 'Rahmon', 'Rakhmon'],
  ['Бердымухамедов', 'Berdimuhamedov', 'Berdymukhammedov'],
  ['Пашинян', 'Pashinyan', 'Paşinyan'],
  ['Зеленский', 'Zelensky', 'Zelenskiy', 'Zelenskyy'],
  ['Макрон', 'Macron'],
  ['Шольц', 'Şolts'],
  ['Scholz', 'Şolz'],
  ['Мұхтар', 'Mukhtar', 'Muhtar'],
  ['Жетісу', 'Zhetysu', 'Jetisu'],
  ['Өскемен', 'Oskemen', 'Öskemen'],
  ['Семей', 'Semey', 'Semei'],
  ['Атырау', 'Atyrau'],
  ['Ақтау', 'Aktau', 'Aqtau'],
  ['Қырғызстан', 'Kyrgyzstan', 'Qyrğyzstan'],
  ['Тбилиси', 'Tbilisi'],
  ['Каспий', 'Kaspiy', 'Kaspi'],
  ['Мәжіліс', 'Мажилис', 'Mazhilis', 'Mäjılıs'],
  ['Курбанов', 'Kurbanov', 'Qurbanov'],
  ['Эльмир', 'Elmir', 'Эльмир'],
  ['Мехрибан', 'Mehriban'],
  ['Юсуп', 'Yusup', 'Iusup'],
  ['Оʻzbekiston', "O'zbekiston", 'Ozbekiston'],
  ['Гянджа', 'Gyandzha', 'Gyanja'],
];

/** Different names that a match key must keep apart. */
const DIFFERENT: [string, string][] = [
  ['Алиев', 'Алимов'],
  ['Токаев', 'Токтаров'],
  ['Tokayev', 'Tokarev'],
  ['Иран', 'Ирак'],
  ['Австрия', 'Австралия'],
  ['Армения', 'Румыния'],
  ['Ташкент', 'Шымкент'],
  ['Назарбаев', 'Назаров'],
  ['Алиев', 'Алиева'],
  ['Каримов', 'Керимов'],
  ['Мирзиёев', 'Мирзаев'],
  ['Ильхам', 'Ильхан'],
  ['Erdoğan', 'Erdem'],
  ['Astana', 'Aktau'],
  ['Putin', 'Putilin'],
  ['Serbia', 'Syria'],
  ['Kazakhstan', 'Kyrgyzstan'],
  ['Шаяхметов', 'Шахметов'],
  ['Бакиев', 'Баку'],
  ['Oman', 'Osman'],
  ['Минск', 'Пинск'],
  ['Lavrov', 'Lavrenov'],
  ['Нурсултан', 'Нурлан'],
  ['Жапаров', 'Шапаров'],
  ['Садыр', 'Сабыр'],
  ['Bayramov', 'Bayramova'],
  ['Qasım', 'Qasımov'],
  ['Абаев', 'Абуев'],
];

test('latinKey: spellings of one name collide', () => {
  let pairs = 0;
  for (const group of SAME) {
    const want = latinKey(group[0]!);
    for (const w of group.slice(1)) {
      assert.equal(latinKey(w), want, `${w} vs ${group[0]}`);
      pairs++;
    }
  }
  assert.ok(pairs >= 60, `only ${pairs} equivalence pairs`);
});

test('latinKey: concrete keys', () => {
  const cases: [string, string][] = [
    ['Тоқаев', 'tokaev'], ['Əliyev', 'aliev'], ['Kassym-Jomart', 'kasim-jomart'], ['Bakı', 'baku'],
    ['Mirziyoyev', 'mirzioev'], ['Şavkat', 'shavkat'], ['Xəzər', 'hazar'], ['Щука', 'shuka'],
    ['Цзиньпин', 'tszinpin'], ['Ковид-19', 'kovid-19'], ['2024', '2024'], ['«', ''],
  ];
  for (const [w, k] of cases) assert.equal(latinKey(w), k, w);
});

test('latinKey: different names stay apart', () => {
  assert.ok(DIFFERENT.length >= 20);
  for (const [a, b] of DIFFERENT) assert.notEqual(latinKey(a), latinKey(b), `${a} vs ${b}`);
});

test('latinKey: override targets are fixed points', () => {
  for (const k of ['baku', 'tashkent', 'karabah']) assert.equal(latinKey(k), k);
  assert.equal(latinKey('Qarabağ'), latinKey('Карабах'));
  assert.equal(latinKey('Karabakh'), latinKey('Карабах'));
});

const KK_LETTERS = [...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБҒДЕЖЗИЙҚЛҢӨҰҮІЫШ'];
const MIXED = [...KK_LETTERS, ...'abcdefghijklmnopqrstuvwxyzəışçğöüñİIQXW-\'’ʻ0123 .,ʼ'];

test('latinKey: never throws, ASCII lower-case, idempotent (property)', () => {
  fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...MIXED) })), (s) => {
    const k = latinKey(s);
    return /^[a-z0-9-]*$/.test(k) && latinKey(k) === k;
  }), { numRuns: 3000 });
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => latinKey(latinKey(s)) === latinKey(s)), { numRuns: 1000 });
});

test('latinKey of the 2021 Kazakh Latin rendering equals the Cyrillic key (property)', () => {
  const word = fc.string({ unit: fc.constantFrom(...KK_LETTERS), minLength: 1, maxLength: 10 });
  fc.assert(fc.property(word, (w) => latinKey(kazakhLatin(w)) === latinKey(w)), { numRuns: 3000 });
});

test('kazakhLatin: 2021 alphabet with case kept', () => {
  const cases: [string, string][] = [
    ['Тоқаев', 'Toqaev'],
    ['Қасым-Жомарт', 'Qasym-Jomart'],
    ['Қазақстан Республикасы', 'Qazaqstan Respublikasy'],
    ['Мәңгілік Ел', 'Mäñgılık El'],
    ['Астана', 'Astana'],
    ['Алматы', 'Almaty'],
    ['Шымкент', 'Şymkent'],
    ['Өскемен', 'Öskemen'],
    ['Ұлттық', 'Ūlttyq'],
    ['Үкімет', 'Ükımet'],
    ['Мәжіліс', 'Mäjılıs'],
    ['Ақорда', 'Aqorda'],
    ['Жетісу', 'Jetısu'],
    ['Ғылым', 'Ğylym'],
    ['Бауыржан', 'Bauyrjan'],
    ['Айдар', 'Aidar'],
    ['Ильхам Әлиев', 'İlham Äliev'],
    ['Әзербайжан', 'Äzerbaijan'],
    ['Президенті', 'Prezidentı'],
    ['Хабар', 'Habar'],
    ['Һижра', 'Hijra'],
    ['Цирк', 'Tsirk'],
    ['Чемпионат', 'Çempionat'],
    ['Щучинск', 'Şşuçinsk'],
    ['ёлка', 'iolka'],
    ['Юрий', 'İurii'],
    ['Ясауи', 'İasaui'],
    ['объект', 'obekt'],
    ['Эльмир', 'Elmir'],
    ['ШЫМКЕНТ', 'ŞYMKENT'],
    ['ЩУЧИНСК', 'ŞŞUÇİNSK'],
    ['ЯСАУИ', 'İASAUİ'],
    ['ҚР ТІМ', 'QR TIM'],
    ['Ыстық', 'Ystyq'],
    ['Іле', 'Ile'],
    ['Иран', 'İran'],
    ['Тоқаев (Tokayev) 2024 ж.', 'Toqaev (Tokayev) 2024 j.'],
    ['COVID-19 індеті', 'COVID-19 ındetı'],
    ['Бакуге барды', 'Bakuge bardy'],
  ];
  assert.ok(cases.length >= 30);
  for (const [cyr, lat] of cases) assert.equal(kazakhLatin(cyr), lat, cyr);
});

test('kazakhLatin: never throws and leaves text without Cyrillic untouched (property)', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
    const out = kazakhLatin(s);
    return /[\u0400-\u04FF]/.test(s) || out === s;
  }), { numRuns: 2000 });
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...MIXED) }), (s) => !/[\u0400-\u04FF]/.test(kazakhLatin(s))));
});
