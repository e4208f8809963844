// Clock times in words or with a point, as the sources' "0530" is one moment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDigitClockTimes, findSpokenClockTimes } from '../../../server/src/engine/claims/clockTimes';
import { findNumbers } from '../../../server/src/engine/claims/numbers';
import { tag } from '../../../server/src/engine/nlp/tagger';

const times = (sentence: string) => [...findDigitClockTimes(sentence), ...findSpokenClockTimes(sentence)].map((c) => [sentence.slice(c.start, c.end), c.value]);

test('a clock in words or with a point, with a word of time around it, is HHMM on the 24-hour clock', () => {
  assert.deepEqual(times('He slipped inside at five-thirty on Monday morning.'), [['five-thirty', 530]]);
  assert.deepEqual(times('He went in at half past five in the morning.'), [['half past five', 530]]);
  assert.deepEqual(times('He went in at 5.30 on Monday morning.'), [['5.30', 530]]);
  assert.deepEqual(times('The crowd left at quarter to seven in the evening.'), [['quarter to seven', 1845]]);
  assert.deepEqual(times("Polls closed at seven o'clock."), [["seven o'clock", 700]]);
});

test('a decimal, a percentage or a count is no clock', () => {
  assert.deepEqual(times('Turnout stood at 3.47 per cent.'), []);
  assert.deepEqual(times('Turnout was 3.47, the commission said.'), []);
  assert.deepEqual(times('The index rose to 5.30 on Monday.'), [], 'no clock preposition');
  assert.deepEqual(times('Five-thirty people came.'), []);
});

test('numbers read a clock in words as one time, not as the count its words would make', () => {
  const found = findNumbers('He slipped inside at five-thirty on Monday morning.', tag('He slipped inside at five-thirty on Monday morning.'));
  assert.deepEqual(found.map((n) => [n.text, n.numKind, n.value]), [['five-thirty', 'time', 530], ['Monday', 'weekday', 1]]);
});
