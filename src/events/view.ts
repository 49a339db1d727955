/**
 * A document as the event layer reads it: token match keys, the cues found in each sentence, the
 * case of nouns and the tense of verbs, all computed once per document.
 */
import type { CoreLang, Doc, Token } from '../pipeline/types.ts';
import { eventLexicon, type CueDef, type EventLexicon, type TriggerDef } from './lexicon.ts';
import { cueKeys, documentKeys } from './keys.ts';
import { anchorsOf, findHits, type Anchored, type Hit } from './match.ts';
import { newSlot, type Owned, type WordSlots } from '../util/memo.ts';
import { tokenWords } from '../pipeline/token-words.ts';
import { loadCues } from '../entities/cues.ts';
import { sharedAnalyses, stemVariants, type Analysis, type TurkicLang } from '../lang/morph/turkic.ts';
import { isTurkic, russianCase, tenseByEnding, turkicCase, turkicVerb, type Case, type Tense } from './grammar.ts';

/** Cue classes whose words read as Russian noun endings (ending-dat → dat …). */
const ENDING_CASES: Readonly<Record<string, Case>> = { 'ending-dat': 'dat', 'ending-dat-a': 'dat', 'ending-com': 'com', 'ending-gen': 'obl', 'ending-loc': 'obl', 'ending-acc': 'obl', 'ending-nom': 'nom' };

interface LanguageTables {
  endings: ReadonlyMap<string, Case>; accAfterA: ReadonlySet<string>; past: ReadonlySet<string>; nonPast: ReadonlySet<string>;
  nom: readonly string[]; ptcp: readonly string[]; ptcpPass: readonly string[]; inf: readonly string[]; plural: readonly string[]; pastPlural: readonly string[];
}
const tableCache = new WeakMap<EventLexicon, LanguageTables>();
/** Where a word form's bag keeps the cues and the triggers its keys reach. */
const CUE_ANCHORS = newSlot<Anchored<CueDef>>();
const TRIGGER_ANCHORS = newSlot<Anchored<TriggerDef>>();
/** Where a word form's bag keeps its Turkic segmentations in a document language. */
const SEGMENTATIONS = newSlot<Owned<string, readonly Analysis[]>>();

/** The ending tables of a lexicon (Russian case and tense endings, Turkic nominative name endings), built once. */
function languageTables(lex: EventLexicon): LanguageTables {
  let t = tableCache.get(lex);
  if (!t) {
    const endings = new Map<string, Case>();
    const past = new Set<string>();
    const nonPast = new Set<string>();
    const nom: string[] = [];
    const ptcp: string[] = [];
    const ptcpPass: string[] = [];
    const inf: string[] = [];
    const plural: string[] = [];
    const pastPlural: string[] = [];
    const accAfterA = new Set<string>();
    for (const [e, classes] of lex.endings) {
      for (const cls of classes) {
        const cs = ENDING_CASES[cls];
        if (cs) endings.set(e, cs);
        if (cls === 'ending-past') past.add(e);
        if (cls === 'ending-nonpast') nonPast.add(e);
        if (cls === 'ending-nom') nom.push(e);
        if (cls === 'ending-ptcp') ptcp.push(e);
        if (cls === 'ending-ptcp-pass') ptcpPass.push(e);
        if (cls === 'ending-dat-a') accAfterA.add(e);
        if (cls === 'ending-inf') inf.push(e);
        if (cls === 'ending-pl') plural.push(e);
        if (cls === 'ending-past-pl') pastPlural.push(e);
      }
    }
    t = { endings, accAfterA, past, nonPast, nom, ptcp, ptcpPass, inf, plural, pastPlural };
    tableCache.set(lex, t);
  }
  return t;
}

/** Sentence boundaries as token index ranges. */
export interface SentenceRange { index: number; start: number; end: number; t0: number; t1: number }

/** The per-document state shared by the event rules. */
export class EventView {
  readonly doc: Doc;
  readonly lang: CoreLang;
  readonly lex: EventLexicon;
  readonly tokens: readonly Token[];
  readonly keys: (readonly string[])[];
  /** The tokens' word-form bags, when the segment stage made the tokens. */
  private readonly bags: readonly (WordSlots | null)[] | undefined;
  /** Per token, the cues and the triggers its keys reach (see {@link anchorsOf}). */
  private readonly cueAnchors: (readonly CueDef[])[];
  /** Per token, its keys for the cue lexicon ({@link cueKeys}). */
  private readonly cueKeys: (readonly string[])[];
  private readonly triggerAnchors: (readonly TriggerDef[])[];
  readonly sentences: SentenceRange[];
  /** The cue covering each token (the longest, first listed), for its class and side. */
  readonly cueAt: (CueDef | undefined)[];
  /**
   * Every cue class covering each token (a word may be a summit word and a visit word): a few at most, so a small
   * array (a Set per covered token cost more to make than to search).
   */
  private readonly classes: (string[] | undefined)[];
  private readonly endings: ReadonlyMap<string, Case>;
  private readonly accAfterA: ReadonlySet<string>;
  private readonly pastEnd: ReadonlySet<string>;
  private readonly nonPastEnd: ReadonlySet<string>;
  private readonly nomEndings: readonly string[];
  private readonly ptcpEndings: readonly string[];
  private readonly infEndings: readonly string[];
  private readonly pluralEndings: readonly string[];
  private readonly ptcpPassEndings: readonly string[];
  private readonly pastPluralEndings: readonly string[];

  constructor(doc: Doc, lang: CoreLang) {
    this.doc = doc;
    this.lang = lang;
    this.lex = eventLexicon(lang);
    this.tokens = doc.tokens;
    this.bags = tokenWords(doc.tokens);
    this.keys = documentKeys(doc.tokens, this.lex, this.bags);
    this.cueKeys = cueKeys(doc.tokens, this.keys, this.lex, this.bags);
    this.cueAnchors = anchorsOf(this.lex.cues, this.cueKeys, this.bags, CUE_ANCHORS);
    this.triggerAnchors = anchorsOf(this.lex.triggers, this.keys, this.bags, TRIGGER_ANCHORS);
    this.sentences = [];
    let t = 0;
    doc.sentences.forEach((s, index) => {
      while (t < this.tokens.length && (this.tokens[t]?.end ?? 0) <= s.start) t++;
      const t0 = t;
      while (t < this.tokens.length && (this.tokens[t]?.start ?? Infinity) < s.end) t++;
      this.sentences.push({ index, start: s.start, end: s.end, t0, t1: t });
    });
    this.cueAt = new Array<CueDef | undefined>(this.tokens.length);
    this.classes = new Array<string[] | undefined>(this.tokens.length);
    // A token covered by a longer cue keeps only the classes of cues that long (multi-word cues are anchored on their
    // longest word, so the longest cue over a token may be found at another token than the token itself).
    const longest = new Uint8Array(this.tokens.length);
    for (const s of this.sentences) {
      const found = findHits(this.cueAnchors, this.cueKeys, s.t0, s.t1);
      if (found.length === 0) continue;
      for (const here of found) for (const o of here) for (const i of o.tokens) if (o.def.words.length > (longest[i] ?? 0)) longest[i] = o.def.words.length;
      for (const here of found) {
        for (const o of here) {
          const n = o.def.words.length;
          for (const i of o.tokens) {
            if (n !== longest[i]) continue;
            if (!this.cueAt[i]) this.cueAt[i] = o.def;
            const have = (this.classes[i] ??= []);
            if (!have.includes(o.def.cls)) have.push(o.def.cls);
          }
        }
      }
    }
    const tables = languageTables(this.lex);
    this.endings = tables.endings;
    this.accAfterA = tables.accAfterA;
    this.pastEnd = tables.past;
    this.nonPastEnd = tables.nonPast;
    this.nomEndings = tables.nom;
    this.ptcpEndings = tables.ptcp;
    this.infEndings = tables.inf;
    this.pluralEndings = tables.plural;
    this.ptcpPassEndings = tables.ptcpPass;
    this.pastPluralEndings = tables.pastPlural;
  }

  /** True when token i is a Russian past active participle (прибывший, прибывшую), by its ending. */
  participleRu(i: number): boolean {
    const w = this.tokens[i]?.lower ?? '';
    return this.lang === 'ru' && this.ptcpEndings.some((e) => w.length > e.length + 2 && w.endsWith(e));
  }

  /** True when token i is a word ending in one of a Russian ending class's endings (ending-inf: встретиться; ending-pl: визитов). */
  endsAs(i: number, cls: 'ending-inf' | 'ending-pl' | 'ending-past-pl' | 'ending-ptcp-pass'): boolean {
    const tok = this.tokens[i];
    if (!tok || tok.kind !== 'word') return false;
    if (cls === 'ending-ptcp-pass') return this.ptcpPassEndings.some((e) => tok.lower.length > e.length + 2 && tok.lower.endsWith(e));
    const list = cls === 'ending-inf' ? this.infEndings : cls === 'ending-pl' ? this.pluralEndings : this.pastPluralEndings;
    return list.some((e) => tok.lower.endsWith(e));
  }

  /** True when token i is an article (the name cues' articles: the, a, an). */
  isArticle(i: number): boolean {
    const w = this.tokens[i]?.lower;
    return w !== undefined && loadCues().names.articles.has(w);
  }

  /** Cue class at token i, or undefined. */
  cls(i: number): string | undefined {
    return this.cueAt[i]?.cls;
  }

  /** True when token i is covered by a cue of class `cls`. */
  is(i: number, cls: string): boolean {
    return this.classes[i]?.includes(cls) ?? false;
  }

  /** True when a cue of class `cls` covers a token of [from, to). */
  hasCue(cls: string, from: number, to: number): boolean {
    return this.findCue(cls, from, to) >= 0;
  }

  /** Index of the last token of [from, to) covered by a cue of class `cls`, or -1. */
  lastCue(cls: string, from: number, to: number): number {
    for (let i = Math.min(to, this.tokens.length) - 1; i >= Math.max(0, from); i--) if (this.classes[i]?.includes(cls)) return i;
    return -1;
  }

  /**
   * True when a token of [from, to) is a one-word cue of class `cls`, even inside a longer cue that shadows it ("two" in
   * "the two countries", a collective).
   */
  hasWord(cls: string, from: number, to: number): boolean {
    for (let i = Math.max(0, from); i < to && i < this.tokens.length; i++) if (this.cueAnchors[i]?.some((d) => d.cls === cls && d.words.length === 1)) return true;
    return false;
  }

  /** Index of the first token of [from, to) covered by a cue of class `cls`, or -1. */
  findCue(cls: string, from: number, to: number): number {
    for (let i = Math.max(0, from); i < to && i < this.tokens.length; i++) if (this.classes[i]?.includes(cls)) return i;
    return -1;
  }

  /** Case a noun token carries by its own form (suffix or ending); adpositions are read by the caller. */
  ownCase(i: number): Case {
    const tok = this.tokens[i];
    if (!tok || tok.kind !== 'word') return 'nom';
    if (isTurkic(this.lang)) {
      // Female surnames (Qafarova, Balayeva) end in a vowel the analyser may read as a dative.
      if (tok.suffixes.length === 1 && (tok.suffixes[0]?.length ?? 0) === 1) {
        for (const e of this.nomEndings) if (tok.lower.endsWith(e)) return 'nom';
      }
      return turkicCase(tok, this.lang);
    }
    if (this.lang === 'ru') return russianCase(tok.lower, this.endings, tok.key, this.accAfterA);
    return 'nom';
  }

  /** Tense and negation of token i read as a verb. */
  verb(i: number): { tense: Tense; neg: boolean; ptcp: boolean } {
    const tok = this.tokens[i];
    if (!tok || tok.kind !== 'word') return { tense: null, neg: false, ptcp: false };
    if (isTurkic(this.lang)) return turkicVerb(tok, this.lang);
    if (this.lang === 'ru') return { tense: this.is(i, 'not-verb') ? null : tenseByEnding(tok.lower, this.pastEnd, this.nonPastEnd), neg: false, ptcp: false };
    // English: a listed past form (met, held) or a regular ending (-ed); other forms tell nothing.
    if (this.is(i, 'past') || tenseByEnding(tok.lower, this.pastEnd, this.nonPastEnd) === 'past') return { tense: 'past', neg: false, ptcp: false };
    return { tense: null, neg: false, ptcp: false };
  }

  /**
   * Tense of token i read with one of the given stems when the analyser offers that segmentation (талқыла+ды
   * past, not талқыл+а+ды present-future; көмек, not кө+мек intent), else as `verb(i)`.
   */
  verbAs(i: number, stems: readonly string[]): { tense: Tense; neg: boolean } {
    const tok = this.tokens[i];
    if (!tok || tok.kind !== 'word' || !isTurkic(this.lang)) return this.verb(i);
    const segs = this.segmentations(i, tok);
    // The trigger's word may stand voiced before a vowel (көмег-ін for көмек).
    const alt = segs.find((a) => stems.includes(a.stem)) ?? segs.find((a) => stemVariants(a.stem, this.lang as TurkicLang).some((x) => stems.includes(x)));
    if (!alt) return this.verb(i);
    return turkicVerb({ ...tok, stem: alt.stem, suffixes: alt.suffixes }, this.lang);
  }

  /** The analyser's segmentations of token i in the document's language, remembered in the word form's bag. */
  private segmentations(i: number, tok: Token): readonly Analysis[] {
    const bag = this.bags?.[i];
    const held = bag?.getFor(SEGMENTATIONS, this.lang);
    if (held !== undefined) return held;
    const list = sharedAnalyses(tok.text, this.lang as TurkicLang);
    bag?.setFor(SEGMENTATIONS, this.lang, list);
    return list;
  }

  /** True when token i is a Turkic participle (-ған/-ген, -атын; -an/-ən, -dıq): it opens a relative clause. */
  participle(i: number): boolean {
    const tok = this.tokens[i];
    return !!tok && tok.kind === 'word' && isTurkic(this.lang) && turkicVerb(tok, this.lang).ptcp;
  }

  /** Trigger matches of a sentence, grouped by anchor token. */
  /** True when token i anchors a trigger of the lexicon (a meeting, visit or signing word, …). */
  anchorsTrigger(i: number): boolean {
    return (this.triggerAnchors[i]?.length ?? 0) > 0;
  }

  triggerHits(s: SentenceRange): Hit<TriggerDef>[][] {
    // Rules that look at a sentence's other triggers ask again: the hits are found once per sentence.
    let hits = this.hitsBySentence.get(s.index);
    if (!hits) {
      hits = findHits(this.triggerAnchors, this.keys, s.t0, s.t1);
      this.hitsBySentence.set(s.index, hits);
    }
    return hits;
  }

  private readonly hitsBySentence = new Map<number, Hit<TriggerDef>[][]>();

  /** Per token, 1 inside a date expression (made on first use). */
  private dateMask: Uint8Array | null = null;

  /** True when token i is part of a date expression («в мае», "on 5 May"). */
  inDate(i: number): boolean {
    if (!this.dateMask) {
      const mask = new Uint8Array(this.tokens.length);
      let t = 0;
      for (const d of [...this.doc.dates].sort((a, b) => a.start - b.start)) {
        while (t < this.tokens.length && (this.tokens[t]?.end ?? 0) <= d.start) t++;
        for (let k = t; k < this.tokens.length && (this.tokens[k]?.start ?? Infinity) < d.end; k++) mask[k] = 1;
      }
      this.dateMask = mask;
    }
    return this.dateMask[i] === 1;
  }

  /** True for punctuation that ends a clause or a noun phrase (not quotes or hyphens). */
  isBreak(i: number): boolean {
    const tok = this.tokens[i];
    if (!tok || tok.kind === 'word' || tok.kind === 'number') return false;
    return BREAKS.has(tok.text);
  }
}

const BREAKS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', '(', ')', '–', '—', '[', ']']);
