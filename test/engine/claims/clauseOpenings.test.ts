// Where a sentence's capitals are forced: the words whose capital says nothing of a name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterListLetter, isClauseOpener, isPostscriptMark, leadingFigures, openedByMark, startsClause } from '../../../server/src/engine/claims/clauseOpenings';
import { tag } from '../../../server/src/engine/nlp/tagger';

const at = (sentence: string, word: string) => {
  const tokens = tag(sentence);
  return { tokens, i: tokens.findIndex((t) => t.text === word) };
};

test('the first word, and the first after a leading time or a bullet, opens the clause; a word inside does not', () => {
  const { tokens, i } = at('08:05 Arriving in Zvecan, Reuters saw police.', 'Arriving');
  assert.equal(startsClause(tokens, i), true);
  assert.equal(leadingFigures(tokens), i);
  const inside = at('08:05 Arriving in Zvecan, Reuters saw police.', 'Reuters');
  assert.equal(startsClause(inside.tokens, inside.i), false);
});

test('a postscript\'s mark and a lettered item\'s open the line again: "P.S. Coffee …", "(b) Quoted …", "iv) Figures …"', () => {
  const ps = at('P.S. Coffee mornings carry on.', 'Coffee');
  assert.equal(isPostscriptMark(ps.tokens, 0), true);
  assert.equal(startsClause(ps.tokens, ps.i), true);
  for (const line of ['(b) Quoted positions: none.', 'iv) Quoted positions: none.']) {
    const item = at(line, 'Quoted');
    assert.equal(afterListLetter(item.tokens, item.i), true, line);
    assert.equal(startsClause(item.tokens, item.i), true, line);
  }
  // The same marks the word-case counts read: the mark before the word, not a full stop.
  assert.equal(openedByMark(ps.tokens, ps.i), true);
  const stop = at('Serb share of the population. Check before use.', 'Check');
  assert.equal(openedByMark(stop.tokens, stop.i), false);
  // A bracketed letter inside a sentence is no item's mark.
  const inside = at('The annex (b) Quoted nothing.', 'Quoted');
  assert.equal(afterListLetter(inside.tokens, inside.i), false);
});

test('a full stop ending a word inside a row opens a sentence; one ending an abbreviation or an initial does not', () => {
  const row = at('Serb share of the population. Check before use.', 'Check');
  assert.equal(startsClause(row.tokens, row.i), true);
  const gen = at('They met Gen. Smith in Pristina.', 'Smith');
  assert.equal(startsClause(gen.tokens, gen.i), false);
  assert.equal(isClauseOpener('“'), true);
  assert.equal(isClauseOpener('a'), false);
});
