/** Reads predicted documents from `elchi extract` output: JSONL, pretty-printed objects one after another, or a JSON array. */
import { parsePrediction } from './gold.ts';
import type { Prediction } from './gold.ts';

/** One top-level JSON value found in a text: its slice and the 1-based line it starts on. */
interface Chunk { json: string; line: number }

/**
 * Splits a text into its top-level JSON values by tracking brackets and strings (one pass, O(n)).
 * Throws `name:line: …` on text outside a value or an unclosed value.
 */
function splitValues(text: string, name: string): Chunk[] {
  const out: Chunk[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (depth === 0) {
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) continue;
      if (c !== 123 && c !== 91) throw new Error(`${name}:${line}: expected a JSON object or array, found "${text.slice(i, i + 20)}"`);
      start = i;
      startLine = line;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) out.push({ json: text.slice(start, i + 1), line: startLine });
    }
  }
  if (depth !== 0 || inString) throw new Error(`${name}:${startLine}: JSON value is not closed`);
  return out;
}

/** Parses predicted documents (JSONL, concatenated or pretty JSON objects, or arrays of them); throws `name:line: problem`. */
export function parsePredictions(text: string, name: string): Prediction[] {
  const out: Prediction[] = [];
  for (const chunk of splitValues(text, name)) {
    const where = `${name}:${chunk.line}`;
    let value: unknown;
    try {
      value = JSON.parse(chunk.json);
    } catch (err) {
      throw new Error(`${where}: invalid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    if (Array.isArray(value)) value.forEach((v, i) => out.push(parsePrediction(v, `${where}[${i}]`)));
    else out.push(parsePrediction(value, where));
  }
  return out;
}
