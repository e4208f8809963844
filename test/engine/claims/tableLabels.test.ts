// What a figure in a table row counts: the row's label, before or after the figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../../server/src/engine/claims/numbers';
import { tag } from '../../../server/src/engine/nlp/tagger';

// A row as the draft stage joins it: its cells with " : " between.
const unitOf = (row: string) => findNumbers(row, tag(row)).find((n) => n.numKind === 'count')?.unit;

test('a figure after its label counts the label\'s first plural noun, an addition where the label says "extra"', () => {
  assert.equal(unitOf('Serb protesters hurt that day : 62'), 'protester');
  const extra = findNumbers('Extra soldiers promised by NATO : 4,000', tag('Extra soldiers promised by NATO : 4,000'))[0]!;
  assert.deepEqual([extra.unit, extra.increment], ['soldier', true]);
});

test('a figure opening its row counts the head of the first label of more than one word after it', () => {
  assert.equal(unitOf('52 : Peacekeepers hurt on Monday'), 'peacekeepers');
  assert.equal(unitOf('52 : Reuters : Peacekeepers hurt on Monday'), 'peacekeepers');
  // A head that is no plural names nothing counted.
  assert.equal(unitOf("4,000 : The mission's strength as given when reinforcements were announced"), undefined);
});

test('a key figure glossed after a colon counts the gloss\'s first plural noun: "**52**: NATO soldiers hurt on Monday"', () => {
  assert.equal(unitOf('52: NATO soldiers hurt on Monday'), 'soldier');
  assert.equal(unitOf('28: countries that send soldiers to KFOR'), 'country');
  // A year glossed by an event counts nothing; nor does a figure inside a sentence before a colon.
  assert.equal(unitOf('2008: Kosovo declares independence'), undefined);
  assert.equal(unitOf('They counted 52: soldiers and protesters alike'), undefined);
});

test('a bound may stand between the label and its figure, and a label opening with what befell them counts people, not the nouns of how', () => {
  const row = 'Peacekeepers injured on 29 May : more than 50';
  assert.equal(findNumbers(row, tag(row)).find((n) => n.text === '50')?.unit, 'peacekeepers');
  assert.equal(unitOf('Hurt by stun grenades and tear gas : at least 10'), 'people');
  // Another verb opening the label says nothing of people: "Tear-gas canisters fired by police" counts canisters or nothing.
  assert.notEqual(unitOf('Tear-gas canisters fired by police : 40'), 'people');
});
