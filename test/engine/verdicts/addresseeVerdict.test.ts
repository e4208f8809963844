// To whom it was said, judged on the seed corpus (corpus/): corpus/000 has "Vucic said he talked with EU
// foreign policy chief Josep Borrell about "irresponsible behaviour of Pristina institutions"".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());
const QUOTE = '"irresponsible behaviour of Pristina institutions"';

test('a person the draft has the words said to, where the source sentence with those words addresses another, is contradicted', () => {
  const j = judgeNamed(SEED, `Vučić says he has already complained to Antony Blinken about the ${QUOTE}.`, 'Antony Blinken');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Josep Borrell');
  assert.match(j.message, /^sources have this said to Josep Borrell, not Antony Blinken \(".*", corpus\/000_9d908ecb5e6367bb\.txt:14\)$/);
  assert.equal(judgeNamed(SEED, `Vucic said he had complained to Josep Borrell about the ${QUOTE}.`, 'Josep Borrell').verdict, 'supported');
});

test('no quotation to tie the sentences, or a one-word one, leaves the person alone', () => {
  assert.equal(judgeNamed(SEED, 'Vučić says he has already complained to Antony Blinken about Pristina.', 'Antony Blinken').verdict, 'supported');
  assert.equal(judgeNamed(SEED, 'Vučić says he has already complained to Antony Blinken about "irresponsible" behaviour.', 'Antony Blinken').verdict, 'supported');
});

test('a body is compared with bodies: "Serbia called on the United Nations to "stop the violence …"" → NATO ("urged NATO to …")', () => {
  for (const draft of ['Serbia called on the United Nations to "stop the violence against local Serbs in Kosovo."', 'Serbia has also urged the United Nations to "stop the violence against local Serbs".']) {
    const j = judgeNamed(SEED, draft, 'United Nations');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'NATO', draft);
  }
  assert.equal(judgeNamed(SEED, 'Serbia urged NATO to "stop the violence against local Serbs in Kosovo."', 'NATO').verdict, 'supported');
  // "advance to the border with Kosovo": a preposition after a noun addresses no one.
  assert.equal(judgeNamed(SEED, 'Serbia urged NATO to "stop the violence against local Serbs".', 'NATO').verdict, 'supported');
});

test('the noun of the verb addresses too: "his complaint to Antony Blinken about "…"" → Josep Borrell', () => {
  const j = judgeNamed(SEED, `Vučić's call ran widely, as did his complaint to Antony Blinken about ${QUOTE}.`, 'Antony Blinken');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Josep Borrell');
  assert.notEqual(judgeNamed(SEED, `Vučić's call ran widely, as did his complaint to Josep Borrell about ${QUOTE}.`, 'Josep Borrell').verdict, 'contradicted');
});

test('two quoted words in a row tie the sentence too: "complained to Antony Blinken about the "irresponsible behaviour" of Pristina\'s institutions" → Josep Borrell (corpus/000:14)', () => {
  const j = judgeNamed(SEED, 'Vučić says he has complained to Antony Blinken about the "irresponsible behaviour" of Pristina\'s institutions.', 'Antony Blinken');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Josep Borrell');
  assert.notEqual(judgeNamed(SEED, 'Vučić says he has complained to Josep Borrell about the "irresponsible behaviour" of Pristina\'s institutions.', 'Josep Borrell').verdict, 'contradicted');
});
