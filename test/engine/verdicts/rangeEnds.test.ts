// A range gainsaid at one end is reported at that end, so its fix replaces one figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitAtWrongEnd } from '../../../server/src/engine/verdicts/rangeEnds';
import { buildIndex, contextFor, seedSources } from './harness';
import { judgeNumber } from '../../../server/src/engine/verdicts/numberVerdict';

const seed = buildIndex(seedSources());

function endsOf(draft: string, rangeText: string) {
  const { analysed, ctx } = contextFor(seed, draft);
  const mention = analysed.numbers.find((n) => n.text === rangeText);
  assert.ok(mention, `${rangeText} in ${JSON.stringify(analysed.numbers.map((n) => n.text))}`);
  const judgement = judgeNumber(mention, ctx);
  const ends = splitAtWrongEnd(mention, judgement);
  return { judgement, ends: ends?.map((e) => ({ text: draft.slice(e.start, e.end), verdict: e.judgement.verdict, suggestion: e.judgement.suggestion, value: e.value })) };
}

test('"the 1997-1999 war" (sources: 1998-1999) is wrong at its start only: 1997 → 1998, and 1999 is supported', () => {
  const { ends } = endsOf('Milosevic led Serbia through the 1997-1999 war in Kosovo.', '1997-1999');
  assert.deepEqual(ends, [
    { text: '1997', verdict: 'contradicted', suggestion: '1998', value: 1997 },
    { text: '1999', verdict: 'supported', suggestion: undefined, value: 1999 },
  ]);
});

test('the end gainsaid may be the later one ("1998-2001" → 2001 is 1999); a short end ("1997-99") is judged as the year it stands for', () => {
  const late = endsOf('Milosevic led Serbia through the 1998-2001 war in Kosovo.', '1998-2001');
  assert.deepEqual(late.ends?.map((e) => [e.text, e.verdict, e.suggestion]), [['1998', 'supported', undefined], ['2001', 'contradicted', '1999']]);
  const short = endsOf('Milosevic led Serbia through the 1997-99 war in Kosovo.', '1997-99');
  assert.deepEqual(short.ends?.map((e) => [e.text, e.verdict, e.suggestion, e.value]), [['1997', 'contradicted', '1998', 1997], ['99', 'supported', undefined, 1999]]);
});

test('a range wrong at both ends, or one the sources support, stays one claim', () => {
  const both = endsOf('Milosevic led Serbia through the 1991-1995 war in Kosovo.', '1991-1995');
  assert.equal(both.judgement.verdict, 'contradicted');
  assert.equal(both.ends, undefined);
  assert.equal(endsOf('Milosevic led Serbia through the 1998-1999 war in Kosovo.', '1998-1999').ends, undefined);
});
