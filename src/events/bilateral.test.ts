/** Bilateral bodies: the data file names known organizations and two ISO states each; members come in text order. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTsv } from '../util/data.ts';
import { loadLexicon } from '../entities/lexicon.ts';
import { bilateralMembers, membersInText } from './bilateral.ts';

test('every bilateral body is an international organization of the gazetteer with two ISO member states', () => {
  const gaz = loadLexicon().gaz;
  const rows = readTsv('gazetteer/bilateral.tsv');
  assert.ok(rows.length >= 5);
  for (const r of rows) {
    const e = gaz.byId.get(r.id ?? '');
    assert.ok(e, `data/gazetteer/bilateral.tsv: ${r.id} is not in organizations.tsv`);
    assert.equal(e.kind, 'organization');
    assert.equal(e.country, 'INT', `${r.id}: a body of two states has country INT`);
    if (r.generic) assert.equal(gaz.byId.get(r.generic)?.kind, 'organization', `${r.id}: generic ${r.generic} is not in organizations.tsv`);
    const m = (r.members ?? '').split('|');
    assert.equal(m.length, 2, `${r.id}: two members`);
    for (const iso of m) assert.ok(gaz.byId.has(`country:${iso}`), `${r.id}: unknown member ${iso}`);
  }
});

test('members are ordered as the name in the text names them, in every script', () => {
  assert.deepEqual(membersInText('org:kaz-aze-supreme-council', 'азербайджано-казахстанского Высшего межгосударственного совета'), ['AZE', 'KAZ']);
  assert.deepEqual(membersInText('org:kaz-aze-supreme-council', 'Қазақстан – Әзербайжан Жоғары мемлекетаралық кеңесінің'), ['KAZ', 'AZE']);
  assert.deepEqual(membersInText('org:kaz-aze-intergovernmental-commission', 'Azərbaycan-Qazaxıstan Hökumətlərarası Komissiyasının'), ['AZE', 'KAZ']);
  assert.deepEqual(membersInText('org:kaz-aze-supreme-council', 'Supreme Interstate Council'), ['KAZ', 'AZE']);
  assert.equal(bilateralMembers('org:un'), undefined);
  assert.equal(membersInText('country:KAZ', 'Kazakhstan'), undefined);
});
