/** Checks a curator's requested change against the ontology (PLOVER types and modes, CAMEO codes, dates) and the stored actors. */
import type { Db, AppliedChanges, ActorState, EventState } from './curation-apply.ts';
import { readTsv } from '../util/data.ts';

/** A change as a curator asks for it: fields to set, actors by id. */
export interface EventChanges { type?: string; mode?: string | null; status?: string; cameo?: string; date?: string | null; source?: string; target?: string }

/** Why a curation request cannot be done: no such event or edit, a conflicting state, or an invalid change. */
export class CurationError extends Error {
  constructor(readonly code: 'not_found' | 'conflict' | 'invalid_change', message: string) { super(message); }
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `s` is a real calendar date at year, month or day precision (YYYY, YYYY-MM, YYYY-MM-DD). */
export function isValidDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  if (y < 1000) return false;
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  return d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

let usual: ReadonlyMap<string, string> | undefined;

/**
 * The CAMEO code the trigger lexicons (data/{kk,az,ru,en}/events.tsv) give most often to a type and mode
 * (`TYPE/mode`, and `TYPE` alone): the code a type change falls back to when the curator names none.
 */
export function usualCameo(type: string, mode: string | null): string | undefined {
  if (!usual) {
    const n = new Map<string, Map<string, number>>();
    for (const lang of ['kk', 'az', 'ru', 'en']) {
      let rows: Record<string, string>[] = [];
      try { rows = readTsv(`${lang}/events.tsv`); } catch { rows = []; }
      for (const r of rows) {
        if (!r.type || !r.cameo) continue;
        for (const k of [`${r.type}/${r.mode && r.mode !== '-' ? r.mode : ''}`, r.type]) {
          const m = n.get(k) ?? new Map<string, number>();
          m.set(r.cameo, (m.get(r.cameo) ?? 0) + 1);
          n.set(k, m);
        }
      }
    }
    usual = new Map([...n].map(([k, m]) => [k, [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]]));
  }
  return usual.get(`${type}/${mode ?? ''}`) ?? usual.get(type);
}

/** CAMEO codes: a root 01–20 and up to two more digits (CAMEO manual 1.1b3). */
const CAMEO = /^(?:0[1-9]|1\d|20)\d{0,2}$/;
const STATUSES = new Set(['occurred', 'planned']);

async function actor(db: Db, id: string, side: string): Promise<ActorState> {
  const a = await db.selectFrom('actors').select(['id', 'name', 'kind', 'country']).where('id', '=', id).executeTakeFirst();
  if (!a) throw new CurationError('invalid_change', `${side}: no actor "${id}" in the database (use an id from /api/actors)`);
  return { id: a.id, name: a.name, kind: a.kind, country: a.country };
}

/** The change to apply, validated: type and mode from `modes` (PLOVER), status, CAMEO code, date, actors that exist. */
export async function checkChanges(db: Db, c: EventChanges, current: EventState, modes: Readonly<Record<string, readonly string[]>>): Promise<AppliedChanges> {
  const out: AppliedChanges = {};
  const fields = Object.keys(c).filter((k) => (c as Record<string, unknown>)[k] !== undefined);
  if (fields.length === 0) throw new CurationError('invalid_change', 'an edit needs at least one change (type, mode, status, cameo, date, source, target)');
  if (c.type !== undefined) {
    const t = c.type.toUpperCase();
    if (!modes[t]) throw new CurationError('invalid_change', `type: "${c.type}" is not a PLOVER type (${Object.keys(modes).join(', ')})`);
    out.type = t;
  }
  const type = out.type ?? current.type;
  const allowed = modes[type] ?? [];
  if (c.mode !== undefined) {
    if (c.mode !== null && !allowed.includes(c.mode)) {
      throw new CurationError('invalid_change', `mode: "${c.mode}" is not a mode of ${type}${allowed.length ? ` (${allowed.join(', ')})` : ' (it has none)'}`);
    }
    out.mode = c.mode;
  } else if (out.type && current.mode !== null && !allowed.includes(current.mode)) {
    out.mode = null; // the old mode does not exist for the new type
  }
  if (c.status !== undefined) {
    if (!STATUSES.has(c.status)) throw new CurationError('invalid_change', `status: "${c.status}" is not occurred or planned (reject with action "reject")`);
    out.status = c.status;
  }
  if (c.cameo !== undefined) {
    if (!CAMEO.test(c.cameo)) throw new CurationError('invalid_change', `cameo: "${c.cameo}" is not a CAMEO code (two to four digits, root 01–20)`);
    out.cameo = c.cameo;
  } else if (out.type && out.type !== current.type) {
    const cameo = usualCameo(out.type, out.mode !== undefined ? out.mode : current.mode);
    if (cameo && cameo !== current.cameo) out.cameo = cameo; // a new type keeps no CAMEO code of the old one
  }
  if (c.date !== undefined) {
    if (c.date !== null && !isValidDate(c.date)) throw new CurationError('invalid_change', `date: "${c.date}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    out.date = c.date;
  }
  if (c.source !== undefined) out.source = await actor(db, c.source, 'source');
  if (c.target !== undefined) out.target = await actor(db, c.target, 'target');
  const src = out.source?.id ?? current.source.id, tgt = out.target?.id ?? current.target.id;
  if ((out.source || out.target) && src !== null && src === tgt) throw new CurationError('invalid_change', `source and target are the same actor (${src})`);
  return out;
}
