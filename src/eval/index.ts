/** `elchi eval`: gold loading, prediction parsing, scoring and report rendering (see ../shared/eval/README.md). */
export { loadGold, goldWarnings } from './load.ts';
export { parseGold, parsePrediction } from './gold.ts';
export type { EvalDoc, GoldActor, GoldEntity, GoldEvent, Prediction } from './gold.ts';
export { parsePredictions } from './predictions.ts';
export { score, scoreDoc } from './score.ts';
export { prf } from './report.ts';
export type { Counts, DocDetail, EntityItem, EvalReport, EventMismatch, Prf, Ratio } from './report.ts';
export { EVENT_KEYS, KEY_LABELS, dateAgrees, dyad, direction, eventKey } from './keys.ts';
export type { EventKey } from './keys.ts';
export { nameKey, namesMatch } from './names.ts';
export { formatReport, reportJson } from './format.ts';
