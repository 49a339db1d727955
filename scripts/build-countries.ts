/**
 * Generates data/gazetteer/countries.tsv: one `name` row per ISO 3166-1 country with its CLDR 48 names in
 * en/kk/az/ru/tr, merged with the hand-written forms of data/gazetteer/countries-extra.tsv.
 * Usage: `tsx scripts/build-countries.ts [path/to/cldr48_territory_names.tsv] [output.tsv]` (defaults: the ../shared
 * copy, data/gazetteer/countries.tsv).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, packageRoot, parseTsv, readTsv } from '../src/util/data.ts';

const LANGS = ['en', 'kk', 'az', 'ru', 'tr'] as const;
type Lang = (typeof LANGS)[number];
const COLUMNS = ['id', 'kind', 'country', 'form', 'canonical', ...LANGS, 'abbreviations', 'variants'] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

const defaultCldr = join(packageRoot, '..', 'shared', 'data', 'cldr-territory-names', 'cldr48_territory_names.tsv');
const cldrPath = process.argv[2] || defaultCldr;
const outPath = process.argv[3] || dataPath('gazetteer', 'countries.tsv');
if (!existsSync(cldrPath)) {
  console.error(`CLDR territory names not found at ${cldrPath}; pass the path of cldr48_territory_names.tsv`);
  process.exit(1);
}

/** An all-capitals token such as США, ABŞ, UK, U.S. is an abbreviation, not a name. */
const isAbbreviation = (s: string): boolean => /^[\p{Lu}.]{2,6}$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);

const split = (cell: string): string[] => cell.split('|').map((s) => s.trim()).filter(Boolean);
const uniq = (xs: string[]): string[] => [...new Set(xs)];

// CLDR names: code → locale → { main, alts }.
const cldr = new Map<string, Map<string, { main?: string; alts: string[] }>>();
for (const r of parseTsv(readFileSync(cldrPath, 'utf8'), 'cldr48_territory_names.tsv')) {
  const locale = r['locale'] ?? '';
  if (!(LANGS as readonly string[]).includes(locale)) continue;
  const code = r['code'] ?? '';
  const byLocale = cldr.get(code) ?? new Map<string, { main?: string; alts: string[] }>();
  cldr.set(code, byLocale);
  const entry = byLocale.get(locale) ?? { alts: [] };
  byLocale.set(locale, entry);
  const name = r['name'] ?? '';
  if (r['alt'] === '') entry.main = name;
  else if (r['alt'] === 'short' || r['alt'] === 'variant') entry.alts.push(name);
}

const rows: Row[] = [];
const byId = new Map<string, Row>();
const canonicalOf = new Map<string, string>();
for (const iso of readTsv('gazetteer/iso3166.tsv')) {
  const a2 = iso['alpha2'] ?? '';
  const a3 = iso['alpha3'] ?? '';
  const canonical = iso['canonical'] ?? '';
  canonicalOf.set(a3, canonical);
  const names = cldr.get(a2);
  if (!names) throw new Error(`CLDR has no names for ${a2} (${a3})`);
  const row: Row = { id: `country:${a3}`, kind: 'country', country: a3, form: 'name', canonical: '', en: '', kk: '', az: '', ru: '', tr: '', abbreviations: '', variants: '' };
  const abbreviations: string[] = [];
  const variants: string[] = [];
  for (const lang of LANGS) {
    const n = names.get(lang);
    if (!n) continue;
    if (n.main) row[lang] = n.main;
    for (const alt of n.alts) (isAbbreviation(alt) ? abbreviations : variants).push(alt);
  }
  // English: the Wikipedia title without its disambiguator; CLDR's own English name becomes a variant.
  const plainTitle = canonical.replace(/\s*\(.*\)$/, '');
  if (row.en && row.en !== plainTitle) variants.unshift(row.en);
  row.en = plainTitle;
  if (canonical !== plainTitle) row.canonical = canonical;
  row.abbreviations = abbreviations.join('|');
  row.variants = variants.join('|');
  rows.push(row);
  byId.set(row.id, row);
}

// Hand-written forms.
const extras: Row[] = [];
for (const e of readTsv('gazetteer/countries-extra.tsv')) {
  const id = e['id'] ?? '';
  const m = /^country:([A-Z]{3})(?:\/(adjective|demonym|compound))?$/.exec(id);
  if (!m) throw new Error(`countries-extra.tsv: bad id ${id}`);
  const a3 = m[1] ?? '';
  const form = m[2] ?? 'name';
  if (e['form'] !== form) throw new Error(`countries-extra.tsv: ${id} has form ${e['form']}, id says ${form}`);
  const base = byId.get(`country:${a3}`);
  if (!base) throw new Error(`countries-extra.tsv: ${id}: ${a3} is not in iso3166.tsv`);
  if (form === 'name') {
    const abbreviations = split(base.abbreviations);
    const variants = split(base.variants);
    for (const lang of LANGS) {
      const v = e[lang] ?? '';
      if (v === '' || v === base[lang]) continue;
      if (base[lang]) (isAbbreviation(base[lang]) ? abbreviations : variants).push(base[lang]);
      base[lang] = v;
    }
    abbreviations.push(...split(e['abbreviations'] ?? ''));
    variants.push(...split(e['variants'] ?? ''));
    const names = new Set(LANGS.map((l) => base[l]));
    base.abbreviations = uniq(abbreviations).join('|');
    base.variants = uniq(variants).filter((v) => !names.has(v) && !abbreviations.includes(v)).join('|');
  } else {
    if (byId.has(id)) throw new Error(`countries-extra.tsv: duplicate id ${id}`);
    const row: Row = { id, kind: 'country', country: a3, form, canonical: canonicalOf.get(a3) ?? '', en: '', kk: '', az: '', ru: '', tr: '', abbreviations: e['abbreviations'] ?? '', variants: '' };
    for (const lang of LANGS) row[lang] = e[lang] ?? '';
    const names = new Set(LANGS.map((l) => row[l]));
    row.variants = uniq(split(e['variants'] ?? '')).filter((v) => !names.has(v)).join('|');
    byId.set(id, row);
    extras.push(row);
  }
}

// Name rows in alpha-3 order, each followed by its form rows in countries-extra order.
rows.sort((a, b) => a.country.localeCompare(b.country));
const out: Row[] = [];
for (const r of rows) out.push(r, ...extras.filter((x) => x.country === r.country));

const header = [
  '# GENERATED by scripts/build-countries.ts (`npm run build:countries`) - do not edit; edit countries-extra.tsv or iso3166.tsv and rebuild.',
  '# Countries of ISO 3166-1 (iso3166.tsv; plus XKX Kosovo) with their names in en/kk/az/ru/tr from Unicode CLDR 48',
  '# (npm cldr-localenames-full 48.2.0, territories.json; licence Unicode-3.0; read from ../shared/data/cldr-territory-names),',
  '# CLDR short/variant names as variants (all-capital ones as abbreviations), merged with countries-extra.tsv.',
  '# en = English Wikipedia title without disambiguator; canonical = full Wikipedia title when it differs (empty = en).',
  '# form: name | adjective | demonym | compound (see countries-extra.tsv); only `name` rows are entities.',
  COLUMNS.join('\t'),
];
const body = out.map((r) => COLUMNS.map((c) => r[c]).join('\t'));
writeFileSync(outPath, [...header, ...body, ''].join('\n'));
console.log(`wrote ${outPath}: ${rows.length} countries, ${extras.length} form rows`);
