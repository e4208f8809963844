// A real corpus name in the wrong relation, judged on the seed corpus (corpus/): an office the sources give
// someone else, or a person's office put in another place.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex } from '../../../server/src/engine/index/corpusIndex';
import { judgeName } from '../../../server/src/engine/verdicts/nameVerdict';
import type { Judgement } from '../../../server/src/engine/verdicts/judgement';
import { buildIndex, contextFor, seedSources as seed, judgeNamed } from './harness';

const SEED = buildIndex(seed());

function judge(draft: string, nameText: string, index: CorpusIndex = SEED): Judgement {
  return judgeNamed(index, draft, nameText);
}

function verdicts(draft: string, index: CorpusIndex = SEED): Record<string, string> {
  const { analysed, ctx } = contextFor(index, draft);
  return Object.fromEntries(analysed.names.filter((n) => !n.demonym).map((n) => [n.text, judgeName(n, ctx).verdict]));
}

describe('an office in the wrong place or held by someone else', () => {
  test('"Lulzim Hetemi, the mayor of Zubin Potok": the place is contradicted, the sources\' place suggested', () => {
    const draft = 'Lulzim Hetemi, the mayor of Zubin Potok, has stayed in his office since Monday.';
    const place = judge(draft, 'Zubin Potok');
    assert.equal(place.verdict, 'contradicted');
    assert.equal(place.code, 'contradicted-name');
    assert.equal(place.suggestion, 'Leposavic');
    assert.match(place.message, /^sources name Lulzim Hetemi as Albanian mayor of Leposavic \(".*", corpus\/004_ccf526d3e15ee97c\.txt:11\)$/);
    assert.equal(place.evidence[0].value, 'Leposavic');
    assert.equal(judge(draft, 'Lulzim Hetemi').verdict, 'supported');
  });

  test('"Kosovo\'s president, Albin Kurti": a possessive office names the president the sources name', () => {
    const draft = "Macron and Olaf Scholz are seeing Kosovo's president, Albin Kurti, and Vučić on the sidelines.";
    const j = judge(draft, 'Albin Kurti');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Vjosa Osmani');
    assert.equal(judge("Macron and Olaf Scholz are seeing Kosovo's president, Vjosa Osmani, and Vučić on the sidelines.", 'Vjosa Osmani').verdict, 'supported');
  });

  test('a table row states the relation too', () => {
    assert.equal(judge('Lulzim Hetemi : mayor of Zubin Potok : at his desk since 0530 Monday', 'Zubin Potok').suggestion, 'Leposavic');
  });

  test('"Josep Borrell, the secretary of state": the person is contradicted, naming both offices', () => {
    const j = judge('Josep Borrell, the secretary of state, called the violence unacceptable.', 'Josep Borrell');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Antony Blinken');
    assert.match(j.message, /^sources name Antony Blinken as US secretary of state, and Josep Borrell as EU foreign policy chief \(/);
  });

  test('an office after the name, with a name qualifying it: "Steffen Hebestreit, EU foreign policy chief"', () => {
    const j = judge('Steffen Hebestreit, EU foreign policy chief, heard complaints about Pristina.', 'Steffen Hebestreit');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Josep Borrell');
  });

  test('a person the sources never name, in an office they give someone, is contradicted with the holder', () => {
    const j = judge('Goran Rakić, vice-president of the Serbian List, told Reuters the mayors represent no one.', 'Goran Rakić');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Igor Simic');
  });

  test('one error is flagged once: the person when someone else holds the office, not also its place', () => {
    assert.deepEqual(verdicts("Vjosa Osmani, Serbia's president, went to Moldova."), { 'Vjosa Osmani': 'contradicted', Serbia: 'supported', Moldova: 'supported' });
    assert.equal(judge("Vjosa Osmani, Serbia's president, went to Moldova.", 'Vjosa Osmani').suggestion, 'Aleksandar Vucic');
    // Nobody else is Serbia's prime minister: the place is the error.
    assert.equal(judge("Albin Kurti, Serbia's prime minister, spoke.", 'Serbia').suggestion, 'Kosovo');
  });

  test('a nationality word qualifies an office too: "Aleksandar Vucic, the Kosovo president"', () => {
    assert.equal(judge('Aleksandar Vucic, the Kosovo president, spoke.', 'Aleksandar Vucic').suggestion, 'Vjosa Osmani');
  });

  test('an office of their own that is less specific does not save a person from a specific one held by another', () => {
    // The sources call Hebestreit "Spokesman" and Peskov "Kremlin spokesman".
    const j = judge('The Kremlin spokesman, Steffen Hebestreit, backed the Serbs.', 'Steffen Hebestreit');
    assert.equal(j.suggestion, 'Dmitry Peskov');
    assert.match(j.message, /^sources name Dmitry Peskov as Kremlin spokesman, and Steffen Hebestreit as Spokesman/);
  });

  test('the relations the sources state stay supported, in any of their shapes', () => {
    for (const draft of [
      'Lulzim Hetemi, the mayor of Leposavic, has stayed in his office.',
      'Lulzim Hetemi, the mayor of Leposaviq, has stayed in his office.',
      'The mayor of Leposavic, Lulzim Hetemi, has stayed in his office.',
      'In Leposavic, mayor Lulzim Hetemi is still inside the building.',
      'Antony Blinken, the US secretary of state, called the violence unacceptable.',
      'Josep Borrell, the EU foreign policy chief, heard complaints about Pristina.',
      'Igor Simic, vice-president of the Serbian List, said the mayors represent no one.',
      'Aleksandar Vucic, the Serbian president, arrived at the summit in Moldova.',
      'Kosovo Prime Minister Albin Kurti said he will not back down.',
      "Kosovo's prime minister, Albin Kurti, said he would not back down.",
      'Dmitry Peskov, the Kremlin spokesman, backed the Serbs.',
      'Steffen Hebestreit, a German government spokesman, spoke in Berlin.',
      'Slobodan Milosevic, the former Serbian leader, led Serbia during the war.',
      'Vucic, the Serbian president, and Osmani, the Kosovo president, met.',
    ]) {
      for (const [name, verdict] of Object.entries(verdicts(draft))) assert.equal(verdict, 'supported', `${name} in ${draft}`);
    }
  });

  test('a bare title names no one office: "Olaf Scholz, the chancellor" and "Josep Borrell, the president" are left alone', () => {
    assert.equal(judge('Olaf Scholz, the chancellor, met the leaders.', 'Olaf Scholz').verdict, 'supported');
    assert.equal(judge('Josep Borrell, the chief, met the leaders.', 'Josep Borrell').verdict, 'supported');
  });

  test('sentences without a relation pattern are not affected', () => {
    assert.deepEqual(verdicts('Lulzim Hetemi met reporters in Zubin Potok on Monday.'), { 'Lulzim Hetemi': 'supported', 'Zubin Potok': 'supported' });
    assert.deepEqual(verdicts('In Zubin Potok, the mayor works from home.'), { 'Zubin Potok': 'supported' });
    assert.deepEqual(verdicts('Josep Borrell and Antony Blinken urged calm.'), { 'Josep Borrell': 'supported', 'Antony Blinken': 'supported' });
  });

  test('a person the corpus gives two offices, or an office two people hold, is not flagged', () => {
    const index = buildIndex({
      ...seed(),
      'extra.txt': 'Steffen Hebestreit, the EU foreign policy chief, was quoted in an older report.\nLulzim Hetemi, the mayor of Zubin Potok, was named in another report.',
    });
    assert.equal(judge('Steffen Hebestreit, EU foreign policy chief, heard complaints.', 'Steffen Hebestreit', index).verdict, 'supported');
    assert.equal(judge('Lulzim Hetemi, the mayor of Zubin Potok, stayed in his office.', 'Zubin Potok', index).verdict, 'supported');
    // Two holders of one office: a third person in it is not said to be either.
    assert.equal(judge('Albin Kurti, the EU foreign policy chief, heard complaints.', 'Albin Kurti', index).verdict, 'supported');
  });

  test('"In Zubin Potok, … Mayor Lulzim Hetemi": a sentence opening on a place makes it the bare title\'s place', () => {
    const draft = 'In Zubin Potok, soldiers guard the town hall where Mayor Lulzim Hetemi has worked since early Monday.';
    const place = judge(draft, 'Zubin Potok');
    assert.equal(place.verdict, 'contradicted');
    assert.equal(place.suggestion, 'Leposavic');
    assert.match(place.message, /^sources name Lulzim Hetemi as Albanian mayor of Leposavic \("/);
    assert.equal(judge(draft, 'Lulzim Hetemi').verdict, 'supported');
    assert.equal(judge('In the town of Zubin Potok, Mayor Lulzim Hetemi stayed in his office.', 'Zubin Potok').suggestion, 'Leposavic');
    // A table row's first cell (cells joined by " : "), or a line's head before a colon, frames the row.
    assert.equal(judge('Zubin Potok : Mayor Lulzim Hetemi has been inside the town hall since 0530 on Monday : Essential travel only', 'Zubin Potok').suggestion, 'Leposavic');
    assert.equal(judge('Leposavic : Mayor Lulzim Hetemi has been inside the town hall since 0530 on Monday : Essential travel only', 'Leposavic').verdict, 'supported');
  });

  test('the opening place is left alone where it is the person\'s, is no seat of that office, or is not the person\'s clause', () => {
    assert.equal(judge('In Leposavic, soldiers guard the town hall where Mayor Lulzim Hetemi has worked since early Monday.', 'Leposavic').verdict, 'supported');
    // No source gives Mitrovica a mayor of its own: Hetemi may have gone there.
    assert.equal(judge('In Mitrovica, Mayor Lulzim Hetemi met protesters.', 'Mitrovica').verdict, 'supported');
    // Another clause, or a place of his own in the draft.
    assert.equal(judge('In Zubin Potok, police stood by the town hall; Mayor Lulzim Hetemi stayed in his office.', 'Zubin Potok').verdict, 'supported');
    // A source that names the two together may put him there.
    const index = buildIndex({ ...seed(), 'extra.txt': 'Lulzim Hetemi visited Zubin Potok on Tuesday to meet local officials.' });
    assert.equal(judge('In Zubin Potok, Mayor Lulzim Hetemi met protesters.', 'Zubin Potok', index).verdict, 'supported');
    assert.equal(judge('In Zubin Potok, Mayor Lulzim Hetemi met protesters.', 'Zubin Potok').verdict, 'contradicted');
  });

  test('an index restored from a snapshot reads the same relations (from its saved names)', () => {
    const restored = CorpusIndex.restore(SEED.snapshot())!;
    const place = judge('Lulzim Hetemi, the mayor of Zubin Potok, has stayed in his office.', 'Zubin Potok', restored);
    assert.deepEqual([place.verdict, place.suggestion], ['contradicted', 'Leposavic']);
    assert.equal(judge('Josep Borrell, the secretary of state, called the violence unacceptable.', 'Josep Borrell', restored).suggestion, 'Antony Blinken');
  });
});
