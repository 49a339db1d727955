/** The event lexicons: every language's data files load and hold only known frames, types, cue classes and CAMEO codes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTsv } from '../util/data.ts';
import { eventLexicon, parseTriggers } from './lexicon.ts';
import type { CoreLang } from '../pipeline/types.ts';

const LANGS: CoreLang[] = ['kk', 'az', 'ru', 'en'];
const PLOVER = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
const CLASSES = new Set([
  'planned', 'negation', 'collective', 'they', 'pronoun', 'head', 'with', 'between', 'to', 'in', 'by', 'of', 'from', 'coord',
  'intent', 'say', 'summit', 'framework', 'sports', 'opinion', 'not-event', 'reason', 'mutual', 'times', 'numword', 'ordinal', 'via', 'envoy',
  'visitword', 'document', 'during', 'modal', 'discuss', 'report', 'background', 'council', 'filler', 'past', 'receive', 'earlier', 'protocol', 'initiative', 'call-verb', 'agreed', 'continue', 'convey', 'greeting', 'format', 'reached', 'welcome', 'copula', 'led-by', 'next', 'passive', 'guest', 'cancel', 'host', 'complementizer',
  'ending-dat', 'ending-dat-a', 'ending-com', 'ending-gen', 'ending-loc', 'ending-acc', 'ending-ptcp', 'ending-nom', 'ending-past', 'ending-nonpast', 'ending-inf', 'ending-pl', 'ending-past-pl', 'governed', 'not-verb', 'it', 'relative', 'claim', 'evening', 'ending-ptcp-pass', 'chair', 'disaster', 'media', 'counterpart', 'dual',
]);

for (const lang of LANGS) {
  test(`${lang}: events.tsv rows have a PLOVER type, a three-digit CAMEO code and a known frame`, () => {
    const lex = eventLexicon(lang);
    let n = 0;
    for (const defs of lex.triggers.values()) {
      for (const d of defs) {
        n++;
        assert.ok(PLOVER.has(d.type), `${d.text}: type ${d.type}`);
        assert.match(d.cameo, /^\d{3,4}$/, `${d.text}: cameo ${d.cameo}`);
        assert.ok(d.words.length >= 1 && d.words.every((w) => w.length > 0), d.text);
      }
    }
    assert.ok(n >= 40, `${lang}: only ${n} trigger keys`);
  });

  test(`${lang}: event-cues.tsv classes are known and the core classes are present`, () => {
    const rows = readTsv(`${lang}/event-cues.tsv`);
    const seen = new Set(rows.map((r) => r.class ?? ''));
    for (const c of seen) assert.ok(CLASSES.has(c), `${lang}: unknown cue class ${c}`);
    for (const c of ['planned', 'collective', 'coord', 'summit', 'sports', 'during', 'envoy', 'document', 'visitword']) assert.ok(seen.has(c), `${lang}: no ${c} cues`);
  });
}

test('every language covers the same PLOVER types', () => {
  const types = LANGS.map((l) => new Set(readTsv(`${l}/events.tsv`).map((r) => r.type ?? '')));
  for (const t of types[0] ?? []) for (const [i, s] of types.entries()) assert.ok(s.has(t), `${LANGS[i]} lacks ${t}`);
});

test('an unknown frame is rejected at load time', () => {
  assert.throws(() => parseTriggers([{ trigger: 'x', type: 'CONSULT', mode: '-', cameo: '040', frame: 'dance', needs: '-', unless: '-', target: '-' }], 'en', 'test'), /unknown frame/);
});

test('Russian and English trigger words match their inflected forms through the stemmer', () => {
  const ru = eventLexicon('ru');
  assert.ok(ru.stars.has('переговор'));
  const en = eventLexicon('en');
  assert.ok(en.triggers.has('met'));
});
