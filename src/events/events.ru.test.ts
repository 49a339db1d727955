/** Russian event extraction: a table of short news items (our own wording) → the events a reader codes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processDoc } from '../pipeline/text-engine.ts';
import { findEntities } from '../entities/index.ts';
import { extractEvents } from './index.ts';
import { eventKey } from './format.ts';

interface Case { text: string; expect: string[]; published?: string }

const CASES: Case[] = [
  { text: 'Байрамов и Мирзоян провели переговоры в Алматы. Министры планируют вновь встретиться в ближайшие недели.', expect: ['CONSULT/third-party occurred AZE>ARM', 'CONSULT/third-party planned AZE>ARM'] },
  { text: 'Токаев заявил о готовности провести переговоры с Алиевым.', expect: ['AGREE occurred KAZ>AZE', 'CONSULT planned KAZ>AZE'] },
  { text: 'Захарова потребовала от Азербайджана освободить задержанных. В Баку требования Москвы отвергли. В Москве прошли переговоры.', expect: ['REQUEST occurred RUS>AZE', 'REJECT occurred AZE>RUS'] },
  { text: 'Официальный представитель МИД РФ Мария Захарова назвала действия Баку «недружественными».', expect: ['ACCUSE/disapprove occurred RUS>AZE'] },
  { text: 'Документ подписан в Астане в присутствии министра энергетики Казахстана Ерлана Аккенженова и министра энергетики Азербайджана Парвиза Шахбазова, находящегося в Казахстане с рабочим визитом.', expect: ['CONSULT/visit occurred AZE>KAZ'] },
  { text: 'В Алматы премьер-министр Казахстана Олжас Бектенов провел на полях заседания Евразийского межправительственного совета встречи с премьер-министром Армении Николом Пашиняном и премьер-министром Белоруссии Александром Турчиным. Заседание совета прошло под председательством премьер-министра Киргизии Адылбека Касымалиева. Россию на нем представлял вице-премьер Алексей Оверчук.', expect: ['CONSULT/multilateral occurred KAZ>ARM', 'CONSULT/multilateral occurred KAZ>BLR', 'CONSULT/multilateral occurred KGZ>KAZ', 'CONSULT/multilateral occurred KGZ>ARM', 'CONSULT/multilateral occurred KGZ>BLR', 'CONSULT/multilateral occurred KGZ>RUS'] },
  { text: 'Заседание совета прошло под председательством премьер-министра Белоруссии Александра Турчина. Армению на нем представлял вице-премьер Мгер Григорян.', expect: ['CONSULT/multilateral occurred BLR>ARM'] },
  { text: 'Перед трехсторонней встречей Байрамов встретился с Нуртлеу.', expect: ['CONSULT/multilateral occurred AZE>KAZ'] },
  { text: 'Министр иностранных дел Таджикистана Сироджиддин Мухриддин принял в Душанбе российскую делегацию. Российского коллегу он назвал другом.', expect: ['CONSULT occurred TJK>RUS'] },
  { text: 'Китай безвозмездно передал Кыргызстану 120 автобусов.', expect: ['AID occurred CHN>KGZ'] },
  { text: 'Пресс-секретарь президента РФ Дмитрий Песков опроверг появившиеся в ряде СМИ сообщения о встрече Путина и Токаева.', expect: [] },
  { text: 'Байрамов и Мирзоян провели переговоры. По итогам встречи стороны подтвердили приверженность договоренностям, достигнутым в Вашингтоне, и условились продолжить работу.', expect: ['CONSULT/third-party occurred AZE>ARM', 'AGREE occurred AZE>ARM'] },
  { text: 'Накануне вечером государственный секретарь США Марко Рубио провел телефонный разговор с главой МИД Азербайджана.', published: '2026-03-10', expect: ['CONSULT/phone occurred USA>AZE'] },
  { text: 'Токаев пригласил Мерца посетить Казахстан. Фридрих Мерц принял приглашение.', expect: ['AGREE occurred KAZ>DEU', 'AGREE occurred DEU>KAZ'] },
  { text: 'О готовности направить в Турцию два вертолета Ми-8 заявили также в Министерстве по чрезвычайным ситуациям Казахстана.', expect: ['AGREE occurred KAZ>TUR'] },
  { text: 'Как сообщили в МИД России, отдельная встреча Лаврова с Байрамовым в Москве не планировалась.', expect: [] },
  { text: 'Встреча Лаврова с Байрамовым планировалась на май.', expect: ['CONSULT planned RUS>AZE'] },
  { text: 'Марко Рубио призвал Азербайджан и Армению ускорить подписание мирного соглашения.', expect: ['REQUEST occurred USA>ARM', 'REQUEST occurred USA>AZE'] },
  { text: 'Мурат Нуртлеу провел переговоры с Рашидом Мередовым. Стороны договорились провести очередной раунд межмидовских консультаций в Ашхабаде.', expect: ['CONSULT occurred KAZ>TKM', 'CONSULT planned KAZ>TKM'] },
  { text: 'В Таджикистане произошло землетрясение. Казахстан направил в пострадавшие районы 50 тонн гуманитарной помощи.', expect: ['AID occurred KAZ>TJK'] },
  { text: 'В Кыргызстане произошло наводнение. Всего с начала года Казахстан оказал гуманитарную помощь девяти странам.', expect: [] },
  { text: 'МИД Азербайджана вызвал посла Франции. В МИД подчеркнули, что Баку оставляет за собой право на ответные меры.', expect: ['ACCUSE/disapprove occurred AZE>FRA', 'THREATEN occurred AZE>FRA'] },
  { text: 'Между тем премьер-министр Казахстана Олжас Бектенов посетит Бишкек в июне.', expect: ['CONSULT/visit planned KAZ>KGZ'] },
  { text: 'В Алматы под председательством министра иностранных дел Казахстана Мурата Нуртлеу состоялось совещание министров иностранных дел в формате «Центральная Азия – Россия» с участием глав внешнеполитических ведомств России Сергея Лаврова, Кыргызстана Жээнбека Кулубаева и Узбекистана Бахтиёра Саидова.', expect: ['CONSULT/multilateral occurred KAZ>RUS', 'CONSULT/multilateral occurred KAZ>KGZ', 'CONSULT/multilateral occurred KAZ>UZB'] },
  { text: 'Министр иностранных дел Казахстана Ермек Кошербаев в рамках 80-й сессии Генеральной Ассамблеи ООН встретился с министром иностранных дел Индии Субраманьямом Джайшанкаром.', expect: ['CONSULT/multilateral occurred KAZ>IND'] },
  { text: 'Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом России Владимиром Путиным. Владимир Путин поздравил Касым-Жомарта Токаева с днем рождения. Глава государства поблагодарил за поздравление.', expect: ['CONSULT/phone occurred KAZ>RUS', 'SUPPORT occurred RUS>KAZ', 'SUPPORT occurred KAZ>RUS'] },
  { text: 'На границе произошла перестрелка между кыргызскими и таджикскими пограничниками.', expect: ['ASSAULT occurred KGZ>TJK'] },
  { text: 'Пограничная служба Кыргызстана заявила, что казахстанские пограничники открыли огонь по пастухам.', expect: ['ACCUSE/allege occurred KGZ>KAZ'] },
  { text: 'Касым-Жомарт Токаев провел совещание в Акорде. Глава государства принял верительные грамоты послов Японии, Индии и Франции.', expect: ['CONSULT occurred KAZ>JPN', 'CONSULT occurred KAZ>IND', 'CONSULT occurred KAZ>FRA'] },
  { text: 'Двусторонняя встреча Токаева с Жапаровым перенесена на август.', expect: ['CONSULT planned KAZ>KGZ'] },
  { text: 'На полях мероприятия состоялась беседа Байрамова и Аракчи.', expect: ['CONSULT/multilateral occurred AZE>IRN'] },
  { text: 'Алиев и Пашинян парафировали мирное соглашение. Рубио приветствовал этот шаг.', expect: ['SUPPORT occurred AZE>ARM', 'SUPPORT occurred USA>AZE', 'SUPPORT occurred USA>ARM'] },
  { text: 'Казахстан предложил Турции гуманитарную помощь.', expect: ['AGREE occurred KAZ>TUR'] },
  { text: 'МИД Азербайджана вызвал посла России и вручил ему ноту протеста. Азербайджанская сторона потребовала провести объективное расследование инцидента.', expect: ['ACCUSE/disapprove occurred AZE>RUS', 'REQUEST occurred AZE>RUS'] },
  { text: 'В Баку приняли решение отменить визит в Москву вице-премьера Шахина Мустафаева, который должен был провести заседание межправительственной комиссии.', expect: ['REJECT/meet occurred AZE>RUS'] },
  // Calls, visits, talks, hosting
  { text: 'Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом Кыргызстана Садыром Жапаровым.', expect: ['CONSULT/phone occurred KAZ>KGZ'] },
  { text: 'Президент Азербайджана Ильхам Алиев позвонил Касым-Жомарту Токаеву и поздравил его с днем рождения.', expect: ['CONSULT/phone occurred AZE>KAZ', 'SUPPORT occurred AZE>KAZ'] },
  { text: 'Президент России Владимир Путин прибыл в Астану с государственным визитом.', expect: ['CONSULT/visit occurred RUS>KAZ'] },
  { text: 'Президент Узбекистана Шавкат Мирзиёев принял министра иностранных дел Турции Хакана Фидана, находящегося в Ташкенте с визитом.', expect: ['CONSULT occurred UZB>TUR', 'CONSULT/visit occurred TUR>UZB'] },
  { text: 'Кыргызстан обвинил Таджикистан в нарушении режима водопользования. В МИД Таджикистана отвергли обвинения.', expect: ['ACCUSE/allege occurred KGZ>TJK', 'REJECT occurred TJK>KGZ'] },
  { text: 'Абдулла Арипов и Адылбек Касымалиев провели заседание межправсовета. По итогам заседания подписано 12 документов.', expect: ['CONSULT occurred UZB>KGZ', 'SUPPORT occurred UZB>KGZ'] },
  { text: 'Джейхун Байрамов провел телефонный разговор с Сергеем Лавровым. Стороны обсудили ситуацию вокруг задержанных граждан и договорились поддерживать контакты.', expect: ['CONSULT/phone occurred AZE>RUS', 'AGREE occurred AZE>RUS'] },
  { text: 'Абдулла Арипов и Адылбек Касымалиев провели переговоры в Ташкенте. Стороны рассмотрели ход реализации проекта, который осуществляется совместно с Казахстаном.', expect: ['CONSULT occurred UZB>KGZ'] },
  { text: 'Токаев и Мирзиёев провели переговоры в Ташкенте. В присутствии глав государств стороны обменялись 12 документами.', expect: ['CONSULT occurred KAZ>UZB', 'SUPPORT occurred KAZ>UZB'] },
  { text: 'Министр иностранных дел Казахстана Мурат Нуртлеу в июле посетит Сеул, чтобы обсудить повестку саммита.', expect: ['CONSULT/visit planned KAZ>KOR'] },
  { text: 'По поручению Президента Ильхама Алиева Министерство по чрезвычайным ситуациям Азербайджана направило в Турцию группу из 80 пожарных-спасателей.', expect: ['AID occurred AZE>TUR'] },
  { text: 'Мирзиёев в ходе телефонного разговора поздравил Жапарова с днем рождения.', expect: ['SUPPORT occurred UZB>KGZ', 'CONSULT/phone occurred UZB>KGZ'] },
  { text: 'Азербайджан и Армения парафировали мирное соглашение в Вашингтоне 8 августа.', published: '2026-08-09', expect: ['SUPPORT occurred AZE>ARM'] },
  { text: 'МИД России вызвал посла Азербайджана Рахмана Мустафаева в связи с арестами в Баку.', expect: ['ACCUSE/disapprove occurred RUS>AZE'] },
  { text: 'Визит президента Турции в Туркменистан отложен.', expect: ['CONSULT/visit planned TUR>TKM'] },
  { text: 'Следующее заседание межправительственной комиссии Казахстана и Узбекистана пройдет в Ташкенте.', expect: ['CONSULT planned KAZ>UZB'] },
  { text: 'Нуртлеу и Ван И обсудили подготовку к визиту Владимира Путина.', expect: ['CONSULT occurred KAZ>CHN'] },
  { text: 'Си Цзиньпин прибыл в Астану. Си провел переговоры с Токаевым.', expect: ['CONSULT/visit occurred CHN>KAZ', 'CONSULT occurred CHN>KAZ'] },
  { text: 'МИД Таджикистана опроверг заявления Кыргызстана.', expect: ['REJECT occurred TJK>KGZ'] },
  { text: 'Кыргызстан обвинил Таджикистан в нарушении договоренностей. В МИД Таджикистана назвали обвинения необоснованными.', expect: ['ACCUSE/allege occurred KGZ>TJK', 'REJECT occurred TJK>KGZ'] },
  { text: 'Жапаров выразил Токаеву обеспокоенность инцидентом на границе.', expect: ['ACCUSE/disapprove occurred KGZ>KAZ'] },
  {
    text: 'Министр иностранных дел России Сергей Лавров провел в Москве совещание министров иностранных дел прикаспийских государств. В нем приняли участие министр иностранных дел Азербайджана Джейхун Байрамов, министр иностранных дел Ирана Аббас Аракчи, а также заместитель министра иностранных дел Казахстана.',
    expect: ['CONSULT/multilateral occurred RUS>AZE', 'CONSULT/multilateral occurred RUS>IRN', 'CONSULT/multilateral occurred RUS>KAZ'],
  },
  { text: 'Президент Казахстана председательствовал на саммите Совещания по взаимодействию и мерам доверия в Азии.', expect: ['CONSULT/multilateral occurred KAZ>-'] },
  { text: 'В тот же день Реджеп Тайип Эрдоган позвонил Ильхаму Алиеву.', expect: ['CONSULT/phone occurred TUR>AZE'] },
  { text: 'На следующий день Токаев встретился с Ильхамом Алиевым.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'В рамках визита Токаев встретился с Ильхамом Алиевым.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'В ходе телефонного разговора Токаев и Мирзиёев обсудили сотрудничество в водной сфере.', expect: ['CONSULT/phone occurred KAZ>UZB'] },
  { text: 'На полях саммита ШОС в Астане Токаев провел встречу с Си Цзиньпином.', expect: ['CONSULT/multilateral occurred KAZ>CHN'] },
  { text: 'Токаев в Москве встретился с президентом Беларуси Александром Лукашенко.', expect: ['CONSULT/third-party occurred KAZ>BLR'] },
  { text: 'Глава МИД Казахстана Мурат Нуртлеу принял посла Азербайджана.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Касым-Жомарт Токаев 22 декабря совершит государственный визит в Узбекистан.', expect: ['CONSULT/visit planned KAZ>UZB'] },
  // An act dated after publication stays planned, though a later sentence speaks of it in the past.
  { text: '10 марта Президент Узбекистана Шавкат Мирзиёев прибудет в Астану с государственным визитом. Программа визита была подготовлена заранее.', published: '2026-03-05', expect: ['CONSULT/visit planned UZB>KAZ'] },
  { text: 'Министр иностранных дел Азербайджана Джейхун Байрамов посетил Казахстан.', expect: ['CONSULT/visit occurred AZE>KAZ'] },
  // A city or country of the first declension visited: its -у/-ю is an accusative, not a dative (Астану, Москву, Грузию); a masculine -у stays a dative.
  { text: 'Президент Азербайджана Ильхам Алиев посетил Астану.', expect: ['CONSULT/visit occurred AZE>KAZ'] },
  { text: 'Премьер-министр Армении Никол Пашинян посетил Москву с рабочим визитом.', expect: ['CONSULT/visit occurred ARM>RUS'] },
  { text: 'Министр обороны Азербайджана посетил Грузию.', expect: ['CONSULT/visit occurred AZE>GEO'] },
  { text: 'Глава МИД Узбекистана Бахтиёр Саидов выразил благодарность Казахстану.', expect: ['SUPPORT occurred UZB>KAZ'] },
  // A past verb with a yearless month after publication: it happened (last May), the month is no plan.
  // Acts of last May or last year, recalled months later, are background (not coded).
  { text: 'В мае Президент Казахстана Касым-Жомарт Токаев посетил Баку.', published: '2026-03-05', expect: [] },
  // A landmark visited is protocol, not a visit to its state.
  { text: 'Алиев предложил Токаеву создать совместный инвестиционный фонд.', expect: ['AGREE occurred AZE>KAZ'] },
  { text: 'Казахстан заинтересован в расширении сотрудничества с Узбекистаном, заявил Токаев.', expect: ['AGREE occurred KAZ>UZB'] },
  { text: 'Президент Казахстана Касым-Жомарт Токаев посетил Аллею почетного захоронения.', expect: [] },
  // Other verbs of coming: приехать, побывать
  { text: 'Президент Туркменистана Сердар Бердымухамедов приехал в Ташкент.', expect: ['CONSULT/visit occurred TKM>UZB'] },
  { text: 'В мае Министр иностранных дел Казахстана приедет в Тбилиси.', published: '2026-03-05', expect: ['CONSULT/visit planned KAZ>GEO'] },
  { text: 'В прошлом году президент Кыргызстана побывал в Баку.', expect: [] },
  { text: 'Президент Казахстана, находящийся в Азербайджане с государственным визитом, провел переговоры с Ильхамом Алиевым.', expect: ['CONSULT/visit occurred KAZ>AZE', 'CONSULT occurred KAZ>AZE'] },
  { text: 'В Акорде состоялись переговоры Касым-Жомарта Токаева и Владимира Путина.', expect: ['CONSULT occurred KAZ>RUS'] },
  { text: 'Глава МИД Казахстана Мурат Нуртлеу провел переговоры с Джейхуном Байрамовым.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Позже Байрамова принял Президент Казахстана Касым-Жомарт Токаев.', expect: ['CONSULT occurred AZE>KAZ'] },
  { text: 'Посол Казахстана встретился с министром культуры Азербайджана.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Состоялась встреча между министром иностранных дел Азербайджана Джейхуном Байрамовым и главой МИД Казахстана Ермеком Кошербаевым.', expect: ['CONSULT occurred AZE>KAZ'] },
  { text: 'На полях саммита Касым-Жомарт Токаев провел встречу с Ильхамом Алиевым.', expect: ['CONSULT/multilateral occurred KAZ>AZE'] },
  { text: 'Президент Казахстана принял участие в саммите Организации тюркских государств.', expect: ['CONSULT/multilateral occurred KAZ>-'] },
  { text: 'В Ташкенте пройдет заседание Высшего межгосударственного совета Казахстана и Узбекистана.', expect: ['CONSULT planned KAZ>UZB'] },
  { text: 'Ожидается, что Ильхам Алиев встретится с Реджепом Тайипом Эрдоганом в Анкаре.', expect: ['CONSULT planned AZE>TUR'] },
  // A state's delegation arrives; a participle acts through the noun before the comma; an accusative adjective is no destination
  { text: 'Делегация Узбекистана во главе с вице-премьером прибыла в Ашхабад.', expect: ['CONSULT/visit occurred UZB>TKM'] },
  { text: 'Киргизская делегация прибыла в Душанбе.', expect: ['CONSULT/visit occurred KGZ>TJK'] },
  { text: 'Турецкую делегацию, прибывшую в Баку накануне, возглавил министр энергетики.', expect: ['CONSULT/visit occurred TUR>AZE'] },
  { text: 'Премьер-министр Грузии Ираклий Кобахидзе, прибывший в Ереван с официальным визитом, отметил роль проектов, связывающих Южную Европу и Центральную Азию.', expect: ['CONSULT/visit occurred GEO>ARM'] },
  // One act, one event
  {
    text: 'Токаев и Алиев провели переговоры\n\nПрезидент Казахстана Касым-Жомарт Токаев прибыл в Баку с государственным визитом. Касым-Жомарт Токаев и Ильхам Алиев провели переговоры. В ходе переговоров стороны обсудили транзит нефти.',
    expect: ['CONSULT/visit occurred KAZ>AZE', 'CONSULT occurred KAZ>AZE'],
  },
  {
    text: 'Президент России Владимир Путин прибыл в Астану с государственным визитом. Стороны договорились увеличить товарооборот.',
    expect: ['CONSULT/visit occurred RUS>KAZ', 'AGREE occurred RUS>KAZ'],
  },
  {
    text: 'Президент Узбекистана Шавкат Мирзиёев прибыл в Баку. Затем главы государств провели первое заседание Высшего межгосударственного совета.',
    expect: ['CONSULT/visit occurred UZB>AZE', 'CONSULT occurred UZB>AZE'],
  },
  { text: 'По итогам переговоров Алиев и Мирзиёев подписали Совместную декларацию.', expect: ['SUPPORT occurred AZE>UZB'] },
  { text: '«КазМунайГаз» и SOCAR подписали меморандум о взаимопонимании.', expect: ['SUPPORT occurred KAZ>AZE'] },
  { text: 'Эмомали Рахмон на полях заседания Совета глав государств СНГ провел встречу с президентом Азербайджана Ильхамом Алиевым.', expect: ['CONSULT/multilateral occurred TJK>AZE'] },
  // A capital in an actor's place stands for its state; in a place, a route or a document name it does not
  { text: 'Азербайджанская сторона потребовала от Тегерана дать официальную оценку этим заявлениям.', expect: ['REQUEST occurred AZE>IRN'] },
  { text: 'Баку и Ереван договорились продолжить переговоры.', expect: ['AGREE occurred AZE>ARM', 'CONSULT occurred AZE>ARM'] },
  { text: 'В аэропорту казахстанского лидера встретил премьер-министр Азербайджана Али Асадов.', expect: [] },
  { text: 'Президент Узбекистана Шавкат Мирзиёев провел телефонный разговор с Президентом Турции Реджепом Тайипом Эрдоганом. Разговор состоялся по инициативе турецкой стороны.', expect: ['CONSULT/phone occurred TUR>UZB'] },
  { text: 'Токаев и Алиев встретились в Астане. Президенты договорились встретиться в Баку.', expect: ['CONSULT occurred KAZ>AZE', 'CONSULT planned KAZ>AZE'] },
  { text: 'Кошанов провел переговоры с Володиным. «Мы благодарны российским коллегам за теплый прием», – отметил Ерлан Кошанов.', expect: ['CONSULT occurred KAZ>RUS', 'SUPPORT occurred KAZ>RUS'] },
  { text: 'Москва и Баку договорились провести следующее заседание межправкомиссии в Москве.', expect: ['CONSULT planned RUS>AZE'] },
  { text: 'Алиев и Токаев провели второе заседание Высшего межгосударственного совета.', expect: ['CONSULT occurred AZE>KAZ'] },
  // Принятое действие идёт от дающего к подлежащему
  { text: 'Президент Токаев принял поздравления от Президента Узбекистана Шавката Мирзиёева.', expect: ['SUPPORT occurred UZB>KAZ'] },
  { text: 'Касым-Жомарт Токаев получил телефонный звонок от Ильхама Алиева.', expect: ['CONSULT/phone occurred AZE>KAZ'] },
  { text: 'Токаев поблагодарил Алиева за оказанную гуманитарную помощь.', expect: ['SUPPORT occurred KAZ>AZE'] },
  // Support, thanks, congratulations, condolences
  { text: 'Токаев поблагодарил Ильхама Алиева за гостеприимство.', expect: ['SUPPORT occurred KAZ>AZE'] },
  { text: 'Президент Казахстана выразил соболезнования Садыру Жапарову в связи с гибелью людей.', expect: ['SUPPORT occurred KAZ>KGZ'] },
  { text: 'Владимир Путин поздравил Касым-Жомарта Токаева с Днем Республики.', expect: ['SUPPORT occurred RUS>KAZ'] },
  { text: 'Касым-Жомарт Токаев наградил Си Цзиньпина орденом «Достык».', expect: ['SUPPORT occurred KAZ>CHN'] },
  // Invitations, agreements, aid, cooperation
  { text: 'Касым-Жомарт Токаев пригласил Ильхама Алиева посетить Казахстан с официальным визитом.', expect: ['AGREE occurred KAZ>AZE'] },
  { text: 'Байрамов пригласил Нуртлеу посетить Баку.', expect: ['AGREE occurred AZE>KAZ'] },
  { text: 'Касым-Жомарт Токаев заявил, что Казахстан готов оказать Кыргызстану гуманитарную помощь.', expect: ['AGREE occurred KAZ>KGZ'] },
  { text: 'Казахстан направил Кыргызстану гуманитарную помощь.', expect: ['AID occurred KAZ>KGZ'] },
  { text: 'В декабре в Баку пройдут Дни культуры Казахстана.', expect: ['COOPERATE planned KAZ>AZE'] },
  // Protests, accusations, requests, rejections
  { text: 'Министерство обороны Азербайджана обвинило Армению в обстреле позиций.', expect: ['ACCUSE/allege occurred AZE>ARM'] },
  { text: 'Министерство обороны Азербайджана призвало Армению воздержаться от провокаций.', expect: ['REQUEST occurred AZE>ARM'] },
  { text: 'Посол Франции был вызван в МИД Азербайджана, ему вручена нота протеста.', expect: ['ACCUSE/disapprove occurred AZE>FRA'] },
  { text: 'Азербайджан отверг резолюцию Европейского парламента.', expect: ['REJECT occurred AZE>-'] },
  // Negatives
  { text: 'Стороны договорились увеличить товарооборот.', expect: [] },
  { text: 'Отношения между Казахстаном и Азербайджаном успешно развиваются.', expect: [] },
  { text: 'Мужская сборная Казахстана по футболу встретилась со сборной Азербайджана.', expect: [] },
  { text: 'За последние три года Президент Азербайджана семь раз посетил Казахстан.', expect: [] },
  { text: 'Взаимные визиты лидеров укрепляют отношения двух стран.', expect: [] },
  { text: 'Напомним, ранее Токаев и Алиев встречались в Баку.', expect: [] },
  { text: 'Я считаю, что Токаев и Алиев скоро встретятся.', expect: [] },
  { text: 'Токаева в аэропорту встретил премьер-министр Азербайджана.', expect: [] },
  { text: 'Казахстан не будет вводить санкции против России.', expect: [] },
  { text: 'Завтра в Астане ожидается снег, температура воздуха опустится до минус пятнадцати градусов.', expect: [] },
  // Several subject states and a partner: each subject acts with the partner
  { text: 'Токаев и Алиев провели переговоры с Эрдоганом.', expect: ['CONSULT occurred KAZ>TUR', 'CONSULT occurred AZE>TUR'] },
  // A bilateral body acts as its two states; ordinals keep the sessions of a series apart
  { text: 'В Ташкенте состоялось первое заседание Высшего межгосударственного совета Казахстана и Узбекистана. Второе заседание совета пройдет в Астане в следующем году.', expect: ['CONSULT occurred KAZ>UZB', 'CONSULT planned KAZ>UZB'] },
  { text: 'В Баку прошло заседание азербайджано-узбекского Высшего межгосударственного совета.', expect: ['CONSULT occurred AZE>UZB'] },
  // Переговоры других сторон как тема обсуждения — не событие; «между» после глагола обсуждения — тема
  {
    text: 'Мурат Нуртлеу встретился в Астане с Джейхуном Байрамовым. Стороны обсудили ход переговоров между Россией и Украиной.',
    expect: ['CONSULT occurred KAZ>AZE'],
  },
  // Договорились провести заседание — это заседание, запланированное, а не отдельное AGREE
  { text: 'Мурат Нуртлеу встретился в Астане с Джейхуном Байрамовым. Министры договорились провести следующее заседание межправкомиссии в Баку.', expect: ['CONSULT occurred KAZ>AZE', 'CONSULT planned KAZ>AZE'] },
  // Привет, переданный гостем, — от отправителя адресату
  { text: 'Шавкат Мирзиёев принял министра иностранных дел Венгрии Петера Сийярто. Гость передал главе государства сердечный привет и наилучшие пожелания от премьер-министра Венгрии Виктора Орбана.', expect: ['CONSULT occurred UZB>HUN', 'SUPPORT occurred HUN>UZB'] },
  // Гуманитарный груз из страны — помощь от неё стране, куда он прибыл
  { text: 'В Кыргызстан прибыл гуманитарный груз из Казахстана для жителей Джалал-Абадской области, пострадавших от селей.', expect: ['AID occurred KAZ>KGZ'] },
  // Верительные грамоты послов — встреча с каждым направившим государством
  { text: 'Президент Казахстана Касым-Жомарт Токаев принял верительные грамоты послов Узбекистана и Грузии.', expect: ['CONSULT occurred KAZ>UZB', 'CONSULT occurred KAZ>GEO'] },
  // Визит, за который благодарят, совершил тот, кого благодарят
  { text: 'Касым-Жомарт Токаев поблагодарил Ильхама Алиева за государственный визит в Астану.', expect: ['SUPPORT occurred KAZ>AZE', 'CONSULT/visit occurred AZE>KAZ'] },
  // Договорились, что … посетит: визит запланирован, отдельного AGREE нет
  { text: 'Джейхун Байрамов провел переговоры с Хаканом Фиданом в Анкаре. Стороны договорились, что глава турецкой дипломатии посетит Баку в следующем месяце.', expect: ['CONSULT occurred AZE>TUR', 'CONSULT/visit planned TUR>AZE'] },
  // Следующий раунд, который договорились провести, — отдельная запланированная встреча; «поддерживают диалог» — не событие
  { text: 'Мурат Нуртлеу встретился в Астане с Джейхуном Байрамовым. Следующий раунд консультаций стороны договорились провести в феврале в Баку.', expect: ['CONSULT occurred KAZ>AZE', 'CONSULT planned KAZ>AZE'] },
  { text: 'Касым-Жомарт Токаев и Владимир Путин поддерживают регулярный диалог.', expect: [] },
  // Делегация во главе с X: визит совершает X
  { text: 'Делегация во главе с Джейхуном Байрамовым прибыла в Астану.', expect: ['CONSULT/visit occurred AZE>KAZ'] },
  // Пассив: агент в творительном падеже при кратком причастии — источник действия
  { text: 'Министр иностранных дел Казахстана Мурат Нуртлеу был принят Президентом Азербайджана Ильхамом Алиевым.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Соболезнования иранскому народу были выражены также МИД Узбекистана.', expect: ['SUPPORT occurred UZB>IRN'] },
  // Творительный без причастия — не агент: «стал председателем» и т. п. ничего не кодирует
  { text: 'Министр иностранных дел Казахстана Мурат Нуртлеу встретился с послом Японии.', expect: ['CONSULT occurred KAZ>JPN'] },
  // «Гостя принял …»: гость — визитёр текущего визита
  { text: 'Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Баку с официальным визитом. Гостя принял Президент Азербайджана Ильхам Алиев.', expect: ['CONSULT/visit occurred KAZ>AZE', 'CONSULT occurred KAZ>AZE'] },
  // A body with no state of its own (межправкомиссия) as the only party: its next session is one of the article's pair.
  {
    text: 'В Бишкеке прошло заседание межправкомиссии Казахстана и Кыргызстана. Следующее заседание межправкомиссии стороны договорились провести в Астане.',
    expect: ['CONSULT occurred KAZ>KGZ', 'CONSULT planned KAZ>KGZ'],
  },
  // A visit called off is a refusal to meet, made now.
  { text: 'Правительство Кореи отменило визит премьер-министра Ким Мин Сока в Ташкент.', expect: ['REJECT/meet occurred KOR>UZB'] },
];

for (const c of CASES) {
  test(`ru: ${c.text.slice(0, 70)}`, () => {
    const doc = processDoc({ id: 't', source: 't', content: c.text, format: 'text', lang: 'ru', published: c.published ?? '2024-05-17' });
    const got = extractEvents(doc, findEntities(doc).mentions).map(eventKey).sort();
    assert.deepEqual(got, [...c.expect].sort());
  });
}

test('ru: «Ранее …» tells an act as background: with no date of its own it takes none from the news around it', () => {
  const text = 'Астана, 12 марта 2025 года. Президент Казахстана Касым-Жомарт Токаев 11 марта провел телефонный разговор с Президентом Азербайджана Ильхамом Алиевым.\n\nРанее Токаев и Алиев подписали Декларацию о стратегическом партнерстве.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'ru' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.status, e.date]), [['CONSULT', 'occurred', '2025-03-11'], ['SUPPORT', 'occurred', null]]);
});

test('ru: an arrival in the evening: the talks that follow are held the next day; an arrival told after the talks does not date them', () => {
  const dated = (text: string, published: string): string[][] => {
    const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'ru', published });
    return extractEvents(doc, findEntities(doc).mentions).map((e) => [e.type, e.mode ?? '-', e.date ?? '-']);
  };
  assert.deepEqual(dated('Председатель КНР Си Цзиньпин прибыл в Астану с государственным визитом вечером 13 октября. Токаев провел переговоры с Си Цзиньпином в Акорде.', '2026-10-14'),
    [['CONSULT', 'visit', '2026-10-13'], ['CONSULT', '-', '2026-10-14']]);
  assert.deepEqual(dated('Токаев и Мирзиёев в среду провели переговоры в Астане. Мирзиёев прибыл в Астану накануне с государственным визитом. По итогам переговоров лидеры подписали совместное заявление.', '2025-11-12'),
    [['CONSULT', '-', '2025-11-12'], ['CONSULT', 'visit', '2025-11-11'], ['SUPPORT', '-', '2025-11-12']]);
});

test('ru: a date in a participle phrase after a comma dates that phrase, not the act («отвергло резолюцию, принятую накануне»)', () => {
  const text = 'МИД Азербайджана отверг резолюцию, принятую накануне Сенатом Франции.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'ru', published: '2026-05-21' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.date]), [['REJECT', '2026-05-21']]);
});

test('ru: at least 40 cases, negatives included', () => {
  assert.ok(CASES.length >= 40);
  assert.ok(CASES.filter((c) => c.expect.length === 0).length >= 8);
});
