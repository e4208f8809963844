// Sentence boundaries of ASCII text by the Unicode rules (UAX #29, "Sentence Boundaries"), which is what
// Intl.Segmenter applies. Written by hand because indexing splits every source line, and the segmenter
// cost ~1/8 of an index build: a call copies the text into ICU and makes an object and a string per
// segment. Most news text is ASCII, where the rules need ten character classes and no tables; any other
// text still goes to the segmenter (sentences.ts). The tests compare the two on random ASCII text.

// Sentence_Break classes of the ASCII characters. ASCII has no OLetter, Sep, Format or Extend.
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

const CLASSES = new Uint8Array(0x80);
for (let c = 0x61; c <= 0x7a; c++) CLASSES[c] = LOWER;
for (let c = 0x41; c <= 0x5a; c++) CLASSES[c] = UPPER;
for (let c = 0x30; c <= 0x39; c++) CLASSES[c] = NUMERIC;
for (const c of [0x09, 0x0b, 0x0c, 0x20]) CLASSES[c] = SP;
for (const c of [0x22, 0x27, 0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d]) CLASSES[c] = CLOSE; // " ' ( ) [ ] { }
for (const c of [0x2c, 0x2d, 0x3a, 0x3b]) CLASSES[c] = SCONTINUE; // , - : ;
CLASSES[0x0d] = CR;
CLASSES[0x0a] = LF;
CLASSES[0x2e] = ATERM; // .
CLASSES[0x21] = STERM; // !
CLASSES[0x3f] = STERM; // ?

/** Whether text[from, to) is all ASCII, so asciiSentenceBreaks may be used on it. */
export function isAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * Where Intl.Segmenter('en', { granularity: 'sentence' }) starts a segment in text.slice(from, to), 0
 * left out, as offsets into the slice, in order. The range must be ASCII (isAscii).
 */
export function asciiSentenceBreaks(text: string, from: number, to: number): number[] {
  const breaks: number[] = [];
  const at = (i: number) => CLASSES[text.charCodeAt(i)]!;
  const add = (i: number) => {
    if (i < to) breaks.push(i - from);
  };
  let i = from;
  while (i < to) {
    const c = at(i);
    if (c === CR || c === LF) {
      // SB3, SB4: after a line break, a CR LF pair taken whole.
      const end = c === CR && i + 1 < to && at(i + 1) === LF ? i + 2 : i + 1;
      add(end);
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
      const next = at(p);
      if (next === CLOSE && !spaced) continue; // SB9
      if (next === SP) {
        spaced = true; // SB10
        continue;
      }
      if (next === CR || next === LF) break; // SB9, SB10: the line break ends the sentence (SB4)
      if (!holdsTogether(text, from, to, c, i, p, next)) add(p); // SB11
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
    if (next === UPPER && t > from && isCased(CLASSES[text.charCodeAt(t - 1)]!)) return true;
  }
  // SB8: a lower-case letter follows before any other letter, line break or terminator ("etc. and").
  for (let k = p; k < to; k++) {
    const c = CLASSES[text.charCodeAt(k)]!;
    if (c === LOWER) return true;
    if (c === UPPER || c === CR || c === LF || c === ATERM || c === STERM) return false;
  }
  return false;
}

function isCased(c: number): boolean {
  return c === LOWER || c === UPPER;
}
