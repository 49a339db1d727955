/** `elchi eval DIR`: runs the pipeline on each gold article (or reads saved predictions) and scores it. */
import { readFileSync } from 'node:fs';
import { formatReport, loadGold, parsePrediction, parsePredictions, reportJson, score, type Prediction } from '../eval/index.ts';
import { extractDocument } from '../pipeline/extract.ts';
import { toOutput } from '../pipeline/output.ts';

/** Options of the eval command. */
export interface EvalOptions { diff?: boolean; json?: boolean; predictions?: string; withPublished?: boolean }

/**
 * Scores elchi on a gold folder. The articles are processed from their text alone: language and
 * publication date are detected, not taken from the annotation; with `withPublished`, a gold file's
 * publication date is given to the pipeline as page metadata (articles whose dateline has no year).
 */
export function runEval(dir: string, opts: EvalOptions): string {
  const gold = loadGold(dir);
  let preds: Prediction[];
  if (opts.predictions) {
    preds = parsePredictions(readFileSync(opts.predictions, 'utf8'), opts.predictions);
  } else {
    preds = gold.map((g) => {
      const x = extractDocument({ id: g.id, source: g.file ?? g.id, content: g.text, format: 'text', ...(opts.withPublished && g.published ? { published: g.published } : {}) });
      return parsePrediction(toOutput(x), g.id);
    });
  }
  const report = score(gold, preds);
  return opts.json ? reportJson(report) + '\n' : formatReport(report, { diff: Boolean(opts.diff) });
}
