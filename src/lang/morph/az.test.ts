// Azerbaijani suffix-chain analysis against word forms taken from real text (azerbaijani-ner-ada,
// the az seed articles and dev gold texts); only the single words and the stems expected for them
// are copied here. `stem` rows check the stem; `stem+suf+suf` rows check the whole segmentation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, analyses } from './turkic.ts';

interface Row { word: string; stem: string; suffixes?: string[] }

/** Parses \`word  stem\` or \`word  stem+suf+suf\` lines (# comments). */
function parseTable(src: string): Row[] {
  return src.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')).map((l) => {
    const [word = '', seg = ''] = l.split(/\s+/);
    const [stem = '', ...suffixes] = seg.split('+');
    return suffixes.length > 0 ? { word, stem, suffixes } : { word, stem };
  });
}

function passes(r: Row): boolean {
  const a = analyse(r.word, 'az');
  return a.stem === r.stem && (!r.suffixes || a.suffixes.join('+') === r.suffixes.join('+'));
}

const TABLE = parseTable(`
# examples from the issue and the seed/gold articles
Bakıya               bakı+ya
Qazaxıstanın         qazaxıstan+ın
Əliyevin             əliyev+in
görüşüb              görüş+üb
imzalanıb            imzala+n+ıb
ATƏT-in              atət+in
AZƏRTAC-a            azərtac+a
Aİ-nin               ai+nin
2020-ci              2020+ci
19-dan               19+dan
Azərbaycanın         azərbaycan+ın
Rusiyanın            rusiya+nın
Gürcüstanın          gürcüstan
Özbəkistanın         özbəkistan
Ermənistanın         ermənistan
hökumətinin          hökumət+i+nin
Senatının            senat
Qazaxıstana          qazaxıstan+a
Azərbaycana          azərbaycan
Respublikasına       respublika+sı+na
Federasiyasına       federasiya
Qarabağa             qarabağ
Gürcüstana           gürcüstan
Astanaya             astana
Astanada             astana
səfərə               səfər
Bakıda               bakı+da
Qazaxıstanda         qazaxıstan
Qazaxıstandakı       qazaxıstan+dakı
Azərbaycandakı       azərbaycan
Sankt-Peterburqda    sankt-peterburq+da
Brüsseldə            brüssel
Aeroportunda         aeroport+u+nda
zavodunda            zavod
xiyabanda            xiyaban
Komitəsindən         komitə+si+ndən
Qarabağla            qarabağ+la
ölkələrimiz          ölkə+lər+imiz
Nazarbayevi          nazarbayev+i
Mirziyoyevi          mirziyoyev
Japarovu             japarov+u
Almaniyanın          almaniya
olmuşdur             ol+muş+dur
# genitive
Respublikasının      respublika+sı+nın
Komitəsinin          komitə
Kanadanın            kanada
ölkənin              ölkə
Nazirliyinin         nazirliy+i+nin
əsrin                əsr
əlaqələrin           əlaqə+lər+in
əhalinin             əhali
Avropanın            avropa
Akademiyasının       akademiya
heyətinin            heyət
Şurasının            şura
Prezidentinin        prezident
rayonunun            rayon+u+nun
dünyanın             dünya
İnstitutunun         institut
insanların           insan
Amerikanın           amerika
Məclisin             məclis
Bakının              bakı
Şuşanın              şuşa
Füzulinin            füzuli
Xocavəndin           xocavənd
Fransanın            fransa
Hacıbəyovun          hacıbəyov
Abdullayevin         abdullayev
Hüseynovun           hüseynov
Tuymebayevin         tuymebayev
Puşkinin             puşkin
Komissiyasının       komissiya
uşaqların            uşaq
dövlətlərinin        dövlət+lər+i+nin
başçılarının         başçı
vətəndaşlarının      vətəndaş
# dative
Almaniyaya           almaniya
Amerikaya            amerika
Serbiyaya            serbiya
Yunanıstana          yunanıstan
Şuşaya               şuşa
Avropaya             avropa
Qarayevə             qarayev
Əliyevə              əliyev
inkişafına           inkişaf+ı+na
Təşkilatına          təşkilat
İnstitutuna          institut
kinostudiyaya        kinostudiya
xidmətlərinə         xidmət
müəssisələrinə       müəssisə
# locative
Kanadada             kanada
Respublikasında      respublika
Avropada             avropa
Almaniyada           almaniya
Nyu-Yorkda           nyu-york
Xəzərdə              xəzər
Fransada             fransa
İstanbulda           istanbul
ölkədə               ölkə
dünyada              dünya
şəhərində            şəhər+i+ndə
dilində              dil
Universitetində      universitet
universitetlərində   universitet
bölgələrində         bölgə
torpaqlarımızda      torpaq+lar+ımız+da
respublikamızda      respublika+mız+da
Görüşdə              görüş
# ablative
ildən                il
Sibirdən             sibir
Rusiyadan            rusiya
müharibəsindən       müharibə
şəhərindən           şəhər
üzvlərindən          üzv
mənbədən             mənbə
fondundan            fond
xadimlərimizdən      xadim+lər+imiz+dən
əsgərlərdən          əsgər
futbolçulardan       futbolçu
tankdan              tank
istiqamətlərdən      istiqamət
hazırlamaqdan        hazırla+maq+dan
bitirdikdən          bitir+dik+dən
edildikdən           ed+il+dik+dən
# -la/-lə
Putinlə              putin+lə
Diasporla            diaspor
Sərəncamla           sərəncam
Niderlandla          niderland
Fərmanla             fərman
Əliyevlə             əliyev
ölkələrlə            ölkə+lər+lə
sözlərlə             söz
şərtlərlə            şərt
olmaqla              ol+maq+la
etməklə              et
# plural
illər                il
məktəblər            məktəb
proqramlar           proqram
münasibətlər         münasibət
tədbirlər            tədbir
tələbələr            tələbə
albanlar             alban
məsələlər            məsələ
hadisələr            hadisə
ərazilər             ərazi
şagirdlər            şagird
layihələr            layihə
gəmilər              gəmi
xalqlarımız          xalq
münasibətlərimizin   münasibət+lər+imiz+in
əlaqələrimizin       əlaqə
başçılarımızın       başçı
orqanlarımız         orqan
# -dakı
arasındakı           ara+sı+ndakı
ölkədəki             ölkə+dəki
Avropadakı           avropa
şimalındakı          şimal
dilindəki            dil
şəhərindəki          şəhər
Amerikadakı          amerika
ölkələrdəki          ölkə
Almaniyadakı         almaniya
Bakıdakı             bakı
rayonundakı          rayon
dünyadakı            dünya
Balkanlardakı        balkan
təşkilatlardakı      təşkilat
# verbs
edib                 ed+ib
olub                 ol
edilib               ed+il+ib
olunub               ol+un+ub
verib                ver
gəlib                gəl
yaradılıb            yarad+ıl+ıb
göstərib             göstər
bildirib             bildir
görülüb              gör+ül+üb
hazırlanıb           hazırla+n+ıb
danışıb              danış
vurğulayıb           vurğula+yıb
aparılıb             apar
keçirilib            keçir
başlayıb             başla
qoyulub              qoy
işləyib              işlə
çıxarılıb            çıxar
etmişdir             et+miş+dir
edilmişdir           ed
olunmuşdur           ol
seçilmişdir          seç
imzalamışdır         imzala
hazırlanmış          hazırla
imzalanmış           imzala
keçirilmiş           keçir
görülmüşdür          gör
olacaq               ol+acaq
keçiriləcək          keçir+il+əcək
olacağı              ol+acağ+ı
edəcək               ed
olmayacaq            ol+ma+yacaq
edəcəkdir            ed
olacaqdır            ol
olacağını            ol
olunacaq             ol
etdi                 et+di
oldu                 ol
olundu               ol
imzaladı             imzala
edildi               ed
başladı              başla
verdi                ver
görüşdü              görüş
yaradıldı            yarad
qaldı                qal
keçirildi            keçir
yaratdı              yarat
seçildi              seç
çıxdı                çıx
imzalandı            imzala+n+dı
edir                 ed+ir
olunur               ol
göstərir             göstər
verir                ver
edilir               ed
keçirilir            keçir
yerləşir             yerləş
başlayır             başla+yır
olur                 ol
edirdi               ed+ir+di
etdilər              et+di+lər
edirlər              ed
imzaladılar          imzala
verməlidirlər        ver+məli+dir+lər
etməli               et
almalıyıq            al
olmalıdırlar         ol
olduğu               ol+duğ+u
etdiyi               et+diy+i
olduğunu             ol
verdiyi              ver
keçirdiyi            keçir
aldığı               al
olan                 ol+an
edən                 ed
olunan               ol
keçirilən            keçir
verilən              ver
yaşayan              yaşa+yan
# a random (not hand-picked) sample of corpus word forms
ssenari              ssenari
limanlarına          liman
Təhsil               təhsil
limanının            liman
aprelin              aprel
Cabbarov             cabbarov
bazasında            baza
daşımaları           daşı
siyahısına           siyahı
üzmək                üz
Aleksandr            aleksandr
Samur                samur
sonrakı              sonra
artımı               artım
mövcud               mövcud
limandan             liman
qaldırılmaqdan       qaldır
nəqliyyat            nəqliyyat
mühüm                mühüm
ödəmək               ödə
bazasının            baza
xidməti              xidmət
edilmiş              ed
layihələri           layihə
müddəti              müddət
olundu               ol
binada               bina
Sosiologiya          sosiologiya
konkret              konkret
fraxt                fraxt
körpülər             körpü
ayrılmasına          ayr
ölkənin              ölkə
Azərneft             azərneft
qərarına             qərar
Cəfər                cəfər
Komitəsinin          komitə
arasında             ara
çalışan              çalış
Hüseynov             hüseynov
Məsələn              məsələn
qurulur              qur
Xəzərdən             xəzər
bazası               baza
sistem               sistem
tərkibinə            tərkib
əsrdə                əsr
optimal              optimal
nəfəs                nəfəs
pambıq               pambıq
Tarix                tarix
biləcək              bil
keçirilir            keçir
müəssisələri         müəssisə
formalaşdırılmasını  formalaşdır
dənizçilərin         dənizçi
Əliyevdir            əliyev
imkan                imkan
rayonunun            rayon
kranlar              kran
birinci              birinci
etməkdə              et
qəsəbələrinin        qəsəbə
kənarda              kənar
# words that must stay whole
Azərbaycan           azərbaycan
Qazaxıstan           qazaxıstan
Bakı                 bakı
Gəncə                gəncə
Türkiyə              türkiyə
Rusiya               rusiya
Moskva               moskva
Almaniya             almaniya
ölkə                 ölkə
sonra                sonra
daha                 daha
üçün                 üçün
bütün                bütün
həmin                həmin
iqtisadi             iqtisadi
siyasi               siyasi
rəsmi                rəsmi
milli                milli
təxminən             təxminən
Əliyev               əliyev
Tokayev              tokayev
Paşinyan             paşinyan
`);

/** Real forms the analyser still gets wrong; each must keep failing until fixed (then move it up). */
const KNOWN_FAILURES = parseTable(`
# from the random sample. Without an Azerbaijani corpus lexicon a consonant + -ı/-i/-a/-ə ending is
# read as accusative/possessive/dative, so bare words with such endings are over-stemmed:
vergi                vergi
idarəetmə            idarəetmə
irimiqyaslı          irimiqyaslı
Türkmənbaşı          türkmənbaşı
mexaniki             mexaniki
# -an/-ən participles are only weakly stripped (so Azərbaycan is not azərbayc+an)
yükgöndərənlərə      yükgöndər
# a vowel-final name + -nun reads the same as an n-final stem + -un; without a lexicon the longer stem wins
Ronaldonun           ronaldo
`);

test('az: table of real inflected forms', () => {
  assert.ok(TABLE.length + KNOWN_FAILURES.length >= 100);
  const bad = TABLE.filter((r) => !passes(r)).map((r) => `${r.word}: got ${JSON.stringify(analyse(r.word, 'az'))}, want ${r.stem}`);
  assert.deepEqual(bad, []);
  const accuracy = TABLE.length / (TABLE.length + KNOWN_FAILURES.length);
  assert.ok(accuracy >= 0.95, `accuracy ${accuracy}`);
});

test('az: known failures still fail (move a fixed one into TABLE) but keep the stem among the candidates', () => {
  for (const r of KNOWN_FAILURES) {
    assert.ok(!passes(r), `${r.word} now passes`);
    assert.ok(analyses(r.word, 'az').some((a) => a.stem === r.stem), `${r.word}: ${r.stem} not a candidate`);
  }
});

test('az: dotted/dotless i is lowered the Azerbaijani way', () => {
  assert.equal(analyse('İNSTİTUTUNUN', 'az').stem, 'institut');
  assert.equal(analyse('BAKIYA', 'az').stem, 'bakı');
});

test('az: a name with a verb-like ending keeps its stem when capitalised', () => {
  assert.equal(analyse('Azərbaycanın', 'az').stem, 'azərbaycan');
  assert.ok(analyses('Azərbaycanın', 'az').length > 1);
});
