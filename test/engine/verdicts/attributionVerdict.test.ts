// Who said it and to whom, judged on the seed corpus (corpus/): a quote or an interview given to the
// wrong person or outlet.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Judgement } from '../../../server/src/engine/verdicts/judgement';
import { buildIndex, seedSources, judgeNamed } from './harness';

const SEED = buildIndex(seedSources());

function judge(draft: string, nameText: string): Judgement {
  return judgeNamed(SEED, draft, nameText);
}

describe('who said it, and to whom', () => {
  test('a quote the sources give another person contradicts the draft\'s speaker', () => {
    const j = judge('Earlier, Igor Simic said: "Mayors should go and work in their offices."', 'Igor Simic');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Albin Kurti');
    assert.match(j.message, /^sources quote Albin Kurti saying this, not Igor Simic \("/);
  });

  test('the right speaker, a short quote, or a source that says only "he said" leave the speaker alone', () => {
    assert.equal(judge('"Mayors should go and work in their offices," Kurti said.', 'Kurti').verdict, 'supported');
    assert.equal(judge('Vucic called the violence "unacceptable".', 'Vucic').verdict, 'supported');
    assert.equal(judge('"As long as there is a violent mob outside the municipal buildings, we must have our special units," Vucic said.', 'Vucic').verdict, 'supported');
  });

  test('an interview given to another outlet: "Igor Simic spoke to AFP" where the sources say Reuters', () => {
    const j = judge('Igor Simic, vice-president of the Serbian List, spoke to AFP.', 'AFP');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Reuters');
    assert.match(j.message, /^sources have Igor Simic speak to Reuters, not AFP \("/);
    assert.equal(judge('Igor Simic spoke to AFP and said the mayors have to leave the area.', 'AFP').suggestion, 'Reuters');
    assert.equal(judge('Igor Simic told Reuters the mayors represent nobody.', 'Reuters').verdict, 'supported');
    // "AFP and Reuters": a list of outlets, not one the sources contradict.
    assert.equal(judge('Igor Simic told AFP and Reuters the mayors represent nobody.', 'AFP').verdict, 'supported');
    // The sources name no outlet Kurti spoke to ("Kosovo Albanian media"): nothing to contradict.
    assert.equal(judge('Kurti told AFP the mayors will stay.', 'AFP').verdict, 'supported');
  });
});
