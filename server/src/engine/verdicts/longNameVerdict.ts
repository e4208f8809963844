// A body's long name given another owner: "EULEX, the United Nations rule-of-law mission" or "NATO's
// rule-of-law mission" where the sources' EULEX is the "European Union Rule of Law Mission in Kosovo".
// The words after the draft's name ("rule-of-law mission") are the rest of a longer name the sources
// write, and what stands before them there is another name.
//
// Only words of a sources' name of three words or more, after the draft's name or its possessive, where
// every such name has one owner, which is neither the draft's name nor another name of it.
import type { NameMention } from '../claims/names';
import { nameKey } from '../text/fold';
import { preferredForm } from '../index/nameVocabulary';
import { citeLine, evidenceOf, type ClaimContext, type Judgement } from './judgement';
import { isPersonName } from './relationVerdict';
import { mayBeOneThing } from './slotVerdict';

// "X's rule-of-law mission", "the X rule-of-law mission": the words of the long name, up to punctuation.
const REST_AFTER = /^(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){1,4}[\p{Ll}-]+)(?=\s*[,.;:)!?]|\s*$|\s+(?:in|of|for|has|have|is|was|which|that|and)\b)/u;
const MIN_REST_WORDS = 3;

export function longNameJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.demonym || isPersonName(claim, ctx.index)) return undefined;
  const rest = REST_AFTER.exec(ctx.draft.text.slice(claim.end, claim.end + 60))?.[1];
  if (!rest) return undefined;
  const words = nameKey(rest.replace(/-/g, ' ')).split(' ');
  if (words.length < MIN_REST_WORDS) return undefined;
  let owner: string | undefined;
  let entryKey: string | undefined;
  for (const entry of ctx.index.names.containing(words)) {
    const at = entry.tokens.findIndex((_, i) => words.every((w, j) => entry.tokens[i + j] === w));
    if (at <= 0) continue;
    const before = entry.tokens.slice(0, at).join(' ');
    if (owner !== undefined && owner !== before) return undefined;
    owner = before;
    entryKey = entry.key;
  }
  if (owner === undefined || owner === claim.key || mayBeOneThing(claim.key, owner, ctx)) return undefined;
  const entry = ctx.index.names.get(entryKey!)!;
  const ownerEntry = ctx.index.names.get(owner);
  const suggestion = ownerEntry ? preferredForm(ownerEntry) : owner;
  const id = [...entry.sentenceIds][0];
  const sentence = id === undefined ? undefined : ctx.index.cited(id);
  return {
    verdict: 'contradicted',
    code: 'contradicted-name',
    message: `sources give the ${rest} to ${suggestion} ("${preferredForm(entry)}"), not ${claim.text}` + (sentence ? ` (${citeLine(sentence)})` : ''),
    suggestion,
    evidence: sentence ? [evidenceOf(sentence)] : [],
  };
}
