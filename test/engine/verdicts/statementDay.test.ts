// The day a body spoke, from the dated source sentence that gives the body its report verb and a weekday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeFigure, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a body\'s statement dated off the day the sources have it speak is contradicted: "KFOR\'s call of 26 May" → 29', () => {
  const call = judgeFigure(SEED, "Belgrade should heed KFOR's call of 26 May to engage in the EU-led dialogue.", '26');
  assert.equal(call.verdict, 'contradicted');
  assert.equal(call.suggestion, '29');
  assert.match(call.message, /KFOR speak on Monday, 29 May 2023/);
  assert.equal(judgeFigure(SEED, 'He urged both capitals back to the EU-led dialogue, as KFOR had put it on 27 May.', '27').suggestion, '29');
  assert.equal(judgeFigure(SEED, 'KFOR said so plainly in its statement of 29 May.', '29').verdict, 'supported');
});

test('a date far from any word of speech dates something else, and is left to the other checks', () => {
  // The Friday clashes: the sources date them on 26 May, whatever KFOR said after.
  assert.equal(judgeFigure(SEED, 'On 26 May police clashed with local Serbs in front of a municipal building, and KFOR later urged calm.', '26').verdict, 'supported');
});
