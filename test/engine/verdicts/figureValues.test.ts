// How two figures compare by value alone: equal, rounded, within a bound, and the untagged screen for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../../server/src/engine/claims/numbers';
import { tag } from '../../../server/src/engine/nlp/tagger';
import { digitSlip, mayAgree, valuesAgree } from '../../../server/src/engine/verdicts/figureValues';

test('valuesAgree: equal values, rounded percentages, bounds and ranges', () => {
  const n = (sentence: string) => findNumbers(sentence, tag(sentence))[0];
  assert.equal(valuesAgree(n('It was 3.5% of voters.'), n('It was 3.47% of voters.')), true);
  assert.equal(valuesAgree(n('It was 4.7% of voters.'), n('It was 3.47% of voters.')), false);
  assert.equal(valuesAgree(n('There were 3.5 tonnes.'), n('There were 3.47 tonnes.')), false, 'rounding is for percentages');
  assert.equal(valuesAgree(n('More than 50 Serbs.'), n('There were 52 Serbs.')), true);
  assert.equal(valuesAgree(n('More than 50 Serbs.'), n('There were 48 Serbs.')), false);
  assert.equal(valuesAgree(n('At least 100 Albanians.'), n('There were 100 Albanians.')), true);
  assert.equal(valuesAgree(n('Less than 3.5 percent voted.'), n('It was 3.47% of voters.')), true);
  assert.equal(valuesAgree(n('The 1998-1999 war.'), n('The 1998-1999 war.')), true);
  assert.equal(valuesAgree(n('The 1998-1999 war.'), n('The 1998-2000 war.')), false);
  assert.equal(valuesAgree(n('The 1998-1999 war.'), n('The 1998 war.')), false);
});

test('valuesAgree: a figure half-way between two rounds to neither ("some 4 percent" is not 3.5%)', () => {
  const n = (sentence: string) => findNumbers(sentence, tag(sentence))[0];
  assert.equal(valuesAgree(n('Turnout was 4 percent.'), n('Turnout was 3.5%.')), false);
  assert.equal(valuesAgree(n('Turnout was 3 percent.'), n('Turnout was 3.47%.')), true, '3.47% rounds to 3%');
  assert.equal(valuesAgree(n('Turnout was 3.5 percent.'), n('Turnout was 3.47%.')), true);
});

test('valuesAgree: "about" a figure with decimals holds to its last decimal place ("about 3.4%" is not 3.47%); whole figures keep 5%', () => {
  const n = (sentence: string) => findNumbers(sentence, tag(sentence))[0];
  assert.equal(valuesAgree(n('Turnout was about 3.4%.'), n('It was 3.47% of voters.')), false);
  assert.equal(valuesAgree(n('Turnout was about 3.4%.'), n('It was 3.5% of voters.')), false);
  assert.equal(valuesAgree(n('Turnout was about 3.5%.'), n('It was 3.47% of voters.')), true);
  assert.equal(valuesAgree(n('About 700 troops.'), n('There were 690 troops.')), true);
});

test('valuesAgree: "almost" bounds from below, so "more than 3,800" is not the sources\' "almost 3,800"', () => {
  const n = (sentence: string) => findNumbers(sentence, tag(sentence))[0];
  assert.equal(valuesAgree(n('KFOR has more than 3,800 troops.'), n('KFOR has almost 3,800 troops.')), false);
  assert.equal(valuesAgree(n('KFOR has almost 3,800 troops.'), n('KFOR has almost 3,800 troops.')), true);
  assert.equal(valuesAgree(n('KFOR has fewer than 3,800 troops.'), n('KFOR has almost 3,800 troops.')), true);
});

test('valuesAgree: a stated bound is not met by rounding', () => {
  const n = (sentence: string) => findNumbers(sentence, tag(sentence))[0];
  assert.equal(valuesAgree(n('More than 4% of voters cast ballots.'), n('It was 3.5% of voters.')), false);
  assert.equal(valuesAgree(n('Less than 3% of voters cast ballots.'), n('It was 3.47% of voters.')), false);
});

test('mayAgree, the untagged screen for support, passes every pair of figures valuesAgree accepts', () => {
  // Whether a figure is supported is decided from the sentences the screen passes only: a pair it
  // dropped that valuesAgree accepts would turn a supported figure into a contradicted one.
  const qualifiers = [undefined, 'approx', 'almost', 'moreThan', 'atLeast', 'lessThan', 'atMost', 'only'] as const;
  const kinds = ['count', 'percent'] as const;
  let random = 20261122;
  const next = () => ((random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const figure = (value: number, numKind: (typeof kinds)[number], qualifier: (typeof qualifiers)[number]) =>
    ({ start: 0, end: 1, text: String(value), value, numKind, spelled: false, ...(qualifier ? { qualifier } : {}) }) as Parameters<typeof valuesAgree>[0];
  let agreeing = 0;
  for (let i = 0; i < 200_000; i++) {
    const base = [0.5, 1, 3.47, 12, 50, 700, 2014][i % 7]!;
    const places = Math.floor(next() * 3);
    const a = figure(base, kinds[i % 2]!, qualifiers[Math.floor(next() * qualifiers.length)]);
    const b = figure(Number((base * (0.5 + next())).toFixed(places)), kinds[i % 2]!, qualifiers[Math.floor(next() * qualifiers.length)]);
    if (!valuesAgree(a, b)) continue;
    agreeing++;
    assert.ok(mayAgree(a)(b.value), `${a.qualifier ?? ''} ${a.value} agrees with ${b.qualifier ?? ''} ${b.value}, the screen must pass it`);
  }
  assert.ok(agreeing > 1000, `enough agreeing pairs to mean something (${agreeing})`);
});

test('a zero dropped or doubled is a slip; another digit dropped is not', () => {
  const n = (text: string) => findNumbers(text, tag(text))[0]!;
  assert.equal(digitSlip(n('5,000 Serbs'), n('50,000 Serbs')), true);
  assert.equal(digitSlip(n('7000 troops'), n('700 troops')), true);
  assert.equal(digitSlip(n('5,200 Serbs'), n('52 Serbs')), false);
});

test('a last decimal cut off is a slip ("3.4%" for 3.47%); a whole figure cut short is not', () => {
  const n = (text: string) => findNumbers(text, tag(text))[0]!;
  assert.equal(digitSlip(n('3.4% of voters'), n('3.47% of voters')), true);
  assert.equal(digitSlip(n('3.47% of voters'), n('3.4% of voters')), true);
  assert.equal(digitSlip(n('5 Serbs'), n('52 Serbs')), false);
});
