// Where a person did it: "Albin Kurti hinted at early local elections at the Chisinau summit" where the
// best-matching source sentence has him hint at them "Speaking at an international security forum in
// Bratislava". eventPlaceVerdict weighs where an event was held (the summit was in Chisinau); this, where
// the sources set the person's act.
//
// Only a place the draft sets the sentence in ("in X", "at the X summit"), with a person of the draft
// sentence; against the best matches that name that person, say much of what the draft says, and open on
// a frame that sets them in a place ("Speaking at a forum in Bratislava, …"); never where one of them names the draft's place, nor
// where the draft names theirs.
import type { NameMention } from '../claims/names';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { sentenceOverlap } from './numberContext';
import { locatedIn } from './eventPlaceVerdict';
import { isPersonName, sameName, samePlace } from './relationVerdict';

const RANKED = 3;
const MIN_RELEVANCE = 0.5;
/** How much of the draft sentence a best match must say to be the same act. */
const SAME_ACT = 0.5;

// "in Moldova", "at the Chisinau summit", "at a forum in Bratislava".
const SETTING_BEFORE = /\b(?:in|at)\s+(?:the\s+|an?\s+)?$/i;
// "at a European Political Community summit in Moldova": the name of a gathering is no place.
const GATHERING_AFTER = /^\s+(?:summit|forum|conference|meeting|talks|gathering)\b/i;

// The frame a source sentence opens with: "Speaking at an international security forum in Bratislava,",
// "In Brussels,", "On arrival at the summit in Moldova,". Not "the largest party of the Serbs in Kosovo".
const OPENING_FRAME = /^\W*(?:speaking|in|at|on\s+arrival|arriving|addressing|visiting|during|while)\b[^,;.]*$/i;

/** The places a source sentence's opening frame sets it in: after "in" or "at", not a person, not a people. */
function settings(text: string, names: NameMention[], isPerson: (n: NameMention) => boolean): NameMention[] {
  return names.filter(
    (n) => !n.demonym && !isPerson(n) && SETTING_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)) && OPENING_FRAME.test(text.slice(0, n.start)) && !GATHERING_AFTER.test(text.slice(n.end, n.end + 16)),
  );
}

export function actPlaceJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const { text, names } = ctx.draft;
  const isPerson = (n: NameMention) => isPersonName(n, ctx.index);
  if (claim.demonym || isPerson(claim) || !SETTING_BEFORE.test(text.slice(Math.max(0, claim.start - 8), claim.start))) return undefined;
  const people = names.filter((n) => !n.demonym && isPerson(n));
  if (people.length !== 1) return undefined;
  const person = people[0]!;
  let other: { place: NameMention; id: number } | undefined;
  for (const { id, sentence, relevance } of ctx.ranked.slice(0, RANKED)) {
    if (relevance < MIN_RELEVANCE) break;
    const source = ctx.index.cited(id)!.text;
    const sourceNames = ctx.index.namesIn(id);
    if (!sourceNames.some((n) => sameName(n.key, person.key))) continue;
    if (sourceNames.some((n) => samePlace(n, claim))) return undefined;
    if (sentenceOverlap(ctx.draft, sentence, undefined) < SAME_ACT) continue;
    // "in Bratislava, Slovakia": the town, its country after it.
    const first = settings(source, sourceNames, isPerson)[0];
    if (!first) continue;
    if (other && !samePlace(other.place, first)) return undefined;
    other ??= { place: first, id };
  }
  if (!other || names.some((n) => samePlace(n, other!.place)) || locatedIn(claim, other.place, ctx)) return undefined;
  return replacedName(claim, `set this in ${other.place.text}`, ctx.index.cited(other.id)!, other.place.text);
}
