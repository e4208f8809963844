// Days between two events, judged on the seed corpus (corpus/): its clashes are told on Friday (26 May)
// and on Monday (29 May), dated by the articles' datelines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeFigure, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a count of days after an event is supported by a day the sources tell it on, and contradicted otherwise', () => {
  const draft = (count: string) => `**Zvečan, Wednesday 31 May 2023** — Hundreds of ethnic Serbs gathered outside the city hall, ${count} days after clashes that injured 30 soldiers of the NATO-led peacekeeping force.`;
  const two = judgeFigure(SEED, draft('two'), 'two');
  assert.equal(two.verdict, 'supported');
  assert.match(two.message, /^sources put it on Monday, 29 May 2023, 2 days before 31 May 2023 \("/);
  const three = judgeFigure(SEED, draft('three'), 'three');
  assert.equal(three.verdict, 'contradicted');
  assert.equal(three.suggestion, 'two', 'the fix is written as the draft writes its count');
  // The Friday's clashes are five days before: a story's event may be told on more than one day.
  assert.equal(judgeFigure(SEED, 'On 31 May Serbs rallied in Zvecan, five days after the clashes.', 'five').verdict, 'supported');
});

test('no day of its own in the draft sentence, or no event the sources date, leaves the count alone', () => {
  assert.notEqual(judgeFigure(SEED, 'Serbs rallied in Zvecan three days after the clashes.', 'three').verdict, 'contradicted');
  assert.notEqual(judgeFigure(SEED, 'On 31 May Serbs rallied in Zvecan, three days after the harvest festival.', 'three').verdict, 'contradicted');
});

test('a draft that dates nothing is dated by a best match telling its event on one weekday: a count that fits is supported, one that does not is left open', () => {
  const index = buildIndex({
    'protest.txt': ' date 2023-05-31 Hundreds of Serbs gathered on Wednesday outside the city hall in Zvecan, waving flags.\n',
    'clashes.txt': ' date 2023-05-29 Clashes on Monday injured 30 soldiers in Zvecan.\n',
  });
  const draft = (n: string) => `Hundreds of Serbs gathered outside the city hall in Zvecan, waving flags, ${n} days after clashes that injured 30 soldiers.`;
  assert.equal(judgeFigure(index, draft('two'), 'two').verdict, 'supported');
  assert.notEqual(judgeFigure(index, draft('three'), 'three').verdict, 'contradicted');
});
