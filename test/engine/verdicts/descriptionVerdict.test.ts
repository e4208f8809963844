// Whose description it is, judged on the seed corpus (corpus/): corpus/001 has "the U.S., the most
// outspoken supporter of Kosovo's 2008 independence from Serbia, decided to cancel Pristina's participation …".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a name with an apposition the best match gives another name is contradicted, with that name', () => {
  const j = judgeNamed(SEED, "Yet even Berlin, the most outspoken supporter of Kosovo's independence, has dropped Pristina from a NATO exercise.", 'Berlin');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'U.S.');
  assert.equal(judgeNamed(SEED, "The U.S., the most outspoken supporter of Kosovo's independence, has dropped Pristina from a NATO exercise.", 'U.S.').verdict, 'supported');
});

test('an apposition of other words, or of few, leaves the name alone', () => {
  assert.equal(judgeNamed(SEED, 'Berlin, the German capital, hosted talks on Kosovo.', 'Berlin').verdict, 'supported');
  assert.equal(judgeNamed(SEED, 'Berlin, a supporter, dropped Pristina from a NATO exercise.', 'Berlin').verdict, 'supported');
});

test('an apposition opened by a possessive: "Germany, Kosovo\'s most outspoken supporter," → U.S. (corpus/001:21)', () => {
  const j = judgeNamed(SEED, "Why did Germany, Kosovo's most outspoken supporter, drop Pristina from a NATO military exercise?", 'Germany');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'U.S.');
  assert.equal(judgeNamed(SEED, "Why did the U.S., Kosovo's most outspoken supporter, drop Pristina from a NATO military exercise?", 'U.S.').verdict, 'supported');
});

test('an apposition spelling out another acronym the sources define: "KFOR, the EU\'s rule-of-law mission," → EULEX ("the European Union Rule of Law Mission in Kosovo (EULEX)")', () => {
  const j = judgeNamed(SEED, "Riot police are deployed around the municipal buildings alongside KFOR, the EU's rule-of-law mission, and peacekeepers.", 'KFOR');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'EULEX');
  assert.match(j.message, /European Union Rule of Law Mission in Kosovo/);
  assert.notEqual(judgeNamed(SEED, "Riot police are deployed around the municipal buildings alongside EULEX, the EU's rule-of-law mission, and peacekeepers.", 'EULEX').verdict, 'contradicted');
});
