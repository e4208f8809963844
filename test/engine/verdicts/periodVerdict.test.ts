// A period's ends ("26 May – 1 June 2023", "26–27 May"): supported where the sources are dated within it,
// or where a dated source tells of that day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, datedSources, judgeFigure, seedSources } from './harness';

const DATED = buildIndex(datedSources());
const judge = judgeFigure;

test('a period the sources are dated in: both ends of "26 May – 1 June 2023" are supported, a far start is not', () => {
  const draft = 'Map: northern Kosovo flashpoints, 26 May – 1 June 2023';
  const start = judge(DATED, draft, '26');
  assert.equal(start.verdict, 'supported');
  assert.equal(start.message, 'sources are dated 29 May 2023 and 1 June 2023, within 26 May 2023 – 1 June 2023');
  assert.equal(judge(DATED, draft, '1').verdict, 'supported');
  assert.equal(judge(DATED, 'Flashpoints from May 26 to June 1, 2023', '26').verdict, 'supported');
  assert.equal(judge(DATED, 'Map: northern Kosovo flashpoints, 2 May – 1 June 2023', '2').verdict, 'unsupported');
});

test('a heading\'s period: each day is supported where a dated source tells of it ("on Saturday" in an article dated Monday 29 May is 27 May)', () => {
  const seed = buildIndex(seedSources());
  const saturday = judge(seed, '26–27 May: the mayors walk in', '27');
  assert.equal(saturday.verdict, 'supported');
  assert.match(saturday.message, /^sources put Saturday on 27 May 2023/);
  assert.equal(judge(seed, '26–27 May: the mayors walk in', '26').verdict, 'supported');
  assert.notEqual(judge(seed, '19–20 May: the mayors walk in', '20').verdict, 'supported');
});
