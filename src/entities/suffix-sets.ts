/** Kazakh and Azerbaijani suffix categories the actor layer reasons with (from data/{kk,az}/suffixes.tsv, loaded once). */
import { readTsv } from '../util/data.ts';

/** Suffix forms by the category that decides a matching question. */
export interface SuffixSets { plural: ReadonlySet<string>; possessive3: ReadonlySet<string>; derivation: ReadonlySet<string>; nominal: ReadonlySet<string>; verbal: ReadonlySet<string>; cases: ReadonlySet<string>; locative: ReadonlySet<string>; genitive: ReadonlySet<string> }
/** Suffix categories of verb forms (a name never carries them). */
const VERBAL_CATS = new Set(['voice', 'neg', 'tense', 'pers', 'conv', 'ptcp', 'vn', 'mood']);
/** Suffix categories a modifier inside an organization name may carry (plural, derivation, adjective, possessive; genitive). */
const NOMINAL_CATS = new Set(['pl', 'deriv', 'attr', 'poss']);
let suffixSets: SuffixSets | undefined;
/** Suffix forms of Kazakh and Azerbaijani by category (plural PL, possessive P3, derivation, nominal, verbal, case, locative attribute ATTR). */
export function suffixes(): SuffixSets {
  if (!suffixSets) {
    const plural = new Set<string>();
    const possessive3 = new Set<string>();
    const derivation = new Set<string>();
    const nominal = new Set<string>();
    const other = new Set<string>();
    const verbal = new Set<string>();
    const notVerbal = new Set<string>();
    const cases = new Set<string>();
    const locative = new Set<string>();
    const genitive = new Set<string>();
    for (const l of ['kk', 'az']) {
      for (const r of readTsv(`${l}/suffixes.tsv`)) {
        const form = r['form'] ?? '';
        if (r['id'] === 'PL') plural.add(form);
        if (r['id'] === 'P3') possessive3.add(form);
        if (r['cat'] === 'deriv') derivation.add(form);
        if (NOMINAL_CATS.has(r['cat'] ?? '') || r['id'] === 'GEN') nominal.add(form); else other.add(form);
        if (VERBAL_CATS.has(r['cat'] ?? '')) verbal.add(form); else notVerbal.add(form);
        if (r['cat'] === 'case') cases.add(form);
        if ((r['id'] ?? '').startsWith('ATTR')) locative.add(form);
        if (r['id'] === 'GEN') genitive.add(form);
      }
    }
    for (const f of other) nominal.delete(f);
    for (const f of notVerbal) verbal.delete(f);
    suffixSets = { plural, possessive3, derivation, nominal, verbal, cases, locative, genitive };
  }
  return suffixSets;
}


/** True when a Turkic suffix chain has a 3rd-person possessive (Komitəsi, министрлігі: the form that heads a name). */
export function hasPossessive3(chain: readonly string[]): boolean {
  const p3 = suffixes().possessive3;
  return chain.some((s) => p3.has(s));
}

/** True when a Turkic suffix chain has a derivational suffix (партиялық: "party-" adjective, not the party). */
export function hasDerivation(chain: readonly string[]): boolean {
  const d = suffixes().derivation;
  return chain.some((s) => d.has(s));
}

/** True when every suffix of a Turkic chain can mark a modifier inside a name (no case but genitive, nothing verbal). */
export function nominalChain(chain: readonly string[]): boolean {
  const n = suffixes().nominal;
  return chain.every((s) => n.has(s));
}

/** True when a Turkic suffix chain carries the plural (парламенттер, parlamentlərinin). */
export function hasPlural(chain: readonly string[]): boolean {
  const pl = suffixes().plural;
  return chain.some((s) => pl.has(s));
}

/** True when a Turkic suffix chain ends in the locative attribute -дағы/-dakı (Әзербайжандағы елші: the ambassador in Azerbaijan). */
export function hasLocativeAttr(chain: readonly string[]): boolean {
  const last = chain[chain.length - 1];
  return last !== undefined && suffixes().locative.has(last);
}

/** True when a Turkic suffix chain has a case suffix (a name word inflected for case ends the name: Жиынға). */
export function hasCase(chain: readonly string[]): boolean {
  const c = suffixes().cases;
  return chain.some((s) => c.has(s));
}

/** True when a Turkic suffix chain ends in the genitive (Qazaxıstanın, Қазақстанның). */
export function hasGenitive(chain: readonly string[]): boolean {
  const last = chain[chain.length - 1];
  return last !== undefined && suffixes().genitive.has(last);
}
