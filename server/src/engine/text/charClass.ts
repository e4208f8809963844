// Unicode classes of single code points, for scanners that replace per-character regexes on hot
// paths (indexing runs them on every token of every source sentence). Each answer is exactly what the
// regex in the comment gives for that one code point, so callers keep the regexes' behaviour.

/** \p{L} */
export const LETTER = 1;
/** \p{N} */
export const NUMBER = 2;
/** \p{Lu} */
export const UPPER = 4;
/** \p{Ll} */
export const LOWER = 8;
/** \s (with the u flag) */
export const SPACE = 16;
/** [\n\r\p{Z}\p{P}]: where minisearch (and so the BM25 index) splits words. */
export const WORD_BREAK = 64;

const KNOWN = 32;
// The BMP in a flat table filled on first sight of each character; astral code points are rare.
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    KNOWN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\p{Ll}/u.test(ch) ? LOWER : 0) |
    (/\s/u.test(ch) ? SPACE : 0) |
    (/[\n\r\p{Z}\p{P}]/u.test(ch) ? WORD_BREAK : 0)
  );
}

/** The classes of one code point (a lone surrogate is a code point of its own, as in a u regex). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmp[cp];
    if (c === 0) bmp[cp] = c = classify(cp);
    return c;
  }
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, (c = classify(cp)));
  return c;
}

/** The code point at `i` as a u regex reads it: a surrogate pair whole, a lone surrogate alone. */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The classes of the first code point of `text` (0 for ''): /^\p{Lu}/u and the like. */
export function firstClass(text: string): number {
  return text.length === 0 ? 0 : classOf(codePointAt(text, 0));
}

/** /^\p{Lu}+$/u: every code point upper case, and at least one. */
export function allUpper(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 65 || c > 90) return false;
      i++;
      continue;
    }
    const cp = codePointAt(text, i);
    if ((classOf(cp) & UPPER) === 0) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}
