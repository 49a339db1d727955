/**
 * Bilateral bodies as actors: a session of the Kazakhstan–Azerbaijan Supreme Interstate Council is an act between
 * Kazakhstan and Azerbaijan, named in the order the text names them («азербайджано-казахстанского …» → AZE, KAZ;
 * «Қазақстан – Әзербайжан …» → KAZ, AZE). Members come from data/gazetteer/bilateral.tsv (src/entities/bodies.ts).
 */
import { latinKey } from '../text/translit.ts';
import { loadLexicon } from '../entities/lexicon.ts';
import { bilateralBodies } from '../entities/bodies.ts';

const stems = new Map<string, readonly string[]>();

/** Member states (ISO alpha-3) of a bilateral body, or undefined for any other actor id. */
export function bilateralMembers(id: string): readonly string[] | undefined {
  return bilateralBodies().get(id)?.members;
}

/** Latin-key prefixes of a country's names, adjectives and compound forms in every language (kaza, azer, ...). */
function countryStems(iso: string): readonly string[] {
  let hit = stems.get(iso);
  if (!hit) {
    const gaz = loadLexicon().gaz;
    const out = new Set<string>();
    for (const id of [`country:${iso}`, `country:${iso}/adjective`, `country:${iso}/compound`]) {
      const e = gaz.byId.get(id);
      if (!e) continue;
      for (const n of [...Object.values(e.names), ...e.variants, e.canonical]) {
        const k = latinKey((n ?? '').toLowerCase().split(/\s+/)[0] ?? '');
        if (k.length >= 4) out.add(k.slice(0, 4));
      }
    }
    hit = [...out];
    stems.set(iso, hit);
  }
  return hit;
}

/** The members of body `id` ordered by where `text` (the body's name as written) first names each; unnamed ones last. */
export function membersInText(id: string, text: string): readonly string[] | undefined {
  const members = bilateralMembers(id);
  if (!members) return undefined;
  const words = text.toLowerCase().split(/[\s\-–—]+/).map((w) => latinKey(w));
  const at = (iso: string): number => {
    const i = words.findIndex((w) => countryStems(iso).some((s) => w.startsWith(s)));
    return i < 0 ? Infinity : i;
  };
  return [...members].sort((a, b) => at(a) - at(b));
}
