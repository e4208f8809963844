// A place located in another place the sources never put it in: "Chisinau, Slovakia" for "Chisinau, Moldova".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

const GENEVA = {
  'a.txt':
    'The ministers met in Geneva, Switzerland, on Tuesday to discuss the grain corridor.\n\n' +
    'Turkey and the UN brokered the first deal in Istanbul last July.\n\n' +
    'The next round may be held in Vienna, the capital of Austria.\n',
};

test('the second place of "X, Y" is contradicted where the sources write X only with another place', () => {
  const j = judgeNamed(buildIndex(GENEVA), 'The ministers met in Geneva, Austria, to discuss the grain corridor.', 'Austria');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.code, 'contradicted-name');
  assert.equal(j.suggestion, 'Switzerland');
  assert.match(j.message, /^sources place Geneva in Switzerland, not Austria \(".*", corpus\/a\.txt:1\)$/);
  assert.equal(judgeNamed(buildIndex(GENEVA), 'The ministers met in Geneva, Switzerland, to discuss the grain corridor.', 'Switzerland').verdict, 'supported');
});

test('on the seed corpus: "the summit in Chisinau, Slovakia" → Moldova; "Bratislava, Slovakia" stays supported', () => {
  const j = judgeNamed(SEED, 'Macron and Scholz met the leaders at the European Political Community summit in Chisinau, Slovakia.', 'Slovakia');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Moldova');
  assert.equal(judgeNamed(SEED, 'Kurti spoke at a security forum in Bratislava, Slovakia.', 'Slovakia').verdict, 'supported');
});

test('a list is no location: "Zvecan, Leposavic and Zubin Potok" against the sources\' "Zvecan, Zubin Potok, and Leposavic"', () => {
  assert.equal(judgeNamed(SEED, 'Serbs protested outside the municipality buildings of Zvecan, Leposavic and Zubin Potok.', 'Leposavic').verdict, 'supported');
  const lists = buildIndex({ 'l.txt': 'Delegations came from Geneva, Lyon and Turin.\n\nSwitzerland sent its foreign minister.\n' });
  assert.equal(judgeNamed(lists, 'The delegates met in Geneva, Switzerland.', 'Switzerland').verdict, 'supported', 'a source list locates nothing');
});

test('sources that locate the place in two places leave the draft\'s third alone', () => {
  const two = buildIndex({
    ...GENEVA,
    'b.txt': 'Talks resumed in Geneva, Illinois, where the delegation had rented a hall.\n',
  });
  assert.notEqual(judgeNamed(two, 'The ministers met in Geneva, Austria, to discuss the grain corridor.', 'Austria').verdict, 'contradicted');
});

test('a possessive or a noun after the second name makes it part of the next clause: "Like the mayor of Leposaviq, Zvečan\'s new mayor …"', () => {
  assert.notEqual(judgeNamed(SEED, "Like the mayor of Leposaviq, Zvečan's new mayor is working from home.", 'Zvečan').verdict, 'contradicted');
});
