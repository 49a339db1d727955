/** The evaluation report: plain-JSON metric objects, per-document details, and the P/R/F1 rule. */
import type { GoldEvent } from './gold.ts';
import type { EventKey } from './keys.ts';

/** Raw counts: matched pairs, predicted items, gold items. */
export interface Counts { tp: number; predicted: number; gold: number }
/** Counts with micro precision = tp/predicted, recall = tp/gold, F1; each is 0 when its denominator is 0. */
export interface Prf extends Counts { precision: number; recall: number; f1: number }
/** A ratio with its parts; `ratio` is 0 when `total` is 0. */
export interface Ratio { agree: number; total: number; ratio: number }
/** A distinct (canonical, type) entity of one document, with the surface forms it was given. */
export interface EntityItem { canonical: string; type: string; texts: string[] }
/** A type+dyad match whose mode, status, direction or date disagree (`differs` names them). */
export interface EventMismatch { gold: GoldEvent; pred: GoldEvent; differs: ('mode' | 'status' | 'direction' | 'date')[] }

/** Everything scored for one gold document, for `--diff` and JSON output. */
export interface DocDetail {
  id: string;
  lang: string;
  /** Language of the prediction; null when no prediction had this id. */
  predLang: string | null;
  /** Gold has no events. */
  distractor: boolean;
  events: Record<EventKey, Counts>;
  date: { agree: number; total: number };
  entities: Counts;
  /** Gold events with no type+dyad match, predicted events with none, and type+dyad matches that differ elsewhere. */
  missedEvents: GoldEvent[];
  spuriousEvents: GoldEvent[];
  mismatchedEvents: EventMismatch[];
  missedEntities: EntityItem[];
  spuriousEntities: EntityItem[];
}

/** The whole evaluation: micro-averaged metrics over all gold documents, then per-document details. Plain JSON. */
export interface EvalReport {
  docs: number;
  /** Gold documents that had a prediction. */
  predictedDocs: number;
  /** Gold ids with no prediction (scored as predicting nothing, language wrong). */
  missingPredictions: string[];
  /** Prediction ids with no gold document (ignored). */
  unknownPredictions: string[];
  events: Record<EventKey, Prf>;
  /** Among type+dyad matches whose gold date is set, how many predicted dates agree to the gold precision. */
  date: Ratio;
  entities: Prf;
  lang: { correct: number; total: number; accuracy: number };
  /** Gold documents with no events, and the events predicted on them (should be 0). */
  distractors: { docs: number; docsWithEvents: number; events: number };
  details: DocDetail[];
}

/** Precision, recall and F1 from counts; 0 wherever a denominator is 0 (so an empty prediction set scores 0, never NaN). */
export function prf(c: Counts): Prf {
  const precision = c.predicted === 0 ? 0 : c.tp / c.predicted;
  const recall = c.gold === 0 ? 0 : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: c.tp, predicted: c.predicted, gold: c.gold, precision, recall, f1 };
}
