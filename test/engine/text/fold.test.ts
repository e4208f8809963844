import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, foldKeepingOffsets, foldWord, nameKey } from '../../../server/src/engine/text/fold';

test('foldKeepingOffsets strips accents one letter for one, so offsets still point into the original', () => {
  const text = 'Vučić met mayors in Zvečan and Leposavić.';
  const folded = foldKeepingOffsets(text);
  assert.equal(folded, 'Vucic met mayors in Zvecan and Leposavic.');
  assert.equal(folded.length, text.length);
  assert.equal(folded.indexOf('Zvecan'), text.indexOf('Zvečan'));
});

test('foldKeepingOffsets maps letters that have no decomposition by hand', () => {
  assert.equal(foldKeepingOffsets('Đoković'), 'Dokovic');
  assert.equal(foldKeepingOffsets('Łódź'), 'Lodz');
  assert.equal(foldKeepingOffsets('Øresund'), 'Oresund');
  assert.equal(foldKeepingOffsets('Straße'), 'Strase'); // one unit for one: ß -> s, not ss
});

test('foldKeepingOffsets turns curly quotes, dashes and non-breaking spaces into ASCII', () => {
  assert.equal(foldKeepingOffsets('“Kurti’s” ‘mob’'), '"Kurti\'s" \'mob\'');
  assert.equal(foldKeepingOffsets('1998–1999 — war'), '1998-1999 - war');
  assert.equal(foldKeepingOffsets('3\u00a0800 and 4\u202f000'), '3 800 and 4 000');
  assert.equal(foldKeepingOffsets('«fire»'), '"fire"');
});

test('foldKeepingOffsets keeps characters it cannot fold to one unit, so later offsets do not shift', () => {
  const text = 'ﬁ 😀 Vučić said';
  const folded = foldKeepingOffsets(text);
  assert.equal(folded.length, text.length);
  assert.equal(folded.slice(0, 5), 'ﬁ 😀 '); // ligature and surrogate pair copied as they are
  assert.equal(folded.indexOf('Vucic'), text.indexOf('Vučić'));
  assert.equal(foldKeepingOffsets('plain ASCII, 100%'), 'plain ASCII, 100%');
});

test('foldWord folds accents and case together', () => {
  assert.equal(foldWord('VUČIĆ'), 'vucic');
  assert.equal(foldWord('Vučić'), 'vucic');
  assert.equal(foldWord('vucic'), 'vucic');
  // Decomposed input (c + combining caron) folds the same as the precomposed letter.
  assert.equal(foldWord('Vuc\u030cic\u0301'), 'vucic');
});

test('nameKey: the same name in any accents or case has one key', () => {
  assert.equal(nameKey('Vučić'), 'vucic');
  assert.equal(nameKey('Vučić'), nameKey('Vucic'));
  assert.equal(nameKey('Aleksandar Vučić'), nameKey('ALEKSANDAR VUCIC'));
  assert.equal(nameKey('Zvečan'), nameKey('Zvecan'));
  assert.equal(nameKey('KFor'), nameKey('KFOR'));
  assert.notEqual(nameKey('Kurti'), nameKey('Kurtti'));
});

test('nameKey drops dots in acronyms and possessives', () => {
  assert.equal(nameKey('U.S.'), 'us');
  assert.equal(nameKey('U.S.'), nameKey('US'));
  assert.equal(nameKey('U.N.'), 'un');
  assert.equal(nameKey('U.S.A.'), 'usa');
  assert.equal(nameKey("Kosovo's"), 'kosovo');
  assert.equal(nameKey('Kosovo’s'), 'kosovo');
  assert.equal(nameKey("Pristina's"), nameKey('Pristina'));
});

test('nameKey collapses hyphens and runs of spaces', () => {
  assert.equal(nameKey('Serb-majority'), 'serb majority');
  assert.equal(nameKey('NATO-led'), 'nato led');
  assert.equal(nameKey('  Albin   Kurti '), 'albin kurti');
  assert.equal(nameKey('Kosovo Central Election Commission'), 'kosovo central election commission');
});

test('editDistance counts insertions, deletions and substitutions', () => {
  assert.equal(editDistance('kurti', 'kurti'), 0);
  assert.equal(editDistance('kurti', 'kurtti'), 1);
  assert.equal(editDistance('kurtti', 'kurti'), 1);
  assert.equal(editDistance('vucic', 'vucik'), 1);
  assert.equal(editDistance('aleksandar', 'alexandar'), 2);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('abc', ''), 3);
  assert.equal(editDistance('ab', 'bca'), 3, 'a swap is counted once only where nothing else is edited between');
});

test('editDistance with a bound returns max + 1 once the distance exceeds it', () => {
  assert.equal(editDistance('kitten', 'sitting', 1), 2);
  assert.equal(editDistance('kitten', 'sitting', 2), 3);
  assert.equal(editDistance('kitten', 'sitting', 3), 3);
  assert.equal(editDistance('abc', 'abcdef', 2), 3); // lengths alone rule it out
  assert.equal(editDistance('kurti', 'kurtti', 2), 1); // within the bound: the exact distance
});

test('editDistance counts two neighbouring letters swapped as one slip', () => {
  assert.equal(editDistance('schloz', 'scholz'), 1);
  assert.equal(editDistance('moyes', 'myoes'), 1);
  assert.equal(editDistance('scholz', 'sholcz'), 2);
  assert.equal(editDistance('schloz', 'scholz', 0), 1, 'bounded: over max is max + 1');
});
