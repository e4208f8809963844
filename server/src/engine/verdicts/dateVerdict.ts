// Dates checked against the sources' datelines. News sentences date events by weekday ("on Monday") and
// leave the year to the dateline (` date 2023-05-29` or front matter), so a draft's "Monday 29 May" or
// "the 2023 crisis" is rarely written in any source sentence, yet the sources say it:
//   - a day of a month is supported where a best-matching source is dated that day, or one of them names
//     the draft's weekday and that weekday, counted back from its dateline, is that day;
//   - "Monday 28 May" is contradicted where those sentences put Monday on the 29th (and 28 May of that
//     year is no Monday): the suggestion is the day, in the same month;
//   - a weekday the calendar does not give the day is contradicted; a period's ends are supported where
//     sources are dated within it. (Years are yearVerdict.ts's.)
// Written by hand: no library here reads datelines, and the arithmetic is Date.UTC's.
import type { NumberMention } from '../claims/numbers';
import type { CitedSentence } from '../index/corpusIndex';
import { citeLine, evidenceOf, quote, type ClaimContext, type Judgement } from './judgement';
import { sentenceOverlap } from './numberContext';

/** Best-matching sentences read for datelines and weekdays. */
export const RANKED = 5;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// Capitalised, as English writes dates: "30 may have been hurt" holds no date.
const capitalisedAlternatives = (words: string[]) => `(${words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})`;
export const MONTH = capitalisedAlternatives(MONTHS);
const WEEKDAY = capitalisedAlternatives(WEEKDAYS);
// "29 May", "29th of May", "1 June 2023"; and "May 29", "May 29, 2023".
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`);
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s+$`);
// "26–27 May", "May 26–27": the first day takes the month after the second, the second the one before the first.
const RANGE_START = new RegExp(`^\\s?[-–]\\s?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`);
const RANGE_END = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\s?[-–]\\s?$`);
const YEAR_AFTER = /^(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
// "Monday 29 May", "Monday, 29 May", "Monday, May 29".
const WEEKDAY_BEFORE_DAY = new RegExp(`\\b${WEEKDAY},?\\s+(?:the\\s+)?$`);
const WEEKDAY_BEFORE_MONTH = new RegExp(`\\b${WEEKDAY},?\\s+${MONTH}\\s+$`);
const ANY_WEEKDAY = new RegExp(`\\b${WEEKDAY}\\b`, 'g');

export interface DraftDate {
  day: number;
  /** 0-based. */
  month: number;
  year?: number;
  /** 0 = Sunday. */
  weekday?: number;
}

/** The date a day-of-month figure is part of ("Monday 29 May"), or undefined when it is no day. */
export function dateOf(claim: NumberMention, text: string): DraftDate | undefined {
  if (claim.spelled || claim.high !== undefined || !Number.isInteger(claim.value) || claim.value < 1 || claim.value > 31) return undefined;
  const before = readableDate(text.slice(Math.max(0, claim.start - 30), claim.start));
  const after = readableDate(text.slice(claim.end, claim.end + 30));
  const day = claim.value;
  const following = MONTH_AFTER.exec(after);
  if (following) {
    const weekday = WEEKDAY_BEFORE_DAY.exec(before)?.[1];
    return { day, month: MONTHS.indexOf(following[1]!.toLowerCase()), ...year(following[2]), ...weekdayOf(weekday) };
  }
  const rangeStart = RANGE_START.exec(after);
  if (rangeStart) return { day, month: MONTHS.indexOf(rangeStart[1]!.toLowerCase()), ...year(rangeStart[2]) };
  const preceding = MONTH_BEFORE.exec(before) ?? RANGE_END.exec(before);
  if (!preceding) return undefined;
  const weekday = WEEKDAY_BEFORE_MONTH.exec(before)?.[1];
  return { day, month: MONTHS.indexOf(preceding[1]!.toLowerCase()), ...year(YEAR_AFTER.exec(after)?.[1]), ...weekdayOf(weekday) };
}

const SHORT_MONTHS = new Map(MONTHS.map((m) => [m.slice(0, 3), m] as const).concat([['sept', 'september']]));
const SHORT_WEEKDAYS = new Map(WEEKDAYS.map((d) => [d.slice(0, 3), d] as const).concat([['tues', 'tuesday'], ['thur', 'thursday'], ['thurs', 'thursday']]));
// "Wed, 31 May 2023", "Thu, 1 Jun 2023": an email's or a log's short names, next to a day of the month.
// (A window that begins right after the day, " Jun 2023", opens with the month.)
const SHORT_DATE_WORD = /\b([A-Za-z]{3,5})\.?(?=,?\s+\d{1,2}\b|,?\s*$)|(?<=\b\d{1,2}\s+|^\s+)([A-Za-z]{3,4})\.?(?=\b)/g;

/**
 * A date as prose writes it: "THURSDAY 1 JUNE 2023" (a slug line in capitals) and "Thu, 1 Jun 2023" (an
 * email header) read as "Thursday 1 June 2023". Only words next to a day figure are read so: "Sun" and
 * "Wed" are words too.
 */
export function readableDate(text: string): string {
  let out = /[A-Z]{3}/.test(text)
    ? text.replace(/\b[A-Z]{3,9}\b/g, (w) => {
        const lower = w.toLowerCase();
        return MONTHS.includes(lower) || WEEKDAYS.includes(lower) ? capitalised(lower) : w;
      })
    : text;
  out = out.replace(SHORT_DATE_WORD, (whole, before: string | undefined, after: string | undefined) => {
    const word = (before ?? after)!;
    if (word[0] !== word[0]!.toUpperCase()) return whole;
    const full = SHORT_WEEKDAYS.get(word.toLowerCase()) ?? SHORT_MONTHS.get(word.toLowerCase());
    return full && !MONTHS.includes(word.toLowerCase()) ? capitalised(full) : whole;
  });
  return out;
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

export function datedRanked(ctx: ClaimContext, count = RANKED): Dated[] {
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

export function formatDay(date: Date): string {
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
export function dayInSources(draft: DraftDate, dated: Dated[]): DayMatch | undefined {
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

export function dayMessage(match: DayMatch): string {
  const { sentence, day, weekday } = match;
  return weekday
    ? `sources put ${weekday} on ${formatDay(day)} ("${quote(sentence.text, weekday)}", ${citeLine(sentence)}, dated ${sentence.source.date})`
    : `${citeLine(sentence)} is dated ${sentence.source.date}`;
}

const DAY_MS = 86_400_000;

/**
 * The year a draft's date is read in where it gives none: the best matches' datelines, or the one year
 * all the sources are dated in.
 */
function contextYear(ctx: ClaimContext, allDated: Dated[]): number | undefined {
  const first = allDated[0];
  if (first) return first.date.getUTCFullYear();
  const years = new Set([...ctx.index.datelines()].map((iso) => Number(iso.slice(0, 4))));
  return years.size === 1 ? [...years][0] : undefined;
}

function isWeekdayOf(draft: DraftDate, year: number): boolean {
  return new Date(Date.UTC(year, draft.month, draft.day)).getUTCDay() === draft.weekday;
}

/**
 * "Wednesday 1 June" where 1 June of that year is a Thursday: the draft's weekday and day cannot both be
 * right. Where the sources put that weekday on a day of the same week, that day is the suggestion;
 * otherwise the calendar's nearest such weekday is named (and suggested when it is in the same month:
 * the fix replaces the day alone, and "31 June" would be no date).
 */
function weekdayClash(draft: DraftDate, dated: Dated[], sourceYear: number | undefined): Judgement | undefined {
  if (draft.weekday === undefined) return undefined;
  const y = draft.year ?? sourceYear;
  if (y === undefined) return undefined;
  const written = new Date(Date.UTC(y, draft.month, draft.day));
  if (written.getUTCMonth() !== draft.month || isWeekdayOf(draft, y)) return undefined;
  // "Monday 29 May 2022": right in the sources' year, so the year is what is wrong, and judged on the year.
  if (sourceYear !== undefined && sourceYear !== y && isWeekdayOf(draft, sourceYear)) return undefined;
  const weekdayName = capitalised(WEEKDAYS[draft.weekday]!);
  const isName = `${formatDay(written)} is a ${capitalised(WEEKDAYS[written.getUTCDay()]!)}`;
  for (const { sentence, date } of dated) {
    for (const m of sentence.text.matchAll(ANY_WEEKDAY)) {
      if (WEEKDAYS.indexOf(m[1]!.toLowerCase()) !== draft.weekday) continue;
      const day = weekdayBefore(date, draft.weekday);
      if (day.getUTCMonth() !== draft.month || day.getUTCFullYear() !== y || Math.abs(day.getUTCDate() - draft.day) > 6) continue;
      return {
        verdict: 'contradicted',
        code: 'contradicted-number',
        message: `sources put ${m[1]} on ${formatDay(day)}, and ${isName} ("${quote(sentence.text, m[1])}", ${citeLine(sentence)}, dated ${sentence.source.date})`,
        suggestion: String(day.getUTCDate()),
        evidence: [evidenceOf(sentence, m[1])],
      };
    }
  }
  const forward = (draft.weekday - written.getUTCDay() + 7) % 7;
  const nearest = new Date(written.getTime() + (forward <= 3 ? forward : forward - 7) * DAY_MS);
  const sameMonth = nearest.getUTCMonth() === draft.month;
  return {
    verdict: 'contradicted',
    code: 'contradicted-number',
    message: `${isName}, not a ${weekdayName}; the nearest ${weekdayName} is ${formatDay(nearest)}`,
    ...(sameMonth ? { suggestion: String(nearest.getUTCDate()) } : {}),
    evidence: [],
  };
}

/**
 * The day each weekday stands for in the dated sources, where they all agree on one (a corpus that is a
 * week's news names one Monday): ISO day by weekday (0 = Sunday). Kept per dateline set, which is made
 * anew whenever a source is added or removed.
 */
const anchorCache = new WeakMap<ReadonlySet<string>, Map<number, number>>();

function weekdayAnchors(ctx: ClaimContext): Map<number, number> {
  const key = ctx.index.datelines();
  let anchors = anchorCache.get(key);
  if (anchors) return anchors;
  const seen = new Map<number, Set<number>>();
  for (const { path, date } of ctx.index.datedSources()) {
    const dateline = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(dateline.getTime())) continue;
    for (const { weekday } of weekdaysIn(path, ctx)) {
      if (!seen.has(weekday)) seen.set(weekday, new Set());
      seen.get(weekday)!.add(weekdayBefore(dateline, weekday).getTime());
    }
  }
  anchors = new Map([...seen].filter(([, days]) => days.size === 1).map(([weekday, days]) => [weekday, [...days][0]!]));
  anchorCache.set(key, anchors);
  return anchors;
}

/**
 * The day an undated source's weekday stands for, where the same source names another weekday that the
 * dated sources all put on one day: the weekdays one article names lie as close together as they can
 * (its "Monday" is the dated sources' 29 May, so its "Wednesday" is 31 May, not 24 May).
 */
function anchoredWeekday(path: string, weekday: number, ctx: ClaimContext): { day: Date; anchor: string; anchorDay: Date } | undefined {
  const anchors = weekdayAnchors(ctx);
  if (anchors.size === 0) return undefined;
  for (const { weekday: other, word } of weekdaysIn(path, ctx)) {
    const at = anchors.get(other);
    if (other === weekday || at === undefined) continue;
    const forward = (weekday - other + 7) % 7;
    const offset = forward <= 3 ? forward : forward - 7;
    return { day: new Date(at + offset * DAY_MS), anchor: word, anchorDay: new Date(at) };
  }
  return undefined;
}

/** Every weekday one source's sentences name, in order (0 = Sunday), with the word as written. */
function* weekdaysIn(path: string, ctx: ClaimContext): Generator<{ weekday: number; word: string }> {
  for (const id of ctx.index.sentenceIdsOf(path)) {
    const text = ctx.index.cited(id)?.text ?? '';
    if (!text.includes('day')) continue;
    for (const m of text.matchAll(ANY_WEEKDAY)) yield { weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase()), word: m[1]! };
  }
}

/**
 * "On Wednesday 31 May", where a best-matching source with no dateline says "Wednesday": it cannot be
 * counted back to a day, but the draft's weekday is the calendar's for that day, and the source's, and
 * the day falls in the week up to some source's dateline (a "Monday 22 May" a week before the coverage
 * is another Monday than the one the source speaks of: contradicted where the source's other weekdays
 * fix its Monday, else left open).
 */
function undatedWeekday(draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
  if (draft.weekday === undefined) return undefined;
  const y = draft.year ?? sourceYear;
  if (y === undefined || !isWeekdayOf(draft, y)) return undefined;
  const day = Date.UTC(y, draft.month, draft.day);
  const inCoverage = [...ctx.index.datelines()].some((iso) => {
    const before = Date.parse(`${iso}T00:00:00Z`) - day;
    return before >= 0 && before < 7 * DAY_MS;
  });
  const weekdayName = capitalised(WEEKDAYS[draft.weekday]!);
  for (const { id } of ctx.ranked.slice(0, RANKED)) {
    const sentence = ctx.index.cited(id);
    if (!sentence || sentence.source.date || ![...sentence.text.matchAll(ANY_WEEKDAY)].some((m) => m[1] === weekdayName)) continue;
    const anchored = anchoredWeekday(sentence.source.path, draft.weekday, ctx);
    // Outside the coverage only an anchored weekday speaks: "Monday 22 May" for the sources' Monday
    // that their other weekdays put on the 29th.
    const weeksOff = anchored ? Math.abs(anchored.day.getTime() - day) / (7 * DAY_MS) : 0;
    if (!inCoverage && (!anchored || weeksOff === 0 || weeksOff > 2)) return undefined;
    if (anchored && anchored.day.getTime() !== day) {
      const sameMonth = anchored.day.getUTCMonth() === draft.month;
      return {
        verdict: 'contradicted',
        code: 'contradicted-number',
        message: `${citeLine(sentence)} says ${weekdayName} ("${quote(sentence.text, weekdayName)}") and names ${anchored.anchor}, which the dated sources put on ${formatDay(anchored.anchorDay)}: its ${weekdayName} is ${formatDay(anchored.day)}`,
        ...(sameMonth ? { suggestion: String(anchored.day.getUTCDate()) } : {}),
        evidence: [evidenceOf(sentence, weekdayName)],
      };
    }
    return {
      verdict: 'supported',
      code: 'supported-number',
      message: `${citeLine(sentence)} says ${weekdayName} ("${quote(sentence.text, weekdayName)}"), and ${formatDay(new Date(Date.UTC(y, draft.month, draft.day)))} is a ${weekdayName}`,
      evidence: [evidenceOf(sentence, weekdayName)],
    };
  }
  return undefined;
}

// "26 May – 1 June 2023", "26 May to 1 June", "May 26 - June 1, 2023": a period, as a heading or a
// map's title gives it.
const DAY_MONTH_RANGE = new RegExp(`\\b(\\d{1,2})(?:\\s+${MONTH})?\\s*(?:–|—|-|to|until)\\s*(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?`, 'gd');
const MONTH_DAY_RANGE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\s*(?:–|—|-|to|until)\\s*(?:${MONTH}\\s+)?(\\d{1,2})(?:,?\\s+(\\d{4}))?`, 'gd');
/** How far a period's end may lie from the datelines it holds: a news article names the days of its week. */
const PERIOD_SLACK_DAYS = 7;

interface Period {
  from: DraftDate;
  to: DraftDate;
}

/** The period a day figure opens or closes, if it is one end of a written date range. */
function periodOf(claim: NumberMention, text: string): Period | undefined {
  const month = (name: string | undefined) => (name ? MONTHS.indexOf(name.toLowerCase()) : -1);
  // `d` gives each group's offsets: the claim must be the first or the last day of the range.
  const isEnd = (m: RegExpMatchArray, dayGroups: [number, number]) => dayGroups.some((g) => m.indices?.[g]?.[0] === claim.start);
  for (const m of text.matchAll(DAY_MONTH_RANGE)) {
    const [, d1, m1, d2, m2, y] = m;
    const to: DraftDate = { day: Number(d2), month: month(m2), ...year(y) };
    if (isEnd(m, [1, 3])) return { from: { day: Number(d1), month: m1 ? month(m1) : to.month, ...year(y) }, to };
  }
  for (const m of text.matchAll(MONTH_DAY_RANGE)) {
    const [, m1, d1, m2, d2, y] = m;
    const from: DraftDate = { day: Number(d1), month: month(m1), ...year(y) };
    if (isEnd(m, [2, 4])) return { from, to: { day: Number(d2), month: m2 ? month(m2) : from.month, ...year(y) } };
  }
  return undefined;
}

/**
 * A period the sources are dated in ("26 May – 1 June 2023" over articles dated 29 May and 1 June): each
 * end is supported where a dateline lies within the period and the end is within a week of one.
 */
function periodJudgement(claim: NumberMention, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
  const period = periodOf(claim, ctx.draft.text);
  if (!period || period.from.month < 0 || period.to.month < 0) return undefined;
  const y = period.to.year ?? sourceYear;
  if (y === undefined) return undefined;
  const from = Date.UTC(period.from.month > period.to.month ? y - 1 : y, period.from.month, period.from.day);
  const to = Date.UTC(y, period.to.month, period.to.day);
  const within = [...ctx.index.datelines()].map((iso) => Date.parse(`${iso}T00:00:00Z`)).filter((d) => d >= from && d <= to).sort((a, b) => a - b);
  if (within.length === 0) return undefined;
  const slack = PERIOD_SLACK_DAYS * DAY_MS;
  if (within[0]! - from > slack || to - within[within.length - 1]! > slack) return undefined;
  const days = within.map((d) => formatDay(new Date(d)));
  return {
    verdict: 'supported',
    code: 'supported-number',
    message: `sources are dated ${days.length > 2 ? `${days[0]} to ${days[days.length - 1]}` : days.join(' and ')}, within ${formatDay(new Date(from))} – ${formatDay(new Date(to))}`,
    evidence: [],
  };
}

const datedDayCache = new WeakMap<ReadonlySet<string>, Map<number, number>>();

/**
 * Every day a dated source tells of, with a sentence that does: its dateline, and each weekday it names
 * counted back from it ("on Saturday" in an article dated Monday 29 May is 27 May). Read once per corpus.
 */
function datedDays(ctx: ClaimContext): Map<number, number> {
  const key = ctx.index.datelines();
  let days = datedDayCache.get(key);
  if (days) return days;
  days = new Map();
  for (const { path, date } of ctx.index.datedSources()) {
    const dateline = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(dateline.getTime())) continue;
    const ids = ctx.index.sentenceIdsOf(path);
    if (ids[0] !== undefined && !days.has(dateline.getTime())) days.set(dateline.getTime(), ids[0]);
    for (const id of ids) {
      const text = ctx.index.cited(id)?.text ?? '';
      if (!text.includes('day')) continue;
      for (const m of text.matchAll(ANY_WEEKDAY)) {
        const day = weekdayBefore(dateline, WEEKDAYS.indexOf(m[1]!.toLowerCase())).getTime();
        if (!days.has(day)) days.set(day, id);
      }
    }
  }
  datedDayCache.set(key, days);
  return days;
}

/**
 * "26–27 May" as a heading's period: each end is supported where some dated source tells of that day,
 * whatever the heading's words match ("on Saturday" in an article dated Monday 29 May).
 */
function periodDayDated(claim: NumberMention, draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
  if (!periodOf(claim, ctx.draft.text)) return undefined;
  const y = draft.year ?? sourceYear;
  if (y === undefined) return undefined;
  const id = datedDays(ctx).get(Date.UTC(y, draft.month, draft.day));
  const sentence = id === undefined ? undefined : ctx.index.cited(id);
  if (!sentence) return undefined;
  const weekday = [...sentence.text.matchAll(ANY_WEEKDAY)].map((m) => m[1]!).find((w) => WEEKDAYS.indexOf(w.toLowerCase()) === new Date(Date.UTC(y, draft.month, draft.day)).getUTCDay());
  return {
    verdict: 'supported',
    code: 'supported-number',
    message: weekday ? dayMessage({ sentence, day: new Date(Date.UTC(y, draft.month, draft.day)), weekday }) : `${citeLine(sentence)} is dated ${sentence.source.date}`,
    evidence: [evidenceOf(sentence, weekday)],
  };
}

/**
 * A day of a month against the datelines: supported, contradicted where its weekday is not the
 * calendar's, or undefined when the sources say nothing of the day.
 */
export function dayJudgement(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  const draft = dateOf(claim, ctx.draft.text);
  if (!draft || draft.month < 0) return undefined;
  // The best matches' datelines (compared first), and those of every ranked sentence, read once.
  const allDated = datedRanked(ctx, ctx.ranked.length);
  const sourceYear = contextYear(ctx, allDated);
  const clash = weekdayClash(draft, datedRanked(ctx), sourceYear);
  if (clash) return clash;
  // A wrong year beside a right day ("1 June 2022") is the year's error, judged on the year. Support is
  // looked for in all the ranked sentences: a dated article that names the weekday of that very day is
  // evidence enough, and a long draft sentence ("from the Friday clashes of 26 May to the summit on 1
  // June") matches each event less well.
  const match = dayInSources(draft, allDated);
  if (match) return { verdict: 'supported', code: 'supported-number', message: dayMessage(match), evidence: [evidenceOf(match.sentence, match.weekday)] };
  const anchored = anchoredDayInSources(draft, ctx, sourceYear);
  if (anchored) return anchored;
  return (
    otherWeek(draft, ctx, sourceYear) ??
    undatedWeekday(draft, ctx, sourceYear) ??
    periodJudgement(claim, ctx, sourceYear) ??
    periodDayDated(claim, draft, ctx, sourceYear) ??
    datelineOfDateLine(draft, ctx, sourceYear) ??
    eventDay(draft, ctx, sourceYear)
  );
}

/**
 * "On 31 May hundreds of Serbs gathered outside the city hall in Zvečan" where a best match with no
 * dateline says "Wednesday's protest outside the city hall in Zvecan", and its article's other weekdays
 * put its Wednesday on 31 May (its Monday is the dated sources' 29 May).
 */
function anchoredDayInSources(draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
  const y = draft.year ?? sourceYear;
  if (y === undefined || (draft.weekday !== undefined && !isWeekdayOf(draft, y))) return undefined;
  const written = Date.UTC(y, draft.month, draft.day);
  for (const { id, relevance } of ctx.ranked.slice(0, RANKED)) {
    if (relevance < OTHER_WEEK_RELEVANCE) break;
    const sentence = ctx.index.cited(id);
    if (!sentence || sentence.source.date) continue;
    for (const m of sentence.text.matchAll(ANY_WEEKDAY)) {
      const anchored = anchoredWeekday(sentence.source.path, WEEKDAYS.indexOf(m[1]!.toLowerCase()), ctx);
      if (anchored?.day.getTime() !== written) continue;
      return {
        verdict: 'supported',
        code: 'supported-number',
        message: `${citeLine(sentence)} says ${m[1]} ("${quote(sentence.text, m[1]!)}") and names ${anchored.anchor}, which the dated sources put on ${formatDay(anchored.anchorDay)}: its ${m[1]} is ${formatDay(anchored.day)}`,
        evidence: [evidenceOf(sentence, m[1]!)],
      };
    }
  }
  return undefined;
}

/** How relevant, and how like the draft sentence, a best match must be to date the draft's event. */
const EVENT_RELEVANCE = 0.6;
const EVENT_OVERLAP = 0.35;
/** The most days an event's date may be off: a week off is otherWeek's. */
const EVENT_DAYS_OFF = 6;

/**
 * "52 Serbs were injured on 28 May" where the best match, "Thirty peacekeepers and 52 Serbs … were injured
 * in violence on Monday", is an article's Monday 29 May: the draft dates the event the best match tells on
 * another day. Only from a best match that names one weekday, states a figure of the draft's and shares
 * its words, and whose day is known (its dateline, or the week the dated sources fix for an undated
 * article).
 */
function eventDay(draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
  const y = draft.year ?? sourceYear;
  if (y === undefined) return undefined;
  const written = Date.UTC(y, draft.month, draft.day);
  for (const { id, relevance, sentence } of ctx.ranked.slice(0, RANKED)) {
    if (relevance < EVENT_RELEVANCE) break;
    const cited = ctx.index.cited(id)!;
    // A figure both sentences give ("52 Serbs … injured", "at 0530") ties them to one event: protests and
    // statements come again on other days ("Serbs protested again on Monday" leaves a protest on 27 May open).
    const shared = ctx.draft.numbers
      .filter((n) => (n.numKind === 'count' || n.numKind === 'time') && !n.spelled && n.value >= 10)
      .map((n) => cited.text.indexOf(n.text))
      .find((at) => at >= 0);
    if (shared === undefined) continue;
    // The weekday told with the figure: "clashes … on Friday after …, Hetemi entered … at 0530 … on Monday".
    const named = [...cited.text.matchAll(ANY_WEEKDAY)].sort((a, b) => Math.abs(a.index! - shared) - Math.abs(b.index! - shared));
    if (named.length === 0) continue;
    const weekdayName = named[0]![1]!;
    const weekday = WEEKDAYS.indexOf(weekdayName.toLowerCase());
    const day = cited.source.date ? weekdayBefore(new Date(`${cited.source.date}T00:00:00Z`), weekday) : anchoredWeekday(cited.source.path, weekday, ctx)?.day;
    if (!day || sentenceOverlap(ctx.draft, sentence, undefined) < EVENT_OVERLAP) continue;
    const off = Math.round((day.getTime() - written) / DAY_MS);
    if (off === 0) return undefined;
    if (Math.abs(off) > EVENT_DAYS_OFF) continue;
    return {
      verdict: 'contradicted',
      code: 'contradicted-number',
      message: `sources put this on ${weekdayName}, ${formatDay(day)} ("${quote(cited.text, weekdayName)}", ${citeLine(cited)}${cited.source.date ? `, dated ${cited.source.date}` : ''})`,
      ...(day.getUTCMonth() === draft.month ? { suggestion: String(day.getUTCDate()) } : {}),
      evidence: [evidenceOf(cited, weekdayName)],
    };
  }
  return undefined;
}

/**
 * "Date: 1 June 2023", a memo's or a cable's date line: a bare date with nothing to match on is supported
 * where it is a source's dateline (in a sentence with words, the best matches must date it).
 */
export function datelineOfDateLine(draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
  const y = draft.year ?? sourceYear;
  if (y === undefined) return undefined;
  const dateWord = (l: string) => MONTHS.includes(l) || WEEKDAYS.includes(l) || SHORT_MONTHS.has(l) || SHORT_WEEKDAYS.has(l);
  const words = [...ctx.draft.lemmas].filter((l) => !dateWord(l) && !/\d/.test(l));
  if (words.length > 1 && !datesTheDocument(ctx)) return undefined;
  const iso = `${y}-${String(draft.month + 1).padStart(2, '0')}-${String(draft.day).padStart(2, '0')}`;
  const datelines = ctx.index.datelines();
  if (datelines.has(iso)) return { verdict: 'supported', code: 'supported-number', message: `sources are dated ${formatDay(new Date(`${iso}T00:00:00Z`))}`, evidence: [] };
  // "Date: Wed, 31 May 2023", an email's own date between the sources' first and last datelines: a day of
  // the story they tell, where its weekday is the calendar's.
  const days = [...datelines].sort();
  if (days.length < 2 || iso < days[0]! || iso > days[days.length - 1]! || (draft.weekday !== undefined && !isWeekdayOf(draft, y))) return undefined;
  const [first, last] = [days[0]!, days[days.length - 1]!].map((d) => formatDay(new Date(`${d}T00:00:00Z`)));
  return { verdict: 'supported', code: 'supported-number', message: `${formatDay(new Date(`${iso}T00:00:00Z`))} lies within the days the sources are dated, ${first} to ${last}`, evidence: [] };
}

// "Press statement · For immediate release · 1 June 2023", "*Research | Sovereign strategy | 1 June 2023*":
// a line of fields ending in its date, with no verb, dates the document itself.
const LAST_FIELD = /(?:^|[|·•,:;—–]\s*)[^|·•,:;—–]*$/;

// "MITROVICA, June 1 (Reuters) –", "ZVECAN, Kosovo, May 31 –": a wire story's dateline, its place in capitals.
const WIRE_DATELINE = /^\W*(?:datelined\s+)?\p{Lu}{3,}[\p{Lu} .'’-]*,\s+(?:\p{Lu}\p{L}+,\s+)?(?:\d{1,2}\s+\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2})\b/iu;

function datesTheDocument(ctx: ClaimContext): boolean {
  const { text, tokens } = ctx.draft;
  if (WIRE_DATELINE.test(text) && /\p{Lu}{3,}/u.test(text.slice(0, 40))) return true;
  const last = LAST_FIELD.exec(text.trimEnd().replace(/[.*_]+$/, ''))?.[0] ?? '';
  return /^\W*(?:\p{L}+,?\s+)?\d{1,2}\s+\p{L}+\s+\d{4}$|^\W*\p{L}+\s+\d{1,2},?\s+\d{4}$/u.test(last.trim()) && !tokens.some((t) => (t.pos === 'VERB' && !t.lower.endsWith('ing')) || t.pos === 'AUX');
}

/** How relevant a dated sentence naming the weekday must be to date the draft's event. */
const OTHER_WEEK_RELEVANCE = 0.5;

/**
 * "sworn in on Monday 22 May" where the best-matching dated sentences put that Monday on the 29th: the
 * calendar gives the draft's weekday, but the sources' Monday is a week later.
 */
function otherWeek(draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
  if (draft.weekday === undefined) return undefined;
  const y = draft.year ?? sourceYear;
  if (y === undefined || !isWeekdayOf(draft, y)) return undefined;
  const written = Date.UTC(y, draft.month, draft.day);
  const weekdayName = capitalised(WEEKDAYS[draft.weekday]!);
  for (const { id, relevance } of ctx.ranked.slice(0, RANKED)) {
    if (relevance < OTHER_WEEK_RELEVANCE) break;
    const sentence = ctx.index.cited(id);
    const iso = sentence?.source.date;
    if (!sentence || !iso || ![...sentence.text.matchAll(ANY_WEEKDAY)].some((m) => m[1] === weekdayName)) continue;
    const day = weekdayBefore(new Date(`${iso}T00:00:00Z`), draft.weekday);
    const weeks = Math.round((day.getTime() - written) / (7 * DAY_MS));
    if (weeks === 0 || Math.abs(weeks) > 2) continue;
    return {
      verdict: 'contradicted',
      code: 'contradicted-number',
      message: `sources put ${weekdayName} on ${formatDay(day)} ("${quote(sentence.text, weekdayName)}", ${citeLine(sentence)}, dated ${iso})`,
      ...(day.getUTCMonth() === draft.month ? { suggestion: String(day.getUTCDate()) } : {}),
      evidence: [evidenceOf(sentence, weekdayName)],
    };
  }
  return undefined;
}
