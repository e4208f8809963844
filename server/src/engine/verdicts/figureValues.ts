// How two figures compare by value alone, before anything is known of what they count: equal, a
// percentage rounded either way, a bound or approximation that admits the other, or a slip of the keys.
import type { NumberMention } from '../claims/numbers';

export function decimals(n: number): number {
  const s = String(n);
  return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
}

/** A figure its own words make approximate: "more than 50", "about 700", "almost 4,000". */
export function isVague(n: NumberMention): boolean {
  return n.qualifier !== undefined && n.qualifier !== 'only';
}

const upward = (n: NumberMention) => n.qualifier === 'moreThan' || n.qualifier === 'atLeast';
const downward = (n: NumberMention) => n.qualifier === 'lessThan' || n.qualifier === 'atMost' || n.qualifier === 'almost';

/** Bounds on the same figure pointing apart: "fewer than 100" against "at least 100". */
export function opposite(a: NumberMention, b: NumberMention): boolean {
  return (upward(a) && downward(b)) || (downward(a) && upward(b));
}

export function isBound(n: NumberMention): boolean {
  return n.qualifier === 'moreThan' || n.qualifier === 'atLeast' || n.qualifier === 'lessThan' || n.qualifier === 'atMost';
}

/**
 * Whether a source figure states the claim's: the same value, a percentage rounded either way (3.47%
 * reads as 3.5%), or a figure that meets the claim's own bound or approximation ("more than 50" in the
 * draft, 52 in the source). Not the other way round: a source's "at least 10 people" states no exact
 * figure, so it does not say "eleven" (nor does it contradict it: see meetsBound).
 */
export function valuesAgree(claim: NumberMention, source: NumberMention): boolean {
  if ((claim.high ?? claim.value) !== (source.high ?? source.value) && (claim.high !== undefined || source.high !== undefined)) return false;
  // "more than 50" in a source excludes 50 itself, unless the draft bounds it the same way; and "fewer
  // than 100" is the other side of the sources' "at least 100".
  if (claim.value === source.value) {
    if (opposite(claim, source)) return false;
    return !(source.qualifier === 'moreThan' || source.qualifier === 'lessThan') || claim.qualifier === source.qualifier;
  }
  const places = Math.min(decimals(claim.value), decimals(source.value));
  // Rounding reads 3.47% as 3.5% (or 3%), but a bound ("more than 4%") is not a rounded figure, and a
  // figure half-way between two ("3.5%") rounds to neither for sure: "some 4 percent" is not 3.5%.
  const rounded =
    decimals(claim.value) !== decimals(source.value) &&
    claim.value.toFixed(places) === source.value.toFixed(places) &&
    Math.abs(claim.value - source.value) < 0.5 * 10 ** -places - 1e-9;
  if (rounded && claim.numKind === 'percent' && !isBound(claim) && !isBound(source)) return true;
  return meetsBound(claim, source);
}

/**
 * Whether `bounded`'s bound or approximation admits `exact`'s figure: "more than 50" admits 52, "about
 * 700" admits 690; "more than 50" is not evidence for 1,200.
 */
export function meetsBound(bounded: NumberMention, exact: NumberMention): boolean {
  if (exact.qualifier && exact.qualifier !== 'only') return false;
  const { qualifier, value: bound } = bounded;
  const { value } = exact;
  // A figure written with decimals states its precision: "about 3.4%" is not 3.47%, which rounds to 3.5%.
  const approxGap = decimals(bound) > 0 ? 0.5 * 10 ** -decimals(bound) + 1e-9 : 0.05 * bound;
  if (qualifier === 'approx' && Math.abs(bound - value) <= approxGap) return true;
  if (qualifier === 'almost' && value <= bound && value >= 0.97 * bound) return true;
  // "more than 50" is not 50 itself; "at least 50" may be.
  const above = qualifier === 'moreThan' ? value > bound : qualifier === 'atLeast' && value >= bound;
  const below = qualifier === 'lessThan' ? value < bound : qualifier === 'atMost' && value <= bound;
  if (above && value <= 1.25 * bound && !isBound(exact)) return true;
  if (below && value >= 0.8 * bound && !isBound(exact)) return true;
  return false;
}

/**
 * Whether `value` is near enough to the claim's for `valuesAgree` to accept it: every way it accepts
 * two figures (rounding, "about", "more than", "almost") keeps them half a unit apart or within 25% of
 * the larger ("more than 50" fits 62). The screen allows 30%: a wider one only costs taggings, a
 * narrower one would change verdicts.
 */
export function mayAgree(claim: NumberMention): (value: number) => boolean {
  const target = claim.value;
  return (value) => {
    const gap = Math.abs(value - target);
    return gap <= 0.5 || gap <= 0.3 * Math.max(Math.abs(value), Math.abs(target));
  };
}

function digitsOf(n: NumberMention): string | undefined {
  if (n.spelled) return undefined;
  const digits = n.text.replace(/[^\d.]/g, '').replace(/^\./, '');
  return digits.length >= 2 ? digits : undefined;
}

/**
 * Two figures one typing slip apart: a digit changed or swapped with its neighbour, a zero dropped or
 * doubled, the point moved, or a last decimal cut off.
 */
export function digitSlip(a: NumberMention, b: NumberMention): boolean {
  const x = digitsOf(a);
  const y = digitsOf(b);
  if (!x || !y || x === y) return false;
  if (x.replace('.', '') === y.replace('.', '')) return true;
  // A figure cut, not rounded, to fewer places: "3.4%" for 3.47% (which rounds to 3.5%).
  const [shorter, longer] = x.length < y.length ? [x, y] : [y, x];
  if (shorter.includes('.') && longer.length === shorter.length + 1 && longer.startsWith(shorter) && longer.at(-1) !== '0') return true;
  // A zero dropped or doubled: "5,000" for 50,000.
  if (Math.abs(x.length - y.length) === 1) {
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    return [...long].some((ch, i) => ch === '0' && long.slice(0, i) + long.slice(i + 1) === short);
  }
  if (x.length !== y.length) return false;
  const diff = [...x].map((ch, i) => (ch === y[i] ? -1 : i)).filter((i) => i >= 0);
  if (diff.length === 1) return x[diff[0]] !== '.' && y[diff[0]] !== '.';
  return diff.length === 2 && diff[1] === diff[0] + 1 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
}

/**
 * The same digits in another order ("3.74" for 3.47), by value alone: the screen of untagged sentences,
 * which have values but no written figures for `digitSlip` to read.
 */
export function sameDigits(a: number, b: number): boolean {
  const digits = (n: number) => [...String(n)].sort().join('');
  return a !== b && String(a).length === String(b).length && digits(a) === digits(b);
}
