// Weekdays of sources with no dateline, read against the weekdays they name that the dated sources fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, datedSources, judgeFigure, seedSources } from './harness';

const judge = judgeFigure;

test('an undated source\'s weekday supports a day of the same weekday in the week up to a dateline', () => {
  const index = buildIndex({
    ...Object.fromEntries(['a', 'b'].map((k, i) => [`${k}.txt`, ` date 2023-06-0${i + 1} Serbian President Aleksandar Vucic spoke at a summit in Moldova.\n`])),
    'undated.txt': 'On Wednesday a peaceful crowd spread a huge Serbian flag outside the city hall in Zvecan.\n',
  });
  const j = judge(index, 'On Wednesday 31 May a peaceful crowd spread a huge Serbian flag outside the city hall in Zvecan.', '31');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /^corpus\/undated\.txt:1 says Wednesday \(".*"\), and 31 May 2023 is a Wednesday$/);
  // A Wednesday a week before the coverage is another Wednesday than the source's.
  assert.equal(judge(index, 'On Wednesday 24 May a peaceful crowd spread a huge Serbian flag outside the city hall in Zvecan.', '24').verdict, 'unsupported');
});

test('an undated source\'s weekday lies nearest the weekdays it names that the dated sources fix: its "Wednesday" after their Monday 29 May is 31 May', () => {
  const index = buildIndex({
    ...datedSources(),
    'undated.txt': 'Serbs gathered again after the clashes on Monday.\n\nOn Wednesday, United Nations judges imposed increased sentences for two allies of Slobodan Milosevic.\n',
  });
  const draft = (day: number) => `On Wednesday ${day} May, United Nations judges increased the sentences of two allies of Slobodan Milosevic.`;
  const early = judge(index, draft(24), '24');
  assert.equal(early.verdict, 'contradicted');
  assert.equal(early.suggestion, '31');
  assert.match(early.message, /names Monday, which the dated sources put on 29 May 2023: its Wednesday is 31 May 2023$/);
  assert.equal(judge(index, draft(31), '31').verdict, 'supported');
  // Dated sources that put Monday on two days fix no week: the weekday alone supports either Wednesday.
  const twoMondays = buildIndex({
    ...datedSources(),
    'later.txt': ' date 2023-06-06 Police met on Monday in Pristina.\n',
    'undated.txt': 'Serbs gathered again after the clashes on Monday.\n\nOn Wednesday, United Nations judges imposed increased sentences for two allies of Slobodan Milosevic.\n',
  });
  assert.equal(judge(twoMondays, draft(24), '24').verdict, 'supported');
});

test('a weekday a week before the coverage is contradicted where the undated source\'s other weekdays fix its week: "took office on Monday 22 May"', () => {
  const index = buildIndex({
    ...datedSources(),
    'summit.txt': ' date 2023-06-01 The leaders met on Thursday in Moldova.\n',
    'undated.txt': 'Thirty peacekeepers were injured in violence on Monday.\n\nThe leaders are due to meet on Thursday in Moldova.\n',
  });
  const draft = (day: number) => `When the mayors took office on Monday ${day} May, thirty peacekeepers were injured in violence.`;
  const early = judge(index, draft(22), '22');
  assert.equal(early.verdict, 'contradicted');
  assert.equal(early.suggestion, '29');
  assert.match(early.message, /^corpus\/undated\.txt:1 says Monday .* its Monday is 29 May 2023$/);
  assert.equal(judge(index, draft(29), '29').verdict, 'supported');
  // Three weeks off is no slip of a week: left open.
  assert.equal(judge(index, draft(8), '8').verdict, 'unsupported');
});

test('an undated best match\'s weekday dates the draft\'s day where its article\'s other weekdays fix its week', () => {
  // corpus/003 (undated) says "Wednesday's protest outside the city hall in Zvecan" and "clashes … on
  // Monday", the Monday the dated sources put on 29 May: its Wednesday is 31 May.
  const seed = buildIndex(seedSources());
  const j = judge(seed, 'On 31 May hundreds of Serbs gathered peacefully outside the city hall in Zvečan.', '31');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /says Wednesday .* its Wednesday is 31 May 2023$/);
});
