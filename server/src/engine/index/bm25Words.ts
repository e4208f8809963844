// Where the BM25 index cuts a text into words: exactly text.split(/[\n\r\p{Z}\p{P}]+/u) with the empty
// pieces dropped (minisearch's tokenizer, which the index keeps so rankings stay minisearch's), but as
// offsets instead of strings. Indexing splits every source sentence; the regex split allocated an array
// and a string per piece, and the index then looked each piece up in several maps. With offsets, a
// caller cuts only the words it has not met before.
import * as chars from '../text/charClass';

// Bound once: run from source (tsx), each read of an imported name goes through a getter, which the
// scanner would pay for every character.
const { classOf, codePointAt, WORD_BREAK } = chars;

/**
 * Fills `out` with [start, end) pairs of the words of `text` (UTF-16 offsets) and returns how many
 * numbers it wrote (twice the word count). `out` is the caller's, reused from call to call.
 */
export function wordSpans(text: string, out: number[]): number {
  const n = text.length;
  let count = 0;
  let start = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let width = 1;
    let isBreak: boolean;
    if (c < 0x80) {
      // ASCII [\n\r\p{Z}\p{P}]: \n, \r, space and the punctuation characters (not $ + < = > ^ ` | ~).
      isBreak = c === 10 || c === 13 || c === 32 || ASCII_PUNCTUATION[c] === 1;
    } else {
      // The regex reads code points: a surrogate pair is one (a lone surrogate is one of its own).
      const cp = c >= 0xd800 && c <= 0xdbff ? codePointAt(text, i) : c;
      if (cp > 0xffff) width = 2;
      isBreak = (classOf(cp) & WORD_BREAK) !== 0;
    }
    if (isBreak) {
      if (start >= 0) {
        out[count++] = start;
        out[count++] = i;
        start = -1;
      }
    } else if (start < 0) {
      start = i;
    }
    i += width;
  }
  if (start >= 0) {
    out[count++] = start;
    out[count++] = n;
  }
  return count;
}

// \p{P} below 0x80, as a table: the scanner tests every ASCII character of every source sentence.
const ASCII_PUNCTUATION = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_PUNCTUATION[c] = /\p{P}/u.test(String.fromCharCode(c)) ? 1 : 0;
