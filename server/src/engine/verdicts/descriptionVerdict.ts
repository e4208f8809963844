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
import { escapeRegExp, isPersonName, sameName, samePlace } from './relationVerdict';
import { mayBeOneThing } from './slotVerdict';
import { placeAliases } from './placeAliases';
import { preferredForm } from '../index/nameVocabulary';

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
  if (!other) return spelledOutJudgement(claim, words, ctx);
  return replacedName(claim, `describe ${other.written} so`, ctx.index.cited(other.id)!, other.written);
}

/**
 * "KFOR, the EU's rule-of-law mission,": an apposition that spells out another acronym the sources define
 * ("the European Union Rule of Law Mission in Kosovo (EULEX)"), every content word of it held by that
 * name, the draft's acronyms read as the names they stand for ("EU" as "European Union").
 */
function spelledOutJudgement(claim: NameMention, words: string[], ctx: ClaimContext): Judgement | undefined {
  const { names } = ctx.index;
  const held = (long: Set<string>, w: string) => long.has(w) || [...placeAliases(w), ...names.aliasesOf(w)].some((a) => a.includes(' ') && a.split(' ').every((part) => long.has(part)));
  let match: { acronym: string; long: string } | undefined;
  for (const [acronym, long] of names.acronyms()) {
    const longWords = new Set(contentWords(long));
    if (!words.every((w) => held(longWords, w))) continue;
    if (acronym === claim.key || long === claim.key || names.aliasesOf(claim.key).includes(long)) return undefined;
    if (match && match.acronym !== acronym) return undefined;
    match = { acronym, long };
  }
  const entry = match && names.get(match.acronym);
  const id = entry && [...entry.sentenceIds].find((i) => ctx.index.cited(i));
  if (!entry || id === undefined || ctx.draft.names.some((d) => d.key === match!.acronym)) return undefined;
  const written = preferredForm(entry);
  const cited = ctx.index.cited(id)!;
  // The long form as the source writes it, where its words stand together there.
  const long = new RegExp(match!.long.split(' ').map(escapeRegExp).join('\\s+'), 'iu').exec(cited.text)?.[0] ?? match!.long;
  return replacedName(claim, `spell out ${written} as the ${long}`, cited, written);
}
