import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NameMention } from '../../../server/src/engine/claims/names';
import { NameVocabulary, preferredForm } from '../../../server/src/engine/index/nameVocabulary';
import { nameKey } from '../../../server/src/engine/text/fold';

function mention(text: string, role?: string[]): NameMention {
  return { start: 0, end: text.length, text, key: nameKey(text), ...(role ? { role } : {}) };
}

test('one entry per key, with every spelling counted and the sentences it stands in', () => {
  const names = new NameVocabulary();
  names.add(mention('Aleksandar Vučić'), 1);
  names.add(mention('Aleksandar Vucic'), 2);
  names.add(mention('Aleksandar Vučić'), 3);
  assert.equal(names.size, 1);
  const entry = names.get('aleksandar vucic');
  assert.ok(entry);
  assert.deepEqual(entry.tokens, ['aleksandar', 'vucic']);
  assert.deepEqual([...entry.forms], [['Aleksandar Vučić', 2], ['Aleksandar Vucic', 1]]);
  assert.deepEqual([...entry.sentenceIds].sort(), [1, 2, 3]);
});

test('preferredForm is the spelling the sources use most', () => {
  const names = new NameVocabulary();
  names.add(mention('Vucic'), 1);
  names.add(mention('Vučić'), 2);
  names.add(mention('Vučić'), 3);
  assert.equal(preferredForm(names.get('vucic')!), 'Vučić');
  names.remove(mention('Vučić'), 2);
  names.remove(mention('Vučić'), 3);
  assert.equal(preferredForm(names.get('vucic')!), 'Vucic');
});

test('remove() forgets a name once its last mention is gone', () => {
  const names = new NameVocabulary();
  names.add(mention('Albin Kurti'), 1);
  names.add(mention('Albin Kurti'), 2);
  names.remove(mention('Albin Kurti'), 1);
  assert.deepEqual([...names.get('albin kurti')!.sentenceIds], [2]);
  assert.equal(names.containing(['kurti']).length, 1);
  names.remove(mention('Albin Kurti'), 2);
  assert.equal(names.get('albin kurti'), undefined);
  assert.equal(names.size, 0);
  assert.deepEqual(names.containing(['kurti']), []);
});

test('removing a name that was never added changes nothing', () => {
  const names = new NameVocabulary();
  names.add(mention('Zubin Potok'), 1);
  names.remove(mention('Leposavic'), 1);
  assert.equal(names.size, 1);
  assert.equal(names.get('leposavic'), undefined);
});

test('a mention with an empty key is ignored', () => {
  const names = new NameVocabulary();
  names.add({ start: 0, end: 3, text: '...', key: '' }, 1);
  assert.equal(names.size, 0);
});

test('containing() finds full names by a contiguous run of their words, in order', () => {
  const names = new NameVocabulary();
  names.add(mention('Albin Kurti'), 1);
  names.add(mention('Zubin Potok'), 2);
  names.add(mention('Kosovo Central Election Commission'), 3);
  names.add(mention('Kosovo'), 4);
  assert.deepEqual(names.containing(['kurti']).map((e) => e.key), ['albin kurti']);
  assert.deepEqual(names.containing(['albin', 'kurti']).map((e) => e.key), ['albin kurti']);
  assert.deepEqual(names.containing(['kurti', 'albin']), []);
  assert.deepEqual(names.containing(['central', 'election']).map((e) => e.key), ['kosovo central election commission']);
  assert.deepEqual(names.containing(['kosovo']).map((e) => e.key).sort(), ['kosovo', 'kosovo central election commission']);
  assert.deepEqual(names.containing(['kosovo', 'election']), []);
  assert.deepEqual(names.containing(['osmani']), []);
});

test('roles: who holds "french president", and how often each name is given a role', () => {
  const names = new NameVocabulary();
  names.add(mention('Emmanuel Macron', ['french', 'president']), 1);
  names.add(mention('Emmanuel Macron', ['french', 'president']), 2);
  names.add(mention('Olaf Scholz', ['german', 'chancellor']), 3);
  assert.deepEqual(names.holdersOf('french president'), ['emmanuel macron']);
  assert.deepEqual(names.holdersOf('german chancellor'), ['olaf scholz']);
  assert.deepEqual(names.holdersOf('serbian president'), []);
  assert.deepEqual([...names.get('emmanuel macron')!.roles], [['french president', 2]]);
  names.remove(mention('Emmanuel Macron', ['french', 'president']), 1);
  assert.deepEqual([...names.get('emmanuel macron')!.roles], [['french president', 1]]);
  names.remove(mention('Emmanuel Macron', ['french', 'president']), 2);
  assert.deepEqual(names.holdersOf('french president'), []);
});

test('alias() links an acronym and its expansion both ways, and unlinks them', () => {
  const names = new NameVocabulary();
  names.alias('KQZ', 'Kosovo Central Election Commission', 1);
  assert.deepEqual(names.aliasesOf('kqz'), ['kosovo central election commission']);
  assert.deepEqual(names.aliasesOf('kosovo central election commission'), ['kqz']);
  names.alias('KQZ', 'Kosovo Central Election Commission', 1);
  names.alias('KQZ', 'Kosovo Central Election Commission', -1);
  assert.deepEqual(names.aliasesOf('kqz'), ['kosovo central election commission'], 'defined twice, removed once');
  names.alias('KQZ', 'Kosovo Central Election Commission', -1);
  assert.deepEqual(names.aliasesOf('kqz'), []);
  assert.deepEqual(names.aliasesOf('kosovo central election commission'), []);
  assert.deepEqual(names.aliasesOf('kfor'), []);
});

test('similar() offers close spellings, best first', () => {
  const names = new NameVocabulary();
  for (const [i, name] of ['Albin Kurti', 'Aleksandar Vučić', 'Zubin Potok', 'Vjosa Osmani'].entries()) names.add(mention(name), i);
  assert.equal(names.similar('albin kurtti')[0]?.key, 'albin kurti');
  assert.equal(names.similar('aleksandar vucik')[0]?.key, 'aleksandar vucic');
  assert.equal(names.similar('zubin potock')[0]?.key, 'zubin potok');
  assert.deepEqual(names.similar('boris johnson'), []);
});

test('similar() sees names added or removed after an earlier search', () => {
  const names = new NameVocabulary();
  names.add(mention('Albin Kurti'), 1);
  assert.deepEqual(names.similar('lulzim hetemy'), []);
  names.add(mention('Lulzim Hetemi'), 2);
  assert.equal(names.similar('lulzim hetemy')[0]?.key, 'lulzim hetemi');
  names.remove(mention('Lulzim Hetemi'), 2);
  assert.deepEqual(names.similar('lulzim hetemy'), []);
});

test('spelledBy finds the names of two words or more whose initials an acronym spells, after a reload and a removal too', () => {
  const names = new NameVocabulary();
  names.add(mention('Kosovo Liberation Army'), 1);
  names.add(mention('European Union Rule of Law Mission'), 2);
  names.add(mention('Kosovo'), 3);
  assert.deepEqual(names.spelledBy('kla').map((e) => e.key), ['kosovo liberation army']);
  assert.deepEqual(names.spelledBy('eurlm').map((e) => e.key), ['european union rule of law mission']);
  assert.deepEqual(names.spelledBy('k'), []);
  const { data, sentenceIds } = names.toData();
  assert.deepEqual(NameVocabulary.fromData(data, sentenceIds).spelledBy('kla').map((e) => e.key), ['kosovo liberation army']);
  names.remove(mention('Kosovo Liberation Army'), 1);
  assert.deepEqual(names.spelledBy('kla'), []);
});
