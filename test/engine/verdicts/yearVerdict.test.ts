// Years against the sources' datelines: "the 2023 crisis", "1 June 2022", "June 2023", "(Vucic, 2023)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, datedSources, judgeFigure, seedSources } from './harness';

const DATED = buildIndex(datedSources());
const judge = judgeFigure;

test('a year is supported by the datelines of the best-matching sources, unless they state a year of their own', () => {
  const j = judge(DATED, 'In 2023, Serbs protested in front of the municipality buildings in Zvecan.', '2023');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /is dated 2023-05-29$/);
  assert.equal(judge(DATED, 'In 2021, Serbs protested in front of the municipality buildings in Zvecan.', '2021').verdict, 'unsupported');
  const independence = buildIndex({ 'a.txt': ' date 2023-05-29 Kosovo declared independence from Serbia in 2008.\n' });
  assert.equal(judge(independence, 'Kosovo declared independence from Serbia in 2023.', '2023').verdict, 'contradicted');
  const war = buildIndex({ 'a.txt': ' date 2023-05-29 The 1998-1999 war ended after Nato bombing.\n' });
  assert.notEqual(judge(war, 'The war ended in 2023 after Nato bombing.', '2023').verdict, 'supported');
});

test('a full date with the wrong year: the day is supported, the year contradicted with the dateline\'s', () => {
  const draft = 'Vucic spoke at a summit in Moldova on 1 June 2022.';
  assert.equal(judge(DATED, draft, '1').verdict, 'supported');
  const year = judge(DATED, draft, '2022');
  assert.equal(year.verdict, 'contradicted');
  assert.equal(year.suggestion, '2023');
  assert.match(year.message, /is dated 2023-06-01: 1 June 2023$/);
  assert.equal(judge(DATED, 'Vucic spoke at a summit in Moldova on June 1, 2023.', '2023').verdict, 'supported');
});

test('a month and year some source is dated in ("June 2023") is supported; another month is not', () => {
  const j = judge(DATED, 'Policy brief, June 2023', '2023');
  assert.equal(j.verdict, 'supported');
  assert.equal(j.message, 'sources are dated 1 June 2023');
  assert.equal(judge(DATED, 'Policy brief, March 2023', '2023').verdict, 'unsupported');
});

test('an author-year citation\'s year is the year of the sources naming the person: "(Vucic, 2023)" supported, "(Vucic, 2021)" contradicted', () => {
  const draft = (year: string) => `Vucic called the withdrawal of the mayors the most powerful move (Vucic, ${year}).`;
  const j = judge(DATED, draft('2023'), '2023');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /^corpus\/thursday\.txt:1 names Vucic and is dated 2023-06-01$/);
  const wrong = judge(DATED, draft('2021'), '2021');
  assert.equal(wrong.verdict, 'contradicted');
  assert.equal(wrong.suggestion, '2023');
  // A place and a year in brackets date an event; they cite no one.
  assert.notEqual(judge(DATED, 'Serbs protested in front of the municipality buildings (Zvecan, 2021).', '2021').verdict, 'contradicted');
});

test('a month and year the sources are dated in outweighs a year the best matches give something else, unless the words around the years tie them', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'Setting: north Kosovo, the last week of May 2023.', '2023').verdict, 'supported');
  const independence = judgeFigure(seed, 'Kosovo declared independence in May 2023.', '2023');
  assert.equal(independence.verdict, 'contradicted');
  assert.equal(independence.suggestion, '2008');
});

test('a year some source is dated in outweighs a best match\'s year of another thing: "2023 unrest" against "Kosovo\'s 2008 independence"', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, '2023 unrest in northern Kosovo', '2023');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /^sources are dated 29 May 2023, 1 June 2023$/);
  assert.equal(judge(seed, 'Kosovo declared independence in 2023.', '2023').suggestion, '2008');
  assert.equal(judge(seed, '2021 unrest in northern Kosovo', '2021').verdict, 'contradicted');
});

test('a year no source states, for nothing a source gives another year, is supported where the sources are dated in it: "2023 in review"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judge(seed, '2023 in review: May and June', '2023').verdict, 'supported');
  assert.equal(judge(seed, '2021 in review: May and June', '2021').verdict, 'unsupported');
});

test('the year of a full date no best match dates is the year of the datelines near it, and another year there a slip', () => {
  const seed = buildIndex(seedSources());
  for (const draft of ['He asked about the violence in northern Kosovo on 28 May 2023, in which thirty NATO peacekeepers were injured.', '**Period covered:** 26 May to 1 June 2023']) {
    const j = judgeFigure(seed, draft, '2023');
    assert.equal(j.verdict, 'supported', draft);
    assert.equal(j.message, 'sources are dated 29 May 2023, 1 June 2023');
  }
  const slip = judgeFigure(seed, 'The violence in northern Kosovo on 29 May 2022 injured thirty NATO peacekeepers.', '2022');
  assert.equal(slip.verdict, 'contradicted');
  assert.equal(slip.suggestion, '2023');
  // Far from every dateline, a year is no slip of the story's.
  assert.equal(judgeFigure(seed, 'The museum opened on 3 March 1999.', '1999').verdict, 'unsupported');
});

test('a month shortly before a dateline that a best match names is that dateline\'s year: "April 2023" where a May article tells of "the April elections"', () => {
  const seed = buildIndex(seedSources());
  const april = judgeFigure(seed, 'Turnout in the April local elections : 3.47% : April 2023', '2023');
  assert.equal(april.verdict, 'supported');
  assert.match(april.message, /^a source dated 2023-0[56]-\d\d names April \(".*", corpus\/.*\)$/);
  assert.notEqual(judgeFigure(seed, 'Ethnic Albanian mayors, elected in April 2022, took office.', '2022').verdict, 'supported');
});
