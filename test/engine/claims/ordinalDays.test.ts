// Spoken ordinal days after their weekday.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOrdinalDays } from '../../../server/src/engine/claims/ordinalDays';

test('"Friday, the twenty-fifth", "Saturday the twenty-eighth", "the Friday before, the twenty-fifth" are days; "the first time" is not', () => {
  assert.deepEqual(findOrdinalDays('It began last Friday, the twenty-fifth, at dawn.').map((d) => d.value), [25]);
  assert.deepEqual(findOrdinalDays('They asked Vucic on Saturday the twenty-eighth to pull out.').map((d) => d.value), [28]);
  assert.deepEqual(findOrdinalDays('It had begun the Friday before, the twenty-fifth, when police fired tear gas.').map((d) => d.value), [25]);
  assert.deepEqual(findOrdinalDays('On Friday it was the first time in years.'), []);
  assert.deepEqual(findOrdinalDays('It was the third party to leave.'), []);
});

test('"the first of them" after a weekday counts nothing; "the twenty-fifth of May" is a day', () => {
  assert.deepEqual(findOrdinalDays('NATO announced troops after the Monday clashes, the first of them from Turkey.'), []);
  assert.deepEqual(findOrdinalDays('It began on Friday, the twenty-fifth of May.').map((d) => d.value), [25]);
});
