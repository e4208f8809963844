// The hand-written sentence rules for Latin text must break exactly where Intl.Segmenter does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCovered, latinSentenceBreaks } from '../../../server/src/engine/text/latinSentenceBreaks';
import { mulberry32 } from '../../../bench/recombine';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function bySegmenter(text: string): number[] {
  return [...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0);
}

test('breaks after terminators as the Unicode rules say: decimals, initials, lower case, quotes', () => {
  const text = 'He paid 3.5 m. in the U.S. Army. "Why?" she asked. It ended! (Really.) Next: no. 5 etc. and so on.\tThe end';
  assert.deepEqual(latinSentenceBreaks(text, 0, text.length), bySegmenter(text));
  assert.deepEqual(
    latinSentenceBreaks(text, 0, text.length).map((i) => text.slice(i, i + 6)),
    // "U.S. Army" and "?" before a lower-case word do break: sentences.ts merges those pieces again.
    ['Army. ', '"Why?"', 'she as', 'It end', '(Reall', 'Next: ', 'The en'],
  );
});

test('offsets are into the given range, and the rules see only that range', () => {
  const text = 'xx. Mr. A.B. Smith left. He went.';
  // Alone, "A.B" holds together (a letter before the dot); cut at "A", the dot ends a sentence.
  assert.deepEqual(latinSentenceBreaks(text, 10, text.length), bySegmenter(text.slice(10)));
  assert.deepEqual(latinSentenceBreaks(text, 4, 20), bySegmenter(text.slice(4, 20)));
});

test('typographic quotes and dashes, Latin-1 letters and signs are covered; other scripts and rare signs are not', () => {
  assert.equal(isCovered('“Vučić”', 0, 3), true);
  assert.equal(isCovered('“Vučić”', 0, 4), false, 'č is outside Latin-1');
  for (const text of ['£5 – €6…', 'Élysée’s «café» ß', 'a\u00a0b']) assert.equal(isCovered(text, 0, text.length), true, text);
  for (const text of ['soft\u00adhyphen', 'next\u0085line', 'ª', '。', '؟', '﹒']) assert.equal(isCovered(text, 0, text.length), false, text);
});

test('the rules agree with Intl.Segmenter on random text of the characters covered', () => {
  const random = mulberry32(7);
  // Every character covered, with the ones the rules turn on drawn more often.
  const all = Array.from({ length: 0x2100 }, (_, c) => String.fromCharCode(c)).filter((ch) => isCovered(ch, 0, 1));
  assert.equal(all.length, 128 + 74 + 8);
  const common = ['.', '.', '!', '?', ' ', ' ', ' ', '"', "'", ')', '(', 'a', 'b', 'A', 'B', '1', ',', ';', '-', '\n', '\r', '\t', '’', '“', '”', '–', 'é', 'É', '\u00a0', '…'];
  for (let n = 0; n < 20000; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * random() * 40);
    for (let i = 0; i < length; i++) text += random() < 0.7 ? common[Math.floor(random() * common.length)] : all[Math.floor(random() * all.length)];
    assert.deepEqual(latinSentenceBreaks(text, 0, text.length), bySegmenter(text), JSON.stringify(text));
  }
});
