// Whom it was done to, judged on the seed corpus (corpus/): corpus/000 has "Macron and German Chancellor
// Olaf Scholz are expected to meet Kosovo President Vjosa Osmani and her Serbian counterpart Aleksandar Vucic".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a person made the object of a verb the best match gives another person is contradicted: "due to meet Albin Kurti and Vucic" → Vjosa Osmani', () => {
  const j = judgeNamed(SEED, 'Emmanuel Macron and Olaf Scholz were due to meet Albin Kurti and Vucic at the summit in Chisinau.', 'Albin Kurti');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Vjosa Osmani');
  assert.match(j.message, /^sources name Vjosa Osmani here, not Albin Kurti \(".*", corpus\/000_9d908ecb5e6367bb\.txt:13\)$/);
  // "to see" is "to meet"; two more of the draft's persons tie a long sentence to the same act.
  assert.equal(
    judgeNamed(SEED, 'Macron and Scholz are due to see Albin Kurti and Vučić today on the sidelines of the European Political Community summit in Moldova.', 'Albin Kurti').suggestion,
    'Vjosa Osmani',
  );
  for (const draft of ['Emmanuel Macron and Olaf Scholz were due to meet Vjosa Osmani and Vucic at the summit in Chisinau.', 'Emmanuel Macron and Olaf Scholz were due to meet Vucic at the summit.']) {
    for (const name of ['Vjosa Osmani', 'Vucic']) if (draft.includes(name)) assert.equal(judgeNamed(SEED, draft, name).verdict, 'supported', `${name} in ${draft}`);
  }
});

test('no object swap where the draft names the other person, or where the person is a subject', () => {
  assert.equal(judgeNamed(SEED, 'Macron and Scholz were due to meet Albin Kurti and Vucic, not Vjosa Osmani.', 'Albin Kurti').verdict, 'supported');
  assert.equal(judgeNamed(SEED, 'Albin Kurti was due to meet Macron and Scholz.', 'Albin Kurti').verdict, 'supported');
});

test('"sit down with X" is a meeting: "Macron and Scholz want to sit down with Kurti and Aleksandar Vucic" → Vjosa Osmani', () => {
  const sit = judgeNamed(SEED, 'Now Emmanuel Macron and Olaf Scholz want to sit down with Kurti and Aleksandar Vucic in Slovakia.', 'Kurti');
  assert.equal(sit.verdict, 'contradicted');
  assert.equal(sit.suggestion, 'Vjosa Osmani');
});

test('whom a request was made of: "called on Kurti to suspend the dialogue" and "asked Kurti to …" → Vucic (corpus/002:27), even in a sentence joining two acts', () => {
  for (const draft of [
    'On Saturday 27 May they called on Kurti to suspend the dialogue on normalising relations, and Igor Simic, vice-president of the Serbian List, told Reuters that the mayors "have to leave the area because they don\'t represent anyone".',
    'On Saturday the Kosovo Serbs even asked Kurti to suspend the dialogue on normalising relations, which shows how far apart things are.',
  ]) {
    const j = judgeNamed(SEED, draft, 'Kurti');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Vucic');
  }
  assert.equal(judgeNamed(SEED, 'On Saturday the Kosovo Serbs asked Vucic to suspend the dialogue on normalising relations.', 'Vucic').verdict, 'supported');
  // Another act with Kurti as its object is not the request.
  assert.equal(judgeNamed(SEED, 'On Saturday the Kosovo Serbs asked Kurti about the mayors, and he said they would stay.', 'Kurti').verdict, 'supported');
});

test('an object pronoun in the list: "Macron and Scholz are due to see him and Kurti there" → Vjosa Osmani', () => {
  const j = judgeNamed(SEED, 'Vučić arrived at the summit in Moldova. Macron and Scholz are due to see him and Kurti there.', 'Kurti');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Vjosa Osmani');
  assert.equal(judgeNamed(SEED, 'Macron and Scholz are due to see him and Vjosa Osmani there.', 'Vjosa Osmani').verdict, 'supported');
});
