/** Azerbaijani event extraction: a table of short news items (our own wording) → the events a reader codes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processDoc } from '../pipeline/text-engine.ts';
import { findEntities } from '../entities/index.ts';
import { extractEvents } from './index.ts';
import { eventKey } from './format.ts';

interface Case { text: string; expect: string[]; published?: string }

const CASES: Case[] = [
  { text: 'Şavkat Mirziyoyev Azərbaycan Prezidentini noyabrın 16-da Daşkənddə keçiriləcək Mərkəzi Asiya dövlət başçılarının Məşvərət görüşünə dəvət edib.', published: '2025-11-09', expect: ['AGREE occurred UZB>AZE'] },
  { text: 'Azərbaycan XİN Fransanın səfirini nazirliyə çağırıb və ona etiraz notası təqdim edib. Notada Fransa tərəfindən xəritənin dərhal düzəldilməsi tələb olunub.', expect: ['ACCUSE/disapprove occurred AZE>FRA', 'REQUEST occurred AZE>FRA'] },
  { text: 'Nazir Ceyhun Bayramov rusiyalı həmkarına Azərbaycanın Gəncə şəhərinə Ermənistan silahlı qüvvələri tərəfindən raket hücumunun həyata keçirildiyini bildirib.', expect: ['ASSAULT occurred ARM>AZE'] },
  { text: 'Hikmət Hacıyev Fransa nazirinin fikirlərini qərəzli adlandırıb.', expect: ['ACCUSE/disapprove occurred AZE>FRA'] },
  { text: 'Ceyhun Bayramov Azərbaycanın qardaş Pakistanla həmrəy olduğunu bildirib.', expect: ['SUPPORT occurred AZE>PAK'] },
  { text: 'Bakıda Azərbaycan, Qazaxıstan və Özbəkistan xarici işlər nazirlərinin üçtərəfli görüşü keçirilib. Tərəflər növbəti üçtərəfli görüşün gələn il Daşkənddə keçirilməsi barədə razılığa gəliblər.', expect: ['CONSULT/multilateral occurred AZE>KAZ', 'CONSULT/multilateral occurred AZE>UZB', 'CONSULT/multilateral planned AZE>KAZ', 'CONSULT/multilateral planned AZE>UZB'] },
  { text: 'Bakıda Azərbaycan, Qazaxıstan və Özbəkistan xarici işlər nazirlərinin üçtərəfli görüşü keçirilib. Görüşün yekununda nazirlər nəqliyyat sahəsində əməkdaşlığa dair Birgə Bəyanat imzalayıblar.', expect: ['CONSULT/multilateral occurred AZE>KAZ', 'CONSULT/multilateral occurred AZE>UZB', 'SUPPORT occurred AZE>KAZ', 'SUPPORT occurred AZE>UZB'] },
  { text: 'Bakıda Azərbaycan, Qazaxıstan və Özbəkistan xarici işlər nazirlərinin üçtərəfli görüşü keçirilib. Baxtiyor Saidov işçi qrupunun yaradılmasını təklif edib. Üçtərəfli görüşdən əvvəl Ceyhun Bayramov Murat Nurtleu ilə təkbətək görüşüb.', expect: ['CONSULT/multilateral occurred AZE>KAZ', 'CONSULT/multilateral occurred AZE>UZB', 'AGREE occurred UZB>AZE'] },
  { text: 'Ermənistan Azərbaycanın təklifini rədd edib.', expect: ['REJECT occurred ARM>AZE'] },
  { text: 'Tacikistanın xarici işlər naziri Sirojiddin Muhriddin Düşənbədə rusiyalı həmkarını qəbul edib.', expect: ['CONSULT occurred TJK>RUS'] },
  { text: 'Bayramov və Mirzoyan danışıqlar aparıblar. Tərəflər Vaşinqtonda əldə olunmuş razılaşmalara sadiqliyini təsdiqləyiblər.', expect: ['CONSULT occurred AZE>ARM', 'AGREE occurred AZE>ARM'] },
  { text: 'Həmin gün Xankəndidə Azərbaycan, Türkiyə və Pakistan liderlərinin üçtərəfli görüşü də keçirilib. Görüşün sonunda üç ölkənin liderləri ticarət sahələrində əməkdaşlığın genişləndirilməsinə dair Birgə Bəyanat qəbul ediblər.', expect: ['CONSULT/multilateral occurred AZE>TUR', 'CONSULT/multilateral occurred AZE>PAK', 'SUPPORT occurred AZE>TUR', 'SUPPORT occurred AZE>PAK'] },
  { text: 'İyulun 4-də Xankəndidə Azərbaycan Respublikasının Prezidenti İlham Əliyevin sədrliyi ilə İqtisadi Əməkdaşlıq Təşkilatının XVII Zirvə görüşü keçirilib. Zirvə görüşündə Türkiyə Respublikasının Prezidenti Rəcəb Tayyib Ərdoğan, İran İslam Respublikasının Prezidenti Məsud Pezeşkiyan və Özbəkistan Prezidenti Şavkat Mirziyoyev iştirak ediblər.', expect: ['CONSULT/multilateral occurred AZE>TUR', 'CONSULT/multilateral occurred AZE>IRN', 'CONSULT/multilateral occurred AZE>UZB'] },
  { text: 'İlham Əliyev İrakli Kobaxidzeni Azərbaycana səfərə dəvət edib. Dəvət məmnunluqla qəbul olunub.', expect: ['AGREE occurred AZE>GEO'] },
  { text: 'Marko Rubio Azərbaycanı və Ermənistanı sülh sazişinin imzalanması istiqamətində addımları sürətləndirməyə çağırıb.', expect: ['REQUEST occurred USA>ARM', 'REQUEST occurred USA>AZE'] },
  { text: 'Türkiyədə zəlzələ baş verib. Azərbaycan zəlzələ bölgəsinə 50 xilasedici göndərib.', expect: ['AID occurred AZE>TUR'] },
  { text: 'Dünən XİN Rusiyanın səfirini çağırıb. XİN-dən bildirilib ki, Azərbaycan adekvat cavab tədbirləri görmək hüququnu özündə saxlayır.', expect: ['ACCUSE/disapprove occurred AZE>RUS', 'THREATEN occurred AZE>RUS'] },
  { text: 'Xarici işlər naziri Ceyhun Bayramov BMT Baş Assambleyasının 80-ci sessiyası çərçivəsində Hindistanın xarici işlər naziri Subrahmanyam Cayşankar ilə görüşüb.', expect: ['CONSULT/multilateral occurred AZE>IND'] },
  { text: 'Prezident İlham Əliyev Gürcüstanın Baş naziri İrakli Kobaxidzenin başçılıq etdiyi nümayəndə heyətini qəbul edib.', expect: ['CONSULT occurred AZE>GEO'] },
  { text: 'Ermənistan Azərbaycanı atəşkəsi pozmaqda günahlandırıb.', expect: ['ACCUSE/allege occurred ARM>AZE'] },
  { text: 'Azərbaycan Müdafiə Nazirliyi bildirib ki, Ermənistan silahlı qüvvələri mövqelərimizi atəşə tutub.', expect: ['ACCUSE/allege occurred AZE>ARM'] },
  { text: 'Azərbaycanın Qazaxıstandakı səfiri Kasım-Jomart Tokayevə etimadnaməsini təqdim edib.', expect: ['CONSULT occurred AZE>KAZ'] },
  { text: 'Ceyhun Bayramovun Kabilə səfəri təxirə salınıb.', expect: ['CONSULT/visit planned AZE>AFG'] },
  { text: 'Milli Məclisin Sədri Sahibə Qafarova Qazaxıstan Parlamenti Senatının Sədri Maulen Aşimbayevin dəvəti ilə fevralın 11-də Qazaxıstana rəsmi səfərə gedib.', published: '2026-02-12', expect: ['CONSULT/visit occurred AZE>KAZ'] },
  { text: 'Dövlət başçıları Sərdar Berdiməhəmmədovun aprel ayında Azərbaycana rəsmi səfəri ilə bağlı hazırlıq işlərini müzakirə ediblər.', expect: ['CONSULT occurred TKM>AZE', 'CONSULT/visit planned TKM>AZE'] },
  { text: 'Əliyev və Paşinyan sülh sazişini paraflayıblar. ABŞ bu addımı alqışlayıb.', expect: ['SUPPORT occurred AZE>ARM', 'SUPPORT occurred USA>AZE', 'SUPPORT occurred USA>ARM'] },
  { text: 'Azərbaycan Türkiyəyə humanitar yardım təklif edib.', expect: ['AGREE occurred AZE>TUR'] },
  { text: 'Azərbaycan və Qazaxıstan prezidentləri telefonla ikitərəfli əməkdaşlığı müzakirə ediblər.', expect: ['CONSULT/phone occurred AZE>KAZ'] },
  { text: 'Azərbaycan və Qazaxıstan sənaye əməkdaşlığı üzrə yol xəritəsini imzalayıblar.', expect: ['SUPPORT occurred AZE>KAZ'] },
  { text: 'Azərbaycan XİN Rusiya səfirini çağıraraq etiraz notası təqdim edib. Azərbaycan tərəfi hadisənin obyektiv araşdırılmasını tələb edib.', expect: ['ACCUSE/disapprove occurred AZE>RUS', 'REQUEST occurred AZE>RUS'] },
  { text: 'Ermənistan Azərbaycanı atəşkəsi pozmaqda ittiham edib. Azərbaycan XİN bu iddiaları əsassız adlandırıb.', expect: ['ACCUSE/allege occurred ARM>AZE', 'REJECT occurred AZE>ARM'] },
  // Calls, visits, talks, hosting
  { text: 'Prezident İlham Əliyev Qazaxıstan Prezidenti Kasım-Jomart Tokayevə telefonla zəng edib.', expect: ['CONSULT/phone occurred AZE>KAZ'] },
  { text: 'Ceyhun Bayramov ilə Rusiyanın xarici işlər naziri Sergey Lavrov arasında telefon danışığı olub.', expect: ['CONSULT/phone occurred AZE>RUS'] },
  { text: 'Ermənistan XİN-i Azərbaycan Silahlı Qüvvələrinin bölmələrinin Ermənistan mövqelərinə atəş açdığını iddia edib.', expect: ['ACCUSE/allege occurred ARM>AZE'] },
  { text: 'Tokayev və Mirziyoyev Daşkənddə danışıqlar aparıblar. Dövlət başçılarının iştirakı ilə tərəflər 12 sənəd mübadiləsi aparıblar.', expect: ['CONSULT occurred KAZ>UZB', 'SUPPORT occurred KAZ>UZB'] },
  { text: 'Azərbaycan Fövqəladə Hallar Nazirliyinin iki təyyarəsi Pakistan sakinlərinə 60 ton humanitar yük çatdırıb.', expect: ['AID occurred AZE>PAK'] },
  { text: 'Azərbaycan Türkiyəyə 80 yanğınsöndürən göndərib.', expect: ['AID occurred AZE>TUR'] },
  { text: 'Telefon danışığı zamanı Mirziyoyev Caparovu ad günü münasibətilə təbrik edib.', expect: ['SUPPORT occurred UZB>KGZ', 'CONSULT/phone occurred UZB>KGZ'] },
  { text: 'Azərbaycan və Ermənistan avqustun 8-də Vaşinqtonda sülh sazişini paraflayıb.', published: '2026-08-09', expect: ['SUPPORT occurred AZE>ARM'] },
  { text: 'Rusiya XİN Azərbaycanın səfiri Rəhman Mustafayevi Bakıdakı həbslərlə əlaqədar nazirliyə çağırıb.', expect: ['ACCUSE/disapprove occurred RUS>AZE'] },
  {
    text: 'İclasda Azərbaycanın xarici işlər naziri Ceyhun Bayramov, Rusiyanın xarici işlər naziri Sergey Lavrov və Türkmənistanın xarici işlər naziri Raşid Meredov iştirak ediblər.',
    expect: ['CONSULT/multilateral occurred AZE>RUS', 'CONSULT/multilateral occurred AZE>TKM'],
  },
  { text: 'Azərbaycan XİN Ermənistanın iddialarını təkzib edib.', expect: ['REJECT occurred AZE>ARM'] },
  { text: 'Bayramov Ermənistana narahatlığını bildirib.', expect: ['ACCUSE/disapprove occurred AZE>ARM'] },
  { text: 'Telefon danışığı zamanı İlham Əliyev və Kasım-Jomart Tokayev əməkdaşlığı müzakirə ediblər.', expect: ['CONSULT/phone occurred AZE>KAZ'] },
  { text: 'ŞƏT sammiti çərçivəsində İlham Əliyev Si Cinpinlə görüşüb.', expect: ['CONSULT/multilateral occurred AZE>CHN'] },
  { text: 'Ceyhun Bayramov Qazaxıstanın səfirini qəbul edib.', expect: ['CONSULT occurred AZE>KAZ'] },
  { text: 'Qazaxıstan Prezidenti Kasım-Jomart Tokayev Azərbaycana dövlət səfərinə gəlib.', expect: ['CONSULT/visit occurred KAZ>AZE'] },
  { text: 'Özbəkistan Prezidenti Şavkat Mirziyoyev Bakıya rəsmi səfərə gələcək.', expect: ['CONSULT/visit planned UZB>AZE'] },
  { text: 'Azərbaycan Prezidenti İlham Əliyev bu gün Gürcüstana işgüzar səfərə gedəcək.', expect: ['CONSULT/visit planned AZE>GEO'] },
  { text: 'Xarici işlər naziri Ceyhun Bayramov Astanada rəsmi səfərdə olub.', expect: ['CONSULT/visit occurred AZE>KAZ'] },
  { text: 'Ankarada səfərdə olan Ceyhun Bayramov Türkiyənin xarici işlər naziri Hakan Fidan ilə görüşüb.', expect: ['CONSULT/visit occurred AZE>TUR', 'CONSULT occurred AZE>TUR'] },
  { text: 'Prezident İlham Əliyev Gürcüstanın Baş naziri İrakli Kobaxidzeni qəbul edib.', expect: ['CONSULT occurred AZE>GEO'] },
  { text: 'Ceyhun Bayramov Qazaxıstan Prezidenti Kasım-Jomart Tokayev tərəfindən qəbul olunub.', expect: ['CONSULT occurred AZE>KAZ'] },
  { text: 'Akorda sarayında Prezident İlham Əliyev ilə Prezident Kasım-Jomart Tokayevin danışıqları keçirilib.', expect: ['CONSULT occurred AZE>KAZ'] },
  { text: 'Ceyhun Bayramov qazaxıstanlı həmkarı Murat Nurtleu ilə danışıqlar aparıb.', expect: ['CONSULT occurred AZE>KAZ'] },
  { text: 'Növbəti həftə Bakıda Azərbaycan və Özbəkistan hökumətlərarası komissiyasının iclası keçiriləcək.', expect: ['CONSULT planned AZE>UZB'] },
  { text: 'Dövlətimizin başçısı Astanada Türk Dövlətləri Təşkilatının Zirvə görüşündə iştirak edib.', expect: ['CONSULT/multilateral occurred AZE>-'] },
  { text: 'Dövlətimizin başçısı Rəcəb Tayyib Ərdoğanı payızda Azərbaycana səfərə dəvət edib.', expect: ['AGREE occurred AZE>TUR'] },
  // «X tərəfi» (the X side) is a subject: its -i is the possessive of the compound, not an accusative.
  { text: 'Qazaxıstan tərəfi Azərbaycana COP29 konfransı ilə bağlı uğurlar arzulayıb.', expect: ['SUPPORT occurred KAZ>AZE'] },
  // A demand is made of (ablative) its target.
  { text: 'Azərbaycan tərəfi Fransadan daxili işlərimizə müdaxilə edən bəyanatlardan çəkinməyi tələb edib.', expect: ['REQUEST occurred AZE>FRA'] },
  { text: 'Zirvə görüşü çərçivəsində Prezident İlham Əliyev Özbəkistan Prezidenti Şavkat Mirziyoyev ilə görüşüb.', expect: ['CONSULT/multilateral occurred AZE>UZB'] },
  { text: 'Milli Məclisin Sədri Sahibə Qafarova Sankt-Peterburqda Qazaxıstan Senatının Sədri Maulen Aşimbayev ilə görüşüb.', expect: ['CONSULT/third-party occurred AZE>KAZ'] },
  // One act, one event
  {
    text: 'Tokayev Bakıda danışıqlar aparıb\n\nQazaxıstan Prezidenti Kasım-Jomart Tokayev Azərbaycana dövlət səfərinə gəlib. Prezident İlham Əliyev ilə Kasım-Jomart Tokayev arasında danışıqlar aparılıb. Görüşdə tərəflər enerji layihələrini müzakirə ediblər.',
    expect: ['CONSULT/visit occurred KAZ>AZE', 'CONSULT occurred AZE>KAZ'],
  },
  {
    text: 'Prezident İlham Əliyev Qazaxıstana dövlət səfərinə gəlib. Tərəflər ticarət dövriyyəsini artırmaq barədə razılığa gəliblər.',
    expect: ['CONSULT/visit occurred AZE>KAZ', 'AGREE occurred AZE>KAZ'],
  },
  {
    text: 'Prezident İlham Əliyev Daşkəndə dövlət səfərinə gəlib. Sonra dövlət başçılarının sədrliyi ilə Azərbaycan–Özbəkistan Ali Dövlətlərarası Şurasının iclası keçirilib.',
    expect: ['CONSULT/visit occurred AZE>UZB', 'CONSULT occurred AZE>UZB'],
  },
  { text: 'Danışıqlardan sonra İlham Əliyev və Kasım-Jomart Tokayev strateji tərəfdaşlıq haqqında Bəyannamə imzalayıblar.', expect: ['SUPPORT occurred AZE>KAZ'] },
  { text: 'Azərbaycan Respublikası ilə Qazaxıstan Respublikası arasında nəqliyyat sahəsində saziş imzalanıb.', expect: ['SUPPORT occurred AZE>KAZ'] },
  { text: 'Bakı və İrəvan sülh sazişi üzrə danışıqları davam etdirməyə razılaşıb.', expect: ['AGREE occurred AZE>ARM', 'CONSULT occurred AZE>ARM'] },
  { text: 'Prezidentlər Bakı–Tbilisi–Qars dəmir yolunun işini müzakirə ediblər.', expect: [] },
  { text: 'İlham Əliyev zirvə görüşünün yüksək səviyyədə təşkilinə görə Sadır Japarova təşəkkürünü bildirib.', expect: ['SUPPORT occurred AZE>KGZ'] },
  { text: 'Prezident İlham Əliyevə Türkmənistan Prezidenti Serdar Berdiməhəmmədov zəng edib. Dövlət başçıları Sərdar Berdiməhəmmədovun aprel ayında Azərbaycana rəsmi səfəri ilə bağlı hazırlıq işlərini də müzakirə ediblər.', published: '2026-03-20', expect: ['CONSULT/phone occurred TKM>AZE', 'CONSULT/visit planned TKM>AZE'] },
  { text: 'Ceyhun Bayramov Türkiyənin xarici işlər naziri Hakan Fidan ilə telefonla danışıb. Söhbət Türkiyə tərəfinin təşəbbüsü ilə baş tutub.', expect: ['CONSULT/phone occurred TUR>AZE'] },
  { text: 'Qazaxıstan Prezidenti Kasım-Jomart Tokayev oktyabrda Azərbaycana dövlət səfəri edəcək. Səfərin təfərrüatları bazar ertəsi Prezident İlham Əliyev ilə Kasım-Jomart Tokayev arasında olmuş telefon danışığında müzakirə edilib.', published: '2025-09-17', expect: ['CONSULT/visit planned KAZ>AZE', 'CONSULT/phone occurred AZE>KAZ'] },
  // Qəbul edilən hərəkət verəndən subyektə doğrudur
  { text: 'Prezident İlham Əliyev Özbəkistan Prezidenti Şavkat Mirziyoyevin təbriklərini qəbul edib.', expect: ['SUPPORT occurred UZB>AZE'] },
  // Support, thanks, congratulations, condolences
  { text: 'Prezident İlham Əliyev Kasım-Jomart Tokayevi ad günü münasibətilə təbrik edib.', expect: ['SUPPORT occurred AZE>KAZ'] },
  { text: 'Qazaxıstan Prezidenti göstərilən qonaqpərvərliyə görə Prezident İlham Əliyevə minnətdarlığını bildirib.', expect: ['SUPPORT occurred KAZ>AZE'] },
  { text: 'Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan Prezident İlham Əliyevə təşəkkür edib.', expect: ['SUPPORT occurred TUR>AZE'] },
  { text: 'Dövlətimizin başçısı zəlzələ ilə bağlı Türkiyə Prezidenti Rəcəb Tayyib Ərdoğana başsağlığı verib.', expect: ['SUPPORT occurred AZE>TUR'] },
  { text: 'Rəcəb Tayyib Ərdoğan Azərbaycanın ərazi bütövlüyünü dəstəklədiyini bildirib.', expect: ['SUPPORT occurred TUR>AZE'] },
  // Invitations, agreements, aid, cooperation
  { text: 'Kasım-Jomart Tokayev Prezident İlham Əliyevi Qazaxıstana rəsmi səfərə dəvət edib.', expect: ['AGREE occurred KAZ>AZE'] },
  { text: 'Nazir Ceyhun Bayramov qazaxıstanlı həmkarını Bakıya səfərə dəvət edib.', expect: ['AGREE occurred AZE>KAZ'] },
  { text: 'Azərbaycan Türkiyəyə humanitar yardım göndərib.', expect: ['AID occurred AZE>TUR'] },
  { text: 'Milli Məclisin sədri Sahibə Qafarova bildirib ki, mövcud şəraitdə parlament nümayəndə heyətinin Fransaya səfərinin baş tutması məqsədəuyğun deyil.', expect: [] },
  { text: 'Qəbələdə Azərbaycanın xarici işlər naziri Ceyhun Bayramov, Türkiyənin xarici işlər naziri Hakan Fidan və Gürcüstanın xarici işlər naziri Maka Boçorişvilinin iştirakı ilə üçtərəfli görüş keçirilib.',
    expect: ['CONSULT/multilateral occurred AZE>TUR', 'CONSULT/multilateral occurred AZE>GEO'] },
  { text: 'Əliyev Tokayevə birgə investisiya fondu yaratmağı təklif edib.', expect: ['AGREE occurred AZE>KAZ'] },
  { text: 'Azərbaycan Qazaxıstanla əməkdaşlığın genişləndirilməsində maraqlıdır.', expect: ['AGREE occurred AZE>KAZ'] },
  { text: 'Yaxın günlərdə Türkiyəyə humanitar yardım göndəriləcək.', expect: [] },
  { text: 'Dekabr ayında Bakıda Qazaxıstanın Mədəniyyət Günləri keçiriləcək.', expect: ['COOPERATE planned KAZ>AZE'] },
  { text: 'Azərbaycan Qazaxıstana taxıl tədarükündə kömək etməyə hazırdır.', expect: ['AGREE occurred AZE>KAZ'] },
  // Protests, accusations, rejections
  { text: 'Fransanın Azərbaycandakı səfiri Xarici İşlər Nazirliyinə çağırılaraq ona etiraz notası təqdim olunub.', expect: ['ACCUSE/disapprove occurred AZE>FRA'] },
  { text: 'Azərbaycan Xarici İşlər Nazirliyi Ermənistanı təxribatda ittiham edib.', expect: ['ACCUSE/allege occurred AZE>ARM'] },
  { text: 'Azərbaycan Avropa Parlamentinin qətnaməsini qətiyyətlə rədd edir.', expect: ['REJECT occurred AZE>-'] },
  // Negatives
  { text: 'Tərəflər ticarət dövriyyəsini artırmaq barədə razılığa gəliblər.', expect: [] },
  { text: 'Azərbaycan ilə Qazaxıstan arasında münasibətlər uğurla inkişaf edir.', expect: [] },
  { text: 'Son üç ildə Azərbaycan Prezidenti Qazaxıstana yeddi dəfə səfər edib.', expect: [] },
  { text: 'Azərbaycan və Qazaxıstan prezidentlərinin qarşılıqlı səfərləri münasibətlərə müsbət təsir göstərib.', expect: [] },
  { text: 'Azərbaycan yığması Qazaxıstan komandası ilə yoldaşlıq matçında görüşəcək.', expect: [] },
  { text: 'Xatırladaq ki, Fransa Senatı ötən həftə Azərbaycanla bağlı qətnamə qəbul edib.', expect: [] },
  { text: 'Fikrimcə, İlham Əliyev tezliklə Astanaya səfər edəcək.', expect: [] },
  { text: 'Kasım-Jomart Tokayevi hava limanında Baş nazirin birinci müavini qarşılayıb.', expect: [] },
  { text: 'Sabah Bakıda havanın dəyişkən buludlu olacağı gözlənilir.', expect: [] },
  // A quoted name: its postposition stands after the closing quote
  { text: 'SOCAR "KazMunayGas" ilə yeni saziş imzalayıb.', expect: ['SUPPORT occurred AZE>KAZ'] },
  { text: 'SOCAR Qazaxıstanın "Samruk-Kazyna" fondu ilə saziş imzalayıb.', expect: ['SUPPORT occurred AZE>KAZ'] },
  // Several subject states and a partner: each subject acts with the partner, not with the other subjects
  { text: 'Azərbaycan və Türkiyə Qazaxıstan ilə saziş imzalayıb.', expect: ['SUPPORT occurred AZE>KAZ', 'SUPPORT occurred TUR>KAZ'] },
  { text: 'Azərbaycan və Qazaxıstan saziş imzalayıb.', expect: ['SUPPORT occurred AZE>KAZ'] },
  // A bilateral body acts as its two states
  { text: 'Ankarada Azərbaycan-Türkiyə Yüksək Səviyyəli Strateji Əməkdaşlıq Şurasının iclası keçirilib.', expect: ['CONSULT occurred AZE>TUR'] },
  // «Tərəflər» is a collective subject (its stem is also a head noun); their joint readiness is one event, not one each way
  {
    text: 'Ceyhun Bayramov Astanada Murat Nurtleu ilə görüşüb. Tərəflər Xəzər dənizi vasitəsilə yükdaşımaların artırılması istiqamətində birgə işi davam etdirməyə hazır olduqlarını bildiriblər.',
    expect: ['CONSULT occurred AZE>KAZ', 'AGREE occurred AZE>KAZ'],
  },
  // Others' talks as the topic of a discussion; a call between named leaders is the discussion's setting, not its topic
  {
    text: 'Ceyhun Bayramov Astanada Murat Nurtleu ilə görüşüb. Tərəflər Rusiya ilə Ukrayna arasında danışıqların gedişatını müzakirə ediblər.',
    expect: ['CONSULT occurred AZE>KAZ'],
  },
  {
    text: 'Tokayev gələn ay Azərbaycana səfər edəcək. Bakıda dövlət başçıları arasında danışıqlar aparılacaq. Səfərin təfərrüatları bazar ertəsi İlham Əliyev ilə Kasım-Jomart Tokayev arasında olmuş telefon danışığında müzakirə edilib.',
    expect: ['CONSULT/visit planned KAZ>AZE', 'CONSULT planned KAZ>AZE', 'CONSULT/phone occurred AZE>KAZ'],
  },
  // Növbəti iclası keçirməyə razılaşıblar: the session, planned, not an AGREE of its own
  { text: 'Ceyhun Bayramov Astanada Murat Nurtleu ilə görüşüb. Nazirlər növbəti iclası Bakıda keçirməyə razılaşıblar.', expect: ['CONSULT occurred AZE>KAZ', 'CONSULT planned AZE>KAZ'] },
  // Salamlarını çatdırıb: from the sender to the addressee
  { text: 'Prezident İlham Əliyev Qazaxıstan Senatının sədri Maulen Aşimbayevi qəbul edib. Qonaq Qazaxıstan Prezidenti Kasım-Jomart Tokayevin salamlarını dövlətimizin başçısına çatdırıb.', expect: ['CONSULT occurred AZE>KAZ', 'SUPPORT occurred KAZ>AZE'] },
  // Rounds in different formats are separate meetings
  { text: 'Sonra Prezident İlham Əliyevin və Baş nazir İrakli Kobaxidzenin təkbətək görüşü keçirilib. Daha sonra görüş nümayəndə heyətlərinin iştirakı ilə geniş tərkibdə davam edib.', expect: ['CONSULT occurred AZE>GEO', 'CONSULT occurred AZE>GEO'] },
  // Etimadnamə: a meeting with the envoy's state
  { text: 'Prezident İlham Əliyev Macarıstanın yeni səfiri Qabor Totun etimadnaməsini qəbul edib.', expect: ['CONSULT occurred AZE>HUN'] },
  // A man's surname plus a dative vowel is his dative (Japarova for Japarov); agreements reached before are a topic; «gələn il» is a date, no visit
  {
    text: 'Prezident İlham Əliyev Qırğızıstan Prezidenti Sadır Japarova zəng edib. Onlar oktyabrda Qəbələdə keçirilmiş Zirvə görüşündə əldə olunmuş razılaşmaların icrası məsələlərinə də toxunublar. Söhbət zamanı həmçinin Qırğızıstan Prezidentinin gələn il Azərbaycana dövlət səfərinə hazırlıq məsələləri müzakirə edilib.',
    expect: ['CONSULT/phone occurred AZE>KGZ', 'CONSULT/visit planned KGZ>AZE'],
  },
  // The visitor is the one the participle describes; with no destination, the host is the receiver's state
  { text: 'Prezident İlham Əliyev ölkəmizdə rəsmi səfərdə olan Gürcüstanın Baş naziri İrakli Kobaxidzeni qəbul edib.', expect: ['CONSULT/visit occurred GEO>AZE', 'CONSULT occurred AZE>GEO'] },
  // Məchul növ: «X tərəfindən» agentdir
  { text: 'Türkiyə xalqına başsağlığı Qazaxıstan Xarici İşlər Nazirliyi tərəfindən verilib.', expect: ['SUPPORT occurred KAZ>TUR'] },
  // «Qonağı … qəbul edib»: qonaq kontekstdəki səfərin qonağıdır
  { text: 'Qazaxıstanın xarici işlər naziri Murat Nurtleu rəsmi səfərlə Bakıya gəlib. Qonağı Prezident İlham Əliyev qəbul edib.', expect: ['CONSULT/visit occurred KAZ>AZE', 'CONSULT occurred KAZ>AZE'] },
  { text: 'Qazaxıstanın xarici işlər naziri Murat Nurtleu rəsmi səfərlə Bakıya gəlib. Milli Məclisin sədri Sahibə Qafarova qonaqla görüşüb.', expect: ['CONSULT/visit occurred KAZ>AZE', 'CONSULT occurred AZE>KAZ'] },
  // The next session, to be held (a verbal noun of holding), is still to come, whatever the tense of the agreement on it.
  {
    text: 'Gəncədə Azərbaycan ilə Gürcüstan arasında hökumətlərarası komissiyanın iclası keçirilib. Tərəflər komissiyanın növbəti iclasının Tbilisidə keçirilməsi barədə razılığa gəliblər.',
    expect: ['CONSULT occurred AZE>GEO', 'CONSULT planned AZE>GEO'],
  },
  // A visit called off is a refusal to meet, made now; one put off is still to come.
  { text: 'Koreya hökuməti baş nazir Kim Min Sokun Daşkəndə səfərini ləğv edib.', expect: ['REJECT/meet occurred KOR>UZB'] },
  { text: 'Qasım-Jomart Tokayevin Bakıya səfəri təxirə salınıb.', expect: ['CONSULT/visit planned KAZ>AZE'] },
  // A coordinator inside a minister's portfolio joins its words, not two actors: the state before it is the minister's.
  { text: 'Prezident İlham Əliyev Türkiyə Respublikasının enerji və təbii sərvətlər naziri Alparslan Bayraktarı qəbul edib.', expect: ['CONSULT occurred AZE>TUR'] },
];

for (const c of CASES) {
  test(`az: ${c.text.slice(0, 70)}`, () => {
    const doc = processDoc({ id: 't', source: 't', content: c.text, format: 'text', lang: 'az', published: c.published ?? '2024-05-17' });
    const got = extractEvents(doc, findEntities(doc).mentions).map(eventKey).sort();
    assert.deepEqual(got, [...c.expect].sort());
  });
}

test('az: a dated sentence about the parties moves the story to its day, though it reports no event (a welcome ceremony)', () => {
  const text = 'İran Prezidenti Məsud Pezeşkian mayın 12-də Azərbaycana rəsmi səfərə gəlib. Mayın 13-də Məsud Pezeşkianın rəsmi qarşılanma mərasimi olub. Sonra Prezident İlham Əliyevin və Prezident Məsud Pezeşkianın təkbətək görüşü olub.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'az', published: '2026-05-13' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.mode ?? '-', e.date]), [['CONSULT', 'visit', '2026-05-12'], ['CONSULT', '-', '2026-05-13']]);
});

test('az: at least 40 cases, negatives included', () => {
  assert.ok(CASES.length >= 40);
  assert.ok(CASES.filter((c) => c.expect.length === 0).length >= 8);
});
