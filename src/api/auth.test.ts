import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTokens, authorize } from './auth.ts';
import { ApiError } from './errors.ts';

function status(header: string | undefined, spec: string | undefined): number | string {
  try {
    return authorize(header, parseTokens(spec));
  } catch (e) {
    assert.ok(e instanceof ApiError);
    return e.status;
  }
}

test('edit tokens: named and bare secrets, several editors, 401 without a bearer header, 403 for a wrong one or no token set', () => {
  const rows: [string | undefined, string | undefined, number | string][] = [
    ['Bearer s3cret', 'alice:s3cret', 'alice'],
    ['bearer   s3cret ', 'alice:s3cret', 'alice'],
    ['Bearer other', 'alice:s3cret, bob:other', 'bob'],
    ['Bearer plain', 'plain', 'analyst'],
    ['Bearer b:c', 'a:b:c', 'a'],
    ['Bearer a:b:c', 'a:b:c', 403],
    ['Bearer :x', ':x', 'analyst'],
    ['Bearer s3cre', 'alice:s3cret', 403],
    ['Bearer s3cretX', 'alice:s3cret', 403],
    ['Bearer alice:s3cret', 'alice:s3cret', 403],
    ['Basic YWxpY2U6czNjcmV0', 'alice:s3cret', 401],
    ['Bearer', 'alice:s3cret', 401],
    ['s3cret', 'alice:s3cret', 401],
    [undefined, 'alice:s3cret', 401],
    ['Bearer s3cret', undefined, 403],
    ['Bearer s3cret', '', 403],
    ['Bearer s3cret', ' , ', 403],
  ];
  for (const [header, spec, want] of rows) assert.equal(status(header, spec), want, `${header} with ${spec}`);
});

test('a name that is not a plain word is no name: the whole entry is the secret', () => {
  assert.deepEqual(parseTokens('the team:pw').map((e) => e.name), ['analyst']);
  assert.throws(() => authorize('Bearer pw', parseTokens('the team:pw')), (e: unknown) => e instanceof ApiError && e.status === 403);
  assert.equal(authorize('Bearer pw', parseTokens('ops-1@example.org:pw')), 'ops-1@example.org');
});
