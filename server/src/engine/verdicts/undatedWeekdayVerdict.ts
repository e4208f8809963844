// Weekdays of sources with no dateline. An undated article's "Wednesday" is read against the weekdays it
// names that the dated sources fix (its "Monday" is their 29 May, so its Wednesday is 31 May), and a
// draft's day is supported or contradicted by it.
import { citeLine, evidenceOf, quote, type ClaimContext, type Judgement } from './judgement';
import type { CitedSentence } from '../index/corpusIndex';
import { ANY_WEEKDAY, capitalised, DAY_MS, formatDay, WEEKDAYS, weekdayBefore } from './calendar';
import { isWeekdayOf, OTHER_WEEK_RELEVANCE, RANKED, type DraftDate } from './dateVerdict';

interface Anchors {
  /** ISO day by weekday (0 = Sunday), where the dated sources all put that weekday on one day. */
  days: Map<number, number>;
  /** A dated sentence naming each such weekday, its evidence. */
  said: Map<number, number>;
}

const anchorCache = new WeakMap<ReadonlySet<string>, Anchors>();

function weekdayAnchors(ctx: ClaimContext): Anchors {
  const key = ctx.index.datelines();
  let anchors = anchorCache.get(key);
  if (anchors) return anchors;
  const seen = new Map<number, Set<number>>();
  const said = new Map<number, number>();
  for (const { path, date } of ctx.index.datedSources()) {
    const dateline = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(dateline.getTime())) continue;
    for (const { weekday, id } of weekdaysIn(path, ctx)) {
      if (!seen.has(weekday)) seen.set(weekday, new Set());
      seen.get(weekday)!.add(weekdayBefore(dateline, weekday).getTime());
      if (!said.has(weekday)) said.set(weekday, id);
    }
  }
  const days = new Map([...seen].filter(([, days]) => days.size === 1).map(([weekday, days]) => [weekday, [...days][0]!]));
  anchors = { days, said: new Map([...said].filter(([weekday]) => days.has(weekday))) };
  anchorCache.set(key, anchors);
  return anchors;
}

/**
 * The day an undated source's weekday stands for, where the same source names another weekday that the
 * dated sources all put on one day: the weekdays one article names lie as close together as they can
 * (its "Monday" is the dated sources' 29 May, so its "Wednesday" is 31 May, not 24 May).
 */
export function anchoredWeekday(path: string, weekday: number, ctx: ClaimContext): { day: Date; anchor: string; anchorDay: Date } | undefined {
  const anchors = weekdayAnchors(ctx).days;
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

/**
 * The day a weekday a source sentence names stands for: counted back from its article's dateline, or, in an
 * undated article, from the weekdays the dated sources fix (anchoredWeekday).
 */
export function dayOfSourceWeekday(cited: CitedSentence, weekday: number, ctx: ClaimContext): Date | undefined {
  return cited.source.date ? weekdayBefore(new Date(`${cited.source.date}T00:00:00Z`), weekday) : anchoredWeekday(cited.source.path, weekday, ctx)?.day;
}

/**
 * "**Fri 26 May**", a timeline's heading: no words to match, but a day the dated sources tell of where
 * they all put its weekday on it ("… rose on Friday", dated Monday 29 May). The draft's weekday, where
 * it gives one, must be that weekday.
 */
export function weekdayOfSources(draft: DraftDate, y: number, ctx: ClaimContext): Judgement | undefined {
  const written = Date.UTC(y, draft.month, draft.day);
  const { days, said } = weekdayAnchors(ctx);
  for (const [weekday, day] of days) {
    if (day !== written || (draft.weekday !== undefined && draft.weekday !== weekday)) continue;
    const sentence = ctx.index.cited(said.get(weekday)!)!;
    const word = [...sentence.text.matchAll(ANY_WEEKDAY)].find((m) => WEEKDAYS.indexOf(m[1]!.toLowerCase()) === weekday)![1]!;
    return {
      verdict: 'supported',
      code: 'supported-number',
      message: `sources put ${word} on ${formatDay(new Date(day))} ("${quote(sentence.text, word)}", ${citeLine(sentence)}, dated ${sentence.source.date})`,
      evidence: [evidenceOf(sentence, word)],
    };
  }
  return undefined;
}

/** Every weekday one source's sentences name, in order (0 = Sunday), with the word as written. */
function* weekdaysIn(path: string, ctx: ClaimContext): Generator<{ weekday: number; word: string; id: number }> {
  for (const id of ctx.index.sentenceIdsOf(path)) {
    const text = ctx.index.cited(id)?.text ?? '';
    if (!text.includes('day')) continue;
    for (const m of text.matchAll(ANY_WEEKDAY)) yield { weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase()), word: m[1]!, id };
  }
}

/**
 * "On Wednesday 31 May", where a best-matching source with no dateline says "Wednesday": it cannot be
 * counted back to a day, but the draft's weekday is the calendar's for that day, and the source's, and
 * the day falls in the week up to some source's dateline (a "Monday 22 May" a week before the coverage
 * is another Monday than the one the source speaks of: contradicted where the source's other weekdays
 * fix its Monday, else left open).
 */
export function undatedWeekday(draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
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

/**
 * "On 31 May hundreds of Serbs gathered outside the city hall in Zvečan" where a best match with no
 * dateline says "Wednesday's protest outside the city hall in Zvecan", and its article's other weekdays
 * put its Wednesday on 31 May (its Monday is the dated sources' 29 May).
 */
export function anchoredDayInSources(draft: DraftDate, ctx: ClaimContext, sourceYear: number | undefined): Judgement | undefined {
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
