// Untagged tokens for indexing: the hand-written scanner must cut, fold and lower exactly as the
// grammar written as a regex in liteTokens.ts, whether the sentence is ASCII, folds to ASCII, or not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { liteTokens } from '../../../server/src/engine/nlp/liteTokens';
import { foldKeepingOffsets } from '../../../server/src/engine/text/fold';
import { mulberry32 } from '../../../bench/recombine';

const GRAMMAR = /['’][sS]\b|[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’](?![sS]\b)(?=[\p{L}\p{N}])|\.(?=[\p{L}\p{N}])|\.(?=\s|$)(?<=\b\p{Lu}\.))*|[^\s\p{L}\p{N}]/gu;

function reference(text: string) {
  const folded = foldKeepingOffsets(text);
  return [...folded.matchAll(GRAMMAR)].map((m) => {
    const start = m.index!;
    const end = start + m[0].length;
    const lower = m[0].toLowerCase();
    const pos = /^['’]/.test(m[0]) ? 'PART' : /^\p{Lu}/u.test(m[0]) ? 'PROPN' : /^\p{N}/u.test(m[0]) ? 'NUM' : /^\p{L}/u.test(m[0]) ? 'X' : 'PUNCT';
    return { text: text.slice(start, end), lower, lemma: lower, pos, start, end };
  });
}

test('words keep inner apostrophes, dots and "&"; a possessive is its own token; text is as written', () => {
  const tokens = liteTokens('O’Leary’s AT&T paid $3.47 in the U.S. to Vučić.');
  assert.deepEqual(tokens.map((t) => t.text), ['O’Leary', '’s', 'AT&T', 'paid', '$', '3.47', 'in', 'the', 'U.S.', 'to', 'Vučić', '.']);
  assert.deepEqual(tokens.map((t) => t.lower), ["o'leary", "'s", 'at&t', 'paid', '$', '3.47', 'in', 'the', 'u.s.', 'to', 'vucic', '.']);
  assert.deepEqual(tokens.slice(0, 4).map((t) => t.pos), ['PROPN', 'PART', 'PROPN', 'X']);
});

test('the scanner agrees with the grammar on random ASCII, accented and other text', () => {
  const alphabet = ['a', 'b', 's', 'S', 'K', 'é', 'É', 'č', 'Σ', 'ß', 'İ', '1', '2', ' ', ' ', '\t', "'", '’', '.', '.', '&', ',', '-', '"', '(', '😀', '\u00a0'];
  const random = mulberry32(99);
  for (let n = 0; n < 5000; n++) {
    let text = '';
    const length = Math.floor(random() * 20);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.deepEqual(liteTokens(text), reference(text), JSON.stringify(text));
  }
});
