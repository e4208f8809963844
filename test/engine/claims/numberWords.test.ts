import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumberWords } from '../../../server/src/engine/claims/numberWords';

/** [text as matched, value] for every spelled-out number in `text`. */
function found(text: string): Array<[string, number]> {
  return findNumberWords(text).map((m) => [text.slice(m.start, m.end), m.value]);
}

test('hyphenated compounds: "Fifty-two" is 52', () => {
  assert.deepEqual(found('Fifty-two Serbs were hurt.'), [['Fifty-two', 52]]);
  assert.deepEqual(found('twenty-one'), [['twenty-one', 21]]);
  assert.deepEqual(found('ninety-nine'), [['ninety-nine', 99]]);
});

test('offsets cover exactly the number words', () => {
  assert.deepEqual(findNumberWords('About fifty-two people'), [{ start: 6, end: 15, value: 52 }]);
  assert.deepEqual(findNumberWords('Thirty peacekeepers'), [{ start: 0, end: 6, value: 30 }]);
});

test('case does not matter', () => {
  assert.deepEqual(found('THIRTY'), [['THIRTY', 30]]);
  assert.deepEqual(found('Thirty'), [['Thirty', 30]]);
});

test('scales multiply and add up: hundreds, thousands, millions', () => {
  assert.deepEqual(found('three hundred'), [['three hundred', 300]]);
  assert.deepEqual(found('Three hundred and twenty troops'), [['Three hundred and twenty', 320]]);
  assert.deepEqual(found('one hundred and one'), [['one hundred and one', 101]]);
  assert.deepEqual(found('nine hundred ninety-nine'), [['nine hundred ninety-nine', 999]]);
  assert.deepEqual(found('two thousand five hundred'), [['two thousand five hundred', 2500]]);
  assert.deepEqual(found('forty-five thousand'), [['forty-five thousand', 45000]]);
  assert.deepEqual(found('one million people'), [['one million', 1_000_000]]);
});

test('"a dozen" is 12, "half a dozen" is 6, "two dozen" is 24', () => {
  assert.deepEqual(found('A dozen people were hurt.'), [['A dozen', 12]]);
  assert.deepEqual(found('half a dozen eggs'), [['half a dozen', 6]]);
  assert.deepEqual(found('two dozen police cars'), [['two dozen', 24]]);
});

test('vague quantities are not numbers', () => {
  for (const text of [
    'a few dozen Serbs gathered',
    'several dozen Serbs gathered',
    'many dozen Serbs gathered',
    'Dozens of ethnic Albanians gathered',
    'Hundreds of ethnic Serbs gathered',
    'Several hundred Albanians demonstrated',
    'Thousands marched',
  ]) {
    assert.deepEqual(found(text), [], text);
  }
});

test('words that merely contain a number word are not numbers', () => {
  assert.deepEqual(found('Someone left none of the money, and the tone was often tense.'), []);
});

test('two number words that cannot form one number stay two numbers', () => {
  assert.deepEqual(found('five six'), [['five', 5], ['six', 6]]);
  assert.deepEqual(found('ten and twenty'), [['ten', 10], ['twenty', 20]]);
});

test('"one" is found here; numbers.ts decides whether it is a count', () => {
  assert.deepEqual(found('one'), [['one', 1]]);
});

test('"Fifty two" without a hyphen is 52', () => {
  assert.deepEqual(found('Fifty two people'), [['Fifty two', 52]]);
  assert.deepEqual(found('seventy five percent'), [['seventy five', 75]]);
});

test('"a hundred" and "a thousand" are numbers', () => {
  assert.deepEqual(found('a hundred troops'), [['a hundred', 100]]);
  assert.deepEqual(found('a thousand people'), [['a thousand', 1000]]);
});

test('"three and a half" is 3.5, "two and a half million" 2,500,000, "one and a quarter" 1.25', () => {
  assert.deepEqual(found('Turnout was three and a half per cent.'), [['three and a half', 3.5]]);
  assert.deepEqual(found('Some two and a half million people voted.'), [['two and a half million', 2_500_000]]);
  assert.deepEqual(found('It took one and a quarter hours.'), [['one and a quarter', 1.25]]);
  // "and a halfway house": no fraction.
  assert.deepEqual(found('They built three and a halfway house.'), [['three', 3]]);
});

test('a decimal read aloud, a digit a word: "three point five" is 3.5, "one point eight million" 1,800,000', () => {
  assert.deepEqual(found('turnout was just three point five per cent'), [['three point five', 3.5]]);
  assert.deepEqual(found('a territory of one point eight million people'), [['one point eight million', 1_800_000]]);
  assert.deepEqual(found('two point four seven'), [['two point four seven', 2.47]]);
  // "point" that reads no digit after it is no decimal.
  assert.deepEqual(found('three point guards'), [['three', 3]]);
});
