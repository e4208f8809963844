// Sentence boundaries of Latin text by the Unicode rules (UAX #29, "Sentence Boundaries"), which is what
// Intl.Segmenter applies. Written by hand because indexing splits every source line, and the segmenter
// cost ~1/8 of an index build: a call copies the text into ICU and makes an object and a string per
// segment. Most news text is ASCII, Latin-1 letters and typographic quotes and dashes, where the rules
// need ten character classes and no tables; text with any other character still goes to the segmenter
// (sentences.ts). The tests compare the two on random text.

// Sentence_Break classes of the characters covered. None of them is OLetter, Sep, Format or Extend.
const UNKNOWN = 255;
const OTHER = 0;
const CR = 1;
const LF = 2;
const SP = 3;
const LOWER = 4;
const UPPER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;

// Latin-1 by code unit; UNKNOWN for what the rules here do not cover (C1 controls with NEL a Sep, the
// soft hyphen a Format, and rare letters and signs whose class is not plain Upper, Lower or Other).
const LATIN = new Uint8Array(0x100).fill(UNKNOWN);
for (let c = 0; c < 0x80; c++) LATIN[c] = OTHER;
for (let c = 0x61; c <= 0x7a; c++) LATIN[c] = LOWER;
for (let c = 0x41; c <= 0x5a; c++) LATIN[c] = UPPER;
for (let c = 0x30; c <= 0x39; c++) LATIN[c] = NUMERIC;
for (const c of [0x09, 0x0b, 0x0c, 0x20, 0xa0]) LATIN[c] = SP;
for (const c of [0x22, 0x27, 0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d, 0xab, 0xbb]) LATIN[c] = CLOSE; // " ' ( ) [ ] { } « »
for (const c of [0x2c, 0x2d, 0x3a, 0x3b]) LATIN[c] = SCONTINUE; // , - : ;
LATIN[0x0d] = CR;
LATIN[0x0a] = LF;
LATIN[0x2e] = ATERM; // .
LATIN[0x21] = STERM; // !
LATIN[0x3f] = STERM; // ?
for (const c of [0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa9, 0xb0, 0xd7, 0xf7]) LATIN[c] = OTHER; // ¢ £ ¤ ¥ ¦ © ° × ÷
for (let c = 0xc0; c <= 0xde; c++) if (c !== 0xd7) LATIN[c] = UPPER; // À-Þ
for (let c = 0xdf; c <= 0xff; c++) if (c !== 0xf7) LATIN[c] = LOWER; // ß-ÿ

/** The class of one UTF-16 unit; UNKNOWN outside Latin-1 but for quotes, dashes, ellipsis and euro. */
function classOf(c: number): number {
  if (c < 0x100) return LATIN[c]!;
  switch (c) {
    case 0x2018: case 0x2019: case 0x201c: case 0x201d: // ‘ ’ “ ”
      return CLOSE;
    case 0x2013: case 0x2014: // – —
      return SCONTINUE;
    case 0x2026: case 0x20ac: // … €
      return OTHER;
    default:
      return UNKNOWN;
  }
}

/** Whether every character of text[from, to) is covered, so latinSentenceBreaks may be used on it. */
export function isCovered(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && classOf(c) === UNKNOWN) return false;
  }
  return true;
}

/**
 * Where Intl.Segmenter('en', { granularity: 'sentence' }) starts a segment in text.slice(from, to), 0
 * left out, as offsets into the slice, in order. The range must be covered (isCovered).
 */
export function latinSentenceBreaks(text: string, from: number, to: number): number[] {
  const breaks: number[] = [];
  let i = from;
  while (i < to) {
    const c = classOf(text.charCodeAt(i));
    if (c === CR || c === LF) {
      // SB3, SB4: after a line break, a CR LF pair taken whole.
      const end = c === CR && i + 1 < to && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      if (end < to) breaks.push(end - from);
      i = end;
      continue;
    }
    if (c !== ATERM && c !== STERM) {
      i++;
      continue;
    }
    // A terminator, then Close* Sp*: each position up to the first other character may be the break.
    let p = i + 1;
    let spaced = false;
    for (; p < to; p++) {
      const next = classOf(text.charCodeAt(p));
      if (next === CLOSE && !spaced) continue; // SB9
      if (next === SP) {
        spaced = true; // SB10
        continue;
      }
      if (next === CR || next === LF) break; // SB9, SB10: the line break ends the sentence (SB4)
      if (!holdsTogether(text, from, to, c, i, p, next)) breaks.push(p - from); // SB11
      break;
    }
    i = p;
  }
  return breaks;
}

/** SB6, SB7, SB8, SB8a: no break at p, after the terminator at t (class term) and its Close* Sp*. */
function holdsTogether(text: string, from: number, to: number, term: number, t: number, p: number, next: number): boolean {
  if (next === SCONTINUE || next === ATERM || next === STERM) return true; // SB8a
  if (term !== ATERM) return false;
  if (p === t + 1) {
    if (next === NUMERIC) return true; // SB6: 3.5
    // SB7: "U.S" inside a word; the letter before the dot must be in the segmented text.
    if (next === UPPER && t > from && isCased(classOf(text.charCodeAt(t - 1)))) return true;
  }
  // SB8: a lower-case letter follows before any other letter, line break or terminator ("etc. and").
  for (let k = p; k < to; k++) {
    const c = classOf(text.charCodeAt(k));
    if (c === LOWER) return true;
    if (c === UPPER || c === CR || c === LF || c === ATERM || c === STERM) return false;
  }
  return false;
}

function isCased(c: number): boolean {
  return c === LOWER || c === UPPER;
}
