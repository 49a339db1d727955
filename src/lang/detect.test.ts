import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Lang } from '../pipeline/types.ts';
import { detectLanguage, detectParagraphs, detectWith } from './detect.ts';
import { makeDetector } from './langid-detector.ts';
import { parseCounts, serializeCounts } from './langid-file.ts';
import { wordsOf } from './langid-text.ts';
import { foldOf, train } from './langid-train.ts';
import { SHARED, needsShared } from '../../test/helpers.ts';

// Our own short news-style sentences (not taken from any corpus), several per language, chosen so that the
// close pairs kk/ky/tt/ba and az/tr/tk/uz say the same things in parallel.
const SENTENCES: Record<Exclude<Lang, 'und'>, string[]> = {
  kk: [
    'Мемлекет басшысы Астанада шетелдік инвесторлармен кездесу өткізді.',
    'Қазақстан мен Әзербайжан сыртқы істер министрлері екіжақты ынтымақтастықты талқылады.',
    'Биыл елімізде астық өнімі былтырғыдан әлдеқайда көп жиналды.',
    'Алматыда өткен халықаралық форумға жиырмадан астам елдің өкілдері қатысты.',
    'Үкімет отырысында жаңа әлеуметтік бағдарлама бекітілді.',
    'Ертең елордада қар жауып, күн суытады деп болжанып отыр.',
  ],
  ky: [
    'Кыргызстандын президенти Бишкекте Казакстандын тышкы иштер министрин кабыл алды.',
    'Өкмөттүн жыйынында жаңы социалдык программа бекитилди.',
    'Быйыл өлкөдө түшүм былтыркыга караганда көбүрөөк жыйналды.',
    'Эки өлкөнүн ортосундагы соода жүгүртүү акыркы жылдары бир топ өстү.',
    'Эртең борбор калаада кар жаап, аба ырайы суук болот деп күтүлүүдө.',
  ],
  tt: [
    'Татарстан Президенты Казанда чит ил инвесторлары белән очрашу үткәрде.',
    'Хөкүмәт утырышында яңа социаль программа расланды.',
    'Быел республикада игенчеләр узган елга караганда күбрәк ашлык җыйды.',
    'Казанда узган халыкара форумда егермедән артык илнең вәкилләре катнашты.',
    'Иртәгә башкалада кар явачак һәм һава суытачак дип көтелә.',
  ],
  ba: [
    'Башҡортостан Башлығы Өфөлә сит ил инвесторҙары менән осрашыу үткәрҙе.',
    'Хөкүмәт ултырышында яңы социаль программа раҫланды.',
    'Быйыл республикала игенселәр үткән йылға ҡарағанда күберәк иген йыйып алды.',
    'Өфөлә үткән халыҡ-ара форумда егерменән ашыу илдең вәкилдәре ҡатнашты.',
    'Иртәгә баш ҡалала ҡар яуасаҡ һәм һауа һыуытасаҡ, тип фаразлана.',
  ],
  az: [
    'Azərbaycan Prezidenti İlham Əliyev Bakıda Qazaxıstanın xarici işlər nazirini qəbul edib.',
    'Nazirlər Kabinetinin iclasında yeni sosial proqram təsdiqlənib.',
    'Bu il respublikada taxıl məhsulu ötən ilə nisbətən daha çox toplanıb.',
    'İki ölkə arasında ticarət dövriyyəsi son illərdə xeyli artıb.',
    'Sabah paytaxtda qar yağacağı və havanın soyuyacağı gözlənilir.',
  ],
  tr: [
    "Cumhurbaşkanı Ankara'da Kazakistan Dışişleri Bakanı'nı kabul etti.",
    'Bakanlar Kurulu toplantısında yeni sosyal program onaylandı.',
    'Bu yıl ülkede buğday hasadı geçen yıla göre daha fazla oldu.',
    'İki ülke arasındaki ticaret hacmi son yıllarda önemli ölçüde arttı.',
    'Yarın başkentte kar yağışı ve soğuk hava bekleniyor.',
  ],
  tk: [
    'Türkmenistanyň Prezidenti Aşgabatda Gazagystanyň daşary işler ministrini kabul etdi.',
    'Ministrler Kabinetiniň mejlisinde täze durmuş maksatnamasy tassyklandy.',
    'Şu ýyl ýurdumyzda bugdaý hasyly geçen ýyldakydan has köp boldy.',
    'Iki ýurduň arasyndaky söwda dolanyşygy soňky ýyllarda ep-esli artdy.',
    'Ertir paýtagtda gar ýagar we howa sowar diýlip garaşylýar.',
  ],
  uz: [
    'Oʻzbekiston Prezidenti Toshkentda Qozogʻiston tashqi ishlar vazirini qabul qildi.',
    "Vazirlar Mahkamasi yig'ilishida yangi ijtimoiy dastur tasdiqlandi.",
    'Bu yil respublikada g‘alla hosili o‘tgan yilga nisbatan ko‘proq yig‘ib olindi.',
    'Ikki mamlakat o`rtasidagi savdo aylanmasi so`nggi yillarda sezilarli darajada oshdi.',
    'Ertaga poytaxtda qor yogʻishi va havo sovishi kutilmoqda.',
  ],
  ru: [
    'Президент Казахстана провёл в Астане встречу с иностранными инвесторами.',
    'На заседании правительства утвердили новую социальную программу.',
    'В этом году урожай зерна в стране оказался выше прошлогоднего.',
    'Товарооборот между двумя странами в последние годы заметно вырос.',
    'Завтра в столице ожидается снег и похолодание.',
  ],
  en: [
    'The president met foreign investors in Astana on Tuesday.',
    'The government approved a new social programme at its weekly meeting.',
    "This year's grain harvest was larger than last year's, the ministry said.",
    'Trade between the two countries has grown significantly in recent years.',
    'Snow and colder weather are expected in the capital tomorrow.',
  ],
  ug: [
    'جۇڭگو رەئىسى بۈگۈن بېيجىڭدا قازاقىستان پرېزىدېنتى بىلەن كۆرۈشتى.',
    'ھۆكۈمەت يىغىنىدا يېڭى ئىجتىمائىي پروگرامما تەستىقلاندى.',
    'بۇ يىل ئاشلىق ھوسۇلى ئۆتكەن يىلدىكىدىن كۆپ بولدى.',
    'ئىككى دۆلەت ئوتتۇرىسىدىكى سودا سوممىسى يېقىنقى يىللاردا زور دەرىجىدە ئاشتى.',
    'ئەتە پايتەختتە قار يېغىپ، ھاۋا سوۋۇيدۇ.',
  ],
};

describe('detectLanguage: one sentence per call', () => {
  for (const [lang, list] of Object.entries(SENTENCES)) {
    for (const s of list) {
      it(`${lang}: ${s.slice(0, 40)}…`, () => {
        const g = detectLanguage(s);
        assert.equal(g.lang, lang, JSON.stringify(g.ranking.slice(0, 3)));
        assert.ok(g.confidence > 0.5, `confidence ${g.confidence}`);
      });
    }
  }
});

// Minimal pairs: the same short sentence in close languages, little context beyond a few suffixes.
const MINIMAL_PAIRS: [Lang, string][] = [
  ['kk', 'Бүгін Алматыда жаңа мектеп ашылды.'],
  ['ky', 'Бүгүн Бишкекте жаңы мектеп ачылды.'],
  ['tt', 'Бүген Казанда яңа мәктәп ачылды.'],
  ['ba', 'Бөгөн Өфөлә яңы мәктәп асылды.'],
  ['kk', 'Президент министрлерді қабылдады.'],
  ['ky', 'Президент министрлерди кабыл алды.'],
  ['tt', 'Президент министрларны кабул итте.'],
  ['ba', 'Президент министрҙарҙы ҡабул итте.'],
  ['kk', 'Екі ел арасындағы сауда артты.'],
  ['ky', 'Эки өлкө ортосундагы соода өстү.'],
  ['tt', 'Ике ил арасындагы сәүдә артты.'],
  ['ba', 'Ике ил араһындағы сауда артты.'],
  ['az', 'Bu gün hava yağışlı olacaq.'],
  ['tr', 'Bugün hava yağışlı olacak.'],
  ['tk', 'Şu gün howa ýagyşly bolar.'],
  ['uz', 'Bugun havo yomgʻirli boʻladi.'],
  ['az', 'Prezident nazirləri qəbul edib.'],
  ['tr', 'Cumhurbaşkanı bakanları kabul etti.'],
  ['tk', 'Prezident ministrleri kabul etdi.'],
  ['uz', 'Prezident vazirlarni qabul qildi.'],
];

describe('detectLanguage: minimal pairs kk/ky/tt/ba and az/tr/tk/uz', () => {
  for (const [lang, s] of MINIMAL_PAIRS) {
    it(`${lang}: ${s}`, () => assert.equal(detectLanguage(s).lang, lang, JSON.stringify(detectLanguage(s).ranking.slice(0, 3))));
  }
});

describe('detectLanguage: und', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['whitespace', '  \n\t '],
    ['numbers only', '12 345 678,90 — 2024-05-01 10:30'],
    ['too few letters', 'Hi! 2024'],
    ['one short word', 'Бакуде'],
    ['Georgian', 'საქართველოს პრეზიდენტმა დღეს ახალი მთავრობა წარადგინა.'],
    ['Armenian', 'Հայաստանի կառավարությունը հաստատեց նոր ծրագիրը։'],
    ['Chinese', '中华人民共和国外交部发言人今天举行例行记者会。'],
    ['Greek', 'Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία.'],
    ['Hebrew', 'הממשלה אישרה היום תוכנית חדשה לתמיכה בחקלאים.'],
    ['Arabic (not Uyghur)', 'أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم المزارعين في المناطق الريفية.'],
    ['Persian (not Uyghur)', 'رئیس جمهور روز سه‌شنبه با وزیر امور خارجه قزاقستان در تهران دیدار کرد.'],
    ['emoji and punctuation', '😀🎉 !!! ??? ... 👍👍'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const g = detectLanguage(text);
      assert.equal(g.lang, 'und', JSON.stringify(g));
      assert.equal(g.confidence, 0);
    });
  }
});

describe('detectLanguage: mixed scripts and spelling variants', () => {
  const cases: [string, Lang, string][] = [
    ['Kazakh typed with Latin i for і', 'kk', 'Мемлекет басшысы бүгiн Астанада шетелдiк инвесторлармен кездестi.'],
    ['Azerbaijani typed with Cyrillic ә for ə', 'az', 'Azәrbaycan Prezidenti bu gün Bakıda xarici qonaqları qәbul edib.'],
    ['Kazakh with Latin brand names', 'kk', 'Apple Inc. компаниясы Алматыда жаңа кеңсе ашатынын мәлімдеді.'],
    ['Kazakh with more Latin than Cyrillic letters', 'kk', 'Washington Capitals командасы Atlanta Thrashers командасын жеңді.'],
    ['Russian with English company names', 'ru', 'Компания Microsoft Corporation объявила о запуске нового сервиса в Казахстане.'],
    ['English with a Cyrillic name', 'en', 'President Tokayev (Тоқаев) met the visiting delegation in Astana on Monday.'],
    ['Turkish apostrophes before suffixes', 'tr', "Kazakistan'ın başkenti Astana'da Türk devletlerinin zirvesi yapıldı."],
    ['Kazakh headline in capitals', 'kk', 'ҚАЗАҚСТАН МЕН ӘЗЕРБАЙЖАН ЖАҢА КЕЛІСІМГЕ ҚОЛ ҚОЙДЫ'],
    ['Azerbaijani headline in capitals', 'az', 'AZƏRBAYCAN VƏ QAZAXISTAN YENİ SAZİŞ İMZALAYIB'],
    ['soft hyphens and zero-width spaces inside words', 'ru', 'Прави\u00adтельство утвер\u200bдило новую програм\u00adму поддержки фермеров.'],
    ['decomposed (NFD) letters', 'tr', 'Bu yıl ülkede buğday hasadı geçen yıla göre daha fazla oldu.'.normalize('NFD')],
    ['Kazakh paragraph with a Russian quotation', 'kk', 'Министр «Мы готовы к сотрудничеству» деді. Екі ел арасындағы тауар айналымы биыл айтарлықтай өсті.'],
  ];
  for (const [name, lang, text] of cases) {
    it(name, () => assert.equal(detectLanguage(text).lang, lang, JSON.stringify(detectLanguage(text).ranking.slice(0, 3))));
  }

  it('scores every Uzbek apostrophe variant the same', () => {
    const variants = ['ʻ', '‘', "'", '`', '’', 'ʼ'].map((a) => `O${a}zbekiston va Qozog${a}iston o${a}rtasidagi hamkorlik kengaymoqda.`);
    const guesses = variants.map((v) => detectLanguage(v));
    for (const g of guesses) assert.equal(g.lang, 'uz');
    for (const g of guesses) assert.ok(Math.abs(g.confidence - (guesses[0]?.confidence ?? 0)) < 1e-9);
  });
});

describe('detectLanguage: ranking and options', () => {
  it('ranks only the candidates of the text script, normalized and best first', () => {
    const g = detectLanguage(SENTENCES.ky[0] ?? '');
    assert.deepEqual(new Set(g.ranking.map((r) => r.lang)), new Set(['kk', 'ru', 'ky', 'tt', 'ba']));
    const sum = g.ranking.reduce((a, r) => a + r.score, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9);
    for (let i = 1; i < g.ranking.length; i++) assert.ok((g.ranking[i - 1]?.score ?? 0) >= (g.ranking[i]?.score ?? 0));
  });

  it('restricts candidates with `only`', () => {
    const text = SENTENCES.tt[0] ?? '';
    assert.equal(detectLanguage(text, { only: ['kk', 'ru'] }).ranking.length, 2);
    assert.ok(['kk', 'ru', 'und'].includes(detectLanguage(text, { only: ['kk', 'ru'] }).lang));
    assert.equal(detectLanguage(SENTENCES.az[0] ?? '', { only: ['az', 'tr'] }).lang, 'az');
    assert.equal(detectLanguage(SENTENCES.en[0] ?? '', { only: ['kk', 'ru'] }).lang, 'und');
  });

  it('keeps a best guess in the ranking when the text is too short to decide', () => {
    const g = detectLanguage('Қазақстан');
    assert.equal(g.lang, 'und');
    assert.equal(g.ranking[0]?.lang, 'kk');
  });
});

describe('word extraction for scoring', () => {
  it('keeps main-script words, lower-cased, and drops foreign-script names', () => {
    assert.deepEqual(wordsOf('Apple компаниясы АЛМАТЫДА кеңсе ашты').words, ['компаниясы', 'алматыда', 'кеңсе', 'ашты']);
  });
  it('swaps look-alike letters inside mixed-script words only', () => {
    assert.deepEqual(wordsOf('бүгiн Астанада iPhone сатылды').words, ['бүгін', 'астанада', 'сатылды']);
    assert.deepEqual(wordsOf('Azәrbaycan vә Qazaxıstan').words, ['azərbaycan', 'və', 'qazaxıstan']);
  });
  it('unifies apostrophes and keeps them inside words; İ lowers to i', () => {
    assert.deepEqual(wordsOf('Oʻzbekiston, Qozog‘iston; İstanbul’da').words, ["o'zbekiston", "qozog'iston", "istanbul'da"]);
  });
});

describe('training pipeline (no shared data needed)', () => {
  const corpus = [
    ['kk', 'Мемлекет басшысы жаңа заңға қол қойды. Үкімет отырысы өтті. Қазақстан мен Қырғызстан келісті.'],
    ['ru', 'Президент подписал новый закон. Состоялось заседание правительства. Стороны договорились.'],
    ['en', 'The president signed a new law. The government met on Monday. Both sides agreed.'],
  ].map(([lang, text], i) => ({ id: `t${i}`, lang: lang ?? '', text: text ?? '' }));
  it('trains, round-trips through the file format and detects', () => {
    const counts = train(corpus, ['kk', 'ru', 'en'], { maxOrder: 4, minCount: 1, alpha: 0.1, temperature: 5 });
    const text = serializeCounts(counts, ['test model']);
    assert.match(text, /^# test model\ngram\tkk\tru\ten\n@maxorder/);
    const back = parseCounts(text);
    assert.deepEqual(back.grams, counts.grams);
    assert.deepEqual([...back.counts], [...counts.counts]);
    const det = makeDetector(back);
    assert.equal(detectWith(det, 'Үкімет жаңа заңға қол қойды').lang, 'kk');
    assert.equal(detectWith(det, 'Правительство подписало закон').lang, 'ru');
    assert.equal(detectWith(det, 'The government signed the law').lang, 'en');
  });
  it('rejects malformed model rows with the line number', () => {
    assert.throws(() => parseCounts('# x\ngram\tkk\tru\n@maxorder\t1\t1\nab\t1\n', 'm'), /m:4/);
  });
  it('assigns folds deterministically by id', () => {
    assert.equal(foldOf('sib200-5', 5), foldOf('sib200-5', 5));
    const folds = new Set(Array.from({ length: 50 }, (_, i) => foldOf(`sib200-${i}`, 5)));
    assert.equal(folds.size, 5);
  });
});

describe('detectParagraphs', () => {
  it('tags paragraphs, giving short ones the document language', () => {
    const paras = ['АСТАНА. 12 наурыз', SENTENCES.kk.slice(0, 3).join(' '), SENTENCES.ru[0] ?? '', SENTENCES.kk[3] ?? ''];
    const text = paras.join('\n\n');
    let at = 0;
    const spans = paras.map((p) => { const start = text.indexOf(p, at); at = start + p.length; return { start, end: at }; });
    const r = detectParagraphs(text, spans);
    assert.equal(r.doc.lang, 'kk');
    assert.deepEqual(r.paragraphs, ['kk', 'kk', 'ru', 'kk']);
  });
});

describe('detectLanguage: properties and speed', () => {
  const interesting = fc.constantFrom(...'aəıiİIʻ\'’-. 1Ққіәңөұүһ ҙҫҡ җ ýňäž ئەۋ中ა😀\u00ad\u200b\u0301\n'.split(''));
  it('never throws; confidence in [0,1]; ranking normalized; lang is und or the top candidate', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: interesting, maxLength: 200 })), (s) => {
      const g = detectLanguage(s);
      assert.ok(g.confidence >= 0 && g.confidence <= 1);
      if (g.ranking.length > 0) assert.ok(Math.abs(g.ranking.reduce((a, r) => a + r.score, 0) - 1) < 1e-6);
      for (const r of g.ranking) assert.ok(r.score >= 0 && r.score <= 1 && Number.isFinite(r.score));
      assert.ok(g.lang === 'und' || g.lang === g.ranking[0]?.lang);
      if (g.lang === 'und') assert.equal(g.confidence, 0);
    }), { numRuns: 300 });
  });
});

const GOLD = join(SHARED, 'eval', 'gold');
describe('detectLanguage on real articles', { skip: needsShared }, () => {
  it('identifies the language of every gold article', () => {
    for (const f of readdirSync(GOLD).filter((x) => x.endsWith('.json'))) {
      const d = JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as { lang: string; text: string };
      assert.equal(detectLanguage(d.text).lang, d.lang, f);
    }
  });
});

describe('detectLanguage: prior odds', () => {
  const s = 'Kazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev in Baku on 24 August 2022.';
  it('tips a close call to the expected languages and leaves clear text alone', () => {
    const plain = detectLanguage(s);
    const withPrior = detectLanguage(s, { prior: { en: 10, az: 10 } });
    assert.equal(withPrior.lang, 'en');
    assert.ok((withPrior.ranking.find((r) => r.lang === 'en')?.score ?? 0) > (plain.ranking.find((r) => r.lang === 'en')?.score ?? 0));
    assert.equal(detectLanguage('Bakanlar Kurulu toplantısında yeni sosyal program onaylandı ve uygulamaya konuldu.', { prior: { en: 10, az: 10 } }).lang, 'tr');
  });
});

describe('word score memo', () => {
  it('property: a detector that has scored other texts gives the same guess as a fresh one', () => {
    const counts = parseCounts(readFileSync(new URL('../../data/langid/model.tsv', import.meta.url), 'utf8'), 'model.tsv');
    const warm = makeDetector(counts);
    const words = ['Тоқаев', 'Бакуге', 'барды', 'Azərbaycan', 'səfər', 'edib', 'прибыл', 'в', 'Баку', 'meeting', 'the', 'ынтымақтастық', 'əməkdaşlıq', 'сотрудничество', 'ab', 'ba'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (ws) => {
      const text = ws.join(' ');
      const fresh = detectWith(makeDetector(counts), text);
      assert.deepEqual(detectWith(warm, text), fresh);
    }), { numRuns: 60 });
  });
});
