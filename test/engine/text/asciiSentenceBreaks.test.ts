// The hand-written sentence rules for ASCII text must break exactly where Intl.Segmenter does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiSentenceBreaks, isAscii } from '../../../server/src/engine/text/asciiSentenceBreaks';
import { mulberry32 } from '../../../bench/recombine';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function bySegmenter(text: string): number[] {
  return [...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0);
}

test('breaks after terminators as the Unicode rules say: decimals, initials, lower case, quotes', () => {
  const text = 'He paid 3.5 m. in the U.S. Army. "Why?" she asked. It ended! (Really.) Next: no. 5 etc. and so on.\tThe end';
  assert.deepEqual(asciiSentenceBreaks(text, 0, text.length), bySegmenter(text));
  assert.deepEqual(
    asciiSentenceBreaks(text, 0, text.length).map((i) => text.slice(i, i + 6)),
    // "U.S. Army" and "?" before a lower-case word do break: sentences.ts merges those pieces again.
    ['Army. ', '"Why?"', 'she as', 'It end', '(Reall', 'Next: ', 'The en'],
  );
});

test('offsets are into the given range, and the rules see only that range', () => {
  const text = 'xx. Mr. A.B. Smith left. He went.';
  // Alone, "A.B" holds together (a letter before the dot); cut at "A", the dot ends a sentence.
  assert.deepEqual(asciiSentenceBreaks(text, 10, text.length), bySegmenter(text.slice(10)));
  assert.deepEqual(asciiSentenceBreaks(text, 4, 20), bySegmenter(text.slice(4, 20)));
});

test('isAscii looks at the range only', () => {
  assert.equal(isAscii('a’b', 0, 1), true);
  assert.equal(isAscii('a’b', 0, 2), false);
});

test('the rules agree with Intl.Segmenter on random ASCII text', () => {
  const random = mulberry32(7);
  // Every ASCII character, with the ones the rules turn on drawn more often.
  const all = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
  const common = ['.', '.', '!', '?', ' ', ' ', ' ', '"', "'", ')', '(', 'a', 'b', 'A', 'B', '1', ',', ';', '-', '\n', '\r', '\t'];
  for (let n = 0; n < 20000; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * random() * 40);
    for (let i = 0; i < length; i++) text += random() < 0.7 ? common[Math.floor(random() * common.length)] : all[Math.floor(random() * 128)];
    assert.deepEqual(asciiSentenceBreaks(text, 0, text.length), bySegmenter(text), JSON.stringify(text));
  }
});
