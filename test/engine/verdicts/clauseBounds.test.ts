// Where a draft's clause opens: the bounds list and swap verdicts read a claim's own clause by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag } from '../../../server/src/engine/nlp/tagger';
import { opensClause } from '../../../server/src/engine/verdicts/clauseBounds';

const opensAt = (text: string, boundary: RegExp) => {
  const tokens = tag(text);
  return tokens.filter((_, k) => opensClause(tokens, k, boundary)).map((t) => `${t.text}@${t.start}`);
};

test('a clause opens at the boundary marks the caller names, and nowhere else by them', () => {
  const text = 'Town halls were fenced; the mayors worked from home (as before).';
  assert.deepEqual(opensAt(text, /^[;—–]$/), [`;@${text.indexOf(';')}`]);
  assert.deepEqual(opensAt(text, /^[;—–()]$/), [`;@${text.indexOf(';')}`, `(@${text.indexOf('(')}`, `)@${text.indexOf(')')}`]);
});

test('", and" opens a clause before a new subject, not before a verb or a second object', () => {
  const subject = 'Blinken condemned the violence, and France asked for new elections.';
  assert.deepEqual(opensAt(subject, /^;$/), [`,@${subject.indexOf(',')}`]);
  const verb = 'Blinken condemned the violence, and asked for new elections.';
  assert.deepEqual(opensAt(verb, /^;$/), []);
});
