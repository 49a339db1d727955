/** The edit token: `--token` or ELCHI_TOKEN holds `secret` or `name:secret` (comma-separated for several editors); edits are signed with the name. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.ts';

/** One editor: the name edits are logged under, and the digest of the secret it sends. */
export interface Editor { name: string; digest: Buffer }

const NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;
const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** Editors from a token specification (`secret`, `name:secret`, or a comma-separated list); empty when none is set. */
export function parseTokens(spec: string | undefined): Editor[] {
  if (!spec) return [];
  const out: Editor[] = [];
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const i = part.indexOf(':');
    const named = i > 0 && i < part.length - 1 && NAME.test(part.slice(0, i));
    out.push({ name: named ? part.slice(0, i) : 'analyst', digest: digest(named ? part.slice(i + 1) : part) });
  }
  return out;
}

/** The name of the editor whose secret the `Authorization: Bearer …` header carries: 401 without one, 403 for a wrong one or when editing is off. */
export function authorize(header: string | undefined, editors: readonly Editor[]): string {
  if (editors.length === 0) throw new ApiError(403, 'editing_disabled', 'editing is off: start the server with --token or ELCHI_TOKEN set');
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!m) throw new ApiError(401, 'unauthorized', 'editing needs the header "Authorization: Bearer <token>"');
  const d = digest(m[1]!);
  let who: string | null = null;
  for (const e of editors) if (timingSafeEqual(d, e.digest) && who === null) who = e.name;
  if (who === null) throw new ApiError(403, 'forbidden', 'the token is not valid for editing');
  return who;
}
