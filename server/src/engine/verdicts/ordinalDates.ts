// A day of the month written as an ordinal after its weekday, with no month: "last Friday, the
// twenty-fifth", "on Saturday the 27th". The month is the sources' datelines' whose calendar fits.
import type { NumberMention } from '../claims/numbers';
import type { ClaimContext } from './judgement';
import type { DraftDate } from './dateVerdict';
import { WEEKDAY, WEEKDAYS } from './calendar';

const SPELLED_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** 26 as "26th" or "twenty-sixth". */
export function ordinalOf(day: number, spelled: boolean): string {
  if (!spelled) return `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;
  if (day <= 20) return SPELLED_ORDINALS[day]!;
  if (day === 30) return 'thirtieth';
  return `${day < 30 ? 'twenty' : 'thirty'}-${SPELLED_ORDINALS[day % 10]}`;
}

// "last Friday, the twenty-fifth", "on Saturday the 27th": the weekday a few words before "the".
const WEEKDAY_THE_BEFORE = new RegExp(`\\b${WEEKDAY}\\b[^.;!?]{0,25}?\\bthe\\s+$`);

/**
 * "last Friday, the twenty-fifth": a day of the month with its weekday and no month, read in the month
 * of the sources' datelines (or the one before) whose calendar gives that day that weekday; where none
 * does, in the first dateline's month, so the weekday is judged against the calendar.
 */
export function weekdayOrdinalDate(claim: NumberMention, ctx: ClaimContext): DraftDate | undefined {
  if (claim.numKind !== 'ordinal' || !Number.isInteger(claim.value) || claim.value < 1 || claim.value > 31) return undefined;
  const named = WEEKDAY_THE_BEFORE.exec(ctx.draft.text.slice(Math.max(0, claim.start - 40), claim.start));
  const datelines = [...ctx.index.datelines()].sort();
  if (!named || datelines.length === 0) return undefined;
  const weekday = WEEKDAYS.indexOf(named[1]!.toLowerCase());
  const months = new Set<string>();
  for (const iso of datelines) {
    const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1];
    months.add(`${y}-${m}`);
    months.add(m === 0 ? `${y - 1}-11` : `${y}-${m - 1}`);
  }
  const fitting = [...months].map((k) => k.split('-').map(Number) as [number, number]).filter(([y, m]) => {
    const day = new Date(Date.UTC(y, m, claim.value));
    return day.getUTCMonth() === m && day.getUTCDay() === weekday;
  });
  const [year, month] = fitting.length === 1 ? fitting[0]! : [Number(datelines[0]!.slice(0, 4)), Number(datelines[0]!.slice(5, 7)) - 1];
  return { day: claim.value, month, year, weekday };
}

