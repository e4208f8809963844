// A name after a phrase the sources write with the same words in another order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('the same words in another order before the same preposition: "the largest Serb party in Serbia" → Kosovo ("the largest party of the Serbs in Kosovo")', () => {
  const party = judgeNamed(SEED, "Igor Simic, vice-president of the Serbian List, the largest Serb party in Serbia, told Reuters the mayors don't represent anyone.", 'Serbia');
  assert.equal(party.verdict, 'contradicted');
  assert.equal(party.suggestion, 'Kosovo');
  assert.equal(judgeNamed(SEED, "Igor Simic, vice-president of the Serbian List, the largest Serb party in Kosovo, told Reuters the mayors don't represent anyone.", 'Kosovo').verdict, 'supported');
});

test('a list member, and a name the draft writes itself, are left to other stages', () => {
  assert.equal(judgeNamed(SEED, 'The Albanian mayors of Zvečan and Leposavic are working from home.', 'Zvečan').verdict, 'supported');
});
