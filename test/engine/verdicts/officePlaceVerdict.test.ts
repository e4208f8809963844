// Whose town's office it was, judged on the seed corpus (corpus/): corpus/001 has "the mayor in Leposaviq,
// Lulzim Hetemi, entered the municipal building at 0530", and corpus/004 "The mayors of Zvečan and Zubin
// Potok work from their homes."
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a town whose office the draft gives an act the sources give another town\'s holder is contradicted, tied by a figure or a person', () => {
  const byFigure = judgeNamed(SEED, 'The mayor of Zvecan slipped in at 0530 that morning.', 'Zvecan');
  assert.equal(byFigure.verdict, 'contradicted');
  assert.equal(byFigure.suggestion, 'Leposaviq');
  assert.match(byFigure.message, /^sources say this of Leposaviq's mayor, not Zvecan \(".*", corpus\/001_69cd343abdbbf914\.txt:11\)$/);
  // "In X the mayor, …": a place opening the sentence, its office after it.
  assert.equal(judgeNamed(SEED, 'In Zubin Potok the mayor, Lulzim Hetemi, was inside by 0530.', 'Zubin Potok').suggestion, 'Leposaviq');
  assert.equal(judgeNamed(SEED, 'The mayor of Leposavic slipped in at 0530 that morning.', 'Leposavic').verdict, 'supported');
});

test('a best match giving the office to the draft\'s town, among others, leaves it alone', () => {
  // "The mayors of Zvečan and Zubin Potok work from their homes."
  assert.equal(judgeNamed(SEED, 'The mayor of Zvecan works from home.', 'Zvecan').verdict, 'supported');
  assert.equal(judgeNamed(SEED, 'The mayor of Zubin Potok works from home, as does the mayor of Zvecan.', 'Zubin Potok').verdict, 'supported');
  // A title before a name is the person's, not the opening place's office: he may have gone there.
  assert.equal(judgeNamed(SEED, 'In Mitrovica, Mayor Lulzim Hetemi met protesters at 0530.', 'Mitrovica').verdict, 'supported');
});

test('a holder of one town\'s office set in another town\'s town hall is contradicted with the town the sources give him', () => {
  const seat = judgeNamed(SEED, 'Lulzim Hetemi has been inside the Zubin Potok town hall since 0530 on Monday, while the mayors of Zvečan and Leposavic work from home.', 'Zubin Potok');
  assert.equal(seat.verdict, 'contradicted');
  assert.equal(seat.suggestion, 'Leposaviq');
  assert.match(seat.message, /^sources make Lulzim Hetemi the mayor of Leposaviq, not Zubin Potok/);
  // A surname reads the full name's sentences; "the town hall of X" is the seat too.
  assert.equal(judgeNamed(SEED, 'Hetemi stayed in the town hall of Zvecan.', 'Zvecan').suggestion, 'Leposaviq');
  assert.equal(judgeNamed(SEED, 'Hetemi stayed in the town hall of Leposavic.', 'Leposavic').verdict, 'supported');
});

test('a town hall of another clause, or a draft that states the person\'s own office, is left alone', () => {
  assert.equal(judgeNamed(SEED, 'Lulzim Hetemi has not left his office in Leposavic since 0530 on Monday, and a few dozen Serbs gathered again outside the town hall in Zvečan.', 'Zvečan').verdict, 'supported');
  assert.equal(judgeNamed(SEED, 'Lulzim Hetemi, the mayor of Leposavic, visited the Zvecan town hall.', 'Zvecan').verdict, 'supported');
  // No office of the person's in the sources: nothing to compare.
  assert.equal(judgeNamed(SEED, 'Albin Kurti visited the Zvecan town hall.', 'Zvecan').verdict, 'supported');
});

test('"at his desk in X" is the holder\'s own seat too', () => {
  assert.equal(judgeNamed(SEED, 'His mayors are taking him at his word: Lulzim Hetemi has been at his desk in Zvecan since 0530 on Monday.', 'Zvecan').suggestion, 'Leposaviq');
  assert.equal(judgeNamed(SEED, 'Lulzim Hetemi has been at his desk in Leposavic since 0530 on Monday.', 'Leposavic').verdict, 'supported');
});

test('an office one best match gives to two other towns: the town the draft does not name is suggested', () => {
  // corpus/004: "The mayors of Zvečan and Zubin Potok work from their homes."
  const listed = judgeNamed(SEED, '**Zubin Potok**: no hyphen. Its mayor works from home, like the mayor of Leposavic.', 'Leposavic');
  assert.equal(listed.verdict, 'contradicted');
  assert.equal(listed.suggestion, 'Zvečan');
  assert.match(listed.message, /^sources say this of Zvečan and Zubin Potok's mayors, not Leposavic/);
});

test('the seat\'s own relative clause, or ", and he …" going on with the person, is one statement', () => {
  assert.equal(judgeNamed(SEED, '*Picture: NATO soldiers behind barbed wire at the town hall in Zubin Potok, where mayor Lulzim Hetemi has stayed since Monday.*', 'Zubin Potok').suggestion, 'Leposaviq');
  assert.equal(judgeNamed(SEED, 'The only mayor at his desk is Lulzim Hetemi, and he has been shut inside the town hall in Zubin Potok since Monday.', 'Zubin Potok').suggestion, 'Leposaviq');
});

test('the office among several words after the town: "In Zubin Potok the new mayor, Lulzim Hetemi, slipped in at 0530" → Leposaviq', () => {
  const seed = buildIndex(seedSources());
  const framed = judgeNamed(seed, 'In Zubin Potok the new mayor, Lulzim Hetemi, slipped in at 0530, before the protesters could gather.', 'Zubin Potok');
  assert.equal(framed.verdict, 'contradicted');
  assert.equal(framed.suggestion, 'Leposaviq');
  assert.equal(judgeNamed(seed, 'In Leposaviq the new mayor, Lulzim Hetemi, slipped in at 0530, before the protesters could gather.', 'Leposaviq').verdict, 'supported');
});
