import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsCommand, findActors } from './actors.ts';
import { loadGazetteer } from '../entities/gazetteer.ts';

test('an actor is found by id, by a name in any script, and by an abbreviation', () => {
  const gaz = loadGazetteer();
  for (const q of ['person:kassym-jomart-tokayev', 'Тоқаев', 'Токаев', 'Tokayev', 'Qasım-Jomart Toqayev']) {
    assert.deepEqual(findActors(gaz, q).map((e) => e.id), ['person:kassym-jomart-tokayev'], q);
  }
  assert.deepEqual(findActors(gaz, 'QXA').map((e) => e.id), ['org:kaz-apk']);
});

test('the description lists names in every language, variants and dated posts', () => {
  const out = actorsCommand('Ильхам Алиев');
  assert.match(out, /^person:ilham-aliyev {2}Ilham Aliyev {2}\(person, AZE\)/);
  for (const name of ['İlham Əliyev', 'Ильхам Әлиев', 'Ильхам Алиев']) assert.ok(out.includes(name), name);
  assert.match(out, /2003-10-31 – +AZE:president +President/);
  const org = actorsCommand('AMANAT');
  assert.match(org, /office holders/);
  assert.match(org, /kaz-amanat:chairman/);
});

test('an unknown query says so', () => {
  assert.equal(actorsCommand('Nobody Nowhere'), 'no actor matches «Nobody Nowhere»\n');
});
