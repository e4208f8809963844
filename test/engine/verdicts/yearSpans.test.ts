// A year against a span or a decade of years the sources give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../../server/src/engine/claims/numbers';
import { tag } from '../../../server/src/engine/nlp/tagger';
import { spanInDecade, yearInDecade, yearInSpan } from '../../../server/src/engine/verdicts/yearSpans';
import { buildIndex, judgeFigure, seedSources } from './harness';

const figure = (sentence: string, text: string) => findNumbers(sentence, tag(sentence)).find((n) => n.text === text)!;

test('a single year lies in a span of years, and in a decade, the sources give', () => {
  const war = figure('Milosevic led Serbia during its 1998-1999 war in Kosovo.', '1998-1999');
  assert.ok(yearInSpan(figure('The war ended in 1999.', '1999'), war));
  const decade = figure('They drove non-Serbs out during the wars in the 1990s.', '1990s');
  assert.ok(yearInDecade(figure('The war ended in 1999.', '1999'), decade));
  assert.ok(!yearInDecade(figure('Kosovo declared independence in 2008.', '2008'), decade));
});

test('a year named as a span\'s end or start is that end or start; a year of the sources\' decade is no rival', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'People here remember the war that began in 1998.', '1998').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'People here remember the war that began in 1999.', '1999').suggestion, '1998');
  // "the wars in the 1990s" does not gainsay 1999.
  assert.notEqual(judgeFigure(seed, 'What ended in 1999 was the war, after NATO bombing forced Serbia to pull out.', '1999').verdict, 'contradicted');
});

test('a table row\'s cells are one statement: "| 1999 | War ends |" is of the 1998-1999 war', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, '1999 : War ends; peacekeepers deploy', '1999').verdict, 'supported');
});

test('a decade holds a span of years that lies wholly in it', () => {
  const war = figure('Milosevic led Serbia during its 1998-1999 war in Kosovo.', '1998-1999');
  assert.equal(spanInDecade(figure('the guerrillas of the late-1990s war', '1990s'), war), true);
  assert.equal(spanInDecade(figure('the guerrillas of the 1980s war', '1980s'), war), false);
  assert.equal(spanInDecade(figure('the guerrillas of the 2000s war', '2000s'), figure('the 1999-2001 war', '1999-2001')), false);
});

test('a year at one end of a span, named plainly with a noun the span\'s sentences tell: "the bombing of 1999" (the 1998-1999 war "ended after Nato bombing"); not "peacekeepers … since 1998"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'We remember the bombing of 1999, and we ask you to be patient with us.', '1999').verdict, 'supported');
  assert.notEqual(judgeFigure(seed, 'We remember the bombing of 1997.', '1997').verdict, 'supported');
  assert.notEqual(judgeFigure(seed, 'The alliance has kept peacekeepers in Kosovo since 1998.', '1998').verdict, 'supported');
});

test('a year named alone that ends or starts the sources\' span is the span\'s: "It feels like 1999 all over again"; not a book\'s year or a lone answer', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'Mum: It feels like 1999 all over again, the same faces on the bridge.', '1999').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'I remember the war out there, 1998, 1999, the bombing, all of it.', '1998').verdict, 'supported');
  assert.notEqual(judgeFigure(seed, 'Background reading: Noel Malcolm, Kosovo: A Short History (1998), for the background to the war.', '1998').verdict, 'supported');
  assert.notEqual(judgeFigure(seed, '1998.', '1998').verdict, 'supported');
  assert.notEqual(judgeFigure(seed, 'The museum opened on 3 March 1999.', '1999').verdict, 'supported');
});

test('two years named together as a span\'s ends are that span: "a war, in 1998 and 1999, which ended when NATO bombed Serbia"', () => {
  const seed = buildIndex(seedSources());
  const draft = (years: string) => `Before that there was a war, in ${years}, which ended when NATO bombed Serbia into pulling out.`;
  assert.equal(judgeFigure(seed, draft('1998 and 1999'), '1998').verdict, 'supported');
  assert.equal(judgeFigure(seed, draft('1998 and 1999'), '1999').verdict, 'supported');
  // A pair that is not the span's ends is no support for either.
  assert.notEqual(judgeFigure(seed, draft('1997 and 1999'), '1997').verdict, 'supported');
});
