// Where a draft's sentences begin and end beyond the splitter's full stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atItemBreaks, atSemicolons, isTitleLine, joinedToTheLineAbove } from '../../../server/src/engine/draft/sentenceSpans';
import { splitSentences } from '../../../server/src/engine/text/sentences';

const texts = (text: string, spans: Array<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

test('a ticker\'s items parted by " // " are sentences of their own; a URL\'s slashes part nothing', () => {
  const ticker = 'TICKER: clashes broke out Friday 26 May // Hetemi entered the town hall at 0530 on Monday';
  assert.deepEqual(texts(ticker, atItemBreaks(ticker, [{ start: 0, end: ticker.length }])), ['TICKER: clashes broke out Friday 26 May', 'Hetemi entered the town hall at 0530 on Monday']);
  const url = 'See https://example.org/a for more.';
  assert.deepEqual(texts(url, atItemBreaks(url, [{ start: 0, end: url.length }])), [url]);
});

test('an attribution line under a quotation, and a short answer under a question, join the line above', () => {
  const quote = '"Mayors should go and work in their offices."\n— Albin Kurti, to Kosovar media';
  assert.equal(joinedToTheLineAbove(quote, splitSentences(quote, { lineBreaks: 'plaintext' })).length, 1);
  const quiz = 'How many extra troops is NATO sending?\n700.';
  assert.equal(joinedToTheLineAbove(quiz, splitSentences(quiz, { lineBreaks: 'plaintext' })).length, 1);
});

test('a long sentence is judged clause by clause at its semicolons, not inside a quotation', () => {
  const long = 'Josep Borrell called the attacks on the peacekeepers in the north "unacceptable"; France and Germany pressed hard for fresh elections in the four towns; and Olaf Scholz arranged to meet both leaders.';
  assert.equal(atSemicolons(long, [{ start: 0, end: long.length }]).length, 3);
  const quoted = 'Kurti said: "we will not back down; the mayors stay"; he spoke in Bratislava, where he attended a security forum with many leaders.';
  assert.ok(atSemicolons(quoted, [{ start: 0, end: quoted.length }]).length <= 2);
});

test('a line naming who spoke and where, under a quotation, is its attribution; a sentence of its own is not', () => {
  const named = '"We believe that all legitimate rights must be observed."\nVucic, on a conference call with reporters.';
  assert.equal(joinedToTheLineAbove(named, splitSentences(named, { lineBreaks: 'plaintext' })).length, 1);
  const prose = '"We believe that all legitimate rights must be observed."\nVucic, on the other hand, has said nothing since.';
  assert.equal(joinedToTheLineAbove(prose, splitSentences(prose, { lineBreaks: 'plaintext' })).length, 2);
});

test('a short line of its own in title case is a title line; a sentence, a long line or a body\'s name is not', () => {
  const whole = (text: string) => isTitleLine(text, 0, text.length);
  assert.equal(whole('Visa and Consular Section'), true);
  assert.equal(whole('From: Procurement and Logistics Officer'), true);
  assert.equal(whole('Mitrovica Civic Initiative'), false, 'a body');
  assert.equal(whole('The mayors stayed inside'), false, 'words in lower case');
  assert.equal(whole('Kosovo Tensions Rise.'), false, 'a full stop');
  assert.equal(whole('One Two Three Four Five Six Seven'), false, 'too long');
  const memo = 'To: Country Director\nFrom: Procurement and Logistics Officer\nDate: the first of June';
  assert.equal(isTitleLine(memo, memo.indexOf('From'), memo.indexOf('\nDate')), true, 'a whole line of its block');
  assert.equal(isTitleLine(memo, memo.indexOf('Procurement'), memo.indexOf('\nDate')), false, 'part of a line');
});
