// A name after a phrase the sources write in another order: "the largest Serb party in Serbia" where the
// best match has "the largest party of the Serbs in Kosovo". slotVerdict compares the words beside a name
// in their order; here the same content words stand before the same preposition in another order, and
// the source has another name after it.
//
// Only places and bodies (no person, no people), after the same preposition in both sentences, with the
// same two or more content words (a plural and its singular alike) before it up to a punctuation mark,
// in a best match sharing much of the draft sentence that does not name the draft's name; never where
// the best matches have two different names there, or one that is another name of the draft's.
import type { NameMention } from '../claims/names';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { sentenceOverlap } from './numberContext';
import { isPersonName, sameName } from './relationVerdict';
import { isPeople, listedInDraft, mayBeOneThing, writtenTogether } from './slotVerdict';

const RANKED = 3;
const MIN_OVERLAP = 0.4;
/** Words before the preposition read, at most. */
const PHRASE_WORDS = 5;
const MIN_CONTENT = 2;
const PREPOSITIONS = new Set(['in', 'of', 'from', 'for', 'to', 'at']);
const FUNCTION_WORDS = new Set('the a an of in on at by to for with and or from as is was were are be been has had have its their his her it that this these those who which'.split(' '));

/** The preposition before a name and the content words before it, stemmed: "largest Serb party in" → in, {largest, serb, party}. */
function phraseBefore(text: string, start: number): { preposition: string; words: Set<string> } | undefined {
  const stretch = text.slice(Math.max(0, start - 80), start);
  const phrase = stretch.split(/[,.;:!?()"“”«»[\]|]/u).pop()!;
  const words = (phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).reverse();
  const preposition = words[0];
  if (!preposition || !PREPOSITIONS.has(preposition)) return undefined;
  const content = words.slice(1, 1 + PHRASE_WORDS).filter((w) => !FUNCTION_WORDS.has(w)).map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
  return { preposition, words: new Set(content) };
}

function sameWords(a: Set<string>, b: Set<string>): boolean {
  return a.size >= MIN_CONTENT && a.size === b.size && [...a].every((w) => b.has(w));
}

export function phraseSlotJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  // A list member is listVerdict's ("the Albanian mayors of Zvečan and Leposavic").
  if (claim.demonym || isPeople(claim) || listedInDraft(ctx).has(claim.start) || isPersonName(claim, ctx.index)) return undefined;
  const ours = phraseBefore(ctx.draft.text, claim.start);
  if (!ours || ours.words.size < MIN_CONTENT) return undefined;
  let found: { other: NameMention; id: number } | undefined;
  for (const ranked of ctx.ranked.slice(0, RANKED)) {
    const id = ranked.id;
    const names = ctx.index.namesIn(id);
    if (names.some((n) => sameName(n.key, claim.key))) continue;
    const text = ctx.index.cited(id)!.text;
    let overlap: number | undefined;
    for (const name of names) {
      // The phrase first (a few regexes): the overlap and the person test cost more, and most names fail it.
      const theirs = phraseBefore(text, name.start);
      if (!theirs || theirs.preposition !== ours.preposition || !sameWords(ours.words, theirs.words)) continue;
      // A name the draft writes itself is not the one it replaced.
      if (name.demonym || isPeople(name) || ctx.draft.names.some((d) => sameName(d.key, name.key)) || isPersonName(name, ctx.index)) continue;
      // The tagged sentence only now: most best matches hold no such phrase and are not tagged.
      overlap ??= sentenceOverlap(ctx.draft, ranked.sentence, undefined);
      if (overlap < MIN_OVERLAP) break;
      if (found && !sameName(found.other.key, name.key)) return undefined;
      found ??= { other: name, id };
    }
  }
  if (!found || mayBeOneThing(claim.key, found.other.key, ctx) || writtenTogether(claim, found.other, ctx)) return undefined;
  return replacedName(claim, `have ${found.other.text} here`, ctx.index.cited(found.id)!, found.other.text);
}
