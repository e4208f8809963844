// Number words ("Fifty-two", "a dozen", "three hundred") to values. Written by hand: the libraries
// measured (compromise) turn vague quantities into numbers ("a few dozen" -> 3), which a checker must not.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

export interface NumberWordMatch {
  start: number;
  end: number;
  value: number;
}

function isNumberPart(word: string): boolean {
  return word in UNITS || word in TENS || word in SCALES;
}

function partsOf(word: string): string[] | undefined {
  const parts = word.toLowerCase().split('-');
  return parts.every(isNumberPart) ? parts : undefined;
}

/** Finds spelled-out numbers. Vague quantities (dozens, hundreds of, a few, several) are not numbers. */
export function findNumberWords(text: string): NumberWordMatch[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
  const found: NumberWordMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const lower = words[i].word.toLowerCase();
    if (lower === 'dozen' || (lower === 'a' && words[i + 1]?.word.toLowerCase() === 'dozen')) {
      const dozenIndex = lower === 'a' ? i + 1 : i;
      const before = words[i - 1]?.word.toLowerCase();
      // "a few dozen", "several dozen": vague. "half a dozen": six.
      if (before === 'few' || before === 'several' || before === 'many') continue;
      if (lower === 'dozen' && before && before in UNITS) {
        continue; // "two dozen" is handled as a multiplier below
      }
      const half = before === 'half' && lower === 'a';
      found.push({ start: half ? words[i - 1].start : words[i].start, end: words[dozenIndex].end, value: half ? 6 : 12 });
      i = dozenIndex;
      continue;
    }
    let parts = partsOf(words[i].word);
    if (!parts || parts[0] in SCALES) continue;
    let total = 0;
    let current = 0;
    let j = i;
    let end = words[i].end;
    for (;;) {
      for (const part of parts) {
        if (part in UNITS) current += UNITS[part];
        else if (part in TENS) current += TENS[part];
        else if (part === 'hundred') current = (current || 1) * 100;
        else {
          total += (current || 1) * SCALES[part];
          current = 0;
        }
      }
      end = words[j].end;
      // Continue over "hundred", "thousand", "and" between number words, and plain spaces only.
      let k = j + 1;
      const gap = (a: number) => text.slice(words[a - 1].end, words[a]?.start ?? words[a - 1].end);
      if (words[k]?.word.toLowerCase() === 'and' && /^\s+$/.test(gap(k)) && partsOf(words[k + 1]?.word ?? '')) {
        if (/^\s+$/.test(gap(k + 1))) k++;
      }
      const next = words[k] ? partsOf(words[k].word) : undefined;
      if (!next || !/^\s+$/.test(gap(k))) break;
      // "five six" are two numbers; only scales or a smaller part can follow.
      const lastSmall = current > 0 && current < 100 && !(parts[parts.length - 1] in SCALES);
      if (lastSmall && !(next[0] in SCALES)) break;
      parts = next;
      j = k;
    }
    if (words[j + 1]?.word.toLowerCase() === 'dozen' && /^\s+$/.test(text.slice(words[j].end, words[j + 1].start))) {
      current *= 12;
      j++;
      end = words[j].end;
    }
    found.push({ start: words[i].start, end, value: total + current });
    i = j;
  }
  return found;
}
