// Where the day's violence was, judged on the seed corpus (corpus/): corpus/003 tells Monday's clash only
// in Zvecan ("In Zvecan on Monday, angry Serbs again clashed first with the police …").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a town given a day\'s violence that the sources tell in another town is contradicted, by weekday or by date', () => {
  const monday = judgeNamed(SEED, 'On Monday 29 May, thirty NATO soldiers and 52 Serbs were injured in clashes in Zubin Potok.', 'Zubin Potok');
  assert.equal(monday.verdict, 'contradicted');
  assert.equal(monday.suggestion, 'Zvecan');
  assert.match(monday.message, /^sources set Monday's violence in Zvecan, not Zubin Potok \(".*", corpus\/003_8fbeb65e4de37aad\.txt:37\)$/);
  // A date stands for its weekday: 29 May 2023 was a Monday.
  assert.equal(judgeNamed(SEED, 'On 29 May thirty NATO soldiers and 52 Serbs were injured in clashes in Zubin Potok.', 'Zubin Potok').suggestion, 'Zvecan');
  assert.equal(judgeNamed(SEED, 'On Monday 29 May, thirty NATO soldiers and 52 Serbs were injured in clashes in Zvecan.', 'Zvecan').verdict, 'supported');
});

test('a town the sources write in another spelling is a town too, and the hurt tell of the violence: "30 peacekeepers and 52 protesters hurt in Leposavic" → Zvecan', () => {
  // The sources make Leposaviq a town ("In the town of Leposaviq"), and write Leposavic otherwise.
  for (const draft of ["Monday's clashes in Leposavic injured 30 peacekeepers and 52 Serbs.", 'Monday, swearing-in day: 30 NATO peacekeepers and 52 protesters hurt in Leposavic.']) {
    const j = judgeNamed(SEED, draft, 'Leposavic');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Zvecan', draft);
  }
  assert.equal(judgeNamed(SEED, 'Monday, swearing-in day: 30 NATO peacekeepers and 52 protesters hurt in Zvecan.', 'Zvecan').verdict, 'supported');
});

test('no day\'s violence where the draft tells none, or joins another event on, or names no day', () => {
  assert.notEqual(judgeNamed(SEED, 'On Monday, Serbs protested peacefully outside the town hall in Zubin Potok.', 'Zubin Potok').verdict, 'contradicted');
  assert.notEqual(judgeNamed(SEED, 'The risk case is a repeat of Monday, or of the attack in Mitrovica on two Kosovar Albanians by masked men.', 'Mitrovica').verdict, 'contradicted');
});

test('with no day written, the day the sources give the violence the figures count: "In Zubin Potok they fought the police and then KFOR: 30 troops and 52 Serbs injured." → Zvecan', () => {
  for (const [draft, town] of [
    ['In Zubin Potok they fought the police and then KFOR: 30 troops and 52 Serbs injured.', 'Zubin Potok'],
    ['In Leposavic, protesters fought the peacekeepers: 30 soldiers and more than 50 Serbs were injured.', 'Leposavic'],
  ] as const) {
    const j = judgeNamed(SEED, draft, town);
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Zvecan');
  }
  assert.notEqual(judgeNamed(SEED, 'In Zvecan they fought the police and then KFOR: 30 troops and 52 Serbs injured.', 'Zvecan').verdict, 'contradicted');
  // Figures no violence of the sources counts tie the sentence to no day.
  assert.notEqual(judgeNamed(SEED, 'In Leposavic, 700 protesters fought over 4,000 tickets.', 'Leposavic').verdict, 'contradicted');
});
