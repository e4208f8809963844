// Whose description it is: "Yet even Berlin, the most outspoken supporter of Kosovo's independence, has
// dropped Pristina …" where the best match describes "the U.S., the most outspoken supporter of Kosovo's
// 2008 independence from Serbia". A name with an apposition the sources give another name is that name
// confused. (Persons' offices are relationVerdict's: "Josep Borrell, the secretary of state".)
//
// Only a body or a place, with an apposition of three content words or more right after it ("X, the …,"),
// against the best matches that write most of those words as another name's apposition and never name
// the draft's; never where the draft names the other.
import type { NameMention } from '../claims/names';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { isPersonName, sameName, samePlace } from './relationVerdict';
import { mayBeOneThing } from './slotVerdict';

const RANKED = 3;
const MIN_WORDS = 3;
/** How much of the draft's apposition the source's must hold. */
const COVERED = 0.7;

// ", the most outspoken supporter of Kosovo's independence,": an apposition opened by an article.
// Or by a possessive: ", Kosovo's most outspoken supporter,".
const APPOSITION = /^\.?\s*,\s*((?:the|a|an|\p{Lu}[\p{L}.-]*['’]s)\s+[^,;:()"“”]{8,120}?)\s*(?:,|$|\.)/iu;
const FUNCTION_WORDS = new Set('the a an of in on at by to for with and or from as its their his her s'.split(' '));

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
}

export function descriptionJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.demonym || isPersonName(claim, ctx.index)) return undefined;
  const described = APPOSITION.exec(ctx.draft.text.slice(claim.end, claim.end + 140))?.[1];
  if (!described) return undefined;
  const words = contentWords(described);
  if (words.length < MIN_WORDS) return undefined;
  let other: { name: NameMention; id: number; written: string } | undefined;
  for (const { id } of ctx.ranked.slice(0, RANKED)) {
    const text = ctx.index.cited(id)!.text;
    const names = ctx.index.namesIn(id);
    for (const n of names) {
      const theirs = APPOSITION.exec(text.slice(n.end, n.end + 140))?.[1];
      if (!theirs) continue;
      const held = new Set(contentWords(theirs));
      if (words.filter((w) => held.has(w)).length < COVERED * words.length) continue;
      if (samePlace(n, claim) || mayBeOneThing(n.key, claim.key, ctx)) return undefined;
      if (n.demonym || isPersonName(n, ctx.index) || ctx.draft.names.some((d) => sameName(d.key, n.key) || samePlace(d, n))) continue;
      if (other && !samePlace(other.name, n)) return undefined;
      // "the U.S.,": the name's last full stop is the abbreviation's, not the sentence's.
      other ??= { name: n, id, written: /^\.\s*,/.test(text.slice(n.end)) ? `${n.text}.` : n.text };
    }
  }
  if (!other) return undefined;
  return replacedName(claim, `describe ${other.written} so`, ctx.index.cited(other.id)!, other.written);
}
