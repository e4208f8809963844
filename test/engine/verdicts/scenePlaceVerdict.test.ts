// Where a counted crowd was: the place the draft gives "100 Albanians" against the town the source sentence
// with the same figure and noun is set in (its own words, or "the city" of the sentence before).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, seedSources, judgeNamed } from './harness';

const SEED = buildIndex(seedSources());

const TOWNS_A = [
  'Dozens of protesters gathered in the northern city of Mitrovica on Monday.',
  'At least 100 Albanians marched across the main bridge of the city.',
  'Police said the crowd was peaceful.',
].join('\n');
const TOWNS_B = ['The town of Zvecan stayed calm, and the city hall in Zvecan was closed.', 'Mitrovica and Zvecan lie in Kosovo.'].join('\n');
const TOWNS = buildIndex({ 'a.txt': TOWNS_A, 'b.txt': TOWNS_B });

describe('the place of a counted crowd', () => {
  test('"100 Albanians rallied on the bridge in Zvecan" where the sources set them in the city of Mitrovica', () => {
    const j = judgeNamed(SEED, 'At least 100 Albanians rallied on the bridge in Zvecan, cheering the Kosovo Liberation Army (UCK).', 'Zvecan');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Mitrovica');
    assert.match(j.message, /^sources set the 100 Albanians in Mitrovica, not Zvecan \("/);
    const t = judgeNamed(TOWNS, 'At least 100 Albanians marched in Zvecan.', 'Zvecan');
    assert.deepEqual([t.verdict, t.suggestion], ['contradicted', 'Mitrovica']);
  });

  test('the sources\' town, a country or region holding it, another noun or another scene leave the place alone', () => {
    assert.equal(judgeNamed(SEED, 'At least 100 Albanians rallied on the bridge in Mitrovica.', 'Mitrovica').verdict, 'supported');
    // Kosovo holds Mitrovica: the sources never write it as a city, town or village.
    assert.equal(judgeNamed(TOWNS, 'At least 100 Albanians marched in Kosovo.', 'Kosovo').verdict, 'supported');
    // The figure for another noun is another scene.
    assert.equal(judgeNamed(TOWNS, 'At least 100 police officers stood guard in Zvecan.', 'Zvecan').verdict, 'supported');
    // A second crowd of that size in the draft's town.
    const both = buildIndex({ 'a.txt': TOWNS_A, 'b.txt': TOWNS_B, 'c.txt': 'Later, 100 Albanians also gathered in the town of Zvecan.' });
    assert.equal(judgeNamed(both, 'At least 100 Albanians marched in Zvecan.', 'Zvecan').verdict, 'supported');
    // The sentence after the scene takes the crowd on to the draft's town.
    const onward = buildIndex({ 'a.txt': TOWNS_A.replace('of the city.', 'of the city.\nLater they walked on to Zvecan.'), 'b.txt': TOWNS_B });
    assert.equal(judgeNamed(onward, 'At least 100 Albanians marched in Zvecan.', 'Zvecan').verdict, 'supported');
  });
});


test('a count in words, set in a part of a town: "two Kosovar Albanians in Zvečan" → Mitrovica ("in the Serbian part of ethnically divided Mitrovica, two Kosovar Albanians")', () => {
  const j = judgeNamed(SEED, 'This week an organised group of masked men also attacked two Kosovar Albanians in Zvečan.', 'Zvečan');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Mitrovica');
  assert.equal(judgeNamed(SEED, 'This week an organised group of masked men also attacked two Kosovar Albanians in Mitrovica.', 'Mitrovica').verdict, 'supported');
  // Another clause's figure is not this place's: "stoned two police cars, and in Mitrovica two Albanians were attacked".
  assert.equal(judgeNamed(SEED, 'On Wednesday masked men stoned two police cars, and in Mitrovica two Albanians were attacked by a masked gang.', 'Mitrovica').verdict, 'supported');
});


test('a part of the draft\'s town is in it: "In the Serbian part of Zvečan, two Kosovar Albanians were attacked" → Mitrovica', () => {
  const j = judgeNamed(SEED, 'In the Serbian part of Zvečan, two Kosovar Albanians were attacked by masked men.', 'Zvečan');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Mitrovica');
  assert.equal(judgeNamed(SEED, 'In Zubin Potok, two Albanians were attacked by masked men, police said.', 'Zubin Potok').suggestion, 'Mitrovica');
});


test('a people the sources count in a region is no town\'s: "the roughly 50,000 Serbs of Mitrovica" → northern Kosovo', () => {
  const seed = buildIndex(seedSources());
  const town = judgeNamed(seed, 'The roughly 50,000 Serbs of Mitrovica look to Belgrade as their capital.', 'Mitrovica');
  assert.equal(town.verdict, 'contradicted');
  assert.equal(town.suggestion, 'northern Kosovo');
  assert.equal(judgeNamed(seed, 'About 50,000 Serbs live in north Mitrovica.', 'Mitrovica').verdict, 'contradicted');
  // The region itself is the sources' place.
  assert.equal(judgeNamed(seed, 'The approximately 50,000 Serbs in northern Kosovo do not recognise independence.', 'Kosovo').verdict, 'supported');
});

test('a town of two words, which reads as a person\'s name too, is a counted crowd\'s place: "two Kosovar Albanians … in the Serb part of Zubin Potok" → Mitrovica', () => {
  const seed = buildIndex(seedSources());
  const part = judgeNamed(seed, 'Two Kosovar Albanians were attacked by masked men in the Serb part of Zubin Potok.', 'Zubin Potok');
  assert.equal(part.verdict, 'contradicted');
  assert.equal(part.suggestion, 'Mitrovica');
});
