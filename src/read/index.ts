/** Readers: inputs (files, directories, stdin) into raw documents, and HTML into article text. */
export { readInputs, type ReadError, type ReadItem, type ReadOptions } from './inputs.ts';
export { extractHtml, type ExtractedHtml } from './html.ts';
export { DEFAULT_LIMITS, type ReadLimits } from './decode.ts';
