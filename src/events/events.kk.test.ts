/** Kazakh event extraction: a table of short news items (our own wording) → the events a reader codes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processDoc } from '../pipeline/text-engine.ts';
import { findEntities } from '../entities/index.ts';
import { extractEvents } from './index.ts';
import { eventKey } from './format.ts';

interface Case { text: string; expect: string[]; published?: string }

const CASES: Case[] = [
  { text: 'Қазақстан Тәжікстанға гуманитарлық көмек жөнелтті. Қазақстан Тәжікстанға тағы гуманитарлық көмек жөнелтеді.', expect: ['AID occurred KAZ>TJK', 'AID planned KAZ>TJK'] },
  { text: 'Ресей әскерлері Харьков қаласына зымыран шабуылын жасады.', expect: ['ASSAULT occurred RUS>UKR'] },
  { text: 'Тоқаев Әлиевпен келіссөз жүргізуге дайын екенін айтты.', expect: ['CONSULT planned KAZ>AZE', 'AGREE occurred KAZ>AZE'] },
  { text: '– Қазақстан су-энергетика жобалары жөнінде өзбек әріптестерімен жұмыс істеуге әзір, – деді Мемлекет басшысы. Әзірге Қазақстан Ресеймен келіссөз жүргізбейді.', expect: ['AGREE occurred KAZ>UZB'] },
  { text: 'Келіссөздер қорытындысы бойынша үш құжатқа қол қойылды: Қазақстан Республикасының Үкіметі мен Әзербайжан Республикасының Үкіметі арасындағы келісім және «Қазақстан темір жолы» ҰК АҚ мен «Азербайжан Демир Йоллары» ЖАҚ арасындағы меморандум.', expect: ['SUPPORT occurred KAZ>AZE'] },
  { text: 'СІМ ресми өкілі Францияның мәлімдемесін біржақты деп атады.', expect: ['ACCUSE/disapprove occurred KAZ>FRA'] },
  { text: 'Қазақстан мен Түркия қорғаныс министрлері кездесті. Қыркүйекте екі елдің арнайы операциялар күштерінің бірлескен оқу-жаттығуы өтеді.', expect: ['CONSULT occurred KAZ>TUR', 'COOPERATE planned KAZ>TUR'] },
  { text: 'Үшжақты кездесу алдында Байрамов Нұртлеумен кездесті.', expect: ['CONSULT/multilateral occurred AZE>KAZ'] },
  { text: 'Тәжікстан Сыртқы істер министрі Сироджиддин Мухриддин Душанбеде ресейлік әріптесін қабылдады. Министр ресейлік делегацияның құрамы туралы айтты.', expect: ['CONSULT occurred TJK>RUS'] },
  { text: 'Президенттің баспасөз хатшысы кейбір шетелдік БАҚ-та тараған Қасым-Жомарт Тоқаевтың Нью-Йорктегі Нетаньяхумен кездесуі туралы ақпаратты жоққа шығарды.', expect: [] },
  { text: 'Қазақстан КҚК терминалына жасалған шабуылға байланысты Украинаға наразылық білдірді.', expect: ['ACCUSE/disapprove occurred KAZ>UKR'] },
  { text: 'Байрамов пен Мирзоян келіссөз жүргізді. Тараптар Вашингтонда қол жеткізілген уағдаластықтарға адалдығын растады.', expect: ['CONSULT occurred AZE>ARM', 'AGREE occurred AZE>ARM'] },
  { text: 'Тоқаев Шахбаз Шарифпен кездесті. Тараптар Қазақстан–Моңғолия үкіметаралық комиссиясының кезекті отырысын 2026 жылдың бірінші жартысында Ұланбатырда өткізуге уағдаласты.', expect: ['CONSULT occurred KAZ>PAK', 'CONSULT planned KAZ>MNG'] },
  { text: 'Тоқаев Фридрих Мерцті Қазақстанға сапармен келуге шақырды. Фридрих Мерц шақыруды қабыл алды.', expect: ['AGREE occurred KAZ>DEU', 'AGREE occurred DEU>KAZ'] },
  { text: 'Ауғанстан Үкіметі мәлімдеме жасады. Қазақстан СІМ Пәкістан халқы мен Үкіметіне көңіл айтты.', expect: ['SUPPORT occurred KAZ>PAK'] },
  { text: 'Мұрат Нұртілеу Ресей елшісі Алексей Бородавкинді қабылдады. Алексей Бородавкин қазақстандық тарапқа ризашылығын жеткізді. Мұрат Нұртілеу елшіге жаңа қызметінде табыс тіледі.', expect: ['CONSULT occurred KAZ>RUS', 'SUPPORT occurred RUS>KAZ', 'SUPPORT occurred KAZ>RUS'] },
  { text: 'Қырғызстанда жер сілкінісі болды. Өзбекстан зардап шеккен өңірге 20 құтқарушы жіберді.', expect: ['AID occurred UZB>KGZ'] },
  { text: 'Қазақстан Түркияға гуманитарлық көмегін жіберді.', expect: ['AID occurred KAZ>TUR'] },
  { text: 'Кеше Сыртқы істер министрлігі Ресей елшісін шақырды. Қазақстан тарапы жауап шараларын қабылдау құқығын өзіне қалдырады.', expect: ['ACCUSE/disapprove occurred KAZ>RUS', 'THREATEN planned KAZ>RUS'] },
  { text: 'СІМ Ресей елшісін шақырды.', expect: ['ACCUSE/disapprove occurred KAZ>RUS'] },
  { text: 'Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев Нью-Йоркте БҰҰ Бас Ассамблеясының 80-сессиясы аясында Үндістан Сыртқы істер министрі Субраманьям Джайшанкармен кездесті.', expect: ['CONSULT/multilateral occurred KAZ>IND'] },
  { text: 'Мемлекет басшысы Грузия Премьер-министрі Ираклий Кобахидзе бастаған делегацияны қабылдады.', expect: ['CONSULT occurred KAZ>GEO'] },
  { text: 'Қырғызстан Мемлекеттік шекара қызметі қазақстандық шекарашылар мал жайып жүрген азаматтарға ескерту оқ атты деп мәлімдеді.', expect: ['ACCUSE/allege occurred KGZ>KAZ'] },
  { text: 'Шекарада қырғыз және тәжік шекарашылары арасында атыс болды.', expect: ['ASSAULT occurred KGZ>TJK'] },
  { text: 'Қазақстанның Әзербайжандағы елшісі Ильхам Әлиевке сенім грамотасын тапсырды.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Қазақстан Сыртқы істер министрінің Кабулға сапары көктемге ауыстырылды.', expect: ['CONSULT/visit planned KAZ>AFG'] },
  { text: 'Әлиев пен Пашинян бейбіт келісімді парафтады. АҚШ бұл қадамды құптады.', expect: ['SUPPORT occurred AZE>ARM', 'SUPPORT occurred USA>AZE', 'SUPPORT occurred USA>ARM'] },
  { text: 'Қазақстан мен Өзбекстан келісімді ратификациялады.', expect: ['SUPPORT occurred KAZ>UZB'] },
  { text: 'Қазақстан Түркияға гуманитарлық көмек ұсынды.', expect: ['AGREE occurred KAZ>TUR'] },
  { text: 'Қазақстан мен Қырғызстан президенттері телефон арқылы екіжақты ынтымақтастықты талқылады.', expect: ['CONSULT/phone occurred KAZ>KGZ'] },
  { text: 'Қазақстан СІМ Ресей елшісін шақырып, наразылық нотасын тапсырды. Қазақстан тарапы оқиғаны жан-жақты тексеруді талап етті.', expect: ['ACCUSE/disapprove occurred KAZ>RUS', 'REQUEST occurred KAZ>RUS'] },
  { text: 'Қырғызстан Тәжікстанды келісімді бұзды деп айыптады. Тәжікстан СІМ бұл айыптауларды негізсіз деп атады.', expect: ['ACCUSE/disapprove occurred KGZ>TJK', 'REJECT occurred TJK>KGZ'] },
  // Calls, visits, talks
  { text: 'Мемлекет басшысы Қасым-Жомарт Тоқаев Әзербайжан Президенті Ильхам Әлиевпен телефон арқылы сөйлесті.', expect: ['CONSULT/phone occurred KAZ>AZE'] },
  { text: 'Ильхам Әлиев Қасым-Жомарт Тоқаевқа телефон шалып, оны туған күнімен құттықтады.', expect: ['CONSULT/phone occurred AZE>KAZ', 'SUPPORT occurred AZE>KAZ'] },
  { text: 'Тоқаев пен Жапаров жұмыс тобын құруға уағда-\nласты.', expect: ['AGREE occurred KAZ>KGZ'] },
  { text: 'Тоқаев пен Мирзиёев Ташкентте келіссөз жүргізді. Мемлекет басшыларының қатысуымен тараптар 12 құжат алмасты.', expect: ['CONSULT occurred KAZ>UZB', 'SUPPORT occurred KAZ>UZB'] },
  { text: 'Мемлекет басшысы Қасым-Жомарт Тоқаев Берлинде саммитке қатысты. Саммитке Германия Федералды канцлері Фридрих Мерц пен Орталық Азия елдерінің көшбасшылары қатысты.', expect: ['CONSULT/multilateral occurred KAZ>DEU'] },
  { text: 'Қазақстан Төтенше жағдайлар министрлігінің екі ұшағы су тасқынынан зардап шеккен Пәкістан тұрғындарына арналған 60 тонна гуманитарлық жүкті Исламабадқа жеткізді.', expect: ['AID occurred KAZ>PAK'] },
  { text: 'Қазақстан – Әзербайжан келіссөздері Бакуде өтті.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Ақордада Мемлекет басшысы Қазақстанға ресми сапармен келген Грузия Премьер-министрі Ираклий Кобахидзені қабылдады.', expect: ['CONSULT/visit occurred GEO>KAZ', 'CONSULT occurred KAZ>GEO'] },
  { text: 'Әзербайжан мен Армения 8 тамызда Вашингтонда бейбітшілік келісімін парафтады.', published: '2026-08-09', expect: ['SUPPORT occurred AZE>ARM'] },
  { text: 'Жапаров Тоқаевқа алаңдаушылығын білдірді.', expect: ['ACCUSE/disapprove occurred KGZ>KAZ'] },
  {
    text: 'Мемлекет басшысы Қасым-Жомарт Тоқаев Түркі мемлекеттері ұйымының саммитіне төрағалық етті. Саммит жұмысына Әзербайжан Президенті Ильхам Әлиев пен Қырғызстан Президенті Садыр Жапаров қатысты.',
    expect: ['CONSULT/multilateral occurred KAZ>-', 'CONSULT/multilateral occurred KAZ>AZE', 'CONSULT/multilateral occurred KAZ>KGZ'],
  },
  { text: 'Телефон арқылы сөйлесу барысында Тоқаев пен Мирзиёев су саласындағы ынтымақтастықты талқылады.', expect: ['CONSULT/phone occurred KAZ>UZB'] },
  { text: 'ШЫҰ саммиті аясында Тоқаев Си Цзиньпинмен кездесті.', expect: ['CONSULT/multilateral occurred KAZ>CHN'] },
  { text: 'Мұрат Нұртілеу Әзербайжан елшісін қабылдады.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Тоқаев Ильхам Әлиевпен бейнебайланыс арқылы сөйлесті.', expect: ['CONSULT/phone occurred KAZ>AZE'] },
  { text: 'Қасым-Жомарт Тоқаев Бакуге ресми сапармен барды.', expect: ['CONSULT/visit occurred KAZ>AZE'] },
  { text: 'Түркия Президенті Режеп Тайып Ердоған Астанаға мемлекеттік сапармен келеді.', expect: ['CONSULT/visit planned TUR>KAZ'] },
  { text: 'Қасым-Жомарт Тоқаев Ресейге жұмыс сапарымен барады.', expect: ['CONSULT/visit planned KAZ>RUS'] },
  { text: 'Қасым-Жомарт Тоқаев Ильхам Әлиевтің шақыруымен Бакуге сапармен барды.', expect: ['CONSULT/visit occurred KAZ>AZE'] },
  { text: 'Ақордада Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев келіссөз жүргізді.', expect: ['CONSULT occurred KAZ>UZB'] },
  { text: 'Сыртқы істер министрі Мұрат Нұртілеу Джейхун Байрамовпен кездесті.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Мемлекет басшысы Қасым-Жомарт Тоқаев Джейхун Байрамовты қабылдады.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Тоқаев пен Әлиев Каспий теңізі арқылы мұнай тасымалын талқылады.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Түркия Сыртқы істер министрі Хакан Фидан Мұрат Нұртілеумен келіссөз жүргізді.', expect: ['CONSULT occurred TUR>KAZ'] },
  { text: 'Келесі аптада Астанада Қазақстан мен Қырғызстан үкіметаралық комиссиясының отырысы өтеді.', expect: ['CONSULT planned KAZ>KGZ'] },
  { text: 'Әзербайжан Президентінің Қазақстанға мемлекеттік сапары жоспарлануда.', expect: ['CONSULT/visit planned AZE>KAZ'] },
  { text: 'Мемлекет басшысы Түркі мемлекеттері ұйымының саммитіне қатысты.', expect: ['CONSULT/multilateral occurred KAZ>-'] },
  // The Head of State with no name is the President of Kazakhstan, also right before a foreign leader's name in an
  // oblique case; before a name in the nominative the title is that person's.
  { text: 'Мемлекет басшысы Ильхам Әлиевпен телефон арқылы сөйлесті.', expect: ['CONSULT/phone occurred KAZ>AZE'] },
  { text: 'Мемлекет басшысы Шавкат Мирзиёевті Ақордада қабылдады.', expect: ['CONSULT occurred KAZ>UZB'] },
  // A genitive owner of a noun in the dative is the act's target (thanks for Kazakhstan's help), not a destination.
  { text: 'Ильхам Әлиев Қазақстанның уақтылы көрсеткен көмегіне алғыс айтты.', expect: ['SUPPORT occurred AZE>KAZ'] },
  { text: 'Тоқаев Әлиевке бірлескен инвестициялық қор құруды ұсынды.', expect: ['AGREE occurred KAZ>AZE'] },
  { text: 'Министр Үкімет отырысында баяндама ұсынды.', expect: [] },
  { text: 'Венгрия Сыртқы істер министрі Петер Сийярто Венгрия Қазақстанмен уран өндіру саласындағы ынтымақтастықты кеңейтуге мүдделі екенін жеткізді.', expect: ['AGREE occurred HUN>KAZ'] },
  { text: 'Бұл жоба барлық мүдделі тараптар үшін маңызды.', expect: [] },
  { text: 'Ильхам Әлиев Қазақстанның Ұлттық музейіне барды.', expect: [] },
  { text: 'Саммит аясында Қасым-Жомарт Тоқаев Ильхам Әлиевпен кездесті.', expect: ['CONSULT/multilateral occurred KAZ>AZE'] },
  // One act, one event: the headline and the lead, a visit and its talks, collective subjects
  {
    text: 'Тоқаев пен Мирзиёев келіссөз жүргізді\n\nҚасым-Жомарт Тоқаев Ташкентке мемлекеттік сапармен барды. Ақсарайда Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев келіссөз жүргізді. Келіссөз барысында тараптар су мәселесін талқылады.',
    expect: ['CONSULT occurred KAZ>UZB', 'CONSULT/visit occurred KAZ>UZB'],
  },
  {
    text: 'Ильхам Әлиев Астанаға ресми сапармен келді. Қос тарап сауда айналымын ұлғайтуға уағдаласты.',
    expect: ['CONSULT/visit occurred AZE>KAZ', 'AGREE occurred AZE>KAZ'],
  },
  {
    text: 'Қасым-Жомарт Тоқаев Ташкентке мемлекеттік сапармен барды. Бұдан соң президенттер Қазақстан мен Өзбекстан Жоғары мемлекетаралық кеңесінің отырысына төрағалық етті.',
    expect: ['CONSULT/visit occurred KAZ>UZB', 'CONSULT occurred KAZ>UZB'],
  },
  {
    text: 'Келіссөз қорытындысы бойынша Қасым-Жомарт Тоқаев пен Шавкат Мирзиёев одақтастық қатынастар туралы шартқа қол қойды.',
    expect: ['SUPPORT occurred KAZ>UZB'],
  },
  { text: 'Тоқаев пен Әлиев алдағы сапарға дайындық барысын талқылады.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Мұрат Нұртілеу Венгрияның сыртқы істер министрі Петер Сийяртомен телефон арқылы сөйлесті. Әңгіме венгр тарапының бастамасымен өтті.', expect: ['CONSULT/phone occurred HUN>KAZ'] },
  { text: 'Садыр Жапаровпен өткен кездесуінде Қасым-Жомарт Тоқаев оны Қазақстанға мемлекеттік сапармен келуге шақырды.', expect: ['CONSULT occurred KGZ>KAZ', 'AGREE occurred KAZ>KGZ'] },
  { text: 'Тоқаев саммит аясында Путинмен кездесті. Бұдан кейін Мемлекет басшысы Әзербайжан Президенті Ілхам Әлиевпен кездесіп, Каспий арқылы өтетін көлік дәлізін қарастырды.', expect: ['CONSULT/multilateral occurred KAZ>RUS', 'CONSULT/multilateral occurred KAZ>AZE'] },
  { text: 'Тоқаев Мирзиёевпен кездесті. «Өзбек бауырларымызға алғыс айтамыз», – деді Тоқаев.', expect: ['CONSULT occurred KAZ>UZB', 'SUPPORT occurred KAZ>UZB'] },
  // Қабыл алынған іс берушіден бастауышқа қарай
  { text: 'Мемлекет басшысы Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевтің құттықтауын қабыл алды.', expect: ['SUPPORT occurred UZB>KAZ'] },
  { text: 'Қасым-Жомарт Тоқаевқа Әзербайжан Президенті Ильхам Әлиев телефон соқты.', expect: ['CONSULT/phone occurred AZE>KAZ'] },
  // Support, thanks, congratulations, condolences, awards
  { text: 'Қасым-Жомарт Тоқаев Ильхам Әлиевке жылы қабылдау үшін алғыс айтты.', expect: ['SUPPORT occurred KAZ>AZE'] },
  { text: 'Президент Түркияда болған жер сілкінісіне байланысты Режеп Тайып Ердоғанға көңіл айтты.', expect: ['SUPPORT occurred KAZ>TUR'] },
  { text: 'Қасым-Жомарт Тоқаев Әзербайжан халқын Тәуелсіздік күнімен құттықтады.', expect: ['SUPPORT occurred KAZ>AZE'] },
  { text: 'Қазақстан Президенті Ресей Президентіне ізгі тілектері үшін алғыс айтты.', expect: ['SUPPORT occurred KAZ>RUS'] },
  // A trigger noun with a possessive and a case (алғыс+ы+н), which the analyser ranks below ал+ғы+сы+н.
  { text: 'Өзбекстан Президенті Шавкат Мирзиёев Қасым-Жомарт Тоқаевқа алғысын білдірді.', expect: ['SUPPORT occurred UZB>KAZ'] },
  { text: 'Қасым-Жомарт Тоқаев Си Цзиньпинді «Достық» орденімен марапаттады.', expect: ['SUPPORT occurred KAZ>CHN'] },
  { text: 'Мемлекет басшысы Қасым-Жомарт Тоқаев Владимир Путинге туған күнімен құттықтау жолдады.', expect: ['SUPPORT occurred KAZ>RUS'] },
  // Invitations, promises, agreements, cooperation, aid
  { text: 'Ильхам Әлиев Қасым-Жомарт Тоқаевты келесі жылы Бакуге ресми сапармен келуге шақырды.', expect: ['AGREE occurred AZE>KAZ'] },
  { text: 'Джейхун Байрамов Мұрат Нұртілеуді Бакуге сапармен келуге шақырды.', expect: ['AGREE occurred AZE>KAZ'] },
  { text: 'Қазақстан Түркияға гуманитарлық көмек көрсетуге дайын.', expect: ['AGREE occurred KAZ>TUR'] },
  { text: 'Қазақстан Қырғызстанға 500 тонна гуманитарлық көмек жіберді.', expect: ['AID occurred KAZ>KGZ'] },
  { text: 'Жуық арада Қазақстан мен Әзербайжанның мәдениет күндері ұйымдастырылады.', expect: ['COOPERATE planned KAZ>AZE'] },
  { text: 'Ресей мен Қазақстан бірлескен әскери жаттығу өткізді.', expect: ['COOPERATE occurred RUS>KAZ'] },
  // Protests and accusations
  { text: 'Қазақстан Сыртқы істер министрлігі Ресей елшісін шақыртып, наразылық нотасын тапсырды.', expect: ['ACCUSE/disapprove occurred KAZ>RUS'] },
  { text: 'Әзербайжан Армения тарапын атысты бұзды деп айыптады.', expect: ['ACCUSE/disapprove occurred AZE>ARM'] },
  // Negatives: no actor, background, sports, totals, opinion, negation, protocol
  { text: 'Қос тарап сауда айналымын ұлғайтуға уағдаласты.', expect: [] },
  { text: 'Қазақстан мен Әзербайжан арасындағы қарым-қатынас қарқынды дамып келеді.', expect: [] },
  { text: 'Қазақстан құрамасы Әзербайжан құрамасымен жолдастық матчта кездесті.', expect: [] },
  { text: 'Соңғы үш жылда Әзербайжан Президенті Қазақстанға жеті рет сапармен келген.', expect: [] },
  { text: 'Менің ойымша, Тоқаев пен Әлиев жақын арада кездеседі.', expect: [] },
  { text: 'Қазақстан Ресейге қарсы санкция енгізбейді.', expect: [] },
  { text: 'Ердоғанды әуежайда Қазақстан Премьер-министрі қарсы алды.', expect: [] },
  { text: 'Айта кетейік, бұған дейін Тоқаев пен Әлиев Бакуде кездескен болатын.', expect: [] },
  { text: 'Екі ел арасындағы шекараның ұзындығы мың шақырымнан асады.', expect: [] },
  // A quoted name and the kind of body after it carry the case together
  { text: 'SOCAR «ҚазМұнайГаз» компаниясымен жаңа келісімге қол қойды.', expect: ['SUPPORT occurred AZE>KAZ'] },
  // Several subject states and a partner: each subject acts with the partner
  { text: 'Әзербайжан мен Түркия Қазақстанмен келісімге қол қойды.', expect: ['SUPPORT occurred AZE>KAZ', 'SUPPORT occurred TUR>KAZ'] },
  // A bilateral body acts as its two states
  { text: 'Бакуде Әзербайжан – Өзбекстан Жоғары мемлекетаралық кеңесінің отырысы өтті.', expect: ['CONSULT occurred AZE>UZB'] },
  // Others' talks as the topic of a discussion; «Тараптар» is a collective subject although its stem is a head noun
  {
    text: 'Мұрат Нұртілеу Астанада Джейхун Байрамовпен кездесті. Тараптар Ресей мен Украина арасындағы келіссөздердің барысын талқылады.',
    expect: ['CONSULT occurred KAZ>AZE'],
  },
  // Келесі отырысты өткізуге келісті: the session, planned; «Кездесу соңында … уағдаласты»: the meeting is the setting, the agreement an AGREE
  { text: 'Мұрат Нұртілеу Астанада Джейхун Байрамовпен кездесті. Министрлер келесі отырысты Бакуде өткізуге келісті.', expect: ['CONSULT occurred KAZ>AZE', 'CONSULT planned KAZ>AZE'] },
  { text: 'Мұрат Нұртілеу Астанада Джейхун Байрамовпен кездесті. Кездесу соңында тараптар ынтымақтастықты нығайтуға уағдаласты.', expect: ['CONSULT occurred KAZ>AZE', 'AGREE occurred KAZ>AZE'] },
  // Сәлемін жеткізді: the sender greets the addressee, not the messenger
  { text: 'Садыр Жапаров Олжас Бектеновты қабылдады. Кездесуде Қазақстан Үкіметінің басшысы Садыр Жапаровқа Мемлекет басшысы Қасым-Жомарт Тоқаевтың сәлемін жеткізді.', expect: ['CONSULT occurred KGZ>KAZ', 'SUPPORT occurred KAZ>KGZ'] },
  // Rounds of talks in different formats are separate meetings; asking to convey good wishes is a courtesy, no REQUEST
  { text: 'Алдымен Тоқаев пен Түрікменстан Президенті Сердар Бердімұхамедов тар құрамда кездесті. Кейін келіссөздер екі елдің үкімет мүшелері қатысқан кеңейтілген құрамда жалғасты.', expect: ['CONSULT occurred KAZ>TKM', 'CONSULT occurred KAZ>TKM'] },
  { text: 'Мемлекет басшысы Си Цзиньпинге ізгі тілектерін жеткізуді өтінді.', expect: ['SUPPORT occurred KAZ>CHN'] },
  // A background cue before news dated yesterday introduces related news; humanitarian cargo is aid
  { text: 'Айта кетейік, кеше Өзбекстан да Тәжікстанға 25 тонна гуманитарлық жүк жөнелтті.', expect: ['AID occurred UZB>TJK'], published: '2026-05-12' },
  { text: 'Айта кетейік, 2019 жылы Өзбекстан Тәжікстанға 25 тонна гуманитарлық жүк жөнелтті.', expect: [], published: '2026-05-12' },
  // Сенім грамоталары: the envoys' states are the partners, not the owners who act
  { text: 'Мемлекет басшысы Қасым-Жомарт Тоқаев Өзбекстан мен Грузияның жаңа елшілерінің сенім грамоталарын қабылдады.', expect: ['CONSULT occurred KAZ>UZB', 'CONSULT occurred KAZ>GEO'] },
  // A visit thanked for was made by the one thanked
  { text: 'Мемлекет басшысы шақыруын қабыл алып, Астанаға мемлекеттік сапармен келгені үшін Әзербайжан Президенті Ильхам Әлиевке алғыс айтты.', expect: ['SUPPORT occurred KAZ>AZE', 'CONSULT/visit occurred AZE>KAZ'] },
  // The visitor is the one the participle describes, not the subject who receives him
  { text: 'Мәжіліс Төрағасы Ерлан Қошанов Қазақстанға ресми сапармен келген Түркия Ұлы Ұлттық Мәжілісінің Төрағасы Нұман Құртұлмұшты қабылдады.', expect: ['CONSULT/visit occurred TUR>KAZ', 'CONSULT occurred KAZ>TUR'] },
  // Ырықсыз етіс: «X тарапынан қабылданды» — X қабылдаған кездесу
  { text: 'Әзербайжан Сыртқы істер министрі Джейхун Байрамов Мемлекет басшысы Қасым-Жомарт Тоқаев тарапынан қабылданды.', expect: ['CONSULT occurred AZE>KAZ'] },
  { text: 'Жаңа заң Парламент тарапынан қабылданды.', expect: [] },
  // «Қонақты … қабылдады»: қонақ — сапардағы меймандар
  { text: 'Әзербайжан Сыртқы істер министрі Джейхун Байрамов Астанаға ресми сапармен келді. Қонақты Мемлекет басшысы Қасым-Жомарт Тоқаев қабылдады.', expect: ['CONSULT/visit occurred AZE>KAZ', 'CONSULT occurred AZE>KAZ'] },
  // The next session, to be held (a verbal noun of holding), is still to come, whatever the tense of the agreement on it.
  {
    text: 'Шымкентте Қазақстан мен Қырғызстан арасындағы үкіметаралық кеңестің отырысы өтті. Кеңестің келесі отырысын Бішкекте өткізу туралы шешім қабылданды.',
    expect: ['CONSULT occurred KAZ>KGZ', 'CONSULT planned KAZ>KGZ'],
  },
  // A visit called off is a refusal to meet, made now; one put off is still to come.
  { text: 'Түркия үкіметі Режеп Тайып Ердоғанның Ташкентке сапарын тоқтатты.', expect: ['REJECT/meet occurred TUR>UZB'] },
  { text: 'Қасым-Жомарт Тоқаевтың Бакуге сапары кейінге қалдырылды.', expect: ['CONSULT/visit planned KAZ>AZE'] },
];

for (const c of CASES) {
  test(`kk: ${c.text.slice(0, 70)}`, () => {
    const doc = processDoc({ id: 't', source: 't', content: c.text, format: 'text', lang: 'kk', published: c.published ?? '2024-05-17' });
    const got = extractEvents(doc, findEntities(doc).mentions).map(eventKey).sort();
    assert.deepEqual(got, [...c.expect].sort());
  });
}

test('kk: meetings beside a summit are multilateral, the headline\'s too, and so is a later meeting there on that day', () => {
  const text = 'Тоқаев Тяньцзиньде Ердоғанмен кездесті\n\nҚазақстан Президенті Қасым-Жомарт Тоқаев кеше Тяньцзиньде өткен Шанхай ынтымақтастық ұйымы саммиті аясында Түркия Президенті Режеп Тайып Ердоғанмен кездесті.\n\nСол күні Қасым-Жомарт Тоқаев Иран Президенті Масуд Пезешкианмен де кездесу өткізді.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'kk', published: '2025-09-02' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.mode, e.target?.country, e.date]), [['CONSULT', 'multilateral', 'TUR', '2025-09-01'], ['CONSULT', 'multilateral', 'IRN', '2025-09-01']]);
});

test('kk: at least 40 cases, negatives included', () => {
  assert.ok(CASES.length >= 40);
  assert.ok(CASES.filter((c) => c.expect.length === 0).length >= 8);
});
