// An acronym defined against the wrong name, judged on the seed corpus (corpus/): "The European Union Rule
// of Law Mission in Kosovo (KFOR)" where the sources bracket "(EULEX)" after that name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('an acronym the sources give another name is contradicted, with the acronym they bracket after the draft\'s name', () => {
  const j = judgeNamed(SEED, 'The European Union Rule of Law Mission in Kosovo (KFOR) has personnel on the ground.', 'KFOR');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'EULEX');
  assert.match(j.message, /^sources write European Union Rule of Law Mission in Kosovo as EULEX, not KFOR \(".*", corpus\/002_d4eaac29448d7c9b\.txt:19\)$/);
  // An acronym no source knows, after a name they spell out with their own.
  assert.equal(judgeNamed(SEED, 'The Kosovo Central Election Commission (CEC) counted the votes.', 'CEC').suggestion, 'KQZ');
});

test('the sources\' own acronym, or a name they bracket nothing after, leaves the acronym alone', () => {
  assert.equal(judgeNamed(SEED, 'The European Union Rule of Law Mission in Kosovo (EULEX) has personnel on the ground.', 'EULEX').verdict, 'supported');
  assert.equal(judgeNamed(SEED, "NATO's Peacekeeping Force in Kosovo (KFOR) units guard the bridge.", 'KFOR').verdict, 'supported');
  // "Kosovo Albanian media" is written, never bracketed: nothing to compare "(KAM)" with.
  assert.notEqual(judgeNamed(SEED, 'Kurti spoke to Kosovo Albanian Media (KAM) on Monday.', 'KAM').verdict, 'contradicted');
});

test('the draft\'s own acronym of the name, in its language, is that name: "Kosovo Liberation Army (KLA)" where the sources bracket "(UCK)"', () => {
  const draft = 'At the Mitrovica bridge, at least 100 Albanians chanted for the Kosovo Liberation Army (KLA).';
  const kla = judgeNamed(SEED, draft, 'KLA');
  assert.equal(kla.verdict, 'supported');
  assert.match(kla.message, /corpus\/000_9d908ecb5e6367bb\.txt:3/);
  // Letters that are not the name's initials are still another acronym.
  const kfa = judgeNamed(SEED, draft.replace('KLA', 'KFA'), 'KFA');
  assert.equal(kfa.verdict, 'contradicted');
  assert.equal(kfa.suggestion, 'UCK');
});
