// Dates checked against the sources' datelines. News sentences date events by weekday ("on Monday") and
// leave the year to the dateline (` date 2023-05-29` or front matter), so a draft's "Monday 29 May" or
// "the 2023 crisis" is rarely written in any source sentence, yet the sources say it:
//   - a day of a month is supported where a best-matching source is dated that day, or one of them names
//     the draft's weekday and that weekday, counted back from its dateline, is that day;
//   - "Monday 28 May" is contradicted where those sentences put Monday on the 29th (and 28 May of that
//     year is no Monday): the suggestion is the day, in the same month;
//   - a weekday the calendar does not give the day is contradicted. (A period's ends are
//     periodVerdict.ts's, years yearVerdict.ts's.)
// Written by hand: no library here reads datelines, and the arithmetic is Date.UTC's.
import type { NumberMention } from '../claims/numbers';
import type { CitedSentence } from '../index/corpusIndex';
import { citeLine, evidenceOf, quote, type ClaimContext, type Judgement } from './judgement';
import type { NameMention } from '../claims/names';
import { contextKey, sentenceOverlap, sharesWordBesides } from './numberContext';
import { isPersonName, sameName } from './relationVerdict';
import { closeSpelling } from './nameVerdict';
import { isTown } from './scenePlaceVerdict';
import { isPeople } from './slotVerdict';
import { ANY_WEEKDAY, capitalised, DAY_MS, formatDay, MONTH, MONTHS, WEEKDAY, WEEKDAYS, weekdayBefore, year } from './calendar';
import { periodDayDated, periodJudgement } from './periodVerdict';
import { anchoredDayInSources, dayOfSourceWeekday, undatedWeekday } from './undatedWeekdayVerdict';
import { datelineOfDateLine, reportDated } from './documentDates';
import { ordinalOf, weekdayOrdinalDate } from './ordinalDates';
import { statementDay } from './statementDay';

// The calendar's names, for the stages that read dates with this one.
export { formatDay, MONTH, MONTHS } from './calendar';

/** Best-matching sentences read for datelines and weekdays. */
export const RANKED = 5;
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

export const SHORT_MONTHS = new Map(MONTHS.map((m) => [m.slice(0, 3), m] as const).concat([['sept', 'september']]));
export const SHORT_WEEKDAYS = new Map(WEEKDAYS.map((d) => [d.slice(0, 3), d] as const).concat([['tues', 'tuesday'], ['thur', 'thursday'], ['thurs', 'thursday']]));
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

export function isWeekdayOf(draft: DraftDate, year: number): boolean {
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

/**
 * A day of a month against the datelines: supported, contradicted where its weekday is not the
 * calendar's, or undefined when the sources say nothing of the day.
 */
export function dayJudgement(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  const judged = judgeDay(claim, ctx);
  // "the twenty-fifth" is mended to "the twenty-sixth", "the 25th" to "the 26th", as written.
  if (judged?.suggestion && claim.numKind === 'ordinal' && /^\d+$/.test(judged.suggestion)) return { ...judged, suggestion: ordinalOf(Number(judged.suggestion), !!claim.spelled) };
  return judged;
}

function judgeDay(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  const draft = dateOf(claim, ctx.draft.text) ?? weekdayOrdinalDate(claim, ctx);
  if (!draft || draft.month < 0) return undefined;
  // The best matches' datelines (compared first), and those of every ranked sentence, read once.
  const allDated = datedRanked(ctx, ctx.ranked.length);
  const sourceYear = contextYear(ctx, allDated);
  const report = reportDated(claim, draft, ctx, sourceYear);
  if (report) return report;
  const clash = weekdayClash(draft, datedRanked(ctx), sourceYear);
  if (clash) return clash;
  // "entered the town hall at 0530 on Friday 26 May": the best match that shares the draft's figure tells
  // that event on Monday, though it names the Friday's clashes too. The event's own day outweighs a
  // weekday the sentence also names.
  const event = eventDay(draft, ctx, sourceYear) ?? statementDay(claim, draft, ctx, sourceYear);
  if (event) return event;
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
    datelineOfDateLine(draft, ctx, sourceYear)
  );
}


/** How relevant, and how like the draft sentence, a best match must be to date the draft's event. */
const EVENT_RELEVANCE = 0.6;
const EVENT_OVERLAP = 0.35;
const TIME_OVERLAP = 0.25;
/** How like the draft's a best match must be where a name, not a figure, ties the two. */
const NAME_TIE_OVERLAP = 0.5;

/**
 * A person or a body that the draft sentence and a source sentence both name: a person's name or a name of
 * several words ("United Nations"). No town, no people ("Kosovo Serbs"), and no name in one word that
 * is in every other sentence ("Kosovo", "KFOR").
 */
function sharedActor(ctx: ClaimContext, id: number): NameMention | undefined {
  const actor = (n: NameMention) => !n.demonym && !isPeople(n) && (isPersonName(n, ctx.index) || n.key.includes(' ')) && !isTown(n, ctx);
  return ctx.index.namesIn(id).find((n) => actor(n) && ctx.draft.names.some((d) => sameName(d.key, n.key) || closeSpelling(d.key, n.key)));
}

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
    const tie = ctx.draft.numbers.find((n) => (n.numKind === 'count' || n.numKind === 'time') && !n.spelled && n.value >= 10 && cited.text.includes(n.text));
    const overlap = sentenceOverlap(ctx.draft, sentence, undefined);
    // Or, in a sentence saying much the same, a person or a body both name with the one weekday the
    // source gives: "Kremlin spokesman Dmitry Peskov said on Wednesday …", "On Wednesday, United Nations
    // judges imposed increased sentences …".
    const actor = tie === undefined && overlap >= NAME_TIE_OVERLAP ? sharedActor(ctx, id) : undefined;
    if (tie === undefined && actor === undefined) continue;
    const shared = tie ? cited.text.indexOf(tie.text) : actor!.start;
    // The weekday told with the figure: "clashes … on Friday after …, Hetemi entered … at 0530 … on Monday".
    const named = [...cited.text.matchAll(ANY_WEEKDAY)].sort((a, b) => Math.abs(a.index! - shared) - Math.abs(b.index! - shared));
    if (named.length === 0 || (actor && new Set(named.map((m) => m[1]!.toLowerCase())).size > 1)) continue;
    const weekdayName = named[0]![1]!;
    const weekday = WEEKDAYS.indexOf(weekdayName.toLowerCase());
    // "on Friday 26 May and again on Monday 30 May": the draft gives the source's weekday to another of
    // its dates, so the source's event is that one's, not this date's.
    if (draft.weekday !== undefined && draft.weekday !== weekday && new RegExp(`\\b${weekdayName}\\b`, 'i').test(ctx.draft.text)) continue;
    const day = dayOfSourceWeekday(cited, weekday, ctx);
    // A clock time ("0530") is one moment: it ties the sentences with fewer words in common.
    if (!day || overlap < (tie?.numKind === 'time' ? TIME_OVERLAP : EVENT_OVERLAP)) continue;
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

const CALENDAR_KEYS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS].map(contextKey));

/** How relevant a dated sentence naming the weekday must be to date the draft's event. */
export const OTHER_WEEK_RELEVANCE = 0.5;

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
  const afterCoverage = [...ctx.index.datelines()].every((iso) => Date.parse(`${iso}T00:00:00Z`) < written);
  for (const { id, relevance, sentence: analysed } of ctx.ranked.slice(0, RANKED)) {
    if (relevance < OTHER_WEEK_RELEVANCE) break;
    const sentence = ctx.index.cited(id);
    const iso = sentence?.source.date;
    if (!sentence || !iso || ![...sentence.text.matchAll(ANY_WEEKDAY)].some((m) => m[1] === weekdayName)) continue;
    // "Sat 3 June: NATO reinforcements begin to land", after the last dateline, beside "Kosovo Serbs on
    // Saturday called on Vucic …": the sources could not tell of that day, and a weekday alone ties no
    // event of theirs to it.
    if (afterCoverage && !sharesWordBesides(ctx.draft, analysed, CALENDAR_KEYS)) continue;
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
