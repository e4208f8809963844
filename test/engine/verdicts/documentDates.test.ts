// Dates of the document, not of what it tells: a report's date, a header's date field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeFigure, seedSources } from './harness';

test('a date naming a report is the report\'s dateline, not the day of what it tells: "The 1 June report has the mayor … entering his building at 0530 on Monday"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'The 1 June report has the mayor of Leposavic entering his building at 0530 on Monday.', '1').verdict, 'supported');
  // The same day given to the event itself is the event's error.
  assert.equal(judgeFigure(seed, 'The mayor of Leposavic entered his building at 0530 on 1 June.', '1').verdict, 'contradicted');
  // A report dated a day no source is dated is judged as any date is.
  assert.notEqual(judgeFigure(seed, 'The 30 May report has the mayor of Leposavic entering his building at 0530 on Monday.', '30').verdict, 'supported');
});

test('a header\'s field that is a full date, or the week it opens, dates the document: "client note · 1 June 2023 · For professional investors only", "week of 29 May 2023"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'Emerging-markets client note · 1 June 2023 · For professional investors only', '1').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'Corrections log: foreign desk, week of 29 May 2023', '29').verdict, 'supported');
  // A day no source is dated stays unsupported; a sentence telling an event is judged by the event.
  assert.notEqual(judgeFigure(seed, 'Emerging-markets client note · 2 June 2023 · For professional investors only', '2').verdict, 'supported');
  assert.notEqual(judgeFigure(seed, 'Hetemi entered the building at 0530 on 1 June 2023.', '1').verdict, 'supported');
});

test('a short label before a date field ("Field update · 1 June 2023") and the act that made the document ("Adopted … on 1 June 2023") date the document', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'Field update · 1 June 2023', '1').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'Adopted by our executive committee on 1 June 2023.', '1').verdict, 'supported');
  // A clause before the date is what happened on it, not the document's date.
  assert.notEqual(judgeFigure(seed, 'The parliament in Belgrade passed a new budget for hospitals · 1 June 2023', '1').verdict, 'supported');
  assert.notEqual(judgeFigure(seed, 'Adopted by our executive committee on 2 June 2023.', '2').verdict, 'supported');
});
