// Reading (person, office) relations from one sentence's text and names, without the tagger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, WordCaseCounter } from '../../../server/src/engine/claims/analyse';
import { roleRelations, type RoleRelation } from '../../../server/src/engine/verdicts/relations';

/** Relations in a sentence, with a person being any name of two or more words. */
function relationsIn(text: string): Array<Pick<RoleRelation, 'head' | 'rank' | 'words' | 'text'> & { person: string; before: string[]; after: string[] }> {
  const names = analyseSentence(text, new WordCaseCounter()).names;
  return roleRelations(text, names, (m) => m.key.includes(' ')).map((r) => ({
    person: r.person.text,
    head: r.head,
    rank: r.rank,
    words: r.words,
    text: r.text,
    before: r.before.map((n) => n.text),
    after: r.after.map((n) => n.text),
  }));
}

test('an apposition after the name: "Lulzim Hetemi, the Albanian mayor of Leposavic,"', () => {
  assert.deepEqual(relationsIn('Lulzim Hetemi, the Albanian mayor of Leposavic, has been in his office since early Monday morning.'), [
    { person: 'Lulzim Hetemi', head: 'mayor', rank: [], words: [], text: 'Albanian mayor of Leposavic', before: ['Albanian'], after: ['Leposavic'] },
  ]);
});

test('a title before the name keeps its lower-case words: "EU foreign policy chief Josep Borrell"', () => {
  assert.deepEqual(relationsIn('Vucic said he talked with EU foreign policy chief Josep Borrell about the crisis.'), [
    { person: 'Josep Borrell', head: 'chief', rank: [], words: ['foreign', 'policy'], text: 'EU foreign policy chief', before: ['EU'], after: [] },
  ]);
  const [blinken] = relationsIn('US Secretary of State Antony Blinken urged both sides to ease tensions.');
  assert.equal(blinken.text, 'US Secretary of State');
  assert.deepEqual([blinken.head, blinken.words], ['secretary', ['state']]);
});

test('a role before a comma, also past an aside: "the vice-president of the Serbian List, the largest party ..., Igor Simic,"', () => {
  const [simic] = relationsIn('The mayors must leave, said on Wednesday the vice-president of the Serbian List, the largest party of the Serbs in Kosovo, Igor Simic, speaking to the Reuters agency.');
  assert.equal(simic.person, 'Igor Simic');
  assert.deepEqual([simic.head, simic.rank, simic.after], ['president', ['vice'], ['Serbian List']]);
  const [hetemi] = relationsIn('The mayor in Leposaviq, Lulzim Hetemi, entered the municipal building on Monday.');
  assert.deepEqual([hetemi.person, hetemi.head, hetemi.after], ['Lulzim Hetemi', 'mayor', ['Leposaviq']]);
});

test('a possessive name opens a role like an article: "Kosovo\'s president, Albin Kurti, and Vučić"', () => {
  const [kurti] = relationsIn("Macron and Olaf Scholz are seeing Kosovo's president, Albin Kurti, and Aleksandar Vučić on the sidelines.");
  assert.deepEqual([kurti.person, kurti.head, kurti.before], ['Albin Kurti', 'president', ['Kosovo']]);
  // A list after a plain office stays a list: the mayor, Igor Simic and Goran Rakic may be three people.
  assert.deepEqual(relationsIn('They met the mayor of Zvecan, Igor Simic, and Goran Rakic on Friday.'), []);
});

test('a table row joined with " : " reads as an apposition', () => {
  const [row] = relationsIn('Lulzim Hetemi : mayor of Zubin Potok : at his desk since 0530 Monday');
  assert.deepEqual([row.person, row.head, row.after], ['Lulzim Hetemi', 'mayor', ['Zubin Potok']]);
});

test('no relation where none is stated', () => {
  // A place before a comma, a list of places, a courtesy title, an office followed by more words.
  assert.deepEqual(relationsIn('In Zubin Potok, the mayor works from home.'), []);
  assert.deepEqual(relationsIn('Serbs protested outside the town halls of Zvecan, Zubin Potok and Leposavic.'), []);
  assert.deepEqual(relationsIn('Mr Antony Blinken described the violence as unacceptable.'), []);
  assert.deepEqual(relationsIn('Albin Kurti, the president said, will not back down.'), []);
  assert.deepEqual(relationsIn('They met the mayor of Zvecan, Igor Simic and Goran Rakic on Friday.'), []);
});
