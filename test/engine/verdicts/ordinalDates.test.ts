// A day of the month written as an ordinal after its weekday, with no month.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ordinalOf } from '../../../server/src/engine/verdicts/ordinalDates';
import { buildIndex, judgeFigure, seedSources } from './harness';

test('an ordinal is mended in the form it was written', () => {
  assert.equal(ordinalOf(26, true), 'twenty-sixth');
  assert.equal(ordinalOf(21, true), 'twenty-first');
  assert.equal(ordinalOf(30, true), 'thirtieth');
  assert.equal(ordinalOf(12, true), 'twelfth');
  assert.equal(ordinalOf(26, false), '26th');
  assert.equal(ordinalOf(1, false), '1st');
  assert.equal(ordinalOf(22, false), '22nd');
  assert.equal(ordinalOf(13, false), '13th');
});

test('"last Friday, the twenty-fifth" is read in the datelines\' month and judged against the calendar and the sources', () => {
  const seed = buildIndex(seedSources());
  const spoken = judgeFigure(seed, 'The trouble began last Friday, the twenty-fifth, when Albanian mayors tried to enter their offices.', 'twenty-fifth');
  assert.equal(spoken.verdict, 'contradicted');
  assert.equal(spoken.suggestion, 'twenty-sixth');
  assert.match(spoken.message, /^sources put Friday on 26 May 2023, and 25 May 2023 is a Thursday/);
  assert.equal(judgeFigure(seed, 'The mayors tried to enter on Friday, the twenty-sixth.', 'twenty-sixth').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'And the Kosovo Serbs asked him on Saturday the 27th to pull out of the EU-led dialogue.', '27th').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'They asked Vucic on Saturday the 28th to pull out of the dialogue.', '28th').suggestion, '27th');
});
