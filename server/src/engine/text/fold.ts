// Folding text for comparison. Two flavours: one that keeps every UTF-16 offset (for tagging, where
// positions must survive), and one that canonicalises a name (for look-up, where only equality matters).

// Letters with no canonical decomposition: NFKD cannot strip them, so they are mapped by hand.
const SPECIAL_LETTERS: Record<string, string> = {
  'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'ß': 's', 'æ': 'a', 'Æ': 'A',
  'œ': 'o', 'Œ': 'O', 'ı': 'i', 'þ': 't', 'Þ': 'T', 'ð': 'd', 'Ð': 'D', 'ħ': 'h', 'Ħ': 'H',
};

const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

function foldChar(ch: string): string {
  const special = SPECIAL_LETTERS[ch];
  if (special) return special;
  const base = ch.normalize('NFKD').replace(COMBINING_MARKS, '');
  return base.length === 1 ? base : ch;
}

/**
 * Replaces accented letters with their base letter, one UTF-16 unit for one, so offsets into the folded
 * string are offsets into the original. wink's tokenizer splits words at Latin Extended letters
 * (Vučić -> Vu|č|i|ć), so text is folded before it is tagged.
 * Curly quotes and apostrophes become straight ones for the same reason.
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += ch;
    } else if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') {
      out += "'";
    } else if (ch === '\u201c' || ch === '\u201d' || ch === '\u00ab' || ch === '\u00bb') {
      out += '"';
    } else if (ch === '\u2013' || ch === '\u2014') {
      out += '-';
    } else if (ch === '\u00a0' || ch === '\u2009' || ch === '\u202f') {
      out += ' ';
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += ch; // half of a surrogate pair: copied as is, so the pair stays two units
    } else {
      out += foldChar(ch);
    }
  }
  return out;
}

/** Folds accents and case: Vučić, VUCIC and vucic share one key. */
export function foldWord(word: string): string {
  return foldKeepingOffsets(word.normalize('NFC')).toLowerCase();
}

/**
 * The key under which a name is compared: accents and case folded, possessive 's and dots in acronyms
 * dropped (U.S. = US), hyphens and spaces collapsed.
 */
export function nameKey(name: string): string {
  return foldWord(name)
    .replace(/['\u2019]s\b/g, '')
    .replace(/\b([a-z])\./g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Damerau-free Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}
