// Dates checked against the sources' datelines. News sentences date events by weekday ("on Monday") and
// leave the year to the dateline (` date 2023-05-29` or front matter), so a draft's "Monday 29 May" or
// "the 2023 crisis" is rarely written in any source sentence, yet the sources say it:
//   - a day of a month is supported where a best-matching source is dated that day, or one of them names
//     the draft's weekday and that weekday, counted back from its dateline, is that day;
//   - "Monday 28 May" is contradicted where those sentences put Monday on the 29th (and 28 May of that
//     year is no Monday): the suggestion is the day, in the same month;
//   - a year is supported where the best-matching sources are dated in it and state no year of their own
//     (a year they state is the number verdict's to compare).
// Written by hand: no library here reads datelines, and the arithmetic is Date.UTC's.
import type { NumberMention } from '../claims/numbers';
import type { CitedSentence } from '../index/corpusIndex';
import { citeLine, evidenceOf, quote, type ClaimContext, type Judgement } from './judgement';

/** Best-matching sentences read for datelines and weekdays. */
const RANKED = 5;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Capitalised, as English writes dates: "30 may have been hurt" holds no date.
const capitalisedAlternatives = (words: string[]) => `(${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})`;
const MONTH = capitalisedAlternatives(MONTHS);
const WEEKDAY = capitalisedAlternatives(WEEKDAYS);
// "29 May", "29th of May", "1 June 2023"; and "May 29", "May 29, 2023".
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`);
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s+$`);
const YEAR_AFTER = /^(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
// "Monday 29 May", "Monday, 29 May", "Monday, May 29".
const WEEKDAY_BEFORE_DAY = new RegExp(`\\b${WEEKDAY},?\\s+(?:the\\s+)?$`);
const WEEKDAY_BEFORE_MONTH = new RegExp(`\\b${WEEKDAY},?\\s+${MONTH}\\s+$`);
const ANY_WEEKDAY = new RegExp(`\\b${WEEKDAY}\\b`, 'g');

interface DraftDate {
  day: number;
  /** 0-based. */
  month: number;
  year?: number;
  /** 0 = Sunday. */
  weekday?: number;
}

/** The date a day-of-month figure is part of ("Monday 29 May"), or undefined when it is no day. */
function dateOf(claim: NumberMention, text: string): DraftDate | undefined {
  if (claim.spelled || claim.high !== undefined || !Number.isInteger(claim.value) || claim.value < 1 || claim.value > 31) return undefined;
  const before = text.slice(Math.max(0, claim.start - 30), claim.start);
  const after = text.slice(claim.end, claim.end + 30);
  const day = claim.value;
  const following = MONTH_AFTER.exec(after);
  if (following) {
    const weekday = WEEKDAY_BEFORE_DAY.exec(before)?.[1];
    return { day, month: MONTHS.indexOf(following[1]!.toLowerCase()), ...year(following[2]), ...weekdayOf(weekday) };
  }
  const preceding = MONTH_BEFORE.exec(before);
  if (!preceding) return undefined;
  const weekday = WEEKDAY_BEFORE_MONTH.exec(before)?.[1];
  return { day, month: MONTHS.indexOf(preceding[1]!.toLowerCase()), ...year(YEAR_AFTER.exec(after)?.[1]), ...weekdayOf(weekday) };
}

function year(text: string | undefined): { year?: number } {
  return text ? { year: Number(text) } : {};
}

function weekdayOf(text: string | undefined): { weekday?: number } {
  return text ? { weekday: WEEKDAYS.indexOf(text.toLowerCase()) } : {};
}

interface Dated {
  sentence: CitedSentence;
  /** The dateline, as UTC midnight. */
  date: Date;
}

function datedRanked(ctx: ClaimContext, count = RANKED): Dated[] {
  const out: Dated[] = [];
  for (const { id } of ctx.ranked.slice(0, count)) {
    const sentence = ctx.index.cited(id);
    const iso = sentence?.source.date;
    if (!sentence || !iso) continue;
    const date = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) out.push({ sentence, date });
  }
  return out;
}

/** The day a weekday named in an article refers to: the latest such day on or before its dateline. */
function weekdayBefore(dateline: Date, weekday: number): Date {
  const back = (dateline.getUTCDay() - weekday + 7) % 7;
  return new Date(dateline.getTime() - back * 86_400_000);
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${capitalised(MONTHS[date.getUTCMonth()]!)} ${date.getUTCFullYear()}`;
}

interface DayMatch {
  sentence: CitedSentence;
  /** The day the source gives, with its dateline's year. */
  day: Date;
  /** The weekday word the day was counted back from, or undefined for the dateline itself. */
  weekday?: string;
}

/**
 * The best match that dates the draft's day and month, whatever year the draft gives: by its dateline,
 * or by a weekday it names counted back from the dateline.
 */
function dayInSources(draft: DraftDate, dated: Dated[]): DayMatch | undefined {
  const same = (d: Date) => d.getUTCMonth() === draft.month && d.getUTCDate() === draft.day;
  for (const { sentence, date } of dated) {
    if (same(date)) return { sentence, day: date };
    for (const m of sentence.text.matchAll(ANY_WEEKDAY)) {
      const day = weekdayBefore(date, WEEKDAYS.indexOf(m[1]!.toLowerCase()));
      if (same(day)) return { sentence, day, weekday: m[1] };
    }
  }
  return undefined;
}

function dayMessage(match: DayMatch): string {
  const { sentence, day, weekday } = match;
  return weekday
    ? `sources put ${weekday} on ${formatDay(day)} ("${quote(sentence.text, weekday)}", ${citeLine(sentence)}, dated ${sentence.source.date})`
    : `${citeLine(sentence)} is dated ${sentence.source.date}`;
}

/**
 * A day of a month against the datelines: supported, contradicted where the sentences date the draft's
 * weekday otherwise, or undefined when they say nothing of the day.
 */
export function dayJudgement(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  const draft = dateOf(claim, ctx.draft.text);
  if (!draft || draft.month < 0) return undefined;
  const dated = datedRanked(ctx);
  // A wrong year beside a right day ("1 June 2022") is the year's error, judged on the year. Support is
  // looked for in all the ranked sentences: a dated article that names the weekday of that very day is
  // evidence enough, and a long draft sentence ("from the Friday clashes of 26 May to the summit on 1
  // June") matches each event less well.
  const match = dayInSources(draft, datedRanked(ctx, ctx.ranked.length));
  if (match) return { verdict: 'supported', code: 'supported-number', message: dayMessage(match), evidence: [evidenceOf(match.sentence, match.weekday)] };
  // "Monday 28 May" where the sentences' Monday is the 29th, and 28 May is no Monday.
  if (draft.weekday === undefined) return undefined;
  for (const { sentence, date } of dated) {
    const y = draft.year ?? date.getUTCFullYear();
    const written = new Date(Date.UTC(y, draft.month, draft.day));
    if (written.getUTCMonth() !== draft.month || written.getUTCDay() === draft.weekday) return undefined;
    for (const m of sentence.text.matchAll(ANY_WEEKDAY)) {
      if (WEEKDAYS.indexOf(m[1]!.toLowerCase()) !== draft.weekday) continue;
      const day = weekdayBefore(date, draft.weekday);
      if (day.getUTCMonth() !== draft.month || day.getUTCFullYear() !== y || Math.abs(day.getUTCDate() - draft.day) > 6) continue;
      return {
        verdict: 'contradicted',
        code: 'contradicted-number',
        message: `sources put ${m[1]} on ${formatDay(day)}, and ${formatDay(written)} is a ${capitalised(WEEKDAYS[written.getUTCDay()]!)} ("${quote(sentence.text, m[1])}", ${citeLine(sentence)}, dated ${sentence.source.date})`,
        suggestion: String(day.getUTCDate()),
        evidence: [evidenceOf(sentence, m[1])],
      };
    }
  }
  return undefined;
}

// "29 May 2023", "29th of May, 2023", "May 29, 2023": the day and month before a year.
const DAY_MONTH_BEFORE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH},?\\s+$`);
const MONTH_DAY_BEFORE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+$`);

/** The day and month written before a year ("1 June 2022"), if any. */
function dayBeforeYear(claim: NumberMention, text: string): DraftDate | undefined {
  const before = text.slice(Math.max(0, claim.start - 30), claim.start);
  const dm = DAY_MONTH_BEFORE.exec(before);
  if (dm) return { day: Number(dm[1]), month: MONTHS.indexOf(dm[2]!.toLowerCase()), year: claim.value };
  const md = MONTH_DAY_BEFORE.exec(before);
  if (md) return { day: Number(md[2]), month: MONTHS.indexOf(md[1]!.toLowerCase()), year: claim.value };
  return undefined;
}

/**
 * The year of a full date the best matches date ("1 June 2022" where a source dated 2023-06-01 reports
 * the summit): supported or contradicted by that date, before any figure of the sentences is weighed.
 */
export function dateYearJudgement(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.numKind !== 'year' || claim.high !== undefined) return undefined;
  const full = dayBeforeYear(claim, ctx.draft.text);
  const match = full && full.month >= 0 ? dayInSources(full, datedRanked(ctx)) : undefined;
  if (!match) return undefined;
  const year = match.day.getUTCFullYear();
  const evidence = [evidenceOf(match.sentence, match.weekday)];
  if (year === claim.value) return { verdict: 'supported', code: 'supported-number', message: dayMessage(match), evidence };
  return { verdict: 'contradicted', code: 'contradicted-number', message: `${dayMessage(match)}: ${formatDay(match.day)}`, suggestion: String(year), evidence };
}

/** A year the best matches are dated in, where they state no year of their own. */
export function yearJudgement(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.numKind !== 'year' || claim.high !== undefined) return undefined;
  const dated = datedRanked(ctx);
  // A year the sentences state (1999, "the 1998-1999 war") is the number verdict's to weigh, not this.
  const statesYears = ctx.ranked.slice(0, RANKED).some(({ sentence }) => sentence.numbers.some((n) => n.numKind === 'year' || (n.numKind === 'range' && n.value >= 1000)));
  if (statesYears) return undefined;
  const inYear = dated.find(({ date }) => date.getUTCFullYear() === claim.value);
  if (!inYear) return undefined;
  return {
    verdict: 'supported',
    code: 'supported-number',
    message: `${citeLine(inYear.sentence)} is dated ${inYear.sentence.source.date}`,
    evidence: [evidenceOf(inYear.sentence)],
  };
}
