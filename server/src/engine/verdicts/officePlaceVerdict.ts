// Whose town's office it was: "The mayor of Zvecan slipped in at 0530" where the best-matching source
// sentence has "the mayor in Leposaviq, Lulzim Hetemi, entered the municipal building at 0530". The draft
// gives a town's office an act the sources give the holder of that office in another town.
//
// Only towns, named as the office's place ("the mayor of X", "X's mayor", "In X the mayor, …"); against
// the few best matches that name a town's holder of the same office and are tied to the draft sentence by
// a figure, a person or much of its wording. Never where one of them that says what the draft says gives
// the office to the draft's town (among others: "the mayors of Zvečan and Zubin Potok"), nor where two of
// them name different towns; one naming two other towns suggests the one the draft does not name.
// And a holder of one town's office set in another town's seat of it (`holderPlaceJudgement`).
import type { NameMention } from '../claims/names';
import { citeLine, evidenceOf, quote, replacedName, type ClaimContext, type Judgement } from './judgement';
import { sentenceOverlap } from './numberContext';
import { fullName, isPersonName, sameName, samePlace } from './relationVerdict';
import { nameKey } from '../text/fold';
import { isTown } from './scenePlaceVerdict';
import { MONTHS } from './calendar';

const RANKED = 3;
const MIN_RELEVANCE = 0.5;
/** How much of the draft a best match must share where no figure or person ties them. */
const SAME_STATEMENT = 0.5;

const OFFICES = new Set(['mayor', 'mayors', 'governor', 'governors', 'prefect', 'prefects']);
const OFFICE_NEAR = /mayor|governor|prefect/i;
// "the mayor of Zubin Potok", "the mayors in Zvecan": the office, then the place.
const OFFICE_BEFORE = /\b(\p{L}+)\s+(?:of|in|for)\s+(?:the\s+)?$/u;
// "Zubin Potok's mayor", "the Leposavic mayor", "Leposavic's new Albanian mayor".
const OFFICE_AFTER = /^(?:['’]s)?\s+((?:\p{Ll}+\s+){0,2}\p{L}+)\b/u;
// "In Zubin Potok the mayor, Lulzim Hetemi, was inside by 0530": a place opening the sentence, "the" office
// after it. ("In Mitrovica, Mayor Lulzim Hetemi met …" only titles him: he may have gone there.)
const FRAME_BEFORE = /^\W*(?:in|at)\s+$/i;
const FRAMED_OFFICE = /^\s*,?\s*the\s+((?:\p{L}+\s+){0,2}\p{L}+)\b/u;
// Back over a list of places to the office: "the mayors of Zvečan and Zubin Potok".
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

function singular(word: string | undefined): string | undefined {
  const w = word?.toLowerCase();
  return w && OFFICES.has(w) ? w.replace(/s$/, '') : undefined;
}

/** The office a text names the place's: "mayor", or undefined. */
function officeOf(text: string, names: NameMention[], place: NameMention, framed: boolean): string | undefined {
  // Most names have no office word near them: one test spares them the patterns.
  if (!OFFICE_NEAR.test(text.slice(Math.max(0, place.start - 120), place.end + 60))) return undefined;
  let start = place.start;
  for (let j = names.indexOf(place) - 1; j >= 0 && LIST_GAP.test(text.slice(names[j]!.end, start)); j--) start = names[j]!.start;
  const before = singular(OFFICE_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]);
  if (before) return before;
  const after = officeAmong(OFFICE_AFTER.exec(text.slice(place.end, place.end + 40)));
  if (after) return after;
  if (framed && FRAME_BEFORE.test(text.slice(0, place.start))) return officeAmong(FRAMED_OFFICE.exec(text.slice(place.end, place.end + 40)));
  return undefined;
}

/** The office among the few words a pattern took: "new Albanian mayor" → "mayor". */
function officeAmong(match: RegExpExecArray | null): string | undefined {
  for (const word of match?.[1]?.split(/\s+/) ?? []) {
    const office = singular(word);
    if (office) return office;
  }
  return undefined;
}

/** The town whose holder of the draft town's office the best matches give the draft's act; undefined otherwise. */
export function officePlaceJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.demonym) return undefined;
  const office = officeOf(ctx.draft.text, ctx.draft.names, claim, true);
  if (!office) return holderPlaceJudgement(claim, ctx);
  if (!isTown(claim, ctx)) return undefined;
  // A figure both sentences give ("0530") or a person both name ties them to one act; a day of a month is no figure.
  const figures = ctx.draft.numbers.filter((n) => (n.numKind === 'count' || n.numKind === 'time') && !n.spelled && n.value >= 10 && !(n.unit && MONTHS.includes(n.unit))).map((n) => n.text);
  const people = ctx.draft.names.filter((n) => !n.demonym && isPersonName(n, ctx.index));
  let other: { places: NameMention[]; id: number } | undefined;
  for (const { id, sentence, relevance } of ctx.ranked.slice(0, RANKED)) {
    if (relevance < MIN_RELEVANCE) break;
    const text = ctx.index.cited(id)!.text;
    const names = ctx.index.namesIn(id);
    const held = names.filter((n) => !n.demonym && officeOf(text, names, n, false) === office);
    if (held.length === 0) continue;
    const tied =
      figures.some((f) => text.includes(f)) ||
      people.some((p) => names.some((n) => sameName(n.key, p.key))) ||
      sentenceOverlap(ctx.draft, sentence, undefined) >= SAME_STATEMENT;
    // A best match giving the draft's town the office is no rival unless it says what the draft says
    // ("the Albanian mayor of Leposavic has been in his office" leaves "in Leposavic, the mayor is working
    // from home" to the sentence about working from home).
    if (held.some((n) => samePlace(n, claim))) {
      if (tied) return undefined;
      continue;
    }
    if (!tied) continue;
    // "The mayors of Zvečan and Zubin Potok work from their homes": one sentence may give it to several
    // towns; two best matches giving it to other towns leave it open.
    const towns = held.filter((n) => isTown(n, ctx));
    if (towns.length === 0) continue;
    if (other && !(towns.length === other.places.length && towns.every((t) => other!.places.some((p) => samePlace(p, t))))) return undefined;
    other ??= { places: towns, id };
  }
  if (!other) return undefined;
  // A town the draft names itself is not what it got wrong ("Zubin Potok: its mayor works from home, like
  // the mayor of Leposavic" leaves Zvečan): the one left is suggested, or none where several are.
  const left = other.places.filter((p) => !ctx.draft.names.some((n) => samePlace(n, p)));
  if (left.length === 0) return undefined;
  const cited = ctx.index.cited(other.id)!;
  const whose = other.places.map((p) => p.text).join(' and ');
  if (left.length > 1) {
    return { verdict: 'contradicted', code: 'contradicted-name', message: `sources say this of the ${office}s of ${whose}, not ${claim.text} ("${quote(cited.text, other.places[0]!.text)}", ${citeLine(cited)})`, evidence: [evidenceOf(cited, other.places[0]!.text)] };
  }
  return replacedName(claim, `say this of ${whose}'s ${office}${other.places.length > 1 ? 's' : ''}`, cited, left[0]!.text);
}

// "inside the Zubin Potok town hall", "the town hall of Zvecan": a town's seat of office.
const SEAT_AFTER = /^(?:['’]s)?\s+(?:town|city)\s+hall\b|^\s+(?:municipal|municipality)\s+(?:building|office)s?\b/i;
// "at his desk in Zvecan", "has not left her office in X": the holder's own seat.
const SEAT_BEFORE = /\b(?:town|city)\s+hall\s+(?:of|in)\s+$|\b(?:his|her)\s+(?:office|desk)\s+in\s+$/i;
// ", where mayor Lulzim Hetemi has stayed" tells of the seat; ", and he has been shut inside …" goes on with the person.
const CLAUSE_BREAK = /;|,\s*(?:and|but|while|as|when)\b(?!\s+(?:he|she)\b)|[.!?]\s/i;
/** How close to a person a source writes the office that is theirs: "Lulzim Hetemi, the Albanian mayor of Leposavic". */
const APPOSITION_CHARS = 60;
/** Sentences naming the person read for their office. */
const HOLDER_SENTENCES = 50;

/**
 * "Lulzim Hetemi has been inside the Zubin Potok town hall since 0530" where the sources make him "the
 * Albanian mayor of Leposavic": a holder of one town's office set in another town's seat of it. Only a
 * person the sources give one town's office, close by their name, and never the draft's town.
 */
function holderPlaceJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const { text } = ctx.draft;
  if (!SEAT_AFTER.test(text.slice(claim.end, claim.end + 30)) && !SEAT_BEFORE.test(text.slice(Math.max(0, claim.start - 20), claim.start))) return undefined;
  // A two-word town reads as a person's name too ("Zubin Potok"): the town is the claim.
  const people = ctx.draft.names.filter((n) => n !== claim && !n.demonym && isPersonName(n, ctx.index) && !isTown(n, ctx));
  if (people.length !== 1 || !isTown(claim, ctx)) return undefined;
  const person = people[0]!;
  // "Hetemi has not left his office …, and a few dozen Serbs gathered outside the town hall in Zvečan":
  // the seat is another clause's.
  const between = text.slice(Math.min(person.end, claim.end), Math.max(person.start, claim.start));
  if (CLAUSE_BREAK.test(between)) return undefined;
  // The draft's own "Hetemi, the mayor of Leposavic, …" states the office beside the seat it gives him.
  if (ctx.draft.names.some((n) => n !== claim && officeOf(text, ctx.draft.names, n, false) && Math.abs(n.start - person.start) <= APPOSITION_CHARS)) return undefined;
  // "Hetemi": the sentences of the full name the corpus connects the surname to.
  const entry = ctx.index.names.get(person.key) ?? ctx.index.names.get(nameKey(fullName(person.key, ctx)));
  if (!entry) return undefined;
  let other: { place: NameMention; id: number; office: string } | undefined;
  let read = 0;
  for (const id of entry.sentenceIds) {
    if (read++ >= HOLDER_SENTENCES) break;
    const sourceText = ctx.index.cited(id)?.text ?? '';
    const names = ctx.index.namesIn(id);
    const holder = names.find((n) => sameName(n.key, person.key) || sameName(n.key, entry.key));
    if (!holder) continue;
    for (const place of names) {
      const office = place.demonym ? undefined : officeOf(sourceText, names, place, false);
      if (!office || Math.abs(place.start - holder.start) > APPOSITION_CHARS) continue;
      // Another person between them holds it: "Hetemi said the mayor of Zvecan …" is no office of his.
      if (names.some((n) => n !== holder && isPersonName(n, ctx.index) && n.start > Math.min(place.start, holder.start) && n.start < Math.max(place.start, holder.start))) continue;
      if (samePlace(place, claim)) return undefined;
      if (!isTown(place, ctx)) continue;
      if (other && !samePlace(other.place, place)) return undefined;
      other ??= { place, id, office };
    }
  }
  if (!other) return undefined;
  return replacedName(claim, `make ${person.text} the ${other.office} of ${other.place.text}`, ctx.index.cited(other.id)!, other.place.text);
}
