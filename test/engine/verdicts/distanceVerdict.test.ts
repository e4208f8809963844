// A distance measured from another place than the sources': the same figure, unit and direction name
// the same measurement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, contextFor, seedSources, judgeFigure, judgeNamed } from './harness';
import { distances } from '../../../server/src/engine/verdicts/distanceVerdict';

const SEED = buildIndex(seedSources());
const TOWNS = {
  'a.txt':
    'The flood reached Oakford, 12 kilometres east of the county town, Millbridge, late on Sunday.\n\n' +
    'Rescue teams from Dunmore and Millbridge worked through the night.\n',
};

test('the place a source distance is measured from replaces the draft\'s', () => {
  const j = judgeNamed(buildIndex(TOWNS), 'The flood reached Oakford, 12 kilometres east of Dunmore, on Sunday.', 'Dunmore');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.code, 'contradicted-name');
  assert.equal(j.suggestion, 'Millbridge');
  assert.match(j.message, /^sources measure it from Millbridge, not Dunmore \(".*", corpus\/a\.txt:1\)$/);
  assert.equal(judgeNamed(buildIndex(TOWNS), 'The flood reached Oakford, 12 km east of Millbridge, on Sunday.', 'Millbridge').verdict, 'supported');
});

test('on the seed corpus: "Zvecan, 28 miles north of Mitrovica" is measured from Pristina', () => {
  const j = judgeNamed(SEED, 'Serbs gathered outside the city hall in Zvecan, 28 miles north of Mitrovica, on Wednesday.', 'Mitrovica');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Pristina');
});

test('another figure, unit or direction is another measurement, and a source measuring from the draft\'s place saves it', () => {
  const index = buildIndex(TOWNS);
  for (const draft of ['The flood reached Oakford, 20 kilometres east of Dunmore.', 'The flood reached Oakford, 12 miles east of Dunmore.', 'The flood reached Oakford, 12 kilometres west of Dunmore.']) {
    assert.equal(judgeNamed(index, draft, 'Dunmore').verdict, 'supported', draft);
  }
  const both = buildIndex({ ...TOWNS, 'b.txt': 'Oakford lies 12 kilometres east of Dunmore, on the river.\n' });
  assert.equal(judgeNamed(both, 'The flood reached Oakford, 12 kilometres east of Dunmore, on Sunday.', 'Dunmore').verdict, 'supported');
});

test('distances read the place after a few lower-case words: "of the capital, Pristina"', () => {
  const text = 'The hall in Zvecan, 28 miles north of the capital, Pristina, was quiet.';
  const { analysed } = contextFor(SEED, text);
  assert.deepEqual(distances(text, analysed.names).map((d) => [d.value, d.unit, d.direction, d.place.text]), [[28, 'mile', 'north', 'Pristina']]);
});

test('a distance in another unit: "about 45 km north of Pristina" is the sources\' 28 miles; "28 kilometres" is contradicted with the conversion', () => {
  const seed = buildIndex(seedSources());
  const same = judgeFigure(seed, 'The protest was outside the city hall in Zvečan, about 45 km north of Pristina.', '45');
  assert.equal(same.verdict, 'supported');
  assert.match(same.message, /^sources say 28 miles, about 45 km \(/);
  const other = judgeFigure(seed, 'The protest was outside the city hall in Zvecan, 28 kilometres north of the capital, Pristina.', '28');
  assert.equal(other.verdict, 'contradicted');
  assert.equal(other.suggestion, '45');
  assert.match(other.message, /^sources say 28 miles, about 45 kilometres, not 28 kilometres/);
  assert.equal(judgeFigure(seed, 'The protest was outside the city hall in Zvecan, 28 miles north of the capital, Pristina.', '28').verdict, 'supported');
});

test('the place a distance locates: "28 miles from Pristina to Leposavic" where the sources put Zvecan 28 miles north of Pristina', () => {
  const seed = buildIndex(seedSources());
  const to = judgeNamed(seed, 'The road from Pristina to Leposavic, 28 miles, passes through the protest areas.', 'Leposavic');
  assert.equal(to.verdict, 'contradicted');
  assert.equal(to.suggestion, 'Zvecan');
  assert.equal(judgeNamed(seed, 'Leposavic is 28 miles north of Pristina.', 'Leposavic').suggestion, 'Zvecan');
  assert.equal(judgeNamed(seed, 'Zvecan is 28 miles from Pristina.', 'Zvecan').verdict, 'supported');
  // A direction before the "to": a table cell's "28 | Miles from Pristina north to Leposavic".
  assert.equal(judgeNamed(seed, 'It is 28 miles from Pristina north to Leposavic.', 'Leposavic').suggestion, 'Zvecan');
  assert.equal(judgeNamed(seed, 'It is 28 miles from Pristina north to Zvecan.', 'Zvecan').verdict, 'supported');
  // Measured from another place, it is another way.
  assert.notEqual(judgeNamed(seed, 'Leposavic is 28 miles from Mitrovica.', 'Leposavic').verdict, 'contradicted');
});

test('a comma and a preposition end the words before the place measured from: "28 miles north of the capital, in the Mitrovica District" measures from the capital', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeNamed(seed, 'Zvecan lies 28 miles north of the capital, in the Mitrovica District with Leposavic and Zubin Potok.', 'Mitrovica District').verdict, 'supported');
});
