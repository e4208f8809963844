// Tokens without tagging, for indexing a large corpus: tagging every source sentence costs more than
// everything else together, and indexing only needs names, figures and word case. A capitalised word
// stands as a proper noun here; the full tagger runs later on the few sentences a draft is compared with.
import type { Token } from './tagger';
import { foldKeepingOffsets } from '../text/fold';
import * as chars from '../text/charClass';

// Bound once: run from source (tsx), each read of an imported name goes through a getter, which the
// scanner would pay for every character.
const { classOf, codePointAt, LETTER, NUMBER, SPACE, UPPER } = chars;

// The grammar, as a regex over the folded text (the scanner below runs it by hand: indexing tokenises
// every source sentence, twice when a file is re-indexed, and the regex plus a regex per token to
// choose its part of speech was the costliest step of indexing):
//
//   /['’][sS]\b|[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’](?![sS]\b)(?=[\p{L}\p{N}])|\.(?=[\p{L}\p{N}])|\.(?=\s|$)(?<=\b\p{Lu}\.))*|[^\s\p{L}\p{N}]/gu
//
// Words (with inner apostrophes, dots and "&": O'Leary, 3.47, U.S., AT&T), a possessive "'s" on its
// own as the tagger has it, and any other character alone. \b is ASCII-only, as in any regex without
// the i flag.

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const DOT = 0x2e;
const AMPERSAND = 0x26;

function isWordUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE;
}

/** [sS]\b at i. */
function possessiveS(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c === 115 || c === 83) && !(i + 1 < s.length && isWordUnit(s.charCodeAt(i + 1)));
}

/** [\p{L}\p{N}] at i (false at the end). */
function letterOrNumberAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (classOf(codePointAt(s, i)) & (LETTER | NUMBER)) !== 0;
}

/** (?<=\b\p{Lu}\.) at i, where s[i - 1] is the dot. */
function initialBefore(s: string, i: number): boolean {
  let at = i - 2;
  if (at < 0) return false;
  let cp = s.charCodeAt(at);
  if (cp >= 0xdc00 && cp <= 0xdfff && at >= 1) {
    const high = s.charCodeAt(at - 1);
    if (high >= 0xd800 && high <= 0xdbff) {
      at--;
      cp = (high - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
    }
  }
  if (cp < 0x80 ? !(cp >= 65 && cp <= 90) : (classOf(cp) & UPPER) === 0) return false;
  const wordBefore = at > 0 && isWordUnit(s.charCodeAt(at - 1));
  return wordBefore !== isWordUnit(s.charCodeAt(at));
}

/** End of the word that starts at `start` with a letter or digit `width` units long. */
function wordEnd(s: string, start: number, width: number): number {
  const n = s.length;
  let j = start + width;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === AMPERSAND) {
        j++;
        continue;
      }
    } else if (c !== RIGHT_QUOTE) {
      const cp = codePointAt(s, j);
      if ((classOf(cp) & (LETTER | NUMBER)) === 0) break;
      j += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (isApostrophe(c)) {
      if (!possessiveS(s, j + 1) && letterOrNumberAt(s, j + 1)) {
        j++;
        continue;
      }
      break;
    }
    if (c === DOT) {
      if (letterOrNumberAt(s, j + 1)) {
        j++;
        continue;
      }
      if ((j + 1 === n || (classOf(codePointAt(s, j + 1)) & SPACE) !== 0) && initialBefore(s, j + 1)) {
        j++;
        continue;
      }
    }
    break;
  }
  return j;
}

// The part of speech of a token by its first character: /^['’]/ PART, /^\p{Lu}/u PROPN, /^\p{N}/u NUM,
// /^\p{L}/u X, else PUNCT.
function posOf(code: number, classes: number): string {
  if (isApostrophe(code)) return 'PART';
  if (classes & UPPER) return 'PROPN';
  if (classes & NUMBER) return 'NUM';
  if (classes & LETTER) return 'X';
  return 'PUNCT';
}

/** Whether s[from, to) holds A-Z: most words are lower case already, and share their string with `lower`. */
function hasAsciiUpper(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

export function liteTokens(text: string): Token[] {
  const folded = foldKeepingOffsets(text);
  // Unfolded text differs from its fold, so a token's text is cut from the original.
  const same = folded === text;
  const n = folded.length;
  // ASCII lowers letter by letter, so a token's lower case can be cut from the sentence's, lowered
  // once; elsewhere case can depend on context (final sigma) or change lengths, so each is lowered alone.
  let ascii = true;
  for (let k = 0; k < n; k++) {
    if (folded.charCodeAt(k) >= 0x80) {
      ascii = false;
      break;
    }
  }
  const lowered = ascii ? folded.toLowerCase() : '';
  const out: Token[] = [];
  let i = 0;
  while (i < n) {
    const code = folded.charCodeAt(i);
    const cp = code < 0xd800 || code > 0xdbff ? code : codePointAt(folded, i);
    const width = cp > 0xffff ? 2 : 1;
    const classes = classOf(cp);
    let end: number;
    if (isApostrophe(code)) {
      end = possessiveS(folded, i + 1) ? i + 2 : i + 1;
    } else if (classes & (LETTER | NUMBER)) {
      end = wordEnd(folded, i, width);
    } else if (classes & SPACE) {
      i += width;
      continue;
    } else {
      end = i + width;
    }
    const value = folded.slice(i, end);
    const lower = ascii ? (hasAsciiUpper(folded, i, end) ? lowered.slice(i, end) : value) : value.toLowerCase();
    out.push({ text: same ? value : text.slice(i, end), lower, lemma: lower, pos: posOf(code, classes), start: i, end });
    i = end;
  }
  return out;
}
