// A count the sources give by naming each one: "the three towns of the Mitrovica District".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeFigure, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a count of places a best-matching sentence lists one by one is supported: "the three towns of the Mitrovica District"', () => {
  const draft = (n: string) => `We paused field reporting in the ${n} towns of the Mitrovica District on the Monday.`;
  const j = judgeFigure(SEED, draft('three'), 'three');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /^sources name three towns: Zvecan, Zubin Potok, Leposavic \(/);
  // Another count of them is not: the list has three.
  assert.notEqual(judgeFigure(SEED, draft('two'), 'two').verdict, 'supported');
});

test('a list of places does not count people, nor a list of people places', () => {
  const index = buildIndex({ 'a.txt': 'Protests were held outside the town halls of Zvecan, Leposavic and Mitrovica on Monday.\n\nEmmanuel Macron, Olaf Scholz and Giorgia Meloni met in Chisinau on Thursday.\n' });
  assert.equal(judgeFigure(index, 'Protests were held outside the town halls of three towns on Monday.', 'three').verdict, 'supported');
  assert.notEqual(judgeFigure(index, 'Three leaders spoke outside the town halls on Monday.', 'Three').verdict, 'supported');
  assert.equal(judgeFigure(index, 'Three leaders met in Chisinau on Thursday.', 'Three').verdict, 'supported');
});

test('office holders counted by the places listed after their title: "two of the new mayors" / "The mayors of Zvečan and Zubin Potok"', () => {
  const draft = (n: string) => `Our local staff work from home for now, as ${n} of the new mayors do.`;
  assert.equal(judgeFigure(SEED, draft('two'), 'two').verdict, 'supported');
  assert.notEqual(judgeFigure(SEED, draft('three'), 'three').verdict, 'supported');
});

test('a town\'s seat counts as the town: "protests at three town halls" of "the municipality buildings of Zvecan, Zubin Potok, and Leposavic" (corpus/002:5)', () => {
  assert.equal(judgeFigure(SEED, 'On Monday Serbs protested again in front of three town halls in the north.', 'three').verdict, 'supported');
  assert.notEqual(judgeFigure(SEED, 'On Monday Serbs protested again in front of five town halls in the north.', 'five').verdict, 'supported');
});
