// Whose goal or stake a noun names: "Blinken warned they were putting their NATO aspirations at risk"
// where the best match has him warn "they were putting aspirations of European integration at risk". A
// name that only qualifies a noun ("NATO aspirations", "hopes of NATO membership") in a statement a best
// match makes nearly word for word with another qualifier in its place is that qualifier confused.
//
// Only a body or a place (no person) right before a lower-case noun, or after "of" and before one; against
// the best matches that say most of the rest of the draft sentence, never name the draft's name, and
// qualify a noun with one name the draft does not have (a nationality word too: "European").
import type { NameMention } from '../claims/names';
import type { Token } from '../nlp/tagger';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { sentenceOverlap } from './numberContext';
import { isPersonName, sameName, samePlace } from './relationVerdict';
import { mayBeOneThing, writtenTogether } from './slotVerdict';

const RANKED = 3;
const MIN_RELEVANCE = 0.5;
/** How much of the rest of the draft sentence a best match must say to be the same statement. */
const SAME_STATEMENT = 0.6;

/** The noun a name qualifies ("NATO aspirations", "hopes of NATO membership"), by its lemma; undefined otherwise. */
function qualified(text: string, tokens: Token[], name: { start: number; end: number }): string | undefined {
  const next = tokens.find((t) => t.start >= name.end);
  return next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && text.slice(name.end, next.start) === ' ' ? next.lemma : undefined;
}

// The nouns news copy uses for one stake: "their NATO hopes" are "aspirations of …", "hopes of NATO
// membership" are "… integration".
const STAKE_SENSE: Record<string, string> = { hope: 'aspiration', ambition: 'aspiration', dream: 'aspiration', membership: 'integration', accession: 'integration' };

/** How many words either side of a qualifier its noun phrase reaches: "aspirations of European integration". */
const PHRASE_REACH = 3;

/** The lemmas of the words around a name, within its noun phrase's reach. */
function around(tokens: Token[], name: { start: number; end: number }): Set<string> {
  const first = tokens.findIndex((t) => t.start >= name.start);
  const last = tokens.findIndex((t) => t.start >= name.end);
  const to = last < 0 ? tokens.length : last;
  return new Set(tokens.slice(Math.max(0, first - PHRASE_REACH), Math.min(tokens.length, to + PHRASE_REACH)).map((t) => t.lemma));
}

export function qualifierJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const { text, tokens } = ctx.draft;
  const noun = qualified(text, tokens, claim);
  if (claim.demonym || isPersonName(claim, ctx.index) || !noun) return undefined;
  const rest = { ...ctx.draft, tokens: tokens.filter((t) => t.end <= claim.start || t.start >= claim.end) };
  let other: { name: NameMention; id: number } | undefined;
  for (const { id, sentence, relevance } of ctx.ranked.slice(0, RANKED)) {
    if (relevance < MIN_RELEVANCE) break;
    const names = ctx.index.namesIn(id);
    if (names.some((n) => sameName(n.key, claim.key) || samePlace(n, claim) || mayBeOneThing(n.key, claim.key, ctx))) return undefined;
    if (sentenceOverlap(rest, sentence, undefined) < SAME_STATEMENT) continue;
    const source = ctx.index.cited(id)!.text;
    // The same noun phrase: the draft's noun qualified by theirs, or beside it ("aspirations of European integration").
    const samePhrase = (n: NameMention) => {
      if (qualified(source, sentence.tokens, n) === undefined) return false;
      const phrase = around(sentence.tokens, n);
      return phrase.has(noun) || phrase.has(STAKE_SENSE[noun] ?? noun);
    };
    const theirs = names.filter((n) => !isPersonName(n, ctx.index) && samePhrase(n) && !ctx.draft.names.some((d) => sameName(d.key, n.key) || samePlace(d, n)));
    if (theirs.length !== 1) continue;
    if (other && !sameName(other.name.key, theirs[0]!.key)) return undefined;
    other ??= { name: theirs[0]!, id };
  }
  if (!other || writtenTogether(claim, other.name, ctx)) return undefined;
  return replacedName(claim, `have ${other.name.text} here`, ctx.index.cited(other.id)!, other.name.text);
}
