import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorsOf, findHits, type Anchored } from './match.ts';
import { newSlot, WordSlots } from '../util/memo.ts';

interface Def { name: string; words: string[][] }
const d = (name: string, ...words: string[][]): Def => ({ name, words });
const sign = d('sign', ['sign']);
const signAgreement = d('sign agreement', ['sign'], ['agreement']);
const visit = d('visit', ['visit', 'visit*']);
const index = new Map<string, Def[]>([['sign', [signAgreement, sign]], ['signed', [sign]], ['visit', [visit]], ['visit*', [visit]]]);

test('anchorsOf: the entries a token\'s keys reach, first key first, each once; remembered per bag and index', () => {
  const keys = [['signed', 'sign'], ['the'], ['agreement'], ['visit', 'visit*'], []];
  const slot = newSlot<Anchored<Def>>();
  const bags = keys.map(() => new WordSlots());
  const fresh = anchorsOf(index, keys, undefined, slot);
  assert.deepEqual(fresh.map((a) => a.map((x) => x.name)), [['sign', 'sign agreement'], [], [], ['visit'], []]);
  assert.deepEqual(anchorsOf(index, keys, bags, slot), fresh);
  // Remembered: the same lists come back from the bags, even for keys that would now read differently…
  const again = anchorsOf(index, keys.map(() => ['visit']), bags, slot);
  assert.deepEqual(again, fresh);
  // …but not for another index.
  const other = new Map<string, Def[]>([['visit', [sign]]]);
  assert.deepEqual(anchorsOf(other, keys.map(() => ['visit']), bags, slot).map((a) => a.map((x) => x.name)), [['sign'], ['sign'], ['sign'], ['sign'], ['sign']]);
});

test('findHits: per anchor every entry that matches, longest first; other words within the window', () => {
  const keys = [['signed', 'sign'], ['the'], ['agreement'], ['visit', 'visit*']];
  const hits = findHits(anchorsOf(index, keys, undefined, newSlot<Anchored<Def>>()), keys, 0, keys.length);
  assert.deepEqual(hits.map((h) => h.map((x) => [x.def.name, x.tokens])), [[['sign agreement', [0, 2]], ['sign', [0]]], [['visit', [3]]]]);
  // The range bounds the other words.
  const cut = findHits(anchorsOf(index, keys, undefined, newSlot<Anchored<Def>>()), keys, 0, 2);
  assert.deepEqual(cut.map((h) => h.map((x) => x.def.name)), [['sign']]);
});

test('findHits: a fixed phrase matches only its words side by side, in order', () => {
  const areTo = { name: 'are_to', words: [['are'], ['to']], fixed: true };
  const loose = { name: 'are to', words: [['are'], ['to']] };
  const anchors = (def: { name: string; words: string[][] }, keys: string[][]): (readonly { name: string; words: string[][] }[])[] => keys.map((k) => (k.includes('are') ? [def] : []));
  const grateful = [['we'], ['are'], ['grateful'], ['to'], ['them']];
  const toMeet = [['they'], ['are'], ['to'], ['meet']];
  const backwards = [['to'], ['are']];
  assert.equal(findHits(anchors(loose, grateful), grateful, 0, grateful.length).length, 1, 'a loose pair matches within the window');
  assert.equal(findHits(anchors(areTo, grateful), grateful, 0, grateful.length).length, 0);
  assert.deepEqual(findHits(anchors(areTo, toMeet), toMeet, 0, toMeet.length).map((h) => h.map((x) => x.tokens)), [[[1, 2]]]);
  assert.equal(findHits(anchors(areTo, backwards), backwards, 0, backwards.length).length, 0);
  // Not past the end of the range.
  assert.equal(findHits(anchors(areTo, toMeet), toMeet, 0, 2).length, 0);
});
