/**
 * Span repairs applied after the perceptron, from the writing conventions of Kazakh and Azerbaijani names:
 * quotes around names, a state name in front of a body's name, abbreviations in brackets after a full name.
 */
import type { NerSpan } from './bio.ts';
import { analyse } from '../lang/morph/turkic.ts';
import { capClass } from './features.ts';
import type { NerLang } from './lexicon.ts';
import { CLOSE, closesName, gazFlags, hasCase, isCap, isKin, isLegalForm, isOrgHead, OPEN, overlaps, QUOTE, quotedNameStart } from './rules-words.ts';

/**
 * A quoted capitalised name followed by an organization head noun is an organization: «Нұр Отан» партиясы,
 * "Azon" zavodu → the name inside the quotes; "ADA" Universiteti (head capitalised, part of the name) →
 * the quotes and the head with it.
 */
function quotedOrganizations(words: readonly string[], lang: NerLang, spans: NerSpan[]): NerSpan[] {
  for (let i = 0; i < words.length; i++) {
    if (!OPEN.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 6 && !CLOSE.has(words[j]!)) j++;
    if (j >= words.length || !CLOSE.has(words[j]!) || j === i + 1 || !isCap(words[i + 1]!)) continue;
    const head = words[j + 1];
    if (head === undefined || !isOrgHead(head, lang)) continue;
    const span: NerSpan = isCap(head) ? { start: i, end: j + 2, type: 'ORG', score: 0.6 } : { start: i + 1, end: j, type: 'ORG', score: 0.6 };
    if (spans.some((s) => s.type === 'ORG' && s.start <= span.start && s.end >= span.end)) continue;
    spans = spans.filter((s) => !overlaps(s, span));
    spans.push(span);
  }
  return spans;
}

/**
 * A quoted capitalised name right before an organization's name is part of it: the company or body's own
 * name in quotes, then its kind (“Stankin” Moskva Dövlət Texnologiya Universiteti, "Azərsu" Açıq Səhmdar
 * Cəmiyyəti): the organization span takes in the quotes and the name between them.
 */
function quotedNameBeforeOrganization(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  for (const s of spans) {
    if (s.type !== 'ORG') continue;
    const j = s.start - 1;
    if (j < 0 || !CLOSE.has(words[j]!)) continue;
    const i = quotedNameStart(words, j);
    if (i < 0) continue;
    const inner = { start: i, end: j + 1 };
    if (spans.some((o) => o !== s && overlaps(o, inner) && !(o.start > i && o.end <= j))) continue;
    for (const o of spans) if (o !== s && overlaps(o, inner)) o.end = o.start;
    s.start = i;
  }
  return spans.filter((s) => s.end > s.start);
}

/** A span holding one quote of a pair takes in its partner next to it (Qafqaz və Merkuri " Cəmiyyəti → " Qafqaz … Cəmiyyəti). */
function balanceQuotes(words: readonly string[], spans: NerSpan[]): void {
  for (const s of spans) {
    let q = 0;
    for (let i = s.start; i < s.end; i++) if (QUOTE.has(words[i]!)) q++;
    if (q % 2 === 0) continue;
    if (s.start > 0 && QUOTE.has(words[s.start - 1]!) && !spans.some((o) => o !== s && o.end === s.start)) s.start--;
    else if (s.end < words.length && QUOTE.has(words[s.end]!) && !spans.some((o) => o !== s && o.start === s.end)) s.end++;
  }
}

/** A place name without a case ending right before an organization is part of it (Azərbaycan Respublikası Təhsil Nazirliyi). */
function mergeStateIntoBody(words: readonly string[], lang: NerLang, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'LOC' && s.type === 'ORG' && prev.end === s.start && !hasCase(words[prev.end - 1]!, lang)) {
      prev.type = 'ORG';
      prev.end = s.end;
      prev.score = Math.min(prev.score, s.score);
      continue;
    }
    out.push(s);
  }
  return out;
}

/** An abbreviation in brackets right after a name is the same entity (Azərbaycan Dövlət Dəniz Akademiyası ( ADDA )). */
function bracketAbbreviations(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  const added: NerSpan[] = [];
  for (const s of spans) {
    const a = s.end + 1;
    if (words[s.end] !== '(' || words[a + 1] !== ')' || capClass(words[a] ?? '') !== 'caps') continue;
    if (spans.some((o) => overlaps(o, { start: a, end: a + 1 }))) continue;
    added.push({ start: a, end: a + 1, type: s.type, score: s.score });
  }
  return added.length ? [...spans, ...added] : spans;
}

/**
 * Person names take in initials written before them (A . Hüseynov, R . M . Qlierə) and a patronymic with
 * its particle between given name and surname (İsmayıl İsrafil oğlu Əliyev), or a capitalised word right
 * after the particle.
 */
function personNames(words: readonly string[], lang: NerLang, spans: NerSpan[]): NerSpan[] {
  const taken = (i: number, self: NerSpan): boolean => spans.some((o) => o !== self && o.start <= i && i < o.end);
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    while (s.start >= 2 && words[s.start - 1] === '.' && capClass(words[s.start - 2]!) === 'upper' && !taken(s.start - 1, s) && !taken(s.start - 2, s)) s.start -= 2;
    const k = s.end;
    if (k + 1 < words.length && isKin(words[k]!, lang) && isCap(words[k + 1]!) && !taken(k, s)) {
      const next = spans.find((o) => o.start === k + 1);
      if (next && next.type === 'PER') { s.end = next.end; next.end = next.start; }
      else if (!taken(k + 1, s)) s.end = k + 2;
    }
  }
  return spans.filter((s) => s.end > s.start);
}

/**
 * A case ending closes a Turkic noun phrase, so a person name does not run on past a word in the locative,
 * dative, ablative or instrumental (Ceyhun Bayramov Moskvada Sergey Lavrovla → two persons and a place):
 * the span is cut there, the case-marked word kept as a place when the gazetteer knows it as one.
 */
function splitPersonsAtCase(words: readonly string[], lang: NerLang, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'PER' || s.end - s.start < 3) { out.push(s); continue; }
    let from = s.start;
    const place = (k: number): boolean => {
      const f = gazFlags(words[k]!, lang);
      return f.has('cty') || f.has('loc') || f.has('cty1') || f.has('loc1');
    };
    for (let k = s.start + 1; k < s.end; k++) {
      if (!hasCase(words[k]!, lang, /\b(DAT|LOC|ABL|INS)\d?\b/)) continue;
      // The last word is cut off only when it is a known place with a case ending of two letters or more
      // (a surname may take a case ending, and a one-letter -a/-ə is too often part of a name: Dara).
      if (k === s.end - 1 && (!place(k) || (analyse(words[k]!, lang).suffixes.at(-1) ?? '').length < 2)) continue;
      if (k > from) out.push({ ...s, start: from, end: k });
      if (place(k)) out.push({ start: k, end: k + 1, type: 'LOC', score: s.score });
      from = k + 1;
    }
    if (from < s.end) out.push({ ...s, start: from });
  }
  return out;
}

/**
 * A capitalised word (or, as Kazakh writes them, a lower-case organization head noun) with a 3rd-person
 * possessive and then a dative, locative or ablative ending (Universitetinə, Nazirliyində, İnstitutundan,
 * министрлігінде) closes an izafet name: a name does not run
 * on past it into the capitalised words after it (Naxçıvan Özəl Universitetinə | Azərbaycan Respublikası
 * Təhsil Nazirliyinin → two organizations). The span is cut after it; the rest keeps the type.
 */
function splitAtClosedHeads(words: readonly string[], lang: NerLang, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of spans) {
    let from = s.start;
    for (let k = s.start; k < s.end - 1; k++) {
      const w = words[k]!;
      if (!isCap(words[k + 1]!) || !(isCap(w) || isOrgHead(w, lang)) || !closesName(w, lang)) continue;
      out.push({ ...s, start: from, end: k + 1 });
      from = k + 1;
    }
    out.push({ ...s, start: from });
  }
  return out;
}

/**
 * A legal-form abbreviation after a name makes it a company (Azərsu ASC, " Azərkinovideo " İB, «Қазақтелеком»
 * АҚ): one organization from the name (the span ending right before the abbreviation, the quoted name, or
 * the capitalised word there when it has no case ending) through the abbreviation, replacing what overlapped it.
 */
function legalForms(words: readonly string[], lang: NerLang, spans: NerSpan[]): NerSpan[] {
  for (let i = 1; i < words.length; i++) {
    if (!isLegalForm(words[i]!, lang)) continue;
    const prev = words[i - 1]!;
    let start = -1;
    const before = spans.find((s) => s.end === i);
    if (before) start = before.start;
    else if (CLOSE.has(prev)) start = quotedNameStart(words, i - 1);
    else if (isCap(prev) && !isLegalForm(prev, lang) && !hasCase(prev, lang)) start = i - 1;
    if (start < 0) continue;
    const span: NerSpan = { start, end: i + 1, type: 'ORG', score: before?.score ?? 0.6 };
    spans = spans.filter((s) => !overlaps(s, span));
    spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** A person name does not end in an organization head noun: such a span is an organization (Vergilər Nazirliyi). */
function retypeOrganizationHeads(words: readonly string[], lang: NerLang, spans: NerSpan[]): void {
  for (const s of spans) if (s.type === 'PER' && s.end - s.start > 1 && isCap(words[s.end - 1]!) && isOrgHead(words[s.end - 1]!, lang)) s.type = 'ORG';
}

/** Brackets never begin or end a name: spans lose a bracket at either edge (( Mədəniyyət Nazirliyinin → Mədəniyyət Nazirliyinin). */
function trimBrackets(words: readonly string[], spans: NerSpan[]): NerSpan[] {
  const BRACKET = /^[()[\]{}]$/;
  for (const s of spans) {
    while (s.end > s.start && BRACKET.test(words[s.start]!)) s.start++;
    while (s.end > s.start && BRACKET.test(words[s.end - 1]!)) s.end--;
  }
  return spans.filter((s) => s.end > s.start);
}

/**
 * Whether a nominative state name joins the body after it (mergeStateIntoBody), per language. Off for
 * Azerbaijani: its model is trained on the ADA corpus, which often tags «Azərbaycan Respublikası» and the body
 * after it apart, and block cross-validation on its train split scored the merge lower (scripts/train-ner.ts).
 */
const MERGE_STATE: Readonly<Record<NerLang, boolean>> = { kk: true, az: false };

/** Applies the repairs; returns spans sorted by start, non-overlapping. */
export function repairSpans(words: readonly string[], lang: NerLang, spans: readonly NerSpan[]): NerSpan[] {
  let out = spans.map((s) => ({ ...s }));
  out = quotedOrganizations(words, lang, out);
  out.sort((a, b) => a.start - b.start);
  balanceQuotes(words, out);
  out = quotedNameBeforeOrganization(words, out);
  if (MERGE_STATE[lang]) out = mergeStateIntoBody(words, lang, out);
  out = bracketAbbreviations(words, out);
  out = personNames(words, lang, out);
  out = splitPersonsAtCase(words, lang, out);
  out = splitAtClosedHeads(words, lang, out);
  out = trimBrackets(words, out);
  retypeOrganizationHeads(words, lang, out);
  out = legalForms(words, lang, out);
  return out.sort((a, b) => a.start - b.start);
}
