// Number words ("Fifty-two", "a dozen", "three hundred") to values. Written by hand: the libraries
// measured (compromise) turn vague quantities into numbers ("a few dozen" -> 3), which a checker must not.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
/** "zero" to "nineteen", each at its value's index: the words a small count or an hour is written in. */
export const SMALL_NUMBER_WORDS: readonly string[] = Object.keys(UNITS);
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25 };

const ANY_NUMBER_WORD = new RegExp(`\\b(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen'].join('|')})\\b`, 'i');
const ORDINAL_ENDING = /^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i;
const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

export interface NumberWordMatch {
  start: number;
  end: number;
  value: number;
}

// Every key `in` finds on the tables, their prototype's included: isNumberPart answers as the `in`
// operator did ("constructor" too), from one Set look-up instead of three prototype walks.
const NUMBER_PARTS = new Set<string>();
for (const table of [UNITS, TENS, SCALES]) {
  for (let o: object | null = table; o; o = Object.getPrototypeOf(o)) for (const key of Object.getOwnPropertyNames(o)) NUMBER_PARTS.add(key);
}

function isNumberPart(word: string): boolean {
  return NUMBER_PARTS.has(word);
}

const NO_PARTS: readonly string[] = [];

/** The number words a lower-case word starts with: "fifty-two" -> both parts, "two-year" -> ["two"]. */
function leadingParts(lower: string): readonly string[] {
  // Most words have no hyphen and are no number word.
  if (!lower.includes('-')) return isNumberPart(lower) ? [lower] : NO_PARTS;
  const parts = lower.split('-');
  const out: string[] = [];
  for (const part of parts) {
    if (!isNumberPart(part)) break;
    out.push(part);
  }
  return out;
}

interface Word {
  word: string;
  start: number;
  end: number;
}

/** Adds a run of number words to the running total; a scale closes the group before it. */
function accumulate(parts: readonly string[], state: { total: number; current: number }): void {
  for (const part of parts) {
    if (part in UNITS) state.current += UNITS[part];
    else if (part in TENS) state.current += TENS[part];
    else if (part === 'hundred') state.current = (state.current || 1) * 100;
    else {
      state.total += (state.current || 1) * SCALES[part];
      state.current = 0;
    }
  }
}

/** Whether `next` can continue a number whose last part was `last`: "fifty two", "two hundred". */
function continues(last: string, next: string): boolean {
  if (next in SCALES || last in SCALES) return true;
  return last in TENS && next in UNITS && UNITS[next] > 0 && UNITS[next] < 10;
}

/** Whether only white space separates word i from the word before it. */
function spaceBefore(text: string, words: Word[], i: number): boolean {
  return i > 0 && i < words.length && /^\s+$/.test(text.slice(words[i - 1].end, words[i].start));
}

/** Finds spelled-out numbers. Vague quantities (dozens, hundreds of, a few, several) are not numbers. */
export function findNumberWords(text: string): NumberWordMatch[] {
  // Most sentences have no number word: one regex test spares the word-by-word walk.
  if (!ANY_NUMBER_WORD.test(text)) return [];
  const words: Word[] = [];
  const lowers: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    lowers.push(m[0].toLowerCase());
  }
  // No closures here: run from source (tsx), each closure made is renamed through defineProperty,
  // which cost more than the walk itself.
  const found: NumberWordMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const lower = lowers[i];
    const before = lowers[i - 1];
    // "a few dozen", "several hundred": vague, not a figure.
    if (before === 'few' || before === 'several' || before === 'many') continue;
    if (lower === 'dozen' || (lower === 'a' && lowers[i + 1] === 'dozen' && spaceBefore(text, words, i + 1))) {
      const dozenIndex = lower === 'a' ? i + 1 : i;
      if (lower === 'dozen' && before && before in UNITS) continue; // "two dozen": a multiplier, below
      const half = before === 'half' && lower === 'a';
      found.push({ start: half ? words[i - 1].start : words[i].start, end: words[dozenIndex].end, value: half ? 6 : 12 });
      i = dozenIndex;
      continue;
    }
    // "a hundred troops", "a thousand people".
    const article = lower === 'a' && spaceBefore(text, words, i + 1) && (lowers[i + 1] === 'hundred' || lowers[i + 1] === 'thousand' || lowers[i + 1] === 'million');
    let parts: readonly string[] = article ? [lowers[i + 1]!] : leadingParts(lower!);
    if (parts.length === 0 || (!article && parts[0] in SCALES)) continue;
    // "twenty-first" is an ordinal, not twenty.
    if (!article && ORDINAL_ENDING.test(words[i].word.slice(parts.join('-').length))) continue;
    const state = { total: 0, current: 0 };
    let j = article ? i + 1 : i;
    let end = article ? words[j].end : words[i].start + parts.join('-').length;
    for (;;) {
      accumulate(parts, state);
      // A hyphenated word that goes on with other words ("two-year") ends the number.
      if (parts.join('-').length < words[j].word.length) break;
      end = words[j].end;
      let k = j + 1;
      if (lowers[k] === 'and' && spaceBefore(text, words, k) && spaceBefore(text, words, k + 1) && leadingParts(lowers[k + 1] ?? '').length > 0) k++;
      const next = words[k] ? leadingParts(lowers[k]) : NO_PARTS;
      if (next.length === 0 || !spaceBefore(text, words, k) || next.join('-').length < words[k].word.length) break;
      if (!continues(parts[parts.length - 1], next[0])) break;
      parts = next;
      j = k;
    }
    if (lowers[j + 1] === 'dozen' && spaceBefore(text, words, j + 1)) {
      state.current *= 12;
      j++;
      end = words[j].end;
    }
    // "three and a half (per cent)", "two and a half million".
    let value = state.total + state.current;
    const fraction = lowers[j + 1] === 'and' && lowers[j + 2] === 'a' ? FRACTIONS[lowers[j + 3] ?? ''] : undefined;
    if (fraction !== undefined && spaceBefore(text, words, j + 1) && spaceBefore(text, words, j + 2) && spaceBefore(text, words, j + 3)) {
      value += fraction;
      j += 3;
      end = words[j].end;
      const scale = lowers[j + 1];
      if (scale !== undefined && scale !== 'hundred' && scale in SCALES && spaceBefore(text, words, j + 1)) {
        value *= SCALES[scale];
        j++;
        end = words[j].end;
      }
    }
    // "three point five (per cent)", "one point eight million": a decimal read aloud, a digit a word.
    if (lowers[j + 1] === 'point' && spaceBefore(text, words, j + 1) && isDigitWord(lowers[j + 2]) && spaceBefore(text, words, j + 2)) {
      let scale = 0.1;
      for (j += 2; ; j++) {
        value += UNITS[lowers[j]!]! * scale;
        scale /= 10;
        if (!isDigitWord(lowers[j + 1]) || !spaceBefore(text, words, j + 1)) break;
      }
      value = Number(value.toFixed(6));
      end = words[j].end;
      const scaleWord = lowers[j + 1];
      if (scaleWord !== undefined && scaleWord !== 'hundred' && scaleWord in SCALES && spaceBefore(text, words, j + 1)) {
        value *= SCALES[scaleWord];
        j++;
        end = words[j].end;
      }
    }
    found.push({ start: words[i].start, end, value });
    i = j;
  }
  return found;
}

/** "zero" to "nine": one digit of a decimal read aloud. */
function isDigitWord(word: string | undefined): boolean {
  return word !== undefined && Object.hasOwn(UNITS, word) && UNITS[word]! < 10;
}
