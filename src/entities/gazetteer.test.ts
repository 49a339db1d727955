import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataPath, packageRoot, readTsv } from '../util/data.ts';
import type { TsvRow } from '../util/data.ts';
import { buildGazetteer, loadGazetteer, NAME_LANGS, officeHolder } from './gazetteer.ts';
import type { GazetteerFiles } from './gazetteer.ts';

const ENTITY_FILES = ['countries', 'places', 'organizations', 'persons'] as const;
const raw = (f: string): string => readFileSync(dataPath('gazetteer', `${f}.tsv`), 'utf8');
const files = (): GazetteerFiles => ({
  iso3166: raw('iso3166'), countries: raw('countries'), places: raw('places'), organizations: raw('organizations'),
  persons: raw('persons'), posts: raw('posts'), 'post-titles': raw('post-titles'),
});
const alpha3 = new Set(readTsv('gazetteer/iso3166.tsv').map((r) => r['alpha3']));
const entityRows: [string, TsvRow][] = ENTITY_FILES.flatMap((f) => readTsv(`gazetteer/${f}.tsv`).map((r): [string, TsvRow] => [f, r]));

test('every entity row has id, kind, country and an English name', () => {
  for (const [file, r] of entityRows) {
    for (const col of ['id', 'kind', 'country', 'en']) assert.ok(r[col], `${file}: ${r['id'] || JSON.stringify(r)} lacks ${col}`);
  }
});

test('country codes are ISO 3166-1 alpha-3 (or INT)', () => {
  assert.equal(alpha3.size, 250);
  for (const [file, r] of entityRows) assert.ok(r['country'] === 'INT' || alpha3.has(r['country']), `${file}: ${r['id']} has country ${r['country']}`);
  for (const code of alpha3) assert.match(code ?? '', /^[A-Z]{3}$/);
});

test('ids are unique across all gazetteer files', () => {
  const seen = new Map<string, string>();
  for (const [file, r] of entityRows) {
    const id = r['id'] ?? '';
    assert.ok(!seen.has(id), `${id} in ${file} and ${seen.get(id)}`);
    seen.set(id, file);
  }
});

test('name columns hold the right script: kk/ru Cyrillic, az/tr/en Latin', () => {
  const exceptions = new Set(readTsv('gazetteer/script-exceptions.tsv').map((r) => r['token']));
  const rows: [string, TsvRow][] = [...entityRows, ...readTsv('gazetteer/post-titles.tsv').map((r): [string, TsvRow] => ['post-titles', r])];
  const problems: string[] = [];
  for (const [file, r] of rows) {
    const listed = new Set((r['abbreviations'] ?? '').split('|'));
    for (const lang of NAME_LANGS) {
      for (const word of (r[lang] ?? '').match(/\p{L}+/gu) ?? []) {
        const cyrillic = /^\p{Script=Cyrillic}+$/u.test(word);
        const latin = /^\p{Script=Latin}+$/u.test(word);
        const ok = lang === 'kk' || lang === 'ru' ? cyrillic || (latin && (listed.has(word) || exceptions.has(word))) : latin;
        if (!ok) problems.push(`${file} ${r['id'] ?? r['pattern']} ${lang}: «${word}»`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('the gazetteer loads with the expected sizes', () => {
  const g = loadGazetteer();
  const count = (kind: string, pred: (e: { form?: string }) => boolean = () => true): number => g.entries.filter((e) => e.kind === kind && pred(e)).length;
  assert.equal(count('country', (e) => e.form === 'name'), 250);
  assert.ok(count('country', (e) => e.form !== 'name') >= 100);
  assert.ok(count('place') >= 400, `places: ${count('place')}`);
  assert.ok(count('organization') >= 200, `organizations: ${count('organization')}`);
  assert.ok(count('person') >= 200, `persons: ${count('person')}`);
  assert.ok(g.posts.length >= 200);
  assert.equal(loadGazetteer(), g, 'loaded once');
});

test('every post names a known person and a role with titles; end is not before start', () => {
  const g = loadGazetteer();
  for (const p of g.posts) {
    assert.equal(g.byId.get(p.personId)?.kind, 'person', p.personId);
    assert.ok(g.titleOf(p.post), p.post);
    const n = Math.min(p.start.length, p.end?.length ?? 0);
    if (p.end) assert.ok(p.end.slice(0, n) >= p.start.slice(0, n), `${p.personId} ${p.post} ${p.start}..${p.end}`);
  }
});

test('officeHolder resolves posts by date', () => {
  const cases: [string, string, string | undefined][] = [
    ['KAZ:president', '2018-06-01', 'Nursultan Nazarbayev'],
    ['KAZ:president', '2023-11-24', 'Kassym-Jomart Tokayev'],
    ['KAZ:president', '2019-03-19', 'Nursultan Nazarbayev'],
    ['KAZ:president', '2019-03-20', 'Kassym-Jomart Tokayev'],
    ['KAZ:senate-chair', '2015-05-05', 'Kassym-Jomart Tokayev'],
    ['KAZ:senate-chair', '2019-10-01', 'Dariga Nazarbayeva'],
    ['KAZ:senate-chair', '2024-01-15', 'Maulen Ashimbayev'],
    ['KAZ:mazhilis-chair', '2020-01-01', 'Nurlan Nigmatulin'],
    ['KAZ:mazhilis-chair', '2023-05-01', 'Yerlan Koshanov'],
    ['AZE:president', '2000-01-01', 'Heydar Aliyev'],
    ['AZE:president', '2023-11-24', 'Ilham Aliyev'],
    ['AZE:foreign-minister', '2020-07-15', 'Elmar Mammadyarov'],
    ['AZE:foreign-minister', '2020-07-16', 'Jeyhun Bayramov'],
    ['AZE:parliament-chair', '2019-12-31', 'Ogtay Asadov'],
    ['AZE:parliament-chair', '2020-03-10', 'Sahiba Gafarova'],
    ['TUR:foreign-minister', '2015-10-01', 'Feridun Sinirlioğlu'],
    ['RUS:foreign-minister', '2023', 'Sergey Lavrov'],
    ['un:secretary-general', '2020-06-01', 'António Guterres'],
    ['KAZ:president', '1985-01-01', undefined],
    ['KAZ:grand-vizier', '2020-01-01', undefined],
  ];
  for (const [post, date, want] of cases) assert.equal(officeHolder(post, date)?.canonical, want, `${post} on ${date}`);
  assert.throws(() => officeHolder('KAZ:president', '24.11.2023'), /bad date/);
});

test('titles: the state-specific pattern wins over the generic role', () => {
  const g = loadGazetteer();
  assert.equal(g.titleOf('USA:foreign-minister')?.names.en, 'Secretary of State');
  assert.equal(g.titleOf('KAZ:foreign-minister')?.names.kk, 'Сыртқы істер министрі');
  assert.equal(g.titleOf('AZE:ambassador-to:KAZ')?.names.az, 'Səfir');
  assert.deepEqual(g.postsOf('person:kassym-jomart-tokayev', '2014-01-01').map((p) => p.post), ['KAZ:senate-chair']);
});

test('actors are found by name, variant or abbreviation', () => {
  const g = loadGazetteer();
  const index = new Map<string, Set<string>>();
  for (const e of g.entries) {
    for (const s of [...Object.values(e.names), ...e.variants, ...e.abbreviations]) {
      const k = s.toLocaleLowerCase('tr');
      index.set(k, (index.get(k) ?? new Set()).add(e.canonical));
    }
  }
  const cases: [string, string][] = [
    ['Қазақстан Республикасы', 'Kazakhstan'], ['Azərbaycan Respublikası', 'Azerbaijan'], ['Республика Казахстан', 'Kazakhstan'],
    ['ҚХР', 'China'], ['АҚШ', 'United States'], ['ABŞ', 'United States'], ['Türkiye', 'Turkey'], ['Ресей', 'Russia'],
    ['Бакы', 'Baku'], ['Нұр-Сұлтан', 'Astana'], ['Целиноград', 'Astana'], ['Şuşa', 'Shusha'], ['Қарабақ', 'Karabakh'],
    ['Бейжің', 'Beijing'], ['Мәскеу', 'Moscow'], ['Каспий теңізі', 'Caspian Sea'], ['Cənubi Qafqaz', 'South Caucasus'],
    ['БҰҰ', 'United Nations'], ['BMT', 'United Nations'], ['СБ ООН', 'United Nations Security Council'],
    ['TDƏŞ', 'Organization of Turkic States'], ['Түркі кеңесі', 'Organization of Turkic States'], ['ОТГ', 'Organization of Turkic States'],
    ['СВМДА', 'Conference on Interaction and Confidence-Building Measures in Asia'], ['АӨСШК', 'Conference on Interaction and Confidence-Building Measures in Asia'],
    ['СПЕКА', 'Special Programme for the Economies of Central Asia'], ['ATƏT', 'Organization for Security and Co-operation in Europe'],
    ['Aİ', 'European Union'], ['ҰҚШҰ', 'Collective Security Treaty Organization'], ['ШЫҰ', 'Shanghai Cooperation Organisation'],
    ['QXA', 'Assembly of People of Kazakhstan'], ['Nur Otan', 'Amanat (party)'], ['Yeni Azərbaycan Partiyası', 'New Azerbaijan Party'],
    ['Milli Məclis', 'National Assembly (Azerbaijan)'], ['Мәжіліс', 'Mazhilis'], ['Қазақпарат', 'Kazinform'], ['АЗЕРТАДЖ', 'Azertac'],
    ['Report', 'Report News Agency'], ['МИД Казахстана', 'Ministry of Foreign Affairs (Kazakhstan)'], ['ГНКАР', 'SOCAR'],
    ['Тоқаев', 'Kassym-Jomart Tokayev'], ['Toqayev', 'Kassym-Jomart Tokayev'], ['İlham Əliyev', 'Ilham Aliyev'], ['Ильхам Әлиев', 'Ilham Aliyev'],
    ['Джейхун Байрамов', 'Jeyhun Bayramov'], ['Ермек Кошербаев', 'Yermek Kosherbayev'], ['Sahibə Qafarova', 'Sahiba Gafarova'],
    ['Режеп Тайип Ердоған', 'Recep Tayyip Erdoğan'], ['Си Цзиньпин', 'Xi Jinping'], ['Sadır Japarov', 'Sadyr Japarov'],
  ];
  for (const [surface, canonical] of cases) {
    assert.ok(index.get(surface.toLocaleLowerCase('tr'))?.has(canonical), `${surface} → ${canonical}; got ${[...(index.get(surface.toLocaleLowerCase('tr')) ?? [])].join(', ') || 'nothing'}`);
  }
});

test('hyphenated compounds split into country forms', () => {
  const forms = new Map<string, Set<string>>();
  for (const e of loadGazetteer().entries) {
    if (e.kind !== 'country') continue;
    for (const s of [...Object.values(e.names), ...e.variants]) forms.set(s.toLowerCase(), (forms.get(s.toLowerCase()) ?? new Set()).add(e.country));
  }
  const cases: [string, string[]][] = [
    ['казахстанско-азербайджанский', ['KAZ', 'AZE']], ['азербайджано-казахстанский', ['AZE', 'KAZ']], ['қазақ-әзербайжан', ['KAZ', 'AZE']],
    ['Azərbaycan-Qazaxıstan', ['AZE', 'KAZ']], ['Kazakh-Azerbaijani', ['KAZ', 'AZE']], ['российско-китайский', ['RUS', 'CHN']],
    ['Sino-Kazakh', ['CHN', 'KAZ']], ['турецко-азербайджанский', ['TUR', 'AZE']],
  ];
  for (const [compound, want] of cases) {
    const got = compound.split('-').map((part) => [...(forms.get(part.toLowerCase()) ?? [])].join('/'));
    assert.deepEqual(got, want, compound);
  }
});

test('the loader rejects bad rows, naming file and line', () => {
  const f = files();
  const dupPerson = f.persons.replace(/^(person:ilham-aliyev\t.*)$/m, '$1\n$1');
  assert.throws(() => buildGazetteer({ ...f, persons: dupPerson }), /persons\.tsv:\d+: duplicate id person:ilham-aliyev/);
  const badCountry = f.places.replace(/^place:baku\tplace\tAZE\t/m, 'place:baku\tplace\tAZ\t');
  assert.throws(() => buildGazetteer({ ...f, places: badCountry }), /places\.tsv:\d+: place:baku: country AZ is not/);
  const noEn = f.organizations.replace(/^(org:un\torganization\tINT\tinternational\t[^\t]*\t)United Nations\t/m, '$1\t');
  assert.throws(() => buildGazetteer({ ...f, organizations: noEn }), /organizations\.tsv:\d+: org:un: missing en/);
  const badRole = f.organizations.replace(/^(org:un\torganization\tINT\t)international\t/m, '$1club\t');
  assert.throws(() => buildGazetteer({ ...f, organizations: badRole }), /org:un: role club/);
  assert.throws(() => buildGazetteer({ ...f, posts: `${f.posts}person:nobody\tKAZ:president\t2020\t\n` }), /posts\.tsv:\d+: unknown person person:nobody/);
  assert.throws(() => buildGazetteer({ ...f, posts: `${f.posts}person:ilham-aliyev\tAZE:president\t2020-01-01\t2019-12-31\n` }), /end 2019-12-31 is before start/);
  assert.throws(() => buildGazetteer({ ...f, posts: `${f.posts}person:ilham-aliyev\tXXX:president\t2020\t\n` }), /holder XXX/);
  assert.throws(() => buildGazetteer({ ...f, posts: `${f.posts}person:ilham-aliyev\tAZE:ambassador-to:ZZZ\t2020\t\n` }), /target ZZZ/);
});

const cldr = join(packageRoot, '..', 'shared', 'data', 'cldr-territory-names', 'cldr48_territory_names.tsv');
test('countries.tsv is what scripts/build-countries.ts generates', { skip: !existsSync(cldr) && 'needs ../shared' }, () => {
  const out = join(mkdtempSync(join(tmpdir(), 'elchi-countries-')), 'countries.tsv');
  execFileSync(process.execPath, ['--import', 'tsx', join(packageRoot, 'scripts', 'build-countries.ts'), cldr, out], { stdio: 'pipe' });
  assert.equal(readFileSync(out, 'utf8'), raw('countries'));
});
