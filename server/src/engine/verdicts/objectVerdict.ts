// Whom it was done to: "Macron and Scholz were due to meet Albin Kurti and Vucic" where the best-matching
// source sentence has them "meet Kosovo President Vjosa Osmani and her Serbian counterpart Aleksandar
// Vucic". A person the draft makes the object of a verb, where a source sentence much like the draft's
// has the same verb take another person and names the draft's nowhere, is that person confused.
// (actorVerdict weighs the subject of an act, attributionVerdict the speaker of a quotation.)
//
// Only persons, right after the verb or its preposition and a title ("to meet Kosovo President X", "talked
// with EU foreign policy chief X"), in the few best matches that share much of the draft sentence or two
// more of its persons; never
// where one of them names the draft's person, where they name two other persons, or where the draft
// names the other person anywhere in the sentence.
import type { NameMention } from '../claims/names';
import type { AnalysedSentence } from '../claims/analyse';
import type { Token } from '../nlp/tagger';
import { oncePerDraft, replacedName, type ClaimContext, type Judgement } from './judgement';
import { clauseOf, clauseOverlap, sentenceOverlap } from './numberContext';
import { fullName, isPersonName, sameName } from './relationVerdict';

const RANKED = 3;
const MIN_RELEVANCE = 0.5;
const MIN_OVERLAP = 0.4;
const SHARED_PEOPLE = 2;
// A draft sentence that joins two acts ("… called on Kurti to suspend the dialogue, and Igor Simic told
// Reuters …") matches each act's source sentence only in part: the words around the person then tie it.
const MIN_CLAUSE_RELEVANCE = 0.2;
const MIN_CLAUSE_OVERLAP = 0.6;
/** Tokens between the verb and its object: a preposition, a determiner, a title of a few words. */
const GAP = 6;
// One act, two verbs: "due to see X" is "expected to meet X".
// "Sit down with X" is a meeting too.
// "Asked X to suspend" and "urged X to suspend" are the request "called on X to suspend" makes.
const SAME_ACT: Record<string, string> = { see: 'meet', visit: 'meet', sit: 'meet', ask: 'call', urge: 'call' };
const GAP_PRONOUNS = new Set(['her', 'his', 'their', 'him', 'them']);
const GAP_POS = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ', 'PRON']);

const actOf = (t: Token) => SAME_ACT[t.lemma] ?? t.lemma;

/** The lemma of the verb whose object the person is, or undefined: the nearest verb before it, across titles only. */
function verbBefore(sentence: AnalysedSentence, person: NameMention): string | undefined {
  const { tokens } = sentence;
  let i = tokens.findIndex((t) => t.start >= person.start) - 1;
  for (let gap = 0; i >= 0 && gap <= GAP; i--, gap++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB') return actOf(t);
    // Another name or a list before it: "meet Osmani and Vucic" reads Vucic as the verb's object too.
    if (t.pos === 'CCONJ' || t.text === ',') continue;
    // "to meet him and Kurti": an object pronoun is another member of the verb's list.
    if (!GAP_POS.has(t.pos) || (t.pos === 'PRON' && !GAP_PRONOUNS.has(t.lower))) return undefined;
  }
  return undefined;
}

/** The draft's persons that are objects of a verb, with the verb. */
const draftObjects = oncePerDraft((ctx) => {
  const out = new Map<number, string>();
  for (const n of ctx.draft.names) {
    if (n.demonym || !isPersonName(n, ctx.index)) continue;
    const verb = verbBefore(ctx.draft, n);
    if (verb) out.set(n.start, verb);
  }
  return out;
});

/** The person the best matches make the object of the draft's verb, where the draft names another; undefined otherwise. */
export function objectJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const verb = draftObjects(ctx).get(claim.start);
  if (!verb) return undefined;
  let other: { person: NameMention; id: number } | undefined;
  let clause: ReturnType<typeof clauseOf> | undefined;
  for (const { id, relevance } of ctx.ranked.slice(0, RANKED)) {
    if (relevance < MIN_CLAUSE_RELEVANCE) break;
    // A weaker match counts only where the words around the person are its words: one that merely names
    // the draft's person elsewhere settles nothing.
    const weak = relevance < MIN_RELEVANCE;
    if (weak && clauseOverlap((clause ??= clauseOf(ctx.draft, claim, undefined)), ctx.index.sentence(id)!) < MIN_CLAUSE_OVERLAP) continue;
    // The index's untagged names first: a best match naming the draft's person, or no other person the
    // draft does not name, is settled without tagging it.
    const untagged = ctx.index.namesIn(id);
    if (untagged.some((n) => sameName(n.key, claim.key))) return undefined;
    if (!untagged.some((n) => !n.demonym && isPersonName(n, ctx.index) && !ctx.draft.names.some((d) => sameName(d.key, n.key)))) continue;
    const sentence = ctx.index.sentence(id)!;
    // Much of the draft's wording, or two more of its persons ("Macron and Scholz … Vucic"), make it the same act.
    const shared = ctx.draft.names.filter((d) => d.start !== claim.start && isPersonName(d, ctx.index) && sentence.names.some((n) => sameName(n.key, d.key))).length;
    if (!weak && shared < SHARED_PEOPLE && sentenceOverlap(ctx.draft, sentence, undefined) < MIN_OVERLAP) continue;
    for (const n of sentence.names) {
      if (n.demonym || !isPersonName(n, ctx.index) || verbBefore(sentence, n) !== verb) continue;
      if (ctx.draft.names.some((d) => sameName(d.key, n.key))) continue;
      if (other && !sameName(other.person.key, n.key)) return undefined;
      other ??= { person: n, id };
    }
  }
  if (!other) return undefined;
  const suggestion = claim.key.includes(' ') ? fullName(other.person.key, ctx) : other.person.text;
  return replacedName(claim, `name ${suggestion} here`, ctx.index.cited(other.id)!, suggestion);
}
