// A known name standing where the sources put another: "guarded by EULEX soldiers" where the
// best-matching source sentence says "NATO soldiers … guarded", "Serbs who regard Pristina as their
// capital" where it says "regard Belgrade as their capital", "the EU-led peacekeeping force" where it says
// "the NATO-led peacekeeping force". The words on one side of the name run on the same in both
// sentences; the source has another name there; and no source ever writes the draft's name with those
// words: then the draft's name is that other one confused.
//
// Only places and bodies (persons are roleJudgement's and actorVerdict's), in the RANKED best-matching
// sentences that share much of the draft sentence (MIN_OVERLAP) and the words around the name
// (MIN_CONTEXT), where the word next to the name is a content word, and the source sentence does not
// name the draft's name. The other name must not be another name of the same thing (an acronym, a
// spelling, a longer form) nor one the sources write next to it ("NATO-led KFOR", "Bay Ridge,
// Brooklyn"): KFOR soldiers are NATO soldiers. Two different names in that place leave the draft alone.
import { isDemonym, type NameMention } from '../claims/names';
import type { AnalysedSentence } from '../claims/analyse';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { contextOfSpan, contextOverlap, sentenceOverlap } from './numberContext';
import { isPersonName, sameName } from './relationVerdict';
import { namesLists } from './listVerdict';
import { closeSpelling, initialsOf, resolve } from './nameVerdict';

const RANKED = 3;
const MIN_OVERLAP = 0.4;
const MIN_CONTEXT = 0.35;
/** Words of a run compared, at most, on each side. */
const RUN = 4;
/** Words of the run the sources must write beside the draft's name to leave it alone. */
const GUARD_WORDS = 2;
/** Sentences naming the draft's name that are read for the same words, at most. */
const SENTENCES = 300;
const FUNCTION_WORDS = new Set(
  'the a an of in on at by to for with and or from as into onto is was were are be been has had have its their his her it that this these those who which'.split(' '),
);

/** The words after `end` (or before `start`, nearest first) up to a punctuation mark that ends a phrase. */
function wordsBeside(text: string, span: { start: number; end: number }, side: 'before' | 'after'): string[] {
  const stretch = side === 'after' ? text.slice(span.end, span.end + 80) : text.slice(Math.max(0, span.start - 80), span.start);
  const phrase = side === 'after' ? stretch.split(/[,.;:!?()"“”«»[\]]/u)[0]! : stretch.split(/[,.;:!?()"“”«»[\]]/u).pop()!;
  const words = (phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
  return (side === 'after' ? words : words.reverse()).slice(0, RUN);
}

/** "soldiers" and "soldier" are one word here. */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

function sharedRun(a: string[], b: string[]): string[] {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

function startsWith(words: string[], run: string[]): boolean {
  return run.every((w, i) => words[i] === w);
}

interface Slot {
  other: NameMention;
  id: number;
  side: 'before' | 'after';
  run: string[];
}

/** Whether two keys may name one thing: an acronym and its long form, a spelling, a longer form. */
function mayBeOneThing(a: string, b: string, ctx: ClaimContext): boolean {
  // A short form's longer ones too: "Rangers" for "Queens Park Rangers", which is QPR.
  const keys = (k: string) => [k, ...resolve(k, ctx).map((e) => e.key), ...ctx.index.names.containing(k.split(' ')).map((e) => e.key)];
  const contains = (x: string, y: string) => ` ${x} `.includes(` ${y} `);
  for (const x of keys(a)) {
    for (const y of keys(b)) {
      const [cx, cy] = [x.replace(/ /g, ''), y.replace(/ /g, '')];
      if (x === y || contains(x, y) || contains(y, x) || closeSpelling(x, y) || initialsOf(x) === cy || initialsOf(y) === cx) return true;
    }
  }
  return false;
}

/** "Rangers" ending "Queens Park Rangers" where the draft has QPR: the tagger may keep only the last word. */
function endsLongFormOf(text: string, name: NameMention, acronym: string): boolean {
  const words = text.slice(Math.max(0, name.start - 60), name.end).match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  const compact = acronym.replace(/[ .]/g, '');
  for (let n = 2; n <= Math.min(5, words.length); n++) {
    if (words.slice(-n).map((w) => w[0]!.toLowerCase()).join('') === compact) return true;
  }
  return false;
}

/** Words apart two names may stand and still be written together ("NATO-led KFOR", "Peacekeeping Force in Kosovo (KFOR)"). */
const TOGETHER = 6;
const LISTED = /\b(?:and|or)\b|&/i;

/** Whether the sources write the two names side by side, not as members of a list: one tied to the other. */
function writtenTogether(claim: NameMention, other: NameMention, ctx: ClaimContext): boolean {
  let read = 0;
  for (const entry of resolve(claim.key, ctx)) {
    for (const id of entry.sentenceIds) {
      if (read++ >= SENTENCES) return true;
      const names = ctx.index.namesIn(id);
      const text = ctx.index.cited(id)?.text ?? '';
      for (const a of names) {
        if (!resolve(a.key, ctx).includes(entry)) continue;
        for (const b of names) {
          if (!sameName(b.key, other.key)) continue;
          const between = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
          if ((between.match(/[\p{L}\p{N}]+/gu) ?? []).length <= TOGETHER && !LISTED.test(between)) return true;
        }
      }
    }
  }
  return false;
}

/** The name the source sentence has where the draft has the claim, with the words that tie the two. */
function slotIn(claim: NameMention, draft: AnalysedSentence, sentence: AnalysedSentence, id: number, ctx: ClaimContext): Slot | undefined {
  const draftKeys = draft.names.map((n) => n.key);
  const near = contextOfSpan(draft, claim);
  let found: Slot | undefined;
  for (const name of sentence.names) {
    if (isPeople(name) || isPersonName(name, ctx.index) || draftKeys.some((k) => sameName(k, name.key)) || listed(sentence.text, sentence.names, name)) continue;
    for (const side of ['before', 'after'] as const) {
      const run = sharedRun(wordsBeside(draft.text, claim, side), wordsBeside(sentence.text, name, side));
      // "troops to Kosovo" and "troops to KFOR" share a preposition next to the name, which says little.
      if (run.length === 0 || FUNCTION_WORDS.has(run[0]!)) continue;
      if (contextOverlap(near, contextOfSpan(sentence, name)) < MIN_CONTEXT) continue;
      if (!found || run.length > found.run.length) found = { other: name, id, side, run };
    }
  }
  if (!found || mayBeOneThing(claim.key, found.other.key, ctx) || endsLongFormOf(sentence.text, found.other, claim.key)) return undefined;
  return found;
}

/** Whether any source writes the draft's name with the same words beside it. */
function writtenSoAnywhere(claim: NameMention, slot: Slot, ctx: ClaimContext): boolean {
  let read = 0;
  for (const entry of resolve(claim.key, ctx)) {
    for (const id of entry.sentenceIds) {
      if (read++ >= SENTENCES) return true;
      const text = ctx.index.cited(id)?.text ?? '';
      for (const name of ctx.index.namesIn(id)) {
        if (!resolve(name.key, ctx).includes(entry)) continue;
        // Two words tell one place from another: "EU-led dialogue" is not "EU-led peacekeeping force",
        // while "KFOR officers guarded the bridge" has KFOR officers guard as the draft does.
        if (startsWith(wordsBeside(text, name, slot.side), slot.run.slice(0, GUARD_WORDS))) return true;
      }
    }
  }
  return false;
}

/** The other name the best-matching sources have in the claim's place; undefined when they agree or differ. */
/** A people ("Kosovo Albanian media", "Kosovo Serbs") is neither a place nor a body. */
function isPeople(name: NameMention): boolean {
  return !!name.demonym || isDemonym(name.key.split(' ').pop()!);
}

/** Whether a name is a member of a list ("France, Portugal and Italy"): lists are listVerdict's. */
function listed(text: string, names: NameMention[], name: NameMention): boolean {
  return namesLists(text, names).some((l) => l.members.some((m) => m.start === name.start));
}

export function slotJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  if (isPeople(claim) || isPersonName(claim, ctx.index) || listed(ctx.draft.text, ctx.draft.names, claim)) return undefined;
  let slot: Slot | undefined;
  for (const ranked of ctx.ranked.slice(0, RANKED)) {
    const sentence = ranked.sentence;
    if (sentenceOverlap(ctx.draft, sentence, undefined) < MIN_OVERLAP) continue;
    if (sentence.names.some((n) => sameName(n.key, claim.key))) continue;
    const found = slotIn(claim, ctx.draft, sentence, ranked.id, ctx);
    if (!found) continue;
    if (slot && !sameName(slot.other.key, found.other.key)) return undefined;
    slot ??= found;
  }
  if (!slot || writtenSoAnywhere(claim, slot, ctx) || writtenTogether(claim, slot.other, ctx)) return undefined;
  const cited = ctx.index.cited(slot.id)!;
  return replacedName(claim, `have ${slot.other.text} here`, cited, slot.other.text);
}
