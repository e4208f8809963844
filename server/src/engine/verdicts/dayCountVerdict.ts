// Days between two events: "Zvečan, Wednesday 31 May — … on Wednesday, two days after clashes that
// injured 30 soldiers" where the best matches tell the clashes on Monday, 29 May. The draft dates its own
// sentence; the sources date the event it counts from; the count is the days between.
//
// Only a count of days (fourteen at most) right before "after", "before" or "since" and an event's noun,
// in a draft sentence with one day of a month; against the pool's sentences that write that noun with a
// weekday beside it, whose day their dateline fixes (or, for an undated article, the week the dated
// sources fix). Any such day at the draft's count supports it; otherwise the nearest one is suggested.
import type { NumberMention } from '../claims/numbers';
import { SMALL_NUMBER_WORDS } from '../claims/numberWords';
import { ANY_WEEKDAY, DAY_MS, formatDay, WEEKDAY, WEEKDAYS } from './calendar';
import { dateOf } from './dateVerdict';
import { bestInPool, citeLine, evidenceOf, quote, type ClaimContext, type Judgement } from './judgement';
import { dayOfSourceWeekday } from './undatedWeekdayVerdict';
import { sentenceOverlap } from './numberContext';

/** Pool sentences read for the event's days, at most. */
const POOLED = 30;
const MAX_DAYS = 14;
/** How near the event's noun a weekday must stand to date it. */
const NEAR = 60;

// "two days after clashes", "three days before the vote", "five days since the violence".
const COUNTED_FROM = /^[\s-]+days?\s+(after|before|since|following|ahead\s+of)\s+(?:the\s+|a\s+|last\s+)?(?:[\p{L}-]+\s+)?(clash|violence|protest|riot|attack|vote|election|summit|swearing|rally|unrest|fight)/iu;

const HAS_WEEKDAY = new RegExp(`\\b${WEEKDAY}\\b`);


interface EventDay {
  day: Date;
  id: number;
  weekday: string;
}

/** The draft sentence's own day: its one day of a month, in the sources' year where it gives none. */
function draftDay(ctx: ClaimContext): Date | undefined {
  const dates = ctx.draft.numbers.map((n) => dateOf(n, ctx.draft.text)).filter((d) => d !== undefined && d.month >= 0);
  if (dates.length !== 1) return undefined;
  const years = new Set([...ctx.index.datelines()].map((iso) => Number(iso.slice(0, 4))));
  const year = dates[0]!.year ?? (years.size === 1 ? [...years][0] : undefined);
  return year === undefined ? undefined : new Date(Date.UTC(year, dates[0]!.month, dates[0]!.day));
}

/** Best matches read for the day of the draft's own event, and how much of the draft one must say. */
const OWN_RANKED = 3;
const OWN_OVERLAP = 0.4;

/** The day of the one weekday a best match much like the draft sentence tells its event on. */
function bestMatchDay(ctx: ClaimContext): Date | undefined {
  for (const { id, sentence } of ctx.ranked.slice(0, OWN_RANKED)) {
    const cited = ctx.index.cited(id);
    if (!cited || sentenceOverlap(ctx.draft, sentence, undefined) < OWN_OVERLAP) continue;
    const weekdays = new Set([...cited.text.matchAll(ANY_WEEKDAY)].map((m) => WEEKDAYS.indexOf(m[1]!.toLowerCase())));
    if (weekdays.size !== 1) continue;
    const weekday = [...weekdays][0]!;
    const day = dayOfSourceWeekday(cited, weekday, ctx);
    if (day) return day;
  }
  return undefined;
}

/** The days the best matches tell the event on: a weekday within reach of its noun, dated by the article. */
function eventDays(noun: string, ctx: ClaimContext): EventDay[] {
  const out: EventDay[] = [];
  // The pool's sentences that write the noun and a weekday: a story tells an event on more than one day
  // ("clashes … on Friday", "clashes on Monday"), and any of them may be the one counted from.
  const telling = bestInPool(ctx.pool, (id) => {
    const text = ctx.index.cited(id)?.text ?? '';
    return text.toLowerCase().includes(noun) && HAS_WEEKDAY.test(text);
  }, POOLED);
  for (const [id] of telling) {
    const cited = ctx.index.cited(id);
    if (!cited) continue;
    const text = cited.text.toLowerCase();
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
      for (const m of cited.text.matchAll(ANY_WEEKDAY)) {
        if (Math.abs(m.index! - at) > NEAR) continue;
        const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase());
        const day = dayOfSourceWeekday(cited, weekday, ctx);
        if (day && !out.some((e) => e.day.getTime() === day.getTime())) out.push({ day, id, weekday: m[1]! });
      }
    }
  }
  return out;
}

/** A count of days from an event the sources date; undefined where the draft or the sources date nothing. */
export function dayCountJudgement(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.numKind !== 'count' || !Number.isInteger(claim.value) || claim.value < 1 || claim.value > MAX_DAYS) return undefined;
  const counted = COUNTED_FROM.exec(ctx.draft.text.slice(claim.end, claim.end + 60));
  if (!counted) return undefined;
  const told = draftDay(ctx);
  // A draft that dates nothing ("Hundreds of Serbs gathered outside the city hall in Zvecan, two days
  // after clashes …") is dated by the best match telling its own event on one weekday ("Wednesday's
  // protest outside the city hall in Zvecan"): a count that fits is supported, none gainsaid on that guess.
  const own = told ?? bestMatchDay(ctx);
  if (!own) return undefined;
  const later = !/^(?:before|ahead)/i.test(counted[1]!);
  const apart = eventDays(counted[2]!.toLowerCase(), ctx)
    .map((e) => ({ ...e, days: Math.round((later ? own.getTime() - e.day.getTime() : e.day.getTime() - own.getTime()) / DAY_MS) }))
    .filter((e) => e.days > 0 && e.days <= MAX_DAYS)
    .sort((a, b) => a.days - b.days);
  if (apart.length === 0) return undefined;
  const match = apart.find((e) => e.days === claim.value);
  const best = match ?? apart[0]!;
  const sentence = ctx.index.cited(best.id)!;
  const message = `sources put it on ${best.weekday}, ${formatDay(best.day)}, ${best.days} day${best.days === 1 ? '' : 's'} ${later ? 'before' : 'after'} ${formatDay(own)} ("${quote(sentence.text, best.weekday)}", ${citeLine(sentence)})`;
  const evidence = [evidenceOf(sentence, best.weekday)];
  if (match) return { verdict: 'supported', code: 'supported-number', message, evidence };
  if (!told) return undefined;
  const suggestion = claim.spelled ? (SMALL_NUMBER_WORDS[best.days] ?? String(best.days)) : String(best.days);
  const written = /^\p{Lu}/u.test(claim.text) ? suggestion[0]!.toUpperCase() + suggestion.slice(1) : suggestion;
  return { verdict: 'contradicted', code: 'contradicted-number', message, suggestion: written, evidence };
}
