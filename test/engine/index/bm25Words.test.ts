// The BM25 index's hand-written word scanner must cut exactly where minisearch's regex split does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordSpans } from '../../../server/src/engine/index/bm25Words';
import { mulberry32 } from '../../../bench/recombine';

function byRegex(text: string): string[] {
  return text.split(/[\n\r\p{Z}\p{P}]+/u).filter((w) => w.length > 0);
}

function byScanner(text: string): string[] {
  const spans: number[] = [];
  const count = wordSpans(text, spans);
  const words: string[] = [];
  for (let k = 0; k < count; k += 2) words.push(text.slice(spans[k], spans[k + 1]));
  return words;
}

test('words, figures and names are cut at spaces and punctuation, not at symbols', () => {
  assert.deepEqual(byScanner('NATO’s 3.47% of U.S. voters — “yes”, $5+2=7 a|b'), ['NATO', 's', '3', '47', 'of', 'U', 'S', 'voters', 'yes', '$5+2=7', 'a|b']);
  assert.deepEqual(byScanner(''), []);
  assert.deepEqual(byScanner(' ,. '), []);
  assert.deepEqual(byScanner('tab\tand\u00a0nbsp\u2028line'), ['tab\tand', 'nbsp', 'line']);
});

test('the scanner agrees with the regex split on random text, astral and lone surrogates included', () => {
  const alphabet = [
    'a', 'Z', 'é', 'č', '7', ' ', ' ', '\t', '\n', '\r', '.', ',', "'", '’', '“', '—', '-', '$', '+', '|', '~', '_', '@', '#',
    '\u00a0', '\u2009', '\u2028', '\u3000', '…', '¿', '£', '😀', '\u{10100}', '\u{1d400}', '\ud800', '\udc00', '·', '؟', '।',
  ];
  const random = mulberry32(20261122);
  for (let n = 0; n < 5000; n++) {
    let text = '';
    const length = Math.floor(random() * 24);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.deepEqual(byScanner(text), byRegex(text), JSON.stringify(text));
  }
});
