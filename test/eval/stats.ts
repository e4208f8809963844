// Small numeric helpers for the eval: confusion counts, ratios, value normalisation, formatting.

/** Counts for a binary "flagged" decision against a binary label. */
export interface Confusion {
  tp: number;
  fn: number;
  tn: number;
  fp: number;
}

export interface BinaryFigures {
  n: number;
  positives: number;
  recall: number;
  specificity: number;
  balancedAccuracy: number;
}

export function emptyConfusion(): Confusion {
  return { tp: 0, fn: 0, tn: 0, fp: 0 };
}

export function tally(c: Confusion, label: boolean, flagged: boolean): void {
  if (label && flagged) c.tp++;
  else if (label) c.fn++;
  else if (flagged) c.fp++;
  else c.tn++;
}

export function addConfusion(a: Confusion, b: Confusion): Confusion {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, tn: a.tn + b.tn, fp: a.fp + b.fp };
}

/** part / whole; NaN where the whole is zero, so an empty denominator is visible, not hidden as 0. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : part / whole;
}

export function binaryFigures(c: Confusion): BinaryFigures {
  const recall = ratio(c.tp, c.tp + c.fn);
  const specificity = ratio(c.tn, c.tn + c.fp);
  return {
    n: c.tp + c.fn + c.tn + c.fp,
    positives: c.tp + c.fn,
    recall,
    specificity,
    balancedAccuracy: (recall + specificity) / 2,
  };
}

export function fmt(x: number): string {
  return Number.isNaN(x) ? '  NaN' : x.toFixed(3);
}

/** Every number in a JSON-like value that is NaN, as dotted paths. */
export function nanPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isNaN(value) ? [path || '(root)'] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nanPaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => nanPaths(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12, 'a dozen': 12,
};

/**
 * A comparable form of a suggestion: case-insensitive, "3.5 percent" / "3.5 per cent" = "3.5%", and
 * (beyond the letter of the comparison rule, in the spirit of the labelling contract) a plain number
 * written with separators or as a word compares by value: "4,000" = "4000", "Thirty" = "30",
 * "fifty-two" = "52". Diacritics are kept: "Vucic" and "Vučić" stay different spellings.
 */
export function normaliseValue(value: string): string {
  let v = value.trim().toLowerCase().replace(/\s+/g, ' ');
  v = v.replace(/\s*(per ?cent|%)$/, '%');
  const percent = v.endsWith('%');
  const core = percent ? v.slice(0, -1).trim() : v;
  let n: number | undefined;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(core)) n = Number(core.replace(/,/g, ''));
  else if (core in NUMBER_WORDS) n = NUMBER_WORDS[core];
  else {
    const m = /^([a-z]+)[- ]([a-z]+)$/.exec(core);
    if (m && m[1] in NUMBER_WORDS && m[2] in NUMBER_WORDS && NUMBER_WORDS[m[1]] >= 20 && NUMBER_WORDS[m[2]] < 10) {
      n = NUMBER_WORDS[m[1]] + NUMBER_WORDS[m[2]];
    }
  }
  return n === undefined ? v : `${n}${percent ? '%' : ''}`;
}

export function sameValue(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && normaliseValue(a) === normaliseValue(b);
}

/** 0-based line and column of an offset, for messages (printed 1-based). */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart };
}

export function oneLine(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
