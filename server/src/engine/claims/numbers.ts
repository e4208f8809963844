// Finds the numbers in a sentence, with a normalised value and the thing each counts or measures.
import { isCapitalisedCommonWord, type Token } from '../nlp/tagger';
import { findNumberWords } from './numberWords';
import { findOrdinalDays } from './ordinalDays';
import { isDemonym } from './names';
import { isPlural, labelNoun } from './tableLabels';
import { findDigitClockTimes, findSpokenClockTimes } from './clockTimes';

export type NumberKind = 'count' | 'percent' | 'year' | 'decade' | 'range' | 'score' | 'time' | 'money' | 'ordinal' | 'weekday';
export type Qualifier = 'approx' | 'almost' | 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' | 'only';

export interface NumberMention {
  /** UTF-16 offsets in the sentence. */
  start: number;
  end: number;
  text: string;
  value: number;
  /** Upper end of a range ("1998-1999"), or the second figure of a score ("2-1"). */
  high?: number;
  numKind: NumberKind;
  qualifier?: Qualifier;
  /** Lemma of the counted noun ("troop"), or "percent". */
  unit?: string;
  /** For a percentage: what it is a percentage of ("voter", "turnout"). */
  object?: string;
  currency?: string;
  /** Written in words ("Thirty"): a suggestion keeps the writer's style only where it can. */
  spelled: boolean;
  /** Percent written as a word ("3.5 percent") rather than a sign. */
  percentWord?: boolean;
  /** Counts an addition, not a total: "700 more troops", "500 extra police". */
  increment?: boolean;
  /** The size of a whole force: "the 4,000-strong mission", "a mission that is 700 strong", "they have 700 soldiers". */
  strength?: boolean;
  /**
   * Implied, not written as a figure: "both bills" counts two bills. A source's implied figure is
   * evidence ("two bills" is supported by "both bills"); a draft's is no claim to check.
   */
  implied?: boolean;
}

const DIGITS =
  /(?<![\w.,£$€])([£$€]\s?)?(\d{1,3}(?:,\d{3})+(?![\d])|\d+)(\.\d+)?(?:\s?[-–]\s?(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d))?(st|nd|rd|th|s\b)?(\s?%|\s?(?:per ?cent|percent)\b|(?:m|bn|k)\b|\s(?:million|billion|trillion)\b)?/gi;
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const MONTH_NEXT = new RegExp(`^\\s+(?:${MONTH_NAMES})\\b`, 'i');
const MONTH_LAST = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s+$`, 'i');
// DIGITS from a given offset: the figure after a dash that is no range's end.
const AFTER_DASH = new RegExp(DIGITS.source, 'iy');
// A weekday dates an event as surely as a number does: "clashes on Monday" is a claim to check.
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const HAS_DIGIT = /\d/;
const BOTH = /(?:^|[^\p{L}])((?:B|b)oth)(?=\s+(?:\p{Ll}+\s+)?\p{Ll}{2,}s\b)/gu;
const NO_MATCHES: RegExpMatchArray[] = [];
// Unicode-property regexes live in constants: esbuild (tsx and the bundle alike) turns a /\p{..}/u
// literal into `new RegExp(...)`, which inside a function would build a RegExp at every call.
const NAME_THEN_COMMA = /\p{Lu}[\p{L}'-]*,\s*$/u;
// "PART TWO", "Chapter 3", "Article 5", "Question 4": the number names a part of something, it counts
// nothing. Words that are also verbs ("police question 4 men", "book 2 rooms") count only capitalised.
const SEQUENCE_LABEL =
  /(?:\b(?:[Pp]art|PART|[Cc]hapter|CHAPTER|[Ss]ection|SECTION|[Ee]pisode|EPISODE|[Vv]olume|[Ss]eason|[Pp]hase|[Aa]ppendix|[Aa]nnex|[Aa]rticle|[Pp]aragraph|[Cc]lause|No\.)|\b(?:Act|ACT|Book|Round|Stage|Step|Figure|Fig\.|Table|Question|Page))\s+$/;
const MULTIPLIERS: Record<string, number> = { m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, trillion: 1e12, k: 1e3 };
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:at least|no fewer than|no less than)\s*$/i, 'atLeast'],
  // "people over the age of 60", "children under the age of five": a threshold, bound as "over 60" is.
  [/\b(?:more than|over|above|upwards of|in excess of|(?:over|above) the age of|aged over)\s*$/i, 'moreThan'],
  [/\b(?:less than|fewer than|under|below|(?:under|below) the age of|aged under)\s*$/i, 'lessThan'],
  [/\b(?:up to|at most|as many as|no more than)\s*$/i, 'atMost'],
  [/\b(?:almost|nearly|just under|close to|barely)\s*$/i, 'almost'],
  [/\b(?:about|around|approximately|roughly|some|an estimated|circa|approx\.)\s*$/i, 'approx'],
  [/\b(?:only|just|a mere)\s*$/i, 'only'],
];
// "700 more troops", "500 additional police": an addition to what there was.
// "they only have 700 soldiers", "the mission's seven hundred soldiers": what a force has is its strength.
const HOLDING_BEFORE = /(?:\b(?:has|have|had)|\b(?:mission|force|contingent|KFOR|KFor|alliance)['’]s)\s+(?:only\s+|just\s+|about\s+|some\s+|around\s+|roughly\s+)?$/i;
// "another 4,000 troops", "an additional 700", "a further 500": what is added, before the figure.
const INCREMENT_BEFORE = /\b(?:another|an\s+additional|an\s+extra|a\s+further|a\s+fresh)\s+(?:(?:about|around|some|nearly|almost|over|roughly)\s+)?$/i;
// "at least 10 hurt by stun grenades", "52 injured.": what befell them, right after the figure with no
// noun after it, counts people (the tagger takes "hurt" for a noun). Not "30 injured soldiers".
const BEFELL_AFTER = /^\s+(?:hurt|injured|wounded|killed|dead|arrested|detained)\b/i;
// "3.5% of people voted": a share of the people who voted is the turnout.
// So is "an election where 3.5% turned out".
const VOTED_AFTER = /^\s+(?:of\s+(?:the\s+)?(?:people|residents|those\s+eligible|eligible\s+people)\s+)?(?:actually\s+)?(?:voted|turned\s+out|cast\s+(?:a\s+)?ballots?|took\s+part)\b/i;
// "700 already on their way": troops sent, added to those there, as "700 more" are.
const INCREMENT_AFTER = /^\s+(?:(?:more|additional|extra|further|fresh)(?:\s+[\p{L}]|\s*[.,;:!?)]|\s*$)|(?:[\p{L}]+\s+)?(?:already\s+)?on\s+(?:their|its|the)\s+way\b)/iu;
// "sending 4,000 more.": "more" ending the clause, with the noun left to the figure before.
const MORE_AT_END = /^\s+(?:more|additional|extra|further)\s*(?:[.,;:!?)]|$)/i;
// Words between a number and its noun that do not change what is counted ("700 more troops").
const NOUN_SKIP = new Set(['-', 'strong', 'more', 'additional', 'extra', 'other', 'further', 'new', 'fresh', 'of', 'those', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose', 'these']);
const SPELLED_ONE_ARTICLES = new Set(['no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'someone', 'anyone']);

function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function qualifierBefore(sentence: string, start: number): Qualifier | undefined {
  const before = sentence.slice(Math.max(0, start - 24), start);
  return QUALIFIERS.find(([re]) => re.test(before))?.[1];
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
}

function isNoun(t: Token | undefined): boolean {
  return !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
}


/** The noun a number counts: after it, skip adjectives and "more", and take the last noun of the run. */
export function nounAfter(tokens: Token[], from: number, skipPossessor = true): string | undefined {
  let noun: string | undefined;
  // The second noun of a compound modifier, counted only when no head noun follows ("five Serb-majority").
  let compound: string | undefined;
  let steps = 0;
  for (let i = from; i < tokens.length && steps < 6; i++, steps++) {
    const t = tokens[i];
    // A hyphen, not a dash set off by spaces ("40,000 acres - of commercial forest").
    if (isNoun(t) && tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === t.end && tokens[i + 2] && !noun) {
      // "198 metre-high": the noun before "-high" is the unit. "Serb-majority mayoral elections",
      // "NATO-led troops": the hyphenated pair is a modifier; the head noun after it is counted.
      if (tokens[i + 2].pos === 'ADJ') return t.lemma;
      if (isNoun(tokens[i + 2])) compound = tokens[i + 2].lemma;
      i += 2;
      continue;
    }
    // "two of Milosevic's allies": a possessor before the counted noun owns it; the noun is counted.
    // (Not a percentage's whole: "10% of Kosovo's population" is judged as Kosovo's, as before.)
    if (skipPossessor && isNoun(t) && !noun && /^['’]s$/.test(tokens[i + 1]?.text ?? '') && isNoun(tokens[i + 2])) {
      i++;
      continue;
    }
    if (isNoun(t)) {
      noun = t.lemma;
      // "100 Albanians rally on the bridge": a people's plural is what is counted, whatever the tagger
      // makes of the verb after it.
      if (isPlural(t) || !isNoun(tokens[i + 1]) || (t.pos === 'PROPN' && t.lower.endsWith('s') && isDemonym(t.lower))) break;
    } else if (noun) {
      break;
    } else if (!(NOUN_SKIP.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET' || (t.pos === 'ADV' && t.lower === 'more'))) {
      break;
    }
  }
  return noun ?? compound;
}

// Nouns for people of no particular side: the demonym before one names whom it counts.
const PEOPLE_NOUNS = new Set(['man', 'men', 'lad', 'guy', 'woman', 'women', 'neighbour', 'neighbor', 'compatriot', 'resident', 'person', 'people', 'civilian']);

/**
 * "fifty-two of our Serb neighbours", "two Albanian lads": the people a demonym names are what the figure
 * counts, so they are told from the Serbs or Albanians the sources count. Undefined where no demonym stands
 * before the counted noun.
 */
function peopleOf(tokens: Token[], from: number, unit: string): string | undefined {
  if (!PEOPLE_NOUNS.has(unit)) return undefined;
  for (let i = from; i < tokens.length && i < from + 6; i++) {
    if (tokens[i]!.lemma !== unit) continue;
    const before = tokens[i - 1];
    return before && /^\p{Lu}/u.test(before.text) && isDemonym(before.lower) ? before.lower : undefined;
  }
  return undefined;
}

/** "Turnout was 3.5%": the tagger takes a common noun opening the sentence (or a label) for a name. */
function openingNoun(tokens: Token[], i: number): boolean {
  return (i === 0 || tokens[i - 1]!.text === ':') && isCapitalisedCommonWord(tokens[i]!);
}

// A noun inside a phrase on the head before it: "Turnout in that vote was 3.5%".
const PHRASE_PREPOSITIONS = new Set(['in', 'at', 'for', 'during']);

/** The head noun whose phrase holds the noun at `i` ("turnout" for "vote" in "Turnout in that vote"). */
function headOf(tokens: Token[], i: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k--;
  if (k < 1 || !PHRASE_PREPOSITIONS.has(tokens[k]!.lower)) return undefined;
  const head = tokens[k - 1]!;
  if (head.pos === 'NOUN') return head.lemma;
  return openingNoun(tokens, k - 1) ? head.lower : undefined;
}

function nounBefore(tokens: Token[], index: number): string | undefined {
  for (let i = index - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
    const t = tokens[i];
    // "Turnout: 3.5%": a label and its figure.
    if (i === index - 1 && t.text === ':') continue;
    // "rose to 3.5%", "which most outlets round to 3.5%" (the tagger's noun): a figure something moves or
    // rounds to is no noun's before it.
    if (i === index - 1 && t.lower === 'to') return undefined;
    // "an official 3.5%": after "a" or "an", the word right before the figure describes it.
    if (i === index - 1 && (tokens[i - 1]?.lower === 'an' || tokens[i - 1]?.lower === 'a')) continue;
    if (t.pos === 'NOUN' || openingNoun(tokens, i)) return headOf(tokens, i) ?? (t.pos === 'NOUN' ? t.lemma : t.lower);
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'CCONJ') return undefined;
  }
  return undefined;
}

/**
 * "How many extra troops is NATO sending? 3,800": a figure answering a "how many" question counts what
 * the question asks about (the figure opens the answer and has no noun of its own).
 */
function askedFor(tokens: Token[], sentence: string, m: NumberMention): string | undefined {
  const question = /\bhow\s+many\s+[^?]*\?\s*\W*$/i.exec(sentence.slice(0, m.start));
  if (!question) return undefined;
  const many = tokens.findIndex((t) => t.start > question.index && t.lower === 'many');
  return many < 0 ? undefined : nounAfter(tokens, many + 1);
}

/**
 * "Of the injured, 52 were NATO soldiers": a figure standing for its noun, which the copula after it names.
 * Only a plural noun right after the copula and a name or an adjective or two: "52 were hurt" names none.
 */
function predicateNoun(tokens: Token[], after: number): string | undefined {
  if (!COPULAS.has(tokens[after]?.lower ?? '')) return undefined;
  let i = after + 1;
  while (i < after + 4 && (tokens[i]?.pos === 'PROPN' || tokens[i]?.pos === 'ADJ' || tokens[i]?.pos === 'DET') && !isPlural(tokens[i]!)) i++;
  const noun = tokens[i];
  return noun?.pos === 'NOUN' && isPlural(noun) ? noun.lemma : undefined;
}
const COPULAS = new Set(['were', 'are']);

/** "Pippa, 31, wore", "aged 25": an age, which sources write as "31-year-old". */
function isAge(sentence: string, m: NumberMention): boolean {
  if (m.numKind !== 'count' || m.spelled) return false;
  const before = sentence.slice(0, m.start);
  const after = sentence.slice(m.end);
  // "the former corporal, now 52, at his kitchen table": an age set off by commas after "now".
  return (NAME_THEN_COMMA.test(before) && /^\s*(?:,|$)/.test(after)) || /\baged\s*$/i.test(before) || (/,\s*now\s*$/i.test(before) && /^\s*,/.test(after));
}

/**
 * "on Saturday, May 28": a day of the month written after it counts days of that month, as "28 May" does
 * (where the month is the noun after it), and no other figure 28 ("28 miles") is its support.
 */
function monthBefore(sentence: string, mention: NumberMention): { unit: string; increment: boolean } | undefined {
  if (mention.numKind !== 'count' || mention.value < 1 || mention.value > 31 || !Number.isInteger(mention.value) || mention.spelled) return undefined;
  const month = MONTH_LAST.exec(sentence.slice(Math.max(0, mention.start - 12), mention.start));
  if (!month) return undefined;
  const name = month[0].replace(/[.\s]+$/, '').toLowerCase();
  const full = FULL_MONTHS.find((m) => m.startsWith(name.slice(0, 3)));
  return full ? { unit: full, increment: false } : undefined;
}

// The twelve full names that open MONTH_NAMES, in lower case: a day's unit ("28 May" counts days of May).
const FULL_MONTHS = MONTH_NAMES.split('|').slice(0, 12).map((m) => m.toLowerCase());

function describe(mention: NumberMention, tokens: Token[], sentence: string): NumberMention {
  const after = tokenIndexAt(tokens, mention.end);
  const qualifier = qualifierBefore(sentence, mention.start);
  if (qualifier) mention.qualifier = qualifier;
  if (mention.numKind === 'percent') {
    mention.unit = 'percent';
    const object = nounAfter(tokens, after, false) ?? nounBefore(tokens, tokenIndexAt(tokens, mention.start));
    if (object && object !== 'percent') mention.object = VOTED_AFTER.test(sentence.slice(mention.end)) ? 'turnout' : object;
  } else if (mention.numKind !== 'time' && mention.numKind !== 'weekday') {
    // "two-year contract", "30-year-old": the word joined by the hyphen is what is counted.
    const hyphenNoun = tokens[after]?.text === '-' && tokens[after + 1]?.pos === 'NOUN' && sentence.slice(mention.end, tokens[after + 1].start).length <= 3;
    // An age ("the 27-year-old", "Pippa, 31,") is not a duration ("a two-year contract").
    const yearOld = hyphenNoun && tokens[after + 1].lemma === 'year' && /^\s?-\s?old\b/.test(sentence.slice(tokens[after + 1].end));
    // "3,000-strong" with no noun after it: the size of a force.
    const strength = /^\s?-?\s?strong\b/i.test(sentence.slice(mention.end));
    if (INCREMENT_AFTER.test(sentence.slice(mention.end, mention.end + 24)) || INCREMENT_BEFORE.test(sentence.slice(Math.max(0, mention.start - 24), mention.start))) mention.increment = true;
    // "they only have 700 soldiers here": what a force has is its strength too.
    const holding = HOLDING_BEFORE.test(sentence.slice(Math.max(0, mention.start - 24), mention.start));
    if ((strength || holding) && !mention.increment) mention.strength = true;
    const befell = BEFELL_AFTER.test(sentence.slice(mention.end)) && !isNoun(tokens[after + 1]) && tokens[after + 1]?.pos !== 'ADJ';
    const unit =
      yearOld || isAge(sentence, mention) ? 'age' : hyphenNoun ? tokens[after + 1].lemma : befell ? undefined : (nounAfter(tokens, after) ?? (strength ? 'strength' : undefined) ?? askedFor(tokens, sentence, mention) ?? predicateNoun(tokens, after));
    // A table row's label may name whom ("| Peacekeepers hurt | 30 injured |").
    const labelled = unit ? undefined : (monthBefore(sentence, mention) ?? antecedent(tokens, sentence, mention) ?? labelNoun(tokens, sentence, mention) ?? (befell ? { unit: 'people', increment: false } : undefined));
    if (labelled?.increment) mention.increment = true;
    if (unit ?? labelled) mention.unit = unit ?? labelled!.unit;
    const people = unit && peopleOf(tokens, after, unit);
    if (people) mention.unit = people;
    // "700 reinforcements" are 700 more troops.
    if (mention.unit === 'reinforcement') mention.increment = true;
    // "2000 troops": a year-shaped number followed by a plural noun counts something.
    if (mention.numKind === 'year' && unit && tokens[after] && isPlural(tokens[after])) mention.numKind = 'count';
  }
  return mention;
}

const OF_WHOM = /^\s+of\s+(?:whom|which|them)\b/i;

/** "NATO soldiers, 52 of whom were hurt": the noun before the comma is what the figure counts. */
function antecedent(tokens: Token[], sentence: string, mention: NumberMention): { unit: string; increment: boolean } | undefined {
  if (!OF_WHOM.test(sentence.slice(mention.end, mention.end + 16))) return undefined;
  const at = tokenIndexAt(tokens, mention.start);
  const noun = tokens[at - 1]?.text === ',' ? tokens[at - 2] : undefined;
  return noun?.pos === 'NOUN' ? { unit: noun.lemma, increment: false } : undefined;
}

function digitMention(m: RegExpMatchArray, sentence: string): NumberMention | undefined {
  const [whole, currency, intPart, frac, highPart, suffix, tail] = m;
  const start = m.index!;
  let value = parseDigits(intPart + (frac ?? ''));
  const mention: NumberMention = { start, end: start + whole.length, text: whole, value, numKind: 'count', spelled: false };
  const tailWord = tail?.trim().toLowerCase();
  if (tailWord && (tailWord === '%' || tailWord.includes('cent'))) {
    mention.numKind = 'percent';
    mention.percentWord = tailWord !== '%';
  } else if (tailWord && MULTIPLIERS[tailWord]) {
    value *= MULTIPLIERS[tailWord];
    mention.value = value;
  }
  if (currency) {
    mention.numKind = 'money';
    mention.currency = currency.trim();
  }
  const lowerSuffix = suffix?.toLowerCase();
  if (lowerSuffix === 's' && /^\d{2}(?:\d{2})?$/.test(intPart)) {
    mention.numKind = 'decade';
  } else if (lowerSuffix && lowerSuffix !== 's') {
    mention.numKind = 'ordinal';
  } else if (lowerSuffix === 's') {
    mention.end -= 1;
    mention.text = whole.slice(0, -1);
  }
  // "in 2008 – 15 years ago": a spaced dash between figures of unlike length is prose, not a range.
  // "26–27 May", "May 26-27": two days of a month, each a date of its own.
  const dayRange = highPart !== undefined && Number(intPart) <= 31 && Number(highPart) <= 31 && (MONTH_NEXT.test(sentence.slice(start + whole.length, start + whole.length + 12)) || MONTH_LAST.test(sentence.slice(Math.max(0, start - 12), start)));
  if (highPart !== undefined && ((/\s–\s/.test(whole) && highPart.length !== intPart.length) || dayRange)) {
    const cut = whole.search(/\s?[-–]/);
    mention.end = mention.start + cut;
    mention.text = whole.slice(0, cut);
    return finishKind(mention, intPart, frac);
  }
  if (highPart !== undefined && mention.numKind !== 'ordinal') {
    let high = parseDigits(highPart);
    // "2014-15" is 2014 to 2015.
    if (/^\d{4}$/.test(intPart) && /^\d{2}$/.test(highPart)) high += Math.floor(value / 100) * 100;
    mention.high = high;
    // "2-1" and "3 - 3" are scores: both figures must match. "1998-1999" and "10-15" are ranges.
    if (mention.numKind === 'count') mention.numKind = high > value && !(value < 20 && high < 20 && /\s[-–]\s/.test(whole)) ? 'range' : 'score';
  }
  return finishKind(mention, intPart, frac);
}

/** "0530" is a time, "1998" a year, where nothing else made them another kind. */
function finishKind(mention: NumberMention, intPart: string, frac: string | undefined): NumberMention {
  if (mention.numKind === 'count' && !frac && /^0\d{3}$/.test(intPart)) mention.numKind = 'time';
  else if (mention.numKind === 'count' && !frac && /^\d{4}$/.test(intPart) && mention.value >= 1800 && mention.value <= 2100) mention.numKind = 'year';
  return mention;
}

// "1/3 of the voters" is a fraction: a count of posts is followed by a new sentence.
const POST_NUMBER = /^[\s*_>]*\d{1,3}\/(?:\d{1,3}(?=\s+\p{Lu}))?(?=\s)/u;

/** Every number in one sentence, in order. */
export function findNumbers(sentence: string, tokens: Token[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  // Both patterns need a digit, and most sentences have none: their lookbehinds would be tried at
  // every position for nothing.
  if (HAS_DIGIT.test(sentence)) {
    for (const c of findDigitClockTimes(sentence)) mentions.push({ start: c.start, end: c.end, text: sentence.slice(c.start, c.end), value: c.value, numKind: 'time', spelled: false });
    const clocks = mentions.slice();
    // "1/ Friday. Trouble in …", "3/12 Saturday …": a thread numbers its posts; no figure of the text.
    const postNumberEnd = POST_NUMBER.exec(sentence)?.[0].length ?? 0;
    for (const m of sentence.matchAll(DIGITS)) {
      const mention = digitMention(m, sentence);
      if (mention && mention.start < postNumberEnd) continue;
      if (mention && !clocks.some((c) => c.start < mention.end && mention.start < c.end)) mentions.push(mention);
      // "in 2008 – 15 years ago": the figure after a dash that is no range's end is a number of its own.
      const matchEnd = m.index! + m[0].length;
      if (mention && mention.end < matchEnd) {
        AFTER_DASH.lastIndex = sentence.slice(mention.end, matchEnd).search(/\d/) + mention.end;
        const after = AFTER_DASH.exec(sentence);
        const second = after && digitMention(after, sentence);
        if (second) mentions.push(second);
      }
    }
  }
  for (const o of findOrdinalDays(sentence)) mentions.push({ start: o.start, end: o.end, text: sentence.slice(o.start, o.end), value: o.value, numKind: 'ordinal', spelled: true });
  // "half past five", "six o'clock": a clock in words is no count.
  const spokenClocks = findSpokenClockTimes(sentence);
  for (const c of spokenClocks) mentions.push({ start: c.start, end: c.end, text: sentence.slice(c.start, c.end), value: c.value, numKind: 'time', spelled: true });
  for (const w of findNumberWords(sentence)) {
    if (spokenClocks.some((c) => c.start < w.end && w.start < c.end)) continue;
    const text = sentence.slice(w.start, w.end);
    const t = tokens[tokenIndexAt(tokens, w.end)];
    const prev = sentence.slice(0, w.start).match(/(\w+)\W*$/)?.[1]?.toLowerCase();
    // "on one day and several hundred on another": "one … another" sets things apart, it counts none.
    const apart = /^one$/i.test(text) && /\b(?:another|the other)\b/i.test(sentence.slice(w.end, w.end + 80));
    // "one in three voters": a share (joined below), whatever follows "one".
    const share = /^\s+(?:in|out\s+of)\s+(?:two|three|four|five|ten|a\s+hundred|\d+)\b/i.test(sentence.slice(w.end, w.end + 20));
    if (/^one$/i.test(text) && !share && (!isNoun(t) && t?.pos !== 'ADJ' || (prev && SPELLED_ONE_ARTICLES.has(prev)) || t?.lower === 'of' || apart)) continue;
    let end = w.end;
    let numKind: NumberKind = 'count';
    let percentWord: boolean | undefined;
    const tail = sentence.slice(end).match(/^\s?(?:per ?cent|percent)\b/i);
    if (tail) {
      end += tail[0].length;
      numKind = 'percent';
      percentWord = true;
    }
    // "in two thousand and eight": a year read aloud (a count where a plural noun follows, as for digits).
    if (numKind === 'count' && w.value >= 1800 && w.value <= 2100 && Number.isInteger(w.value) && /\bthousand\b/i.test(text)) numKind = 'year';
    mentions.push({ start: w.start, end, text: sentence.slice(w.start, end), value: w.value, numKind, spelled: true, ...(percentWord ? { percentWord } : {}) });
  }
  // "both bills": two of them. Only before a plural noun ("both of them", "both sides" and "both Kosovo
  // and Serbia" count nothing the noun names, or nothing at all).
  for (const m of sentence.includes('oth') ? sentence.matchAll(BOTH) : NO_MATCHES) {
    const start = m.index! + m[0].length - m[1]!.length;
    mentions.push({ start, end: start + m[1]!.length, text: m[1]!, value: 2, numKind: 'count', spelled: true, implied: true });
  }
  // Every weekday ends in "day", and most sentences have none: the regex would be tried at every position.
  for (const m of sentence.includes('day') ? sentence.matchAll(WEEKDAY) : NO_MATCHES) {
    const start = m.index!;
    mentions.push({ start, end: start + m[0].length, text: m[0], value: WEEKDAYS.indexOf(m[1].toLowerCase()) + 1, numKind: 'weekday', unit: 'day', spelled: true });
  }
  mentions.sort((a, b) => a.start - b.start);
  proportions(sentence, mentions);
  // "198 metres (656 ft)": a conversion in brackets repeats the figure before it; it is not a claim. A
  // percentage after a percentage is no conversion but another figure: "3.47% (3.5% in most reports)".
  const conversion = (m: NumberMention, before: NumberMention): boolean =>
    /\(\s*$/.test(sentence.slice(before.end, m.start)) && m.start - before.end < 24 && !(m.numKind === 'percent' && before.numKind === 'percent');
  const claims = mentions.filter(
    (m, i) =>
      !(i > 0 && conversion(m, mentions[i - 1])) &&
      !(m.numKind !== 'weekday' && SEQUENCE_LABEL.test(sentence.slice(Math.max(0, m.start - 12), m.start))),
  );
  const described = claims.map((m) => describe(m, tokens, sentence));
  // "about 700 soldiers there, and it is now sending 4,000 more": an addition with no noun of its own
  // adds to what the figure before it counts.
  for (let i = 1; i < described.length; i++) {
    const m = described[i]!;
    if (!m.increment || m.unit !== undefined || m.numKind !== 'count' || !MORE_AT_END.test(sentence.slice(m.end, m.end + 16))) continue;
    const before = described.slice(0, i).reverse().find((b) => b.numKind === 'count' && b.unit !== undefined && !FULL_MONTHS.includes(b.unit));
    if (before) m.unit = before.unit;
  }
  return described;
}

// "nine in ten", "one out of five", "3 in 4": a share, which the sources write as a percentage.
const PROPORTION = /^\s+(?:in|out\s+of)\s+$/;

/** Joins "nine in ten" into one percentage (90), in place: the "ten" counts nothing of its own. */
function proportions(sentence: string, mentions: NumberMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [part, whole] = [mentions[i]!, mentions[i + 1]!];
    if (part.numKind !== 'count' || whole.numKind !== 'count' || part.high !== undefined || whole.high !== undefined) continue;
    if (!PROPORTION.test(sentence.slice(part.end, whole.start)) || whole.value <= part.value || ![2, 3, 4, 5, 10, 100].includes(whole.value)) continue;
    // A share is a whole number of percent or near it ("one in three" is 33.3).
    const value = Math.round((1000 * part.value) / whole.value) / 10;
    mentions.splice(i, 2, { ...part, end: whole.end, text: sentence.slice(part.start, whole.end), value, numKind: 'percent' });
  }
}

/** How a source's value reads in the draft's style: "3.47%" for a sign, "3.47 percent" for the word. */
export function formatValue(source: NumberMention, draft: NumberMention): string {
  if (source.numKind === 'percent' && draft.numKind === 'percent') {
    const word = draft.percentWord ? draft.text.match(/\s?(?:per ?cent|percent)$/i)?.[0] ?? ' percent' : '%';
    return `${source.value}${word}`;
  }
  // "Thirty" in a source reads as "30" in a draft that writes digits.
  if (source.spelled && !draft.spelled) return source.value.toLocaleString('en-US');
  return source.text;
}
