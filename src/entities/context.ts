/** Per-document state shared by the passes of the actor layer: tokens, lexicon, drafts and which tokens they cover. */
import { pressHome } from './press-home.ts';
import { HOME } from './known.ts';
import type { Lexicon } from './lexicon.ts';
import type { TokenView } from './token-view.ts';
import type { Draft } from './draft.ts';
import type { TitleKind } from './cues.ts';

/** A title found in the text: tokens [t0, t1), its role, the holder it names or its modifiers give, and its kind. */
export interface TitleHit {
  t0: number;
  t1: number;
  role: string;
  /** ISO alpha-3 or organization id (without `org:`) the office belongs to; null when the text does not say. */
  holder: string | null;
  kind: TitleKind;
  /** State the office is accredited to (an ambassador's host: «Азербайджандағы», "to Azerbaijan", «в Азербайджане»). */
  target?: string;
  /** Token after the title and its post-modifier (ru «министр иностранных дел Азербайджана», en "President of Kazakhstan"). */
  after: number;
}

/** Document state of one findEntities call. */
export class Ctx {
  readonly view: TokenView;
  readonly lex: Lexicon;
  /** Publication date (YYYY[-MM[-DD]]) or null. */
  readonly date: string | null;
  readonly drafts: Draft[] = [];
  /** Token → index of the named draft covering it, -1 when none. */
  readonly cover: Int32Array;
  titles: TitleHit[] = [];
  private homeState: string | null | undefined;

  constructor(view: TokenView, lex: Lexicon, date: string | null) {
    this.view = view;
    this.lex = lex;
    this.date = date;
    this.cover = new Int32Array(view.n).fill(-1);
  }

  /** The state whose press writes in the language of token i (Kazakh → KAZ, Azerbaijani → AZE; HOME), or null. */
  homeAt(i: number): string | null {
    return HOME[this.view.langs[i] ?? this.view.doc.lang] ?? null;
  }

  /** The state whose press published the document ({@link pressHome}), computed on first use. */
  get home(): string | null {
    if (this.homeState === undefined) this.homeState = pressHome(this.view.doc, this.lex);
    return this.homeState;
  }

  /** Adds a draft; named drafts mark their tokens as covered. */
  add(d: Draft): Draft {
    this.drafts.push(d);
    if (d.named) for (let t = d.t0; t < d.t1; t++) this.cover[t] = this.drafts.length - 1;
    return d;
  }

  /** Removes the coverage of a draft (when a longer organization name absorbs it) and marks it dropped. */
  drop(d: Draft): void {
    const k = this.drafts.indexOf(d);
    if (k < 0) return;
    for (let t = d.t0; t < d.t1; t++) if (this.cover[t] === k) this.cover[t] = -1;
    d.rule = 'dropped';
  }

  /** The named draft covering token t, if any. */
  at(t: number): Draft | undefined {
    const k = this.cover[t];
    return k === undefined || k < 0 ? undefined : this.drafts[k];
  }

  /** The draft (named or not) that ends right before token t with only spaces/quotes between, if any. */
  endingBefore(t: number): Draft | undefined {
    const p = this.view.prevWord(t);
    let best: Draft | undefined;
    if (p < 0) {
      // A name may end in a full stop of its own (U.S., Ltd.) right before t.
      for (const d of this.drafts) if (d.t1 === t && d.t1 - 1 > d.t0 && this.view.tok(d.t1 - 1).text === '.' && d.rule !== 'dropped' && (!best || d.named)) best = d;
      return best;
    }
    for (const d of this.drafts) if (d.t1 - 1 === p && d.rule !== 'dropped' && (!best || d.named)) best = d;
    return best;
  }

  /** The draft starting at token t, if any (named first). */
  startingAt(t: number): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.drafts) if (d.t0 === t && d.rule !== 'dropped' && (!best || d.named)) best = d;
    return best;
  }
}
