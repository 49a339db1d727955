import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processDoc } from '../pipeline/text-engine.ts';
import { findEntities } from './index.ts';
import { loadLexicon } from './lexicon.ts';
import { pressHome } from './press-home.ts';

const doc = (content: string, lang: string, url?: string): ReturnType<typeof processDoc> =>
  processDoc({ id: 't', source: 't', content, format: 'text', lang, published: '2025-06-10', ...(url ? { url } : {}) });

test('pressHome: by language for kk and az, by the outlet for ru and en (URL, a site-name line, a known outlet)', () => {
  const lex = loadLexicon();
  assert.equal(pressHome(doc('Мемлекет басшысы сөз сөйледі.', 'kk'), lex), 'KAZ');
  assert.equal(pressHome(doc('Dövlət başçısı çıxış edib.', 'az'), lex), 'AZE');
  assert.equal(pressHome(doc('Глава государства выступил с речью.', 'ru', 'https://www.akorda.kz/ru/news'), lex), 'KAZ');
  assert.equal(pressHome(doc('Akorda.kz\n\nГлава государства выступил с речью на заседании правительства.', 'ru'), lex), 'KAZ');
  assert.equal(pressHome(doc('Kazinform\n\nГлава государства выступил с речью на заседании правительства.', 'ru'), lex), 'KAZ');
  assert.equal(pressHome(doc('The head of state addressed the government today.', 'en'), lex), null);
});

test('a title alone in Russian copy of a Kazakh outlet is the Kazakh office holder', () => {
  const d = doc('Akorda.kz\n\nГлава государства поблагодарил Председателя КНР Си Цзиньпина за поддержку.', 'ru');
  const { mentions } = findEntities(d);
  assert.ok(mentions.some((m) => m.coref && m.text === 'Глава государства' && m.canonical === 'Kassym-Jomart Tokayev'), JSON.stringify(mentions.map((m) => [m.text, m.canonical])));
});
