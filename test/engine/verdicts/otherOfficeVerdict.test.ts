// An office the sources give nobody with that qualifier, for a person they give another office.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('"Serbian Prime Minister Aleksandar Vucic": the sources name him Serbian President, and give "Prime Minister" to Kurti', () => {
  const j = judgeNamed(SEED, 'Serbian Prime Minister Aleksandar Vucic put the army on alert.', 'Aleksandar Vucic');
  assert.equal(j.verdict, 'contradicted');
  assert.match(j.message, /^sources name Aleksandar Vucic as Serbian President, not Serbian Prime Minister \("/);
  assert.equal(j.suggestion, undefined, 'the name is right: no fix replaces it');
  assert.equal(judgeNamed(SEED, 'Serbian President Aleksandar Vucic put the army on alert.', 'Aleksandar Vucic').verdict, 'supported');
});

test('a loose word for a leader, a past office and a courtesy title are left alone', () => {
  for (const draft of ['Serbian strongman Aleksandar Vucic put the army on alert.', 'Former Serbian Prime Minister Aleksandar Vucic put the army on alert.']) {
    assert.equal(judgeNamed(SEED, draft, 'Aleksandar Vucic').verdict, 'supported', draft);
  }
  // The sources write "Mr Kurti" and "Kosovo Prime Minister Albin Kurti": the surname has the office.
  assert.equal(judgeNamed(SEED, 'Prime Minister Kurti spoke to reporters.', 'Kurti').verdict, 'supported');
});
