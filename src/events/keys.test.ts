import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processDoc } from '../pipeline/text-engine.ts';
import { eventLexicon } from './lexicon.ts';
import { cueKeys, documentKeys } from './keys.ts';
import type { CoreLang } from '../pipeline/types.ts';

/** The cue classes each word of `text` reaches through its cue keys, by lower-case form. */
function cueClasses(text: string, lang: CoreLang): Map<string, string[]> {
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang });
  const lex = eventLexicon(lang);
  const keys = cueKeys(doc.tokens, documentKeys(doc.tokens, lex), lex);
  const out = new Map<string, string[]>();
  doc.tokens.forEach((t, i) => {
    const cls = (keys[i] ?? []).flatMap((k) => (lex.cues.get(k) ?? []).filter((c) => c.words.length === 1).map((c) => c.cls));
    out.set(t.lower, cls);
  });
  return out;
}

test('cueKeys: Russian and English cue words match as written, not through the stem of another word', () => {
  const en = cueClasses('Tokayev noted that the plane landed after the commissioning; they discussed it, and the sides agreed.', 'en');
  const has = (m: Map<string, string[]>, w: string, cls: string): boolean => (m.get(w) ?? []).includes(cls);
  assert.ok(!has(en, 'noted', 'negation'), '"noted" is no negation "not"');
  assert.ok(has(en, 'noted', 'say'));
  assert.ok(!has(en, 'plane', 'document'), '"plane" is no document "plan"');
  assert.ok(!has(en, 'commissioning', 'council'), '"commissioning" is no council "commission"');
  assert.ok(has(en, 'discussed', 'discuss'));
  assert.ok(has(en, 'sides', 'head'), 'the plural is listed in the data file');
  const ru = cueClasses('Стороны договорились о подписании договора, а в ходе разговора обсудили визит.', 'ru');
  assert.ok(!has(ru, 'договорились', 'document'), '«договорились» is no «договор»');
  assert.ok(has(ru, 'договорились', 'agreed'));
  assert.ok(has(ru, 'договора', 'document'));
  assert.ok(has(ru, 'разговора', 'discuss'));
});

test('cueKeys: Kazakh and Azerbaijani cue words are stems and keep every key', () => {
  const doc = processDoc({ id: 't', source: 't', content: 'Президент Әзербайжанға сапармен барды.', format: 'text', lang: 'kk' });
  const lex = eventLexicon('kk');
  const keys = documentKeys(doc.tokens, lex);
  assert.equal(cueKeys(doc.tokens, keys, lex), keys);
});

test('documentKeys: the last part of a hyphenated compound keys on its own, whatever letters its first part starts with', () => {
  const lex = eventLexicon('az');
  for (const first of ['axtarış', 'ğğğ']) {
    const doc = processDoc({ id: 't', source: 't', content: `${first}-xilasetmə qrupu göndərilib.`, format: 'text', lang: 'az' });
    const keys = documentKeys(doc.tokens, lex);
    assert.ok(keys[0]?.includes('xilasetmə'), `${first}-xilasetmə: ${JSON.stringify(keys[0])}`);
  }
});
