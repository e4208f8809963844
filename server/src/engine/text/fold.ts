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

const foldedChars = new Map<number, string>();

/** foldChar for one UTF-16 unit at or above 0x80 other than a surrogate, remembered: text repeats its letters. */
function foldUnit(code: number): string {
  let folded = foldedChars.get(code);
  if (folded === undefined) {
    const ch = String.fromCharCode(code);
    if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc') folded = "'";
    else if (ch === '\u201c' || ch === '\u201d' || ch === '\u00ab' || ch === '\u00bb') folded = '"';
    else if (ch === '\u2013' || ch === '\u2014') folded = '-';
    else if (ch === '\u00a0' || ch === '\u2009' || ch === '\u202f') folded = ' ';
    else folded = foldChar(ch);
    foldedChars.set(code, folded);
  }
  return folded;
}

/**
 * Replaces accented letters with their base letter, one UTF-16 unit for one, so offsets into the folded
 * string are offsets into the original. wink's tokenizer splits words at Latin Extended letters
 * (Vučić -> Vu|č|i|ć), so text is folded before it is tagged.
 * Curly quotes and apostrophes become straight ones for the same reason.
 */
export function foldKeepingOffsets(text: string): string {
  const n = text.length;
  let i = 0;
  // Most text is ASCII, which folds to itself: no new string at all.
  while (i < n && text.charCodeAt(i) < 0x80) i++;
  if (i === n) return text;
  let out = '';
  let copied = 0;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    // ASCII and each half of a surrogate pair stay as they are (a pair stays two units).
    if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) continue;
    out += text.slice(copied, i) + foldUnit(code);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Folds accents and case: Vučić, VUCIC and vucic share one key. */
export function foldWord(word: string): string {
  // ASCII is its own NFC form and its own fold.
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) >= 0x80) return foldKeepingOffsets(word.normalize('NFC')).toLowerCase();
  }
  return word.toLowerCase();
}

/**
 * The key under which a name is compared: accents and case folded, possessive 's and dots in acronyms
 * dropped (U.S. = US), hyphens and spaces collapsed.
 */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    key = foldWord(name)
      .replace(/['\u2019]s\b/g, '')
      .replace(/\b([a-z])\./g, '$1')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    // Bounded: a corpus names the same people and places again and again, but its names are many.
    if (nameKeys.size >= 50_000) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

const nameKeys = new Map<string, string>();

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("Schloz" for "Scholz", the
 * commonest typing slip), as well as an insertion, deletion or change (optimal string alignment). Bounded:
 * returns max+1 as soon as the distance exceeds max.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}
