import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapLabel, parseConll } from './conll.ts';
import { spansFromTags, TAGS } from './bio.ts';
import { addSentence, emptyTable, formatTable, prf } from './score.ts';

test('KazNERD, ADA and CoNLL labels map onto PER/ORG/LOC; every other class is O', () => {
  const cases: [string, string][] = [
    ['B-PERSON', 'B-PER'], ['I-PERSON', 'I-PER'], ['B-ORGANISATION', 'B-ORG'], ['I-ORGANIZATION', 'I-ORG'],
    ['B-GPE', 'B-LOC'], ['I-GPE', 'I-LOC'], ['B-LOCATION', 'B-LOC'], ['B-PER', 'B-PER'], ['I-LOC', 'I-LOC'],
    ['B-DATE', 'O'], ['I-DATE', 'O'], ['B-NORP', 'O'], ['B-POSITION', 'O'], ['B-MISC', 'O'], ['O', 'O'], ['S-LOC', 'B-LOC'], ['E-ORG', 'I-ORG'],
  ];
  for (const [src, want] of cases) assert.equal(mapLabel(src), want, src);
});

test('parseConll reads space- and tab-separated files, skips sentence-id and DOCSTART lines', () => {
  const kaznerd = 'AID1001 O\nАстанада B-GPE\nжиын O\nөтті O\n\nBID7 O\nЕрлан B-PERSON\nҚарин I-PERSON\n. O\n';
  const ada = 'Bakı\tB-LOC\nDövlət\tB-ORG\nUniversiteti\tI-ORG\n\n\n-DOCSTART- O\n\nSahibə\tB-PER\nQafarova\tI-PER\n';
  const k = parseConll(kaznerd);
  assert.deepEqual(k.map((s) => s.words), [['Астанада', 'жиын', 'өтті'], ['Ерлан', 'Қарин', '.']]);
  assert.deepEqual(k[1]!.tags.map((x) => TAGS[x]), ['B-PER', 'I-PER', 'O']);
  const a = parseConll(ada.replace(/\n/g, '\r\n'));
  assert.equal(a.length, 2);
  assert.deepEqual(spansFromTags(a[0]!.tags).map((s) => s.type), ['LOC', 'ORG']);
});

test('entity scores count exact span and type only', () => {
  const table = emptyTable();
  addSentence(table,
    [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'ORG' }, { start: 5, end: 7, type: 'LOC' }],
    [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 5, end: 6, type: 'LOC' }]);
  assert.deepEqual(table.ALL, { tp: 1, pred: 3, gold: 3 });
  assert.deepEqual(prf(table.PER), { p: 1, r: 1, f1: 1 });
  assert.equal(prf(table.LOC).f1, 0);
  const lines = formatTable(table);
  assert.match(lines[0]!, /^type\s+gold\s+pred\s+correct\s+P\s+R\s+F1$/);
  assert.match(lines[4]!, /^micro\s+3\s+3\s+1\s+0\.333\s+0\.333\s+0\.333$/);
});
