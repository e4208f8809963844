// Where the day's clash was: "On Monday 29 May … 52 Serbs were injured in clashes in Zubin Potok" where the
// sources tell Monday's clash only in Zvecan ("In Zvecan on Monday, angry Serbs again clashed first with
// the police …"). A clash and its day name one event; a story has protests in many towns on one day, but
// its violence in the few it says.
//
// Only a town after "in" or "at" in a draft sentence with a word of violence (or of people hurt) and a
// weekday (written, or the weekday of a day of a month); against the pool's sentences with such a word
// and that weekday that set it in a town. Never where one of them names the draft's town, nor where they
// name two towns.
import type { NameMention } from '../claims/names';
import { dateOf } from './dateVerdict';
import { ANY_WEEKDAY, capitalised, WEEKDAYS } from './calendar';
import { bestInPool, oncePerDraft, replacedName, type ClaimContext, type Judgement } from './judgement';
import { samePlace } from './relationVerdict';
import { isTown } from './scenePlaceVerdict';
import { locatedIn } from './eventPlaceVerdict';

/** Pool sentences read for the day's clash, at most. */
const DAY_SENTENCES = 20;

const VIOLENCE = /\b(?:clash(?:es|ed)?|fought|fighting|riot(?:s|ed|ing)?|violence|attack(?:ed|s)?|stormed|hurt|injur(?:ed|ing|ies|y)|wounded)\b/i;
const PLACE_BEFORE = /\b(?:in|at)\s+$/i;
const VIOLENCE_ALL = new RegExp(VIOLENCE.source, 'gi');
/** How near the day a word of violence stands to tell of it (and its town, twice as far). */
const TOGETHER = 60;

/** The weekday the draft sentence dates its violence on: written, or a day of a month's, in the sources' year. */
const draftWeekday = oncePerDraft((ctx): string | undefined => {
  const { text } = ctx.draft;
  if (!VIOLENCE.test(text)) return undefined;
  const written = [...new Set([...text.matchAll(ANY_WEEKDAY)].map((m) => m[1]!))];
  if (written.length > 1) return undefined;
  if (written.length === 1) return written[0];
  const years = [...ctx.index.datelines()].map((iso) => Number(iso.slice(0, 4)));
  const year = years.length > 0 && years.every((y) => y === years[0]) ? years[0]! : undefined;
  const dates = ctx.draft.numbers.map((n) => dateOf(n, text)).filter((d) => d !== undefined && d.month >= 0);
  if (dates.length === 0) return weekdayOfFigures(ctx);
  if (dates.length !== 1 || year === undefined) return undefined;
  const date = dates[0]!;
  return capitalised(WEEKDAYS[new Date(Date.UTC(date.year ?? year, date.month, date.day)).getUTCDay()]!);
});

/** Figures this large tie a draft sentence to the violence they count: "two" is in too many sentences. */
const TYING_FIGURE = 10;

/**
 * "In Leposavic they fought the police …; 30 peacekeepers and 52 Serbs were hurt": with no day written, the
 * day the sources give the violence its figures count ("Thirty peacekeepers and 52 Serbs … were injured in
 * violence on Monday"), where every such sentence that gives one gives the same.
 */
function weekdayOfFigures(ctx: ClaimContext): string | undefined {
  const figures = new Set(ctx.draft.numbers.filter((n) => n.numKind === 'count' && !n.implied && n.value >= TYING_FIGURE).map((n) => n.value));
  if (figures.size === 0) return undefined;
  const days = new Set<string>();
  for (const value of figures) {
    const stating = ctx.index.sentencesWithValue(value);
    for (const [id] of bestInPool(ctx.pool, (id) => stating.has(id) && VIOLENCE.test(ctx.index.cited(id)?.text ?? ''), DAY_SENTENCES)) {
      for (const m of ctx.index.cited(id)!.text.matchAll(ANY_WEEKDAY)) days.add(capitalised(m[1]!.toLowerCase()));
    }
  }
  return days.size === 1 ? [...days][0] : undefined;
}

// "a repeat of Monday, or of the attack in Mitrovica": another event joined on.
const ANOTHER = /,\s*(?:or|and|but|while)\b|;/;

/** Whether the draft's town, its violence and its day (where written) stand in one clause. */
function tiedInDraft(text: string, claim: NameMention, weekday: string): boolean {
  const between = (a: number, b: number) => text.slice(Math.min(a, b), Math.max(a, b));
  const violence = [...text.matchAll(VIOLENCE_ALL)].map((m) => m.index!).filter((v) => !ANOTHER.test(between(v, claim.start)));
  const day = text.indexOf(weekday);
  return violence.length > 0 && (day < 0 || violence.some((v) => !ANOTHER.test(between(v, day))));
}

/** The towns a source sentence sets after "in" or "at". */
function townsIn(id: number, ctx: ClaimContext): NameMention[] {
  const text = ctx.index.cited(id)?.text ?? '';
  return ctx.index.namesIn(id).filter((n) => !n.demonym && PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start)) && isTown(n, ctx));
}

/** The town the sources set the draft's day of violence in, where the draft names another; undefined otherwise. */
export function dayPlaceJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const { text } = ctx.draft;
  if (claim.demonym || !PLACE_BEFORE.test(text.slice(Math.max(0, claim.start - 4), claim.start))) return undefined;
  const weekday = draftWeekday(ctx);
  if (!weekday || !tiedInDraft(text, claim, weekday) || !isTown(claim, ctx)) return undefined;
  const day = new RegExp(`\\b${weekday}\\b`, 'g');
  // The violence and the day told together ("In Zvecan on Monday, angry Serbs again clashed"), not a
  // Friday's clashes in a sentence that goes on to Monday's swearing-in.
  const violenceOn = (source: string): number[] => {
    const at = [...source.matchAll(VIOLENCE_ALL)].map((m) => m.index!);
    return at.filter((v) => [...source.matchAll(day)].some((d) => Math.abs(d.index! - v) <= TOGETHER));
  };
  const told = bestInPool(ctx.pool, (id) => violenceOn(ctx.index.cited(id)?.text ?? '').length > 0, DAY_SENTENCES);
  let other: { place: NameMention; id: number } | undefined;
  for (const [id] of told) {
    if (ctx.index.namesIn(id).some((n) => samePlace(n, claim))) return undefined;
    const at = violenceOn(ctx.index.cited(id)!.text);
    for (const town of townsIn(id, ctx).filter((t) => at.some((v) => Math.abs(t.start - v) <= TOGETHER * 2))) {
      if (other && !samePlace(other.place, town)) return undefined;
      other ??= { place: town, id };
    }
  }
  if (!other || ctx.draft.names.some((n) => samePlace(n, other!.place)) || locatedIn(claim, other.place, ctx)) return undefined;
  return replacedName(claim, `set ${weekday}'s violence in ${other.place.text}`, ctx.index.cited(other.id)!, other.place.text);
}
