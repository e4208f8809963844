// A year against a span or a decade the sources give: "ended in 1999" against "the 1998-1999 war", "in
// 1999" against "the wars in the 1990s". numberVerdict words the verdict; this says which span a year
// is of and whether the draft names it as the span's end or start.
import type { NumberMention } from '../claims/numbers';
import type { AnalysedSentence } from '../claims/analyse';
import { contextKey } from './numberContext';
import type { ClaimContext } from './judgement';
import type { IndexedSentence } from '../index/corpusIndex';

/** A single year against a span of years the sources give ("ended in 1998" / "the 1998-1999 war"). */
export function yearInSpan(claim: NumberMention, source: NumberMention): boolean {
  return claim.numKind === 'year' && claim.high === undefined && source.numKind === 'range' && source.high !== undefined && source.value >= 1000 && source.high < 2200;
}

/** "ended in 1999" against "the wars in the 1990s": a year of the decade is no other figure for it. */
export function yearInDecade(claim: NumberMention, source: NumberMention): boolean {
  return claim.numKind === 'year' && source.numKind === 'decade' && claim.value >= source.value && claim.value <= source.value + 9;
}

/** "the late-1990s war" against "the 1998-1999 war": a decade that holds the whole span is that span. */
export function spanInDecade(claim: NumberMention, source: NumberMention): boolean {
  return claim.numKind === 'decade' && source.numKind === 'range' && source.high !== undefined && source.value >= claim.value && source.high <= claim.value + 9;
}

/** How near a year its span's noun must stand in the draft. */
const SPAN_NOUN_TOKENS = 4;
// The words before a year that make it a span's end or its start: "ended in 1998", "erupted in 1999".
const SPAN_END = /\b(?:end(?:ed|s|ing)?|over|until|till|concluded|finished)\b[^.;]{0,25}$/i;
const SPAN_START = /\b(?:beg[au]n|begins|beginning|start(?:ed|s|ing)?|erupt(?:ed|s)?|broke out|launched|since)\b[^.;]{0,25}$/i;

// What joins two years named as one span's ends: "1998 and 1999", "1998 to 1999", "1998 through 1999".
const PAIR_JOINER = /^\s*(?:and|to|through|until|till)\s*$/;

interface SpanCandidate {
  /** A sentence of the index knows its source, whose next sentence may go on about the span. */
  sentence: AnalysedSentence & { source?: IndexedSentence['source'] };
  number: NumberMention;
  otherOutcome: boolean;
}

// A year named alone is the span's only outside a full date and a sentence telling a bound (see toldWith).
const FULL_DATE_BEFORE = /(?:\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}{3,}\.?|\b\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+$/u;
const BOUNDS_TOLD = /\b(?:end|ended|ends|ending|began|begin|begins|beginning|start|started|starts|broke\s+out|erupted)\b/i;

/**
 * The source span a single year of the draft is of: one the caller ties to it (`sameThing`), or one whose
 * noun stands a few words off in the draft's clause ("the war that ended in 1999", "What ended in 1999
 * was the war"; not "A History (1998), for the background to the war"). With whether the draft names
 * the year as the span's end or its start.
 */
export function spanOfYear<C extends SpanCandidate>(claim: NumberMention, candidates: C[], ctx: ClaimContext, sameThing: (c: C) => boolean): { candidate: C; ends: boolean; starts: boolean } | undefined {
  if (claim.numKind !== 'year' || claim.high !== undefined) return undefined;
  const { tokens } = ctx.draft;
  const at = tokens.findIndex((t) => t.start >= claim.start);
  // A few words off the year, with no comma, semicolon or bracket between.
  const within = (k: number) => Math.abs(k - at) <= SPAN_NOUN_TOKENS && !tokens.slice(Math.min(k, at), Math.max(k, at)).some((b) => /^[,;()]$/.test(b.text));
  const named = (c: C) => !!c.number.unit && !c.otherOutcome && tokens.some((t, k) => t.lemma === c.number.unit && within(k));
  // "the bombing of 1999" where the span's sentence says "The 1998-1999 war … ended after Nato bombing": a
  // noun beside the year that the span's own sentence has, for a year at one end of the span.
  const near = tokens.filter((t, k) => t.pos === 'NOUN' && t.lemma !== 'year' && within(k));
  const before = ctx.draft.text.slice(Math.max(0, claim.start - 40), claim.start);
  const ends = SPAN_END.test(before);
  const starts = !ends && SPAN_START.test(before);
  // (Or the sentence after it, which goes on about the span: "The war ended after Nato bombing …".)
  // Only a year named plainly ("the bombing of 1999"): "peacekeepers … since 1998" starts something else.
  const plain = !ends && !starts;
  const toldWith = (c: C) => {
    if (!plain || c.otherOutcome || (claim.value !== c.number.value && claim.value !== c.number.high)) return false;
    // "It feels like 1999 again", "the war out there, 1998, 1999": a year named alone, with no noun of
    // another thing beside it, that ends or starts the span is the span's.
    // Not where the sentence tells an end or a start ("1998. The year the war ended") or cites a book's year ("(1998)").
    // Nor a year standing alone ("**1998.**" answering the line above): nothing says it is the span's.
    // Nor the year of a full date ("opened on 3 March 1999"): a day is an event of its own.
    if (near.length === 0) return !BOUNDS_TOLD.test(ctx.draft.text) && !/\(\s*$/.test(before) && !FULL_DATE_BEFORE.test(before) && tokens.filter((t) => /\p{L}/u.test(t.text)).length >= 3;
    const own = c.sentence.source;
    const next = own ? ctx.index.sentence(own.id + 1) : undefined;
    const told = [...c.sentence.tokens, ...(next && next.source.path === own!.path ? next.tokens : [])];
    return near.some((t) => told.some((s) => contextKey(s.lemma) === contextKey(t.lemma)));
  };
  // "a war, in 1998 and 1999, which ended …": the draft names both of the span's ends together.
  const bothEnds = (c: C) => {
    const other = claim.value === c.number.value ? c.number.high : claim.value === c.number.high ? c.number.value : undefined;
    return ctx.draft.numbers.some((n) => {
      if (n.numKind !== 'year' || n.value !== other || n.high !== undefined) return false;
      const between = ctx.draft.text.slice(Math.min(n.end, claim.end), Math.max(n.start, claim.start));
      return PAIR_JOINER.test(between);
    });
  };
  const candidate = candidates.find((c) => yearInSpan(claim, c.number) && (sameThing(c) || named(c) || toldWith(c) || bothEnds(c)));
  return candidate && { candidate, ends, starts };
}
