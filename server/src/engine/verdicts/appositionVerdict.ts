// A place located in the wrong place: "the summit in Chisinau, Slovakia" where the sources write
// "Chisinau, Moldova". A place followed by a comma and another place names where the first one lies;
// when the sources locate the first place, always in one other place and never in the draft's, the
// draft's second place is contradicted.
//
// Only two places alone ("X, Y" with no third member joined to them: "Zvecan, Zubin Potok, and
// Leposavic" is a list, not a location), neither a person; the sources' pairs are read from up to
// SENTENCES sentences naming the first place, without tagging them.
import type { NameMention } from '../claims/names';
import type { CorpusIndex } from '../index/corpusIndex';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { isPersonName, samePlace } from './relationVerdict';
import { resolve } from './nameResolve';

/** Sentences naming the located place that are read for its location, at most. */
const SENTENCES = 300;
const COMMA = /^\s*,\s*$/;
const CLAUSE_GOES_ON = /^(?:['’]s\b|\s+\p{Ll})/u;
/** What joins list members: "A, B", "A and B", "A, B, and C", "A or B". */
const JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/;

/** The place that `located` follows after a comma in `names`, when the two stand alone, not in a list. */
function locatedBy(text: string, names: NameMention[], located: NameMention): NameMention | undefined {
  const at = names.indexOf(located);
  const place = names[at - 1];
  if (!place || !COMMA.test(text.slice(place.end, located.start))) return undefined;
  // "Leposaviq, Zvečan's new mayor", "Leposaviq, NATO soldiers …": a possessive or a noun after the
  // second name makes it part of the next clause, not where the first lies.
  if (CLAUSE_GOES_ON.test(text.slice(located.end, located.end + 12))) return undefined;
  const before = names[at - 2];
  const after = names[at + 1];
  if (before && JOINER.test(text.slice(before.end, place.start))) return undefined;
  if (after && JOINER.test(text.slice(located.end, after.start))) return undefined;
  return place;
}

/** The places the sources write right after `place` and a comma, each with a sentence that does. */
function locationsOf(place: NameMention, ctx: ClaimContext): Array<{ location: NameMention; id: number }> {
  const out: Array<{ location: NameMention; id: number }> = [];
  let read = 0;
  for (const entry of resolve(place.key, ctx)) {
    for (const id of entry.sentenceIds) {
      if (read++ >= SENTENCES) return out;
      const names = ctx.index.namesIn(id);
      const text = ctx.index.cited(id)?.text ?? '';
      for (let i = 0; i + 1 < names.length; i++) {
        if (!samePlace(names[i]!, place)) continue;
        const next = names[i + 1]!;
        if (locatedBy(text, names, next) === names[i] && !isPerson(next, ctx.index)) out.push({ location: next, id });
      }
    }
  }
  return out;
}

const isPerson = (m: NameMention, index: CorpusIndex) => m.demonym || isPersonName(m, index);

/** The draft's second place of "X, Y" where the sources locate X only in another place; undefined otherwise. */
export function appositionJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const place = locatedBy(ctx.draft.text, ctx.draft.names, claim);
  if (!place || isPerson(place, ctx.index) || isPerson(claim, ctx.index)) return undefined;
  const locations = locationsOf(place, ctx);
  if (locations.length === 0 || locations.some((l) => samePlace(l.location, claim))) return undefined;
  // One other place, however often written: two would leave the draft's reading open.
  const other = locations[0]!;
  if (!locations.every((l) => samePlace(l.location, other.location))) return undefined;
  const cited = ctx.index.cited(other.id)!;
  return replacedName(claim, `place ${place.text} in ${other.location.text}`, cited, other.location.text);
}
