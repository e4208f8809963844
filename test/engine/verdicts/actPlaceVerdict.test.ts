// Where a person did it, judged on the seed corpus (corpus/): corpus/003 has "Speaking at an international
// security forum in Bratislava, Slovakia, Kosovo Prime Minister Albin Kurti said … but hinted at the
// possibility of early local elections".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a place the draft sets a person\'s act in, where the best match sets it in another, is contradicted', () => {
  for (const [draft, place] of [
    ['Albin Kurti hinted at early local elections at the Chisinau summit.', 'Chisinau'],
    ['Albin Kurti refuses to back down, but at the Moldova summit he hinted at early local elections.', 'Moldova'],
  ] as const) {
    const j = judgeNamed(SEED, draft, place);
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Bratislava', draft);
  }
  assert.equal(judgeNamed(SEED, 'Speaking in Bratislava, Albin Kurti hinted at early local elections.', 'Bratislava').verdict, 'supported');
});

test('only a place the source sentence opens on: "the largest party of the Serbs in Kosovo" sets nothing, nor does a gathering\'s name', () => {
  assert.equal(judgeNamed(SEED, 'In Zvečan, Igor Simic of the Serbian List told Reuters the mayors have to leave.', 'Zvečan').verdict, 'supported');
  // "Speaking on arrival at a European Political Community summit in Moldova, Vučić …": Chisinau is in Moldova.
  assert.equal(judgeNamed(SEED, 'Vučić said in Chisinau that withdrawing the alleged mayors would be the most powerful move.', 'Chisinau').verdict, 'supported');
});
