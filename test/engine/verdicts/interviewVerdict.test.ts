// To whom a person spoke: the outlet the draft gives an interview against the sources' one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Judgement } from '../../../server/src/engine/verdicts/judgement';
import { buildIndex, seedSources, judgeNamed } from './harness';

const SEED = buildIndex(seedSources());

function judge(draft: string, nameText: string): Judgement {
  return judgeNamed(SEED, draft, nameText);
}

test('an interview given to another outlet: "Igor Simic spoke to AFP" where the sources say Reuters', () => {
  const j = judge('Igor Simic, vice-president of the Serbian List, spoke to AFP.', 'AFP');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Reuters');
  assert.match(j.message, /^sources have Igor Simic speak to Reuters, not AFP \("/);
  assert.equal(judge('Igor Simic spoke to AFP and said the mayors have to leave the area.', 'AFP').suggestion, 'Reuters');
  assert.equal(judge('Igor Simic told Reuters the mayors represent nobody.', 'Reuters').verdict, 'supported');
  // "AFP and Reuters": a list of outlets, not one the sources contradict.
  assert.equal(judge('Igor Simic told AFP and Reuters the mayors represent nobody.', 'AFP').verdict, 'supported');
  // The outlet's own interview: "AFP's interview with Igor Simic".
  assert.equal(judge("AFP's interview with Igor Simic of the Serbian List was widely read.", 'AFP').suggestion, 'Reuters');
  assert.equal(judge('A Reuters interview with Igor Simic of the Serbian List was widely read.', 'Reuters').verdict, 'supported');
  // Kurti told "Kosovo Albanian media" what the mayors should do; what he said in Bratislava names no outlet.
  assert.equal(judge('Kurti told AFP the mayors will stay.', 'AFP').suggestion, 'Kosovar media');
  assert.equal(judge('Kurti told AFP he would consider early elections.', 'AFP').verdict, 'supported');
});

test('whom a quotation was said to, in a bracketed citation: ""Mayors should go …" (Kurti, to Reuters)" → Kosovar media, however the sources name the local media', () => {
  const j = judgeNamed(SEED, '"Mayors should go and work in their offices" (Kurti, to Reuters).', 'Reuters');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Kosovar media');
  // An interview about something else is no evidence of whom this was said to.
  assert.notEqual(judgeNamed(SEED, 'Albin Kurti, interviewed by RTK, says he will not back down.', 'RTK').verdict, 'contradicted');
});

test('an attribution line after the quotation names the outlet: ""Mayors should go …." Albin Kurti, to Reuters" → Kosovar media', () => {
  const j = judgeNamed(SEED, '"Mayors should go and work in their offices." Albin Kurti, to Reuters', 'Reuters');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Kosovar media');
});

test('the words said, then to whom: "… and he said it to Reuters", "Kurti\'s line "Mayors should go …" was given to Reuters" → Kosovar media', () => {
  for (const draft of [
    'It was Kosovo\'s prime minister, Albin Kurti, who said that mayors "should go and work in their offices", and he said it to Reuters.',
    'Kurti\'s line "Mayors should go and work in their offices" was given to Reuters.',
  ]) {
    const j = judgeNamed(SEED, draft, 'Reuters');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.match(j.suggestion ?? '', /media$/);
  }
  assert.notEqual(judgeNamed(SEED, 'Igor Simic said the mayors "don\'t represent anyone", and he said it to Reuters.', 'Reuters').verdict, 'contradicted');
});
