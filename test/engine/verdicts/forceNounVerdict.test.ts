// Whose soldiers, judged on the seed corpus (corpus/): the sources give soldiers and troops to NATO and
// KFOR, never to EULEX (a mission of police and judges) or the UN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a body written with soldiers, troops or peacekeeping the sources never give it is contradicted with the body they give them to', () => {
  const eulex = judgeNamed(SEED, 'US Secretary of State Antony Blinken called violence against EULEX soldiers "unacceptable".', 'EULEX');
  assert.equal(eulex.verdict, 'contradicted');
  assert.match(eulex.suggestion ?? '', /^nato$/i);
  assert.match(eulex.message, /^sources give soldiers to Nato, not EULEX/i);
  assert.match(judgeNamed(SEED, 'NATO is sending 700 extra troops to KFOR, the UN peacekeeping force, which already numbers about 4,000.', 'UN').suggestion ?? '', /^nato$/i);
});

test('a body the sources give a force\'s noun, before or after its name, and a body with no force noun, are left alone', () => {
  assert.equal(judgeNamed(SEED, 'NATO troops were hurt.', 'NATO').verdict, 'supported');
  // "Soldiers of the peacekeeping force KFOR are guarding the building".
  assert.equal(judgeNamed(SEED, 'KFOR soldiers guard the town hall.', 'KFOR').verdict, 'supported');
  assert.equal(judgeNamed(SEED, 'EULEX officers were deployed around the premises.', 'EULEX').verdict, 'supported');
  // A people's soldiers may be any country's.
  assert.equal(judgeNamed(SEED, 'German soldiers were among the injured.', 'German').verdict, 'supported');
});
