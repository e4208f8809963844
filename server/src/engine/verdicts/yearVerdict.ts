// Years checked against the sources' datelines: the year of a full date the best matches date ("1 June
// 2022" against an article dated 2023-06-01), a month and year some source is dated in ("June 2023"), a
// year the best matches are dated in where they state none of their own ("the 2023 crisis"), and the year
// of an author-year citation ("(Vučić, 2023)"). Days of a month are dateVerdict.ts's.
import type { NumberMention } from '../claims/numbers';
import type { CitedSentence } from '../index/corpusIndex';
import { datedRanked, dayInSources, dayMessage, formatDay, MONTH, MONTHS, RANKED, readableDate, type DraftDate } from './dateVerdict';
import { datelineOfDateLine } from './documentDates';
import { DAY_MS } from './calendar';
import { citeLine, evidenceOf, quote, type ClaimContext, type Judgement } from './judgement';
import { resolve } from './nameResolve';
import { isPersonName } from './relationVerdict';

// "29 May 2023", "29th of May, 2023", "May 29, 2023": the day and month before a year.
const DAY_MONTH_BEFORE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH},?\\s+$`);
const MONTH_DAY_BEFORE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+$`);

/** The day and month written before a year ("1 June 2022"), if any. */
function dayBeforeYear(claim: NumberMention, text: string): DraftDate | undefined {
  const before = readableDate(text.slice(Math.max(0, claim.start - 30), claim.start));
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
  if (!match) return full && full.month >= 0 ? (datelineOfDateLine(full, ctx, undefined) ?? yearOfNearDatelines(full, ctx)) : undefined;
  const year = match.day.getUTCFullYear();
  const evidence = [evidenceOf(match.sentence, match.weekday)];
  if (year === claim.value) return { verdict: 'supported', code: 'supported-number', message: dayMessage(match), evidence };
  return { verdict: 'contradicted', code: 'contradicted-number', message: `${dayMessage(match)}: ${formatDay(match.day)}`, suggestion: String(year), evidence };
}

/** How far from a source's dateline a full date may be for its year to be the sources' year. */
const NEAR_DAYS = 31;

/**
 * "the violence in northern Kosovo on 28 May 2023", "26 May to 1 June 2023": a full date no best match
 * dates, a few days from the sources' datelines in its year. Its day is dateVerdict's to weigh; its
 * year is the year of the story the sources tell, and another year, near those days, is a slip.
 */
function yearOfNearDatelines(full: DraftDate, ctx: ClaimContext): Judgement | undefined {
  const near = (year: number) => {
    const written = Date.UTC(year, full.month, full.day);
    return [...ctx.index.datelines()].filter((iso) => Math.abs(Date.parse(`${iso}T00:00:00Z`) - written) <= NEAR_DAYS * DAY_MS).sort();
  };
  const dated = (days: string[]) => {
    const shown = days.length > 2 ? [days[0]!, days[days.length - 1]!] : days;
    return `sources are dated ${shown.map((iso) => formatDay(new Date(`${iso}T00:00:00Z`))).join(days.length > 2 ? ' to ' : ', ')}`;
  };
  const days = near(full.year!);
  if (days.length > 0) return { verdict: 'supported', code: 'supported-number', message: dated(days), evidence: [] };
  // "29 May 2022" where every source near that day of the year is dated 2023: the year slipped.
  const years = [...new Set([...ctx.index.datelines()].map((iso) => Number(iso.slice(0, 4))))].filter((y) => near(y).length > 0);
  if (years.length !== 1) return undefined;
  return { verdict: 'contradicted', code: 'contradicted-number', message: dated(near(years[0]!)), suggestion: String(years[0]), evidence: [] };
}

const MONTH_BEFORE_YEAR = new RegExp(`\\b${MONTH},?\\s+$`);

/**
 * "June 2023" (a brief's date line, "the crisis of June 2023"): a month and year some source is dated in.
 * A day before the month makes it a full date, which dateYearJudgement weighs.
 */
export function monthOfDatelines(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  const before = readableDate(ctx.draft.text.slice(Math.max(0, claim.start - 16), claim.start));
  const month = MONTH_BEFORE_YEAR.exec(before);
  if (!month || /\d\s*(?:st|nd|rd|th)?(?:\s+of)?\s+\S+,?\s+$/.test(before)) return undefined;
  const monthIndex = MONTHS.indexOf(month[1]!.toLowerCase());
  const prefix = `${claim.value}-${String(monthIndex + 1).padStart(2, '0')}-`;
  const days = [...ctx.index.datelines()].filter((iso) => iso.startsWith(prefix)).sort();
  if (days.length === 0) return earlierMonthNamed(claim, monthIndex, ctx);
  return {
    verdict: 'supported',
    code: 'supported-number',
    message: `sources are dated ${days.map((iso) => formatDay(new Date(`${iso}T00:00:00Z`))).join(', ')}`,
    evidence: [],
  };
}

/** Months before a dateline that a best match may name as that year's: "April's municipal elections" in a May article. */
const MONTHS_BACK = 3;

/**
 * "April 2023" where the best matches, dated May 2023, tell of "April's municipal elections": a month
 * shortly before a dateline that a best match names is that dateline's year.
 */
function earlierMonthNamed(claim: NumberMention, month: number, ctx: ClaimContext): Judgement | undefined {
  const name = new RegExp(`\\b${MONTHS[month]}\\b`, 'i');
  for (const { id } of ctx.ranked.slice(0, RANKED)) {
    const sentence = ctx.index.cited(id);
    const iso = sentence?.source.date;
    if (!sentence || !iso || !name.test(sentence.text)) continue;
    const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1];
    const back = (y - claim.value) * 12 + m - month;
    if (back <= 0 || back > MONTHS_BACK) continue;
    const written = name.exec(sentence.text)![0];
    return { verdict: 'supported', code: 'supported-number', message: `a source dated ${iso} names ${written} ("${quote(sentence.text, written)}", ${citeLine(sentence)})`, evidence: [evidenceOf(sentence, written)] };
  }
  return undefined;
}

/**
 * "2023 unrest in northern Kosovo": a year some source is dated in, where the year a best match states
 * ("independence … in 2008") is not tied to the draft's by the words around it (the caller weighs that).
 */
export function yearOfDatelines(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.numKind !== 'year' || claim.high !== undefined || dayBeforeYear(claim, ctx.draft.text)) return undefined;
  // "March 2023": a month the sources are not dated in is monthOfDatelines' to leave open.
  if (MONTH_BEFORE_YEAR.test(readableDate(ctx.draft.text.slice(Math.max(0, claim.start - 16), claim.start)))) return undefined;
  const days = [...ctx.index.datelines()].filter((iso) => iso.startsWith(`${claim.value}-`)).sort();
  if (days.length === 0) return undefined;
  const shown = days.length > 2 ? [days[0]!, days[days.length - 1]!] : days;
  return {
    verdict: 'supported',
    code: 'supported-number',
    message: `sources are dated ${shown.map((iso) => formatDay(new Date(`${iso}T00:00:00Z`))).join(days.length > 2 ? ' to ' : ', ')}`,
    evidence: [],
  };
}

/** A year the best matches are dated in, where they state no year of their own. */
export function yearJudgement(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.numKind !== 'year' || claim.high !== undefined) return undefined;
  const month = monthOfDatelines(claim, ctx);
  if (month) return month;
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

/** Sentences naming the cited name that are read for their datelines, at most. */
const CITED_SENTENCES = 200;

/**
 * The year of an author-year citation, "(Vučić, 2023)" or "(Borrell 2023a)": the year the sources naming
 * the cited person are dated. Supported where one of them is dated that year; contradicted where all that
 * are dated give one other year.
 */
export function citationYearJudgement(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.numKind !== 'year' || claim.high !== undefined) return undefined;
  const text = ctx.draft.text;
  if (!/^[a-z]?\s*\)/.test(text.slice(claim.end, claim.end + 4))) return undefined;
  const open = text.lastIndexOf('(', claim.start);
  if (open < 0 || claim.start - open > 60 || text.slice(open, claim.start).includes(')')) return undefined;
  // A person's name: "(Kosovo, 2008)" dates an event in a place, it cites no one.
  const cited = ctx.draft.names.filter((n) => n.start > open && n.end <= claim.start && isPersonName(n, ctx.index));
  if (cited.length === 0) return undefined;
  const byYear = new Map<number, CitedSentence>();
  let read = 0;
  for (const name of cited) {
    for (const entry of resolve(name.key, ctx)) {
      for (const id of entry.sentenceIds) {
        if (read++ >= CITED_SENTENCES) break;
        const sentence = ctx.index.cited(id);
        const year = sentence?.source.date ? Number(sentence.source.date.slice(0, 4)) : undefined;
        if (sentence && year !== undefined && !byYear.has(year)) byYear.set(year, sentence);
      }
    }
  }
  const names = cited.map((n) => n.text).join(', ');
  const same = byYear.get(claim.value);
  if (same) {
    return { verdict: 'supported', code: 'supported-number', message: `${citeLine(same)} names ${names} and is dated ${same.source.date}`, evidence: [evidenceOf(same)] };
  }
  if (byYear.size !== 1) return undefined;
  const [[year, sentence]] = [...byYear];
  return {
    verdict: 'contradicted',
    code: 'contradicted-number',
    message: `the sources naming ${names} are dated ${year} (${citeLine(sentence!)}, dated ${sentence!.source.date})`,
    suggestion: String(year),
    evidence: [evidenceOf(sentence!)],
  };
}
