// A known name standing where the sources put another: "guarded by EULEX soldiers" where the
// best-matching source sentence says "NATO soldiers … guarded", "the EU-led peacekeeping force" where it
// says "the NATO-led peacekeeping force". The words on one side of the name run on the same in both
// sentences; the source has another name there; and no source ever writes the draft's name with those
// words: then the draft's name is that other one confused. (A paraphrase around the name, "regard
// Pristina as their capital" against "consider Belgrade their capital", is not seen.)
//
// Only places and bodies (persons are roleJudgement's and actorVerdict's), in the RANKED best-matching
// sentences that share much of the draft sentence (MIN_OVERLAP) and the words around the name
// (MIN_CONTEXT), where the word next to the name is a content word (or a preposition tied to two, not
// "in" or "at": "declared independence from Serbia"), and the source sentence does not
// name the draft's name. The other name must not be another name of the same thing (an acronym, a
// spelling, a longer form) nor one the sources write next to it ("NATO-led KFOR", "Bay Ridge,
// Brooklyn"): KFOR soldiers are NATO soldiers. Two different names in that place leave the draft alone.
import { isDemonym, type NameMention } from '../claims/names';
import type { Token } from '../nlp/tagger';
import { classOf, LETTER, NUMBER } from '../text/charClass';
import type { AnalysedSentence } from '../claims/analyse';
import { oncePerDraft, replacedName, type ClaimContext, type Judgement } from './judgement';
import { contextOfSpan, contextOverlap, sentenceOverlap } from './numberContext';
import { escapeRegExp, isPersonName, sameName } from './relationVerdict';
import { namesLists } from './listVerdict';
import { closeSpelling } from './nameVerdict';
import { initialsOf } from '../claims/spelledOutAcronyms';
import { resolve } from './nameResolve';
import { placeAliases } from './placeAliases';

const RANKED = 3;
const MIN_OVERLAP = 0.4;
const MIN_CONTEXT = 0.35;
const MIN_CONTEXT_FULL_RUN = 0.1;
const WHEN_WORDS = new Set(['then', 'also', 'later', 'again', 'still', 'now', 'soon', 'quickly', 'already']);
/** Words of a run compared, at most, on each side. */
const RUN = 4;
/** Words of the run the sources must write beside the draft's name to leave it alone. */
const GUARD_WORDS = 2;
/** Sentences naming the draft's name that are read for the same words, at most. */
const SENTENCES = 300;
/** Words a nationality adjective must share after it to stand where the draft has a name. */
const ADJECTIVE_RUN = 3;
const FUNCTION_WORDS = new Set(
  'the a an of in on at by to for with and or from as into onto is was were are be been has had have its their his her it that this these those who which'.split(' '),
);

/** The words after `end` (or before `start`, nearest first) up to a punctuation mark that ends a phrase. */
function wordsBeside(text: string, span: { start: number; end: number }, side: 'before' | 'after'): string[] {
  const stretch = side === 'after' ? text.slice(span.end, span.end + 80) : text.slice(Math.max(0, span.start - 80), span.start);
  const phrase = side === 'after' ? stretch.split(/[,.;:!?()"“”«»[\]]/u)[0]! : stretch.split(/[,.;:!?()"“”«»[\]]/u).pop()!;
  // "Police and EULEX then fenced …" runs on as "Police and KFOR fenced …": an adverb of time says when.
  const words = (phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !WHEN_WORDS.has(w)).map(stem);
  return (side === 'after' ? words : words.reverse()).slice(0, RUN);
}

/** [\p{L}\p{N}], as wordsBeside reads words (a curly quote or a dash is no part of one). */
function isWordChar(code: number): boolean {
  return (classOf(code) & (LETTER | NUMBER)) !== 0;
}

/**
 * Whether wordsBeside's first word would be `word` (a stem: "soldier" for "soldiers"), by a scan of the
 * characters next to the name that allocates nothing: the screen of every name of the sentences read,
 * where the regexes of wordsBeside would cost more than all else.
 */
function wordBesideIs(text: string, span: { start: number; end: number }, side: 'before' | 'after', word: string): boolean {
  const step = side === 'after' ? 1 : -1;
  let i = side === 'after' ? span.end : span.start - 1;
  // Spaces, hyphens and a possessive's apostrophe ("Kosovo's election rules") are no word.
  while (i >= 0 && i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 45 || text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019)) i += step;
  let from = i;
  while (i >= 0 && i < text.length && isWordChar(text.charCodeAt(i))) i += step;
  let to = i;
  if (side === 'before') [from, to] = [i + 1, from + 1];
  const length = to - from;
  // The stem, or the stem and its "s".
  if (length !== word.length && !(length === word.length + 1 && word.length > 2 && (text.charCodeAt(to - 1) | 32) === 115)) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(from + k);
    if ((c < 128 ? c | 32 : text[from + k]!.toLowerCase().charCodeAt(0)) !== word.charCodeAt(k)) return false;
  }
  return true;
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

/**
 * A run opened by a function word that goes on with at least two content words. Not "in" or "at": where
 * something happened or was said ("told reporters in Berlin") is the place stages' to judge, with the
 * event tied (eventPlaceVerdict, scenePlaceVerdict); many a story has the same act in many places.
 */
function tiedPreposition(run: string[]): boolean {
  return run.length >= 3 && !LOCATIVE.has(run[0]!) && run.filter((w) => !FUNCTION_WORDS.has(w)).length >= 2;
}

/** "police and EULEX" against "police and NATO's …": the partner of the same body in a pair is its slot. */
function partnerOf(run: string[], side: 'before' | 'after'): boolean {
  return side === 'before' && run.length >= 2 && run[0] === 'and' && !FUNCTION_WORDS.has(run[1]!);
}

const LOCATIVE = new Set(['in', 'at', 'on', 'near', 'outside', 'inside', 'across', 'into', 'onto']);

interface Slot {
  other: NameMention;
  id: number;
  side: 'before' | 'after';
  run: string[];
}

/** Whether two keys may name one thing: an acronym and its long form, a spelling, a longer form. */
export function mayBeOneThing(a: string, b: string, ctx: ClaimContext): boolean {
  // A short form's longer ones too: "Rangers" for "Queens Park Rangers", which is QPR; and the names no
  // spelling connects ("Washington" for the U.S.).
  const keys = (k: string) => [k, ...placeAliases(k), ...resolve(k, ctx).map((e) => e.key), ...ctx.index.names.containing(k.split(' ')).map((e) => e.key)];
  // A people inside a longer name ties nothing: "Kosovo Serbs" holds "Serbs", which is no Serbia.
  const contains = (x: string, y: string) => !isDemonym(y) && ` ${x} `.includes(` ${y} `);
  // Each side's keys once, with their compact forms and initials: a common name ("Kosovo") is part of
  // many longer ones, and the pairs are many.
  const forms = (k: string) => [...new Set(keys(k))].map((key) => ({ key, compact: key.replace(/ /g, ''), initials: initialsOf(key) }));
  const ys = forms(b);
  for (const x of forms(a)) {
    for (const y of ys) {
      if (x.key === y.key || contains(x.key, y.key) || contains(y.key, x.key) || x.initials === y.compact || y.initials === x.compact || closeSpelling(x.key, y.key)) return true;
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
// "Belgrade has the backing of Russia": a clause between them relates two things, not one thing's two names.
// So does a preposition that sets one against the other ("Kosovo's 2008 independence from Serbia").
const RELATED = /\b(?:has|have|had|is|are|was|were|says|said|from|against|between|versus|towards?)\b/i;

/** Whether the sources write the two names side by side, not as members of a list: one tied to the other. */
export function writtenTogether(claim: NameMention, other: NameMention, ctx: ClaimContext): boolean {
  // Two countries of the alias table are two things, however close the sources write them ("A former
  // province of Serbia, Kosovo's …").
  const ours = placeAliases(claim.key);
  if (ours.length > 0 && placeAliases(other.key).length > 0 && !ours.includes(other.key)) return false;
  let read = 0;
  const entries = resolve(claim.key, ctx);
  const keys = new Set(entries.map((e) => e.key));
  const surname = new RegExp(escapeRegExp(other.text.split(' ').pop()!), 'i');
  for (const entry of entries) {
    for (const id of entry.sentenceIds) {
      if (read++ >= SENTENCES) return true;
      const text = ctx.index.cited(id)?.text ?? '';
      if (!surname.test(text)) continue;
      const names = ctx.index.namesIn(id);
      for (const a of names) {
        if (!keys.has(a.key)) continue;
        for (const b of names) {
          if (!sameName(b.key, other.key)) continue;
          const between = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
          if ((between.match(/[\p{L}\p{N}]+/gu) ?? []).length <= TOGETHER && !LISTED.test(between) && !RELATED.test(between)) return true;
        }
      }
    }
  }
  return false;
}

/** The name the source sentence has where the draft has the claim, with the words that tie the two. */
function slotIn(claim: NameMention, beside: Beside, sentence: AnalysedSentence, id: number, ctx: ClaimContext): Slot | undefined {
  let found: Slot | undefined;
  let near: ReturnType<typeof contextOfSpan> | undefined;
  let members: Set<number> | undefined;
  for (const name of sentence.names) {
    for (const side of SIDES) {
      // The word next to the name first (a scan of characters): most names share none, and the rest is
      // dearer, the person test (a look-up in the vocabulary) dearest.
      if (beside[side].length === 0 || !wordBesideIs(sentence.text, name, side, beside[side][0]!)) continue;
      const run = sharedRun(beside[side], wordsBeside(sentence.text, name, side));
      // "troops to Kosovo" and "troops to KFOR" share a preposition next to the name, which says little.
      // "declared independence from Serbia" against "… from Russia" says more: a preposition tied to two
      // content words before it.
      if (run.length === 0 || (FUNCTION_WORDS.has(run[0]!) && !tiedPreposition(run) && !partnerOf(run, side)) || (found && run.length <= found.run.length)) continue;
      // A nationality word is a people, not a rival name, unless it qualifies the words the draft runs on
      // with: "putting NATO integration at risk" where the source puts "European integration at risk".
      const qualifies = side === 'after' && run.length >= ADJECTIVE_RUN && !!name.demonym;
      if ((isPeople(name) && !qualifies) || ctx.draft.names.some((n) => sameName(n.key, name.key))) continue;
      members ??= listMembers(sentence.text, sentence.names);
      if (members.has(name.start)) continue;
      near ??= contextOfSpan(ctx.draft, claim);
      // Four words the same in a row ("… may have a hand in") tie the two places by themselves, with
      // fewer words around them alike.
      if (contextOverlap(near, contextOfSpan(sentence, name)) < (run.length >= RUN ? MIN_CONTEXT_FULL_RUN : MIN_CONTEXT) || isPersonName(name, ctx.index)) continue;
      found = { other: name, id, side, run };
    }
  }
  if (!found || mayBeOneThing(claim.key, found.other.key, ctx) || endsLongFormOf(sentence.text, found.other, claim.key)) return undefined;
  return found;
}

/** Whether any source writes the draft's name with the same words beside it. */
function writtenSoAnywhere(claim: NameMention, slot: Slot, ctx: ClaimContext): boolean {
  let read = 0;
  const entries = resolve(claim.key, ctx);
  const keys = new Set(entries.map((e) => e.key));
  const word = new RegExp(escapeRegExp(slot.run[0]!), 'i');
  for (const entry of entries) {
    for (const id of entry.sentenceIds) {
      if (read++ >= SENTENCES) return true;
      const text = ctx.index.cited(id)?.text ?? '';
      if (!word.test(text)) continue;
      for (const name of ctx.index.namesIn(id)) {
        if (!keys.has(name.key)) continue;
        // Two words tell one place from another: "EU-led dialogue" is not "EU-led peacekeeping force",
        // while "KFOR officers guarded the bridge" has KFOR officers guard as the draft does.
        if (wordBesideIs(text, name, slot.side, slot.run[0]!) && startsWith(wordsBeside(text, name, slot.side), slot.run.slice(0, GUARD_WORDS))) return true;
      }
    }
  }
  return false;
}

/** A people ("Kosovo Albanian media", "Kosovo Serbs") is neither a place nor a body. */
export function isPeople(name: NameMention): boolean {
  return !!name.demonym || isDemonym(name.key.split(' ').pop()!);
}

/** Starts of the names that are members of a list ("France, Portugal and Italy"): lists are listVerdict's. */
export function listMembers(text: string, names: NameMention[]): Set<number> {
  const out = new Set<number>();
  for (const list of namesLists(text, names)) for (const m of list.members) out.add(m.start);
  return out;
}

const SIDES = ['before', 'after'] as const;
/** The draft's words before and after its name, as wordsBeside reads them. */
type Beside = Record<(typeof SIDES)[number], string[]>;

/** Starts of the draft's names with a content word right before or after them ("EULEX soldiers", "regard Pristina"). */
const contentBeside = oncePerDraft((ctx): Set<number> => {
  const { tokens, names, text } = ctx.draft;
  const out = new Set<number>();
  const isContent = (t: Token | undefined) => !!t && t.pos !== 'PUNCT' && !FUNCTION_WORDS.has(stem(t.lower));
  // Joined by spaces or a hyphen only: a comma or a full stop ends the phrase.
  const joined = (a: Token, b: Token) => /^[ -]*$/.test(text.slice(a.end, b.start));
  let first = 0;
  for (const name of names) {
    while (first < tokens.length && tokens[first]!.start < name.start) first++;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < name.end) last++;
    const after = tokens[last + 1]?.text === '-' ? last + 2 : last + 1;
    const before = tokens[first - 1]?.text === '-' ? first - 2 : first - 1;
    const next = tokens[after];
    const previous = tokens[before];
    if ((isContent(next) && joined(tokens[last]!, next!)) || (isContent(previous) && joined(previous!, tokens[first]!))) out.add(name.start);
    else if (tiedPreposition(wordsBeside(text, name, 'before'))) out.add(name.start);
  }
  return out;
});

/** Starts of the draft's names that are members of a list: lists are listVerdict's. */
export const listedInDraft = oncePerDraft((ctx): Set<number> => listMembers(ctx.draft.text, ctx.draft.names));

/** The names of the best match, from the index (untagged). */
const bestNames = oncePerDraft((ctx): string[] => (ctx.ranked[0] ? ctx.index.namesIn(ctx.ranked[0].id).map((n) => n.key) : []));

/** Whether the best match writes the draft's name with the draft's words beside it, two of them where there are two. */
function bestWritesBeside(claim: NameMention, beside: Beside, ctx: ClaimContext): boolean {
  const best = ctx.ranked[0];
  if (!best) return false;
  const text = ctx.index.cited(best.id)?.text ?? '';
  return ctx.index.namesIn(best.id).some(
    (n) => sameName(n.key, claim.key) && SIDES.some((side) => beside[side].length > 0 && startsWith(wordsBeside(text, n, side), beside[side].slice(0, GUARD_WORDS))),
  );
}

/** The other name the best-matching sources have in the claim's place; undefined when they agree or differ. */
export function slotJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  if (isPeople(claim)) return undefined;
  // No content word next to the name ("in Zvecan.", "Kosovo and"): no slot to compare, and most names
  // stand so. The best match naming the draft's name puts it where the draft does.
  if (!contentBeside(ctx).has(claim.start) || listedInDraft(ctx).has(claim.start)) return undefined;
  const beside: Beside = { before: wordsBeside(ctx.draft.text, claim, 'before'), after: wordsBeside(ctx.draft.text, claim, 'after') };
  // The best match writing the draft's name with the same word beside it puts it where the draft does;
  // naming it elsewhere ("the NATO-led international peacekeeping mission") leaves "the NATO-led dialogue" open.
  if (bestNames(ctx).some((key) => sameName(key, claim.key)) && bestWritesBeside(claim, beside, ctx)) return undefined;
  if (isPersonName(claim, ctx.index)) return undefined;
  let slot: Slot | undefined;
  for (const ranked of ctx.ranked.slice(0, RANKED)) {
    // Screened on the index's untagged names: a sentence that names the draft's name, or has no other
    // name with the same content word next to it, holds no slot, and is not tagged to find that out.
    const names = ctx.index.namesIn(ranked.id);
    if (names.some((n) => sameName(n.key, claim.key))) continue;
    const source = ctx.index.cited(ranked.id)!.text;
    if (!names.some((n) => SIDES.some((side) => beside[side].length > 0 && (!FUNCTION_WORDS.has(beside[side][0]!) || tiedPreposition(beside[side])) && wordBesideIs(source, n, side, beside[side][0]!)))) continue;
    const sentence = ranked.sentence;
    if (sentence.names.some((n) => sameName(n.key, claim.key))) continue;
    if (sentenceOverlap(ctx.draft, sentence, undefined) < MIN_OVERLAP) continue;
    const found = slotIn(claim, beside, sentence, ranked.id, ctx);
    if (!found) continue;
    if (slot && !sameName(slot.other.key, found.other.key)) return undefined;
    slot ??= found;
  }
  if (!slot || writtenSoAnywhere(claim, slot, ctx) || writtenTogether(claim, slot.other, ctx)) return undefined;
  const cited = ctx.index.cited(slot.id)!;
  return replacedName(claim, `have ${slot.other.text} here`, cited, slot.other.text);
}
