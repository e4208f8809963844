// Verdict on one number: supported where a related source sentence gives the same value for the same
// thing, contradicted where one gives another value for it, unsupported otherwise.
import { formatValue, type NumberMention } from '../claims/numbers';
import type { AnalysedSentence } from '../claims/analyse';
import type { IndexedSentence } from '../index/corpusIndex';
import { bestInPool, citeLine, evidenceOf, MAX_EVIDENCE, oncePerDraft, uniqueEvidence, quote, type ClaimContext, type Judgement } from './judgement';
import { dateOf, dayJudgement, MONTHS } from './dateVerdict';

const capitalisedMonth = (month: number) => MONTHS[month]![0]!.toUpperCase() + MONTHS[month]!.slice(1);
import { listedCountJudgement } from './listedCountVerdict';
import { citationYearJudgement, dateYearJudgement, monthOfDatelines, yearJudgement, yearOfDatelines } from './yearVerdict';
import { clauseOf, clauseOverlap, contextKey, contextOf, contextOverlap, otherOutcome, magnitudeCloseness, unitKey } from './numberContext';
import { decimals, digitSlip, isBound, isVague, mayAgree, meetsBound, opposite, valuesAgree } from './figureValues';
import { figureUnitRelation, sharesOfOtherPeoples, unitRelation, type UnitRelation } from './unitRelation';
import { dayCountJudgement } from './dayCountVerdict';
import { spanInDecade, spanOfYear, yearInDecade, yearInSpan } from './yearSpans';
import { convertedDistanceJudgement } from './distanceVerdict';

/** 'kin': the draft counts people where the source names them by nationality (people / Albanians). */

interface Candidate {
  sentence: IndexedSentence;
  number: NumberMention;
  sameValue: boolean;
  unit: UnitRelation;
  /** Overlap of the words around the two numbers. */
  nearby: number;
  related: number;
  score: number;
  /** The value is stated in few source sentences. */
  rare: boolean;
  /** Few candidate sentences count this noun. */
  rareUnit: boolean;
  /** The two figures' words say different things befell what they count (arrested, hurt, killed), or are shares of two peoples. */
  otherOutcome: boolean;
  /** The draft's clause says nothing but the figure and its noun ("Turnout was about 4.5%."). */
  unitOnly: boolean;
  /** What the source's percentage measures is named in the draft sentence, is a whole (a majority, a population) or is not named. */
  measuredNear: boolean;
}

const UNITLESS = new Set(['year', 'decade', 'time']);
const COMPARABLE: Record<string, string> = {
  count: 'count', range: 'count', score: 'score', money: 'money', percent: 'percent', year: 'year', decade: 'year', time: 'time', ordinal: 'ordinal', weekday: 'weekday',
};

/**
 * Capitalised words between a figure and its noun: "1,100 Italian soldiers" counts a part of what
 * "a 4,000-strong mission" counts, so a source figure can only contradict it where the source speaks of
 * Italians (or Italy) too.
 */
function namedModifiers(sentence: AnalysedSentence, n: NumberMention): string[] {
  const unit = n.numKind === 'percent' ? n.object : n.unit;
  const head = sentence.tokens.findIndex((t) => t.start >= n.end && t.lemma === unit);
  if (head < 0) return [];
  return sentence.tokens.filter((t, i) => t.start >= n.end && i < head && /^\p{Lu}\p{Ll}/u.test(t.text)).map((t) => t.lower);
}

/** Whether a text speaks of a word's name: "Italian" in "Italy", "Serb" in "Serbian" (a shared stem of four letters). */
function mentions(text: string, word: string): boolean {
  return word.length < 4 || text.toLowerCase().includes(word.slice(0, 4));
}

/** "700 more troops": the source's number with the words up to its noun, for messages. */
function phrase(sentence: IndexedSentence, n: NumberMention): string {
  const unit = n.numKind === 'percent' ? n.object : n.unit;
  const after = sentence.tokens.find((t) => t.start >= n.end && t.lemma === unit);
  const end = after && after.end - n.end <= 40 ? after.end : n.end;
  return sentence.text.slice(n.start, end);
}

const BOUND_WORDS = /\b(?:almost|nearly|at least|no fewer than|no less than|more than|over|above|less than|fewer than|under|below|up to|at most|as many as|no more than)\s+$/i;
/** How much of a year's nearby words another year must share to outweigh the datelines. */
const YEAR_TIE = 0.35;
const RARE_VALUE_SENTENCES = 3;
const ALL_VALUE_SENTENCES = 50;
const VALUE_LOOKUPS = 20;
const RARE_UNIT_SENTENCES = 4;
/** The least figure that, said with no noun, names the sources' figure of that value. */
const LARGE_ALONE = 1000;
/** How far a percentage the sources state may lie from the draft's to be looked up for it, as a factor. */
const NEAR_PERCENT = 1.5;
const NEAR_PERCENT_LOOKUPS = 5;

/**
 * The ranked sentences that may state a figure, once per draft sentence: those without one would add no
 * candidate, and sparing them the tagger is most of the time saved.
 */
const rankedWithFigures = oncePerDraft((ctx): readonly number[] => ctx.ranked.filter((r) => ctx.index.mayStateNumbers(r.id)).map((r) => r.id));

/**
 * The sentences a figure is compared with, by id, in the order their candidates are listed: the ranked
 * ones that state any figure, then sentences found by value.
 */
function comparedSentences(claim: NumberMention, ctx: ClaimContext): { ids: number[]; rare: boolean } {
  const ids = [...rankedWithFigures(ctx)];
  // Every sentence stating the value when there are few; in a large corpus, those among the wider
  // BM25 pool of the draft sentence (a common figure like 30 stands in thousands of sentences, so the
  // pool is walked, not they). A year or a round figure can still stand in dozens of the pool's
  // sentences: the most related are compared in full (each costs a tagging), the rest could only win
  // on words the draft shares anyway.
  const withValue = ctx.index.sentencesWithValue(claim.value);
  const byRelevance = (a: number, b: number): number => (ctx.pool.get(b) ?? 0) - (ctx.pool.get(a) ?? 0) || a - b;
  const valueIds = withValue.size <= ALL_VALUE_SENTENCES ? [...withValue] : bestInPool(ctx.pool, (id) => withValue.has(id), VALUE_LOOKUPS).map(([id]) => id);
  const lookups = valueIds.sort(byRelevance).slice(0, VALUE_LOOKUPS);
  // A percentage slipped by a digit or two ("3.4%" for 3.47%) in a long sentence whose best matches are
  // about its other clauses: the pool's few sentences stating a near percentage are compared too.
  if (claim.numKind === 'percent' && withValue.size === 0) {
    const near = (v: number) => v !== claim.value && v > claim.value / NEAR_PERCENT && v < claim.value * NEAR_PERCENT;
    for (const [id] of bestInPool(ctx.pool, (id) => ctx.index.mayStateValue(id, near), NEAR_PERCENT_LOOKUPS)) lookups.push(id);
  }
  const listed = new Set(ids);
  for (const id of lookups) if (!listed.has(id)) ids.push(id);
  // A figure the corpus states in very few places is distinctive: finding it there is evidence enough.
  return { ids, rare: withValue.size <= RARE_VALUE_SENTENCES };
}

/**
 * The claim's candidates among the sentences `ids`, best first. Made per claim: the tiers of judgeNumber
 * and its look-up of every candidate ask for growing lists of sentences, and a sentence is scored once.
 */
function candidateScorer(claim: NumberMention, ctx: ClaimContext, rare: boolean): (ids: readonly number[]) => Candidate[] {
  const near = contextOf(ctx.draft, claim);
  const unit = claim.numKind === 'percent' ? claim.object : claim.unit;
  const clause = clauseOf(ctx.draft, claim, unit);
  // Field labels ("Caption: Turnout: 35%") say nothing of the figure.
  const labels = new Set(ctx.draft.tokens.filter((t, i, all) => all[i + 1]?.text === ':').map((t) => contextKey(t.lemma)));
  const unitOnly = !!unit && [...clause.keys()].every((key) => labels.has(key));
  const scored = new Map<number, Candidate[]>();
  const draftKeys = new Set(ctx.draft.tokens.map((t) => contextKey(t.lemma)));
  const scoreSentence = (id: number): Candidate[] => {
    const sentence = ctx.index.sentence(id)!;
    const overlap = clauseOverlap(clause, sentence);
    const rank = ctx.pool.get(sentence.source.id) ?? 0;
    // BM25 rank lends support to a same-value figure; only shared words can tie a different value.
    const related = Math.max(overlap, 0.5 * rank + 0.5 * overlap);
    const out: Candidate[] = [];
    for (const n of sentence.numbers) {
      if (COMPARABLE[n.numKind] !== COMPARABLE[claim.numKind] && !yearInSpan(claim, n) && !spanInDecade(claim, n) && !sharePercent(claim, n)) continue;
      const around = contextOf(sentence, n);
      const unitRel = figureUnitRelation(claim, n, near, sentence.text, ctx.draft.text);
      const nearby = contextOverlap(near, around);
      const sameValue = valuesAgree(claim, n) || spanInDecade(claim, n);
      const score =
        (unitRel === 'same' ? 1 : unitRel === 'unknown' || unitRel === 'kin' ? 0.3 : 0) +
        1.5 * nearby +
        (sameValue ? related : overlap) +
        (sameValue ? 0 : 0.5 * magnitudeCloseness(claim.value, n.value)) +
        (claim.qualifier && claim.qualifier === n.qualifier ? 0.1 : 0);
      const measuredNear = n.numKind !== 'percent' || !n.object || WHOLES.has(n.object) || draftKeys.has(contextKey(n.object));
      out.push({ sentence, number: n, sameValue, unit: unitRel, nearby, related: sameValue ? related : overlap, score, rare, rareUnit: false, otherOutcome: otherOutcome(near, around, claim.unit) || sharesOfOtherPeoples(claim, ctx.draft.text, n, sentence.text), unitOnly, measuredNear });
    }
    return out;
  };
  return (ids) => {
    const out: Candidate[] = [];
    for (const id of ids) {
      let candidates = scored.get(id);
      if (!candidates) scored.set(id, (candidates = scoreSentence(id)));
      // Copies: whether a noun is rare depends on the list asked for.
      for (const c of candidates) out.push({ ...c });
    }
    const sentencesByUnit = new Map<string, Set<IndexedSentence>>();
    for (const c of out) {
      const key = unitKey(c.number.numKind === 'percent' ? c.number.object : c.number.unit);
      if (!key) continue;
      if (!sentencesByUnit.has(key)) sentencesByUnit.set(key, new Set());
      sentencesByUnit.get(key)!.add(c.sentence);
    }
    for (const c of out) {
      const key = unitKey(c.number.numKind === 'percent' ? c.number.object : c.number.unit);
      c.rareUnit = !!key && sentencesByUnit.get(key)!.size <= RARE_UNIT_SENTENCES;
    }
    return out.sort((a, b) => b.score - a.score);
  };
}

/** Whether a source figure with another value speaks of what the draft's figure speaks of. */
function aboutTheSameThing(c: Candidate, claim: NumberMention): boolean {
  if (c.otherOutcome) return false;
  // Every weekday counts "days", so only words around it can tie it to the same event.
  if (claim.numKind === 'weekday') return c.nearby >= 0.3 && c.related >= 0.3;
  // A slip of the keys: a swapped, changed or dropped digit or decimal point (3.74% for 3.47%, 35% for
  // 3.5%, 42 for 52, the 1980s for the 1990s), with the same noun or none, and words that tie it to
  // the same thing.
  if (digitSlip(claim, c.number)) {
    if (c.unit === 'same' && (c.nearby >= 0.1 || c.related >= 0.2)) return true;
    // A slip of a percentage to two places few sentences state ("the KQZ's figure of 3.43%" for 3.47%) is
    // that figure whatever noun each hangs it on, as the very figure would be (see `supports`).
    if (claim.numKind === 'percent' && c.number.numKind === 'percent' && c.rare && decimals(claim.value) >= 2 && decimals(c.number.value) >= 2 && (c.nearby > 0 || c.related >= 0.1)) return true;
    if (c.unit === 'unknown' && (c.nearby >= 0.25 || (UNITLESS.has(claim.numKind) && c.related >= 0.3))) return true;
  }
  // Two spans of years that overlap ("in 1997-1999" against "the 1998-1999 war") need fewer shared words
  // than two single years: the overlap is already a tie.
  const spans = claim.high !== undefined && c.number.high !== undefined && claim.value <= c.number.high && c.number.value <= claim.high;
  if (spans && c.unit !== 'different' && (c.nearby >= 0.15 || c.related >= 0.25)) return true;
  // Years, decades and clock times have no noun: the words around them must match.
  if (UNITLESS.has(claim.numKind)) return c.nearby >= 0.35 || c.related >= 0.5;
  if (c.unit === 'same') {
    // "the 1996-1999 war" against "the 1998-1999 war": overlapping spans of the same thing.
    if (spans) return true;
    // Two strengths of a force ("the mission's seven hundred soldiers" / "its 4,000-strong mission"): the
    // force's own noun is the unit, so few words are left around them to tie them.
    if (claim.strength && c.number.strength && (c.nearby >= 0.1 || c.related >= 0.2 || c.rareUnit)) return true;
    // A noun the sources count rarely ("turnout") ties two figures more surely than a common one ("people"),
    // alone where the draft says nothing else of it ("Turnout was about 4.5%.").
    return c.nearby >= 0.2 || c.related >= (c.rareUnit ? 0.25 : 0.4) || (c.unitOnly && c.rareUnit);
  }
  // A percentage of a paraphrased whole: "80% ethnic Albanian" against "90% ethnic Albanian majority";
  // not a survey's "71%" agreeing that the mayors were rightly installed against a "3.5% election
  // turnout" the draft never speaks of.
  if (c.unit === 'different') return claim.numKind === 'percent' && c.nearby >= 0.4 && c.measuredNear;
  // No noun on one side ("NATO promised 500 more"): close words and a close magnitude (500 for 700).
  if (c.nearby >= 0.25 && c.related >= 0.25 && magnitudeCloseness(claim.value, c.number.value) >= 0.85) return true;
  return c.nearby >= 0.5 && c.related >= 0.4;
}

/**
 * "52 soldiers of KFOR were injured, and 30 Serb protesters with them" where one source sentence has "30
 * NATO troops and 52 ethnic Serbian protesters": the draft gives the sentence's two figures each to the
 * other's noun. Two crossed figures of one sentence tie it to the draft's, whatever other words they share.
 */
function swappedIn(c: Candidate, claim: NumberMention, stated: NumberMention[]): boolean {
  if (c.unit !== 'same' || c.sameValue || c.otherOutcome) return false;
  const ours = c.sentence.numbers.find((m) => m !== c.number && valuesAgree(claim, m) && unitRelation(claim, m) === 'different');
  return !!ours && stated.some((n) => valuesAgree(n, c.number) && unitRelation(n, ours) === 'same');
}

/** The candidates that support the claim, best first. */
function supportAmong(candidates: Candidate[], claim: NumberMention): Candidate[] {
  return (
    candidates
      .filter((c) => supports(c, claim))
      // An exact figure is better evidence than a bound it merely fits ("52" over "more than 50").
      .sort((a, b) => Number(b.number.value === claim.value) - Number(a.number.value === claim.value))
  );
}

// What a share of a people is a share of, however the draft words it ("95% of Kosovo's people are ethnic
// Albanians" / "Kosovo's 90% ethnic Albanian majority"); "turnout" is a measure the draft must name.
const WHOLES = new Set(['majority', 'minority', 'population', 'share', 'people', 'country', 'territory', 'total', 'proportion']);

const PARTITIVE = /^\s+of\s+(?:them|those|these|us|whom|which)\b/i;

/** Whether a source figure with the same value speaks of what the draft's figure speaks of. */
function supports(c: Candidate, claim: NumberMention): boolean {
  if (!c.sameValue || c.otherOutcome) return false;
  // A percentage to two places that few sentences state ("3.47%") is distinctive: the very figure, in a
  // related sentence, is the same figure whatever noun each sentence hangs it on ("turnout in the April
  // vote at 3.47%" / "3.47% of eligible voters").
  // In a long sentence that shares few words with the source's ("a vote with a turnout of 3.47%, boycotted
  // by Serbs, produced …"), too: so rare a figure ties the two by itself.
  if (claim.numKind === 'percent' && c.rare && c.number.value === claim.value && decimals(claim.value) >= 2) return true;
  // A percentage of a paraphrased whole ("90 per cent ethnic Albanian" / "90% ethnic Albanian majority").
  if (c.unit === 'different') return claim.numKind === 'percent' && c.nearby >= 0.4;
  if (c.unit === 'kin') return c.nearby >= 0.2;
  if (c.unit === 'same' || c.nearby >= 0.2) return true;
  // "under 700 words" against "on top of 700 already on their way": a bare source figure counts what its
  // sentence counts, and a noun of the draft's that the sentence never names is something else. ("Twenty-three
  // of them" counts what the sentence before named.)
  if (c.unit === 'unknown' && claim.unit && !c.number.unit && !c.sentence.tokens.some((t) => t.lemma === claim.unit) && !PARTITIVE.test(c.sentence.text.slice(c.number.end, c.number.end + 12))) return false;
  if (c.related >= 0.3) return true;
  if (c.rare && (c.nearby > 0 || c.related >= 0.1)) return true;
  // A score is distinctive: any mention in a related sentence will do.
  return claim.numKind === 'score' && c.related >= 0.1;
}

/**
 * "3.47, if you want the KQZ's figure", "call it three and a half": a fraction said with no noun and no
 * "per cent" is, in speech, the percentage the sources write.
 */
function sharePercent(claim: NumberMention, source: NumberMention): boolean {
  return claim.numKind === 'count' && claim.unit === undefined && !Number.isInteger(claim.value) && source.numKind === 'percent';
}

/**
 * "The war … ended in 1998" where the sources give "the 1998-1999 war": a year named as a span's end or
 * start is that end or start of the span the sources give for the same thing; a year within the span,
 * with no such word ("during the war in 1999"), is supported by it.
 */
function spanEndJudgement(claim: NumberMention, candidates: Candidate[], ctx: ClaimContext): Judgement | undefined {
  const found = spanOfYear(claim, candidates, ctx, (c) => aboutTheSameThing(c, claim) || (c.unit === 'same' && !c.otherOutcome));
  if (!found) return undefined;
  const { candidate: c, ends, starts } = found;
  const evidence = [evidenceOf(c.sentence, c.number.text)];
  const cited = `("${quote(c.sentence.text, c.number.text)}", ${citeLine(c.sentence)})`;
  if (!ends && !starts) {
    const within = c.number.value <= claim.value && claim.value <= c.number.high!;
    return within ? { verdict: 'supported', code: 'supported-number', message: `sources say ${phrase(c.sentence, c.number)} ${cited}`, evidence } : undefined;
  }
  const point = ends ? c.number.high! : c.number.value;
  const message = `sources say ${phrase(c.sentence, c.number)}, which ${ends ? 'ended' : 'began'} in ${point} ${cited}`;
  if (point === claim.value) return { verdict: 'supported', code: 'supported-number', message, evidence };
  return { verdict: 'contradicted', code: 'contradicted-number', message, suggestion: String(point), evidence };
}

export function judgeNumber(claim: NumberMention, ctx: ClaimContext): Judgement {
  const converted = convertedDistanceJudgement(claim, ctx);
  if (converted) return converted;
  const { ids, rare } = comparedSentences(claim, ctx);
  // Support needs a figure of the same value, and a candidate's score depends on its own sentence only.
  // So support is looked for first among the ranked sentences stating the very value, then among all
  // that state it, then among those stating a value near enough to agree (every sentence that can
  // support is in that last tier), stopping once a tier gives a full set of evidence. Most figures of a
  // draft are supported: they are judged without tagging the sentences that could only contradict them.
  const ranked = new Set(ctx.ranked.map((r) => r.id));
  const exact = ids.filter((id) => ctx.index.mayStateValue(id, (v) => v === claim.value || v === claim.high));
  const agreeing = mayAgree(claim);
  const close = ids.filter((id) => ctx.index.mayStateValue(id, agreeing));
  const candidatesFor = candidateScorer(claim, ctx, rare);
  let support: Candidate[] = [];
  let tried = 0;
  for (const tier of [exact.filter((id) => ranked.has(id)), exact, close]) {
    if (tier.length === tried) continue;
    tried = tier.length;
    support = supportAmong(candidatesFor(tier), claim);
    if (new Set(support.map((c) => c.sentence.source.id)).size >= MAX_EVIDENCE) break;
  }
  // Support from vague source figures alone (since a source's bound supports nothing, only an
  // approximation the claim rounds to: "3.47%" against "about 3.5%") yields to an exact figure for the
  // same thing that the claim gets wrong.
  const vagueOnly = !claim.qualifier && support.length > 0 && support.every((c) => c.number.value !== claim.value && isVague(c.number));
  const all = vagueOnly ? candidatesFor(ids) : undefined;
  const sharper = all ? all.filter((c) => !c.sameValue && !isVague(c.number) && c.unit === 'same' && aboutTheSameThing(c, claim)) : [];
  // "3,800 more troops" where the sources have "almost 3,800 troops" in the mission and "700 more troops"
  // on the way: an addition is not the total, and the sources' addition of that noun is the figure to compare.
  const totalsOnly = claim.increment && support.length > 0 && support.every((c) => !c.number.increment);
  // "on top of the 4,000 already on their way" against "on top of 700 already on their way … its 4,000
  // strong mission": two additions with no noun of their own are the same addition.
  const additions = totalsOnly
    ? (all ?? candidatesFor(ids)).filter((c) => c.number.increment && !c.sameValue && (c.unit === 'same' || (c.unit === 'unknown' && !claim.unit && !c.number.unit)) && aboutTheSameThing(c, claim))
    : [];
  // And the other way round: "the 700-strong mission" where the sources' 700 are on their way to a
  // 4,000-strong one. A force's strength is compared with the sources' strengths, not their additions,
  // nor a figure with no noun of its own ("on top of 700 already on their way").
  const additionsOnly = claim.strength && support.length > 0 && support.every((c) => c.number.increment || c.unit !== 'same');
  const strengths = additionsOnly ? (all ?? candidatesFor(ids)).filter((c) => !c.number.increment && !c.sameValue && c.unit === 'same' && aboutTheSameThing(c, claim)) : [];
  // "more than 3,800 troops" where one source has "almost 3,800 troops" and another a "4,000-strong
  // mission" the bound fits: the very figure, bounded the other way, is the one the draft misremembers.
  const boundedOtherWay =
    isBound(claim) && support.length > 0 && support.every((c) => c.number.value !== claim.value)
      ? (all ?? candidatesFor(ids)).filter((c) => c.number.value === claim.value && opposite(claim, c.number) && (c.unit === 'same' || (c.unit !== 'different' && (aboutTheSameThing(c, claim) || c.nearby >= 0.2 || c.related >= 0.2))))
      : [];
  if (boundedOtherWay.length > 0) {
    const best = boundedOtherWay[0]!;
    const bound = BOUND_WORDS.exec(best.sentence.text.slice(Math.max(0, best.number.start - 24), best.number.start))?.[0]?.toLowerCase() ?? '';
    return {
      verdict: 'contradicted',
      code: 'contradicted-number',
      message: `sources say ${bound}${phrase(best.sentence, best.number)} ("${quote(best.sentence.text, best.number.text)}", ${citeLine(best.sentence)})`,
      evidence: uniqueEvidence(boundedOtherWay.map((c) => evidenceOf(c.sentence, c.number.text))),
    };
  }
  if (support.length > 0 && sharper.length === 0 && additions.length === 0 && strengths.length === 0) {
    const best = support[0];
    return {
      verdict: 'supported',
      code: 'supported-number',
      message: `sources say ${phrase(best.sentence, best.number)} ("${quote(best.sentence.text, best.number.text)}", ${citeLine(best.sentence)})`,
      evidence: uniqueEvidence(support.map((c) => evidenceOf(c.sentence, c.number.text))),
    };
  }
  const day = dayJudgement(claim, ctx) ?? dateYearJudgement(claim, ctx) ?? citationYearJudgement(claim, ctx) ?? listedCountJudgement(claim, ctx) ?? dayCountJudgement(claim, ctx);
  if (day) return day;
  // "in its statement of 30 May": a day of a month counts nothing, and no figure of a source is its rival.
  const date = dateOf(claim, ctx.draft.text);
  if (date && date.month >= 0) {
    // A source dated that very day says nothing of what the draft dates on it: "no source dates anything"
    // would be untrue.
    const datedThatDay = [...ctx.index.datelines()].some((iso) => Number(iso.slice(5, 7)) === date.month + 1 && Number(iso.slice(8, 10)) === date.day);
    const day = `${claim.text} ${capitalisedMonth(date.month)}`;
    return { verdict: 'unsupported', code: 'unsupported-number', message: datedThatDay ? `no best-matching source dates this on ${day}` : `no source dates anything on ${day}`, evidence: [] };
  }
  const candidates = all ?? candidatesFor(ids);
  const span = spanEndJudgement(claim, candidates, ctx);
  if (span) return span;
  // A value the draft sentence states itself is not what this figure got wrong: in "at 08:05 ... the
  // building he entered at 05:30", the sources' 0530 is the other figure's. Unless the draft gives it
  // to another noun than the source does: "52 soldiers and 30 Serbs" for "30 troops and 52 Serbs" swaps
  // the two figures, and each is contradicted by the other's.
  const stated = ctx.draft.numbers.filter((n) => n !== claim);
  // Nor does a rounding state the exact figure for the claim that gives it to as many places: in "3.43%,
  // which most outlets round to 3.5%", the sources' 3.47% is what 3.43% got wrong.
  const precise = (n: NumberMention, source: NumberMention) => decimals(n.value) < decimals(source.value) && decimals(claim.value) >= decimals(source.value);
  const statedHere = (source: NumberMention): boolean =>
    stated.some(
      (n) => (valuesAgree(n, source) || meetsBound(source, n)) && unitRelation(n, source) !== 'different' && !n.increment === !source.increment && !precise(n, source),
    );
  // A source's bound the figure fits ("at least 10" for eleven) neither states nor contradicts it.
  const narrowing = namedModifiers(ctx.draft, claim);
  const conflicts = candidates.filter(
    (c) =>
      !c.sameValue &&
      !yearInSpan(claim, c.number) &&
      !yearInDecade(claim, c.number) &&
      !meetsBound(c.number, claim) &&
      !statedHere(c.number) &&
      narrowing.every((word) => mentions(c.sentence.text, word)) &&
      (aboutTheSameThing(c, claim) || swappedIn(c, claim, stated)),
  );
  // "the last week of May 2023" where sources are dated in May 2023: the datelines outweigh a year the
  // best matches give something else ("Kosovo's 2008 independence … last week"), unless the words right
  // around the two years tie them.
  // A year of another thing ("2023 unrest" against "Kosovo's 2008 independence") is no tie either.
  if (claim.numKind === 'year' && conflicts.every((c) => c.nearby < YEAR_TIE || c.unit === 'different')) {
    const dated = monthOfDatelines(claim, ctx) ?? (conflicts.length > 0 ? yearOfDatelines(claim, ctx) : undefined);
    if (dated) return dated;
  }
  // An addition is compared with an addition, a strength with a strength, before anything else.
  if (claim.increment || claim.strength) {
    const kindOf = (n: NumberMention) => (n.increment ? 2 : n.strength ? 1 : 0);
    const wanted = kindOf(claim);
    conflicts.sort((a, b) => Number(kindOf(b.number) === wanted) - Number(kindOf(a.number) === wanted));
  }
  if (conflicts.length > 0) {
    // The sources' sharpest form of their figure: "3.47%" where the best match says "3.5%", "52" where
    // it says "more than 50". The suggestion replaces the draft's figure, so it should be the exact one.
    // The exact figure need not tie to the draft's words by itself: the bound it fits already did, and the
    // noun is the same ("more than 50 Serbs", then "52 Serbs" elsewhere).
    // A slip of the draft's own digits ("3.74%" for 3.47%) that the best match rounds is surely the one.
    const exactForm = (c: Candidate): boolean =>
      (conflicts.includes(c) || (c.unit === 'same' && !statedHere(c.number)) || (digitSlip(claim, c.number) && COMPARABLE[c.number.numKind] === COMPARABLE[claim.numKind])) &&
      c !== conflicts[0] && !c.sameValue && !isVague(c.number) && valuesAgree(conflicts[0].number, c.number) && c.number.value !== conflicts[0].number.value &&
      // Sharper than the best match's: more places, or no bound ("3.5%" is no sharper form of 3.47%).
      (decimals(c.number.value) > decimals(conflicts[0].number.value) || isVague(conflicts[0].number));
    const best = candidates.find(exactForm) ?? conflicts[0];
    const suggestion = formatValue(best.number, claim);
    // "fewer than 100" against "at least 100": the figure is right and its bound wrong, which replacing
    // the figure cannot mend, so the message names the bound and nothing is suggested.
    const bound = suggestion === claim.text ? BOUND_WORDS.exec(best.sentence.text.slice(Math.max(0, best.number.start - 24), best.number.start))?.[0]?.toLowerCase() ?? '' : '';
    return {
      verdict: 'contradicted',
      code: 'contradicted-number',
      message: `sources say ${bound}${phrase(best.sentence, best.number)} ("${quote(best.sentence.text, best.number.text)}", ${citeLine(best.sentence)})`,
      ...(suggestion !== claim.text ? { suggestion } : {}),
      evidence: uniqueEvidence([best, ...conflicts.filter((c) => c !== best)].map((c) => evidenceOf(c.sentence, c.number.text))),
    };
  }
  const dated = yearJudgement(claim, ctx);
  if (dated) return dated;
  const elsewhere = candidates.filter((c) => c.sameValue);
  // "3.47%, which most reports round to 3.5%": the draft's own rounding of a figure it states, which the
  // sources give too, is that figure.
  // So is its rounding of a figure it mistypes ("3.43%, which most outlets round to 3.5%"): the mistyped
  // one is contradicted by the sources' 3.47%, which the rounding gives right.
  const finer = claim.numKind === 'percent' ? stated.filter((n) => n.numKind === 'percent' && decimals(claim.value) < decimals(n.value)) : [];
  const roundingOf =
    finer.find((n) => valuesAgree(claim, n))?.text ??
    elsewhere.find((c) => finer.some((n) => decimals(n.value) === decimals(c.number.value) && digitSlip(n, c.number)))?.number.text;
  if (elsewhere.length > 0 && roundingOf) {
    const best = elsewhere[0];
    return {
      verdict: 'supported',
      code: 'supported-number',
      message: `rounds ${roundingOf}, as sources do: ${phrase(best.sentence, best.number)} ("${quote(best.sentence.text, best.number.text)}", ${citeLine(best.sentence)})`,
      evidence: uniqueEvidence(elsewhere.map((c) => evidenceOf(c.sentence, c.number.text))),
    };
  }
  // "3.5%" or "three and a half" said with nothing it measures ("You keep writing "about 3.5%"", "Fine,
  // three and a half."): a fraction of a percent is the sources' figure, whatever the draft's few words.
  const fraction = claim.object === undefined && !Number.isInteger(claim.value) ? elsewhere.find((c) => c.number.numKind === 'percent' && c.number.value === claim.value && (claim.numKind === 'percent' || sharePercent(claim, c.number))) : undefined;
  // "Fifty thousand." said with no noun, where the sources' one 50,000 counts Serbs: a figure this large
  // and this round names itself.
  // So does one said of "people" where the sources' counts a people ("fifty thousand people" / "50,000 Serbs").
  const peopleOf = (c: Candidate) => claim.unit === undefined || (unitKey(claim.unit) === 'people' && c.unit === 'kin');
  const large = !fraction && claim.numKind === 'count' && !claim.increment && claim.value >= LARGE_ALONE ? elsewhere.find((c) => c.number.value === claim.value && c.number.numKind === 'count' && peopleOf(c)) : undefined;
  const alone = fraction ?? large;
  if (alone) {
    return {
      verdict: 'supported',
      code: 'supported-number',
      message: `sources say ${phrase(alone.sentence, alone.number)} ("${quote(alone.sentence.text, alone.number.text)}", ${citeLine(alone.sentence)})`,
      evidence: uniqueEvidence(elsewhere.filter((c) => c.number.value === claim.value).map((c) => evidenceOf(c.sentence, c.number.text))),
    };
  }
  if (elsewhere.length > 0) {
    const best = elsewhere[0];
    return {
      verdict: 'unsupported',
      code: 'unsupported-number',
      message: `sources give ${claim.text} only for something else: ${phrase(best.sentence, best.number)} (${citeLine(best.sentence)})`,
      evidence: uniqueEvidence(elsewhere.map((c) => evidenceOf(c.sentence, c.number.text))),
    };
  }
  // "2023 in review": no source states the year, nor any other for this; the sources are dated in it.
  const ofDatelines = yearOfDatelines(claim, ctx);
  if (ofDatelines) return ofDatelines;
  const related = ctx.ranked[0];
  return {
    verdict: 'unsupported',
    code: 'unsupported-number',
    message: `no source gives ${claim.text}${claim.unit && claim.numKind !== 'percent' && claim.numKind !== 'weekday' ? ` ${claim.unit}` : ''}`,
    evidence: related && related.relevance > 0 ? [evidenceOf(related.sentence)] : [],
  };
}
