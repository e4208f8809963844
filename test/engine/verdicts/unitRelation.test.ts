// How the nouns of two figures relate: the same thing counted, kin (the words around them decide), or not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../../server/src/engine/claims/numbers';
import { tag } from '../../../server/src/engine/nlp/tagger';
import { unitRelation } from '../../../server/src/engine/verdicts/unitRelation';
import { buildIndex, judgeFigure, seedSources } from './harness';

const figure = (sentence: string, text: string) => findNumbers(sentence, tag(sentence)).find((n) => n.text === text)!;

test('nouns for the same thing are the same; people and a nationality, or people and whose allies they are, are kin; others differ', () => {
  assert.equal(unitRelation(figure('NATO sent 700 soldiers.', '700'), figure('NATO sent 700 troops.', '700')), 'same');
  assert.equal(unitRelation(figure('At least 100 people gathered.', '100'), figure('At least 100 Albanians gathered.', '100')), 'kin');
  assert.equal(unitRelation(figure('The judges sentenced two men.', 'two'), figure('The judges sentenced two allies of Milosevic.', 'two')), 'kin');
  assert.equal(unitRelation(figure('Masked men stoned two police cars.', 'two'), figure('The judges sentenced two allies of Milosevic.', 'two')), 'different');
});

test('"two of Milosevic\'s men" are the sources\' "two allies of … Slobodan Milosevic" (corpus/003:65); a crowd of 13,000 people is not', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'This week the judges in The Hague gave two of Milosevic\'s men longer sentences.', 'two').verdict, 'supported');
  assert.notEqual(judgeFigure(seed, 'This week 13,000 people marched in Belgrade against the judges who sentenced Milosevic\'s allies.', '13,000').verdict, 'supported');
});

test('what each election filled or was counts as the elections: "won all four posts", "all four mayoral seats" of "four Serb-majority mayoral elections" (corpus/001:19)', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, "Candidates from Kosovo's 90% Albanian majority won all four posts.", 'four').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'All four mayoral seats went to ethnic Albanian candidates.', 'four').verdict, 'supported');
  assert.notEqual(judgeFigure(seed, 'All four mayoral candidates were ethnic Albanians.', 'four').verdict, 'contradicted');
});
