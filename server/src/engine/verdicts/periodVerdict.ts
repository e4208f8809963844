// A period a heading or a map's title gives ("26 May – 1 June 2023", "26–27 May"): each end is supported
// where the sources are dated within the period, or where a dated source tells of that day.
import type { NumberMention } from '../claims/numbers';
import { citeLine, evidenceOf, type ClaimContext, type Judgement } from './judgement';
import { ANY_WEEKDAY, DAY_MS, formatDay, MONTH, MONTHS, WEEKDAYS, weekdayBefore, year } from './calendar';
import { dayMessage, type DraftDate } from './dateVerdict';

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
export function periodJudgement(claim: NumberMention, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
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
export function periodDayDated(claim: NumberMention, draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
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
