// Who leads it: a "-led" compound against the one the sources always write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a "-led" compound the sources always write with another leader is contradicted, whatever the sentence is about: "the NATO-led dialogue" → EU', () => {
  const led = judgeNamed(SEED, 'On Saturday the Kosovo Serbs even asked Vučić to suspend the NATO-led dialogue.', 'NATO');
  assert.equal(led.verdict, 'contradicted');
  assert.equal(led.suggestion, 'EU');
  assert.equal(judgeNamed(SEED, 'On Saturday the Kosovo Serbs even asked Vučić to suspend the EU-led dialogue.', 'EU').verdict, 'supported');
});

test('the sources\' own leader, or another name of it, is left alone: "the NATO-led peacekeeping mission"', () => {
  assert.equal(judgeNamed(SEED, 'The NATO-led peacekeeping mission has almost 3,800 troops.', 'NATO').verdict, 'supported');
  // A compound no source writes says nothing.
  assert.equal(judgeNamed(SEED, 'The US-led talks went nowhere.', 'US').verdict, 'supported');
});

test('whose gathering it is: "the European Union summit in Chisinau" → European Political Community, the one body the sources give a summit (corpus/001:5)', () => {
  const j = judgeNamed(SEED, 'Today Emanuel Macron and Olaf Scholz meet Vjosa Osmani and Vučić at the European Union summit in Chisinau.', 'European Union');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'European Political Community');
  assert.equal(judgeNamed(SEED, 'Vucic spoke at the European Political Community summit in Moldova.', 'European Political Community').verdict, 'supported');
  // A place before "summit" says where it was, not whose.
  assert.equal(judgeNamed(SEED, 'Vucic spoke at the Chisinau summit.', 'Chisinau').verdict, 'supported');
});

test('an adjective of its kind may stand in a gathering: "an EU military exercise" → NATO (corpus/001:21)', () => {
  const j = judgeNamed(SEED, "Washington cancelled Pristina's part in an EU military exercise, which stung here.", 'EU');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'NATO');
  assert.equal(judgeNamed(SEED, "Washington cancelled Pristina's part in a NATO military exercise, which stung here.", 'NATO').verdict, 'supported');
});
