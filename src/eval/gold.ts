/** Gold and prediction shapes of ../shared/eval/README.md, validated with zod; loading a gold folder. */
import { z } from 'zod';

/** An event actor: English canonical name, kind and ISO 3166-1 alpha-3 country. */
export interface GoldActor { name: string; kind: string; country: string | null }
/** One coded interstate event (PLOVER type, mode, status, dyad, date, location, evidence sentence). */
export interface GoldEvent {
  type: string; mode: string | null; status: string; source: GoldActor | null; target: GoldActor | null;
  date: string | null; location: { name: string; country: string | null } | null; evidence: string;
}
/** One named entity mention: surface text, canonical name, PER | ORG | LOC, country. */
export interface GoldEntity { text: string; canonical: string; type: string; country: string | null }
/** One annotated gold document; `file` is the path it was loaded from (absent for hand-built docs). */
export interface EvalDoc {
  id: string; lang: string; text: string; published: string | null; events: GoldEvent[]; entities: GoldEntity[]; file?: string;
}
/** What the scorer reads from one predicted document (the `elchi extract` shape; extra fields are ignored). */
export interface Prediction { id: string; lang: string; events: GoldEvent[]; entities: GoldEntity[] }

const ISO3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code (3 capital letters) or null').nullable();
const DATE = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY-MM-DD, YYYY-MM or null').nullable();
const NONEMPTY = z.string().trim().min(1, 'must be a non-empty string');

const GoldActorSchema = z.object({ name: NONEMPTY, kind: z.enum(['person', 'organization', 'country']), country: ISO3 });
const GoldEventSchema = z.object({
  type: z.string().regex(/^[A-Z]+$/, 'must be a PLOVER type in capitals (CONSULT, SUPPORT, …)'),
  mode: NONEMPTY.nullable(),
  status: z.enum(['occurred', 'planned']),
  source: GoldActorSchema.nullable(),
  target: GoldActorSchema.nullable(),
  date: DATE,
  location: z.object({ name: NONEMPTY, country: ISO3 }).nullable(),
  evidence: NONEMPTY,
});
const GoldEntitySchema = z.object({ text: NONEMPTY, canonical: NONEMPTY, type: z.enum(['PER', 'ORG', 'LOC']), country: ISO3 });
const GoldDocSchema = z.object({
  id: NONEMPTY,
  lang: NONEMPTY,
  text: NONEMPTY,
  published: DATE.optional().transform((v) => v ?? null),
  events: z.array(GoldEventSchema),
  entities: z.array(GoldEntitySchema),
});

// Predictions come from our own (possibly unfinished) extractor: optional fields default to null, enums are open strings.
const optStr = z.string().nullish().transform((v) => v ?? null);
const PredActorSchema = z.object({ name: z.string().default(''), kind: z.string().default(''), country: optStr }).nullish().transform((v) => v ?? null);
const PredEventSchema = z.object({
  type: z.string(),
  mode: optStr,
  status: z.string().default('occurred'),
  source: PredActorSchema,
  target: PredActorSchema,
  date: optStr,
  location: z.object({ name: z.string().default(''), country: optStr }).nullish().transform((v) => v ?? null),
  // `elchi extract` gives evidence as {text, start, end}; saved gold-shaped predictions give the text.
  evidence: z.union([z.string(), z.object({ text: z.string() }).transform((o) => o.text)]).default(''),
});
const PredEntitySchema = z.object({ text: z.string().default(''), canonical: z.string(), type: z.string(), country: optStr });
const PredictionSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  lang: z.string().default('und'),
  events: z.array(PredEventSchema).default([]),
  entities: z.array(PredEntitySchema).default([]),
});

/** First few zod issues as `path: message` lines joined by `; ` (path like events[2].source.country). */
function describe(error: z.ZodError): string {
  return error.issues.slice(0, 3).map((i) => {
    const path = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return path ? `${path}: ${i.message}` : i.message;
  }).join('; ') + (error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '');
}

/** Validates one parsed gold JSON value; throws `name: path: problem` when it does not fit the README shape. */
export function parseGold(value: unknown, name: string): EvalDoc {
  const r = GoldDocSchema.safeParse(value);
  if (!r.success) throw new Error(`${name}: ${describe(r.error)}`);
  return r.data;
}

/** Validates one parsed predicted document; throws `name: path: problem` when it cannot be scored. */
export function parsePrediction(value: unknown, name: string): Prediction {
  const r = PredictionSchema.safeParse(value);
  if (!r.success) throw new Error(`${name}: ${describe(r.error)}`);
  return r.data;
}
