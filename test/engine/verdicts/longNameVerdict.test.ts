// A body's long name given another owner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('the rest of a long name the sources give another owner: "EULEX, the United Nations rule-of-law mission" → European Union', () => {
  const un = judgeNamed(SEED, '- **EULEX**, the United Nations rule-of-law mission, has staff deployed alongside police in riot gear.', 'United Nations');
  assert.equal(un.verdict, 'contradicted');
  assert.equal(un.suggestion, 'European Union');
  assert.equal(judgeNamed(SEED, "Don't confuse that force, KFOR, with EULEX, NATO's rule-of-law mission.", 'NATO').suggestion, 'European Union');
  // The owner the sources write is left alone.
  assert.equal(judgeNamed(SEED, 'EULEX, the European Union rule-of-law mission, has staff there.', 'European Union').verdict, 'supported');
});

test('words no long name of the sources ends with say nothing: "the UN refugee agency"', () => {
  assert.equal(judgeNamed(SEED, 'The UN refugee agency opened an office in Pristina.', 'UN').verdict, 'supported');
});
