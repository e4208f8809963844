// A real name swapped inside a list: "the mayors of Zvečan and Leposavic work from home" where the
// best-matching source sentence says "The mayors of Zvečan and Zubin Potok work from their homes". The
// list shares every member but one with a source list written in the same words, and the draft's odd
// member is the one the writer got wrong.
//
// Only lists of the same length, in source sentences that rank near the top for the draft sentence,
// after a preposition (or the same word) and with the words around the list alike; never when a source
// sentence as like the draft's puts the draft's member in the list.
import { TITLES, type NameMention } from '../claims/names';
import type { AnalysedSentence } from '../claims/analyse';
import { bestInPool, oncePerDraft, replacedName, type ClaimContext, type Judgement } from './judgement';
import { contextOfSpan, contextOverlap, sentenceOverlap } from './numberContext';
import { sameName, samePlace } from './relationVerdict';
import { opensClause } from './clauseBounds';
import type { IndexedSentence } from '../index/corpusIndex';
import type { NameEntry } from '../index/nameVocabulary';

/** Source sentences compared: the best few by BM25. */
const RANKED = 5;
/** How much of the draft sentence's words a sentence below the best few must share, found by the list's other members. */
const POOLED_OVERLAP = 0.3;
/** How much of the draft sentence's words a source sentence must share to be read. */
const SENTENCE_OVERLAP = 0.3;
/** How much of the words around the draft's list the source list's must share. */
const LIST_CONTEXT = 0.35;
/** How much of the draft sentence's words a sentence must share for two subject lists to be compared whole. */
const SUBJECTS_OVERLAP = 0.5;
/** How much of the draft sentence's words a sentence must share for any two of their lists to be compared whole. */
const STATEMENT_OVERLAP = 0.7;
/** Content words the draft sentence must have outside its list for the list to be compared by the sentence. */
const CONTENT_BEYOND = 4;
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ']);
const PREPOSITIONS = new Set(['of', 'in', 'for', 'at', 'from', 'to', 'between']);
// Between two members: "A and B", "A, B and C", "A, B, and C", "A or B".
const LIST_WORD = /\b(?:and|or)\b|&/;
// "France and the United States": an article may open the next member.
const JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?$/i;

interface List {
  members: NameMention[];
  /** The lower-case word before the first member: "of", "in". */
  before: string;
}

const JOINER_THEN_TITLE = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)((?:\p{Lu}[\p{L}-]*\s+){1,3})$/u;

/** "Macron and German Chancellor Olaf Scholz": a joiner, then the next member's title in capitals. */
function titledJoin(between: string): boolean {
  const title = JOINER_THEN_TITLE.exec(between)?.[1];
  if (!title) return false;
  const words = title.trim().split(/\s+/);
  return TITLES.has(words[words.length - 1]!.toLowerCase());
}

/** Every list of two or more names joined by commas, "and" or "or" (a member's title may stand between). */
export function namesLists(text: string, names: NameMention[]): List[] {
  const sorted = names.filter((n) => !n.demonym).sort((a, b) => a.start - b.start);
  const out: List[] = [];
  let run: NameMention[] = [];
  const close = () => {
    if (run.length >= 2) out.push({ members: run, before: wordBefore(text, run[0].start) });
    run = [];
  };
  for (const n of sorted) {
    const prev = run[run.length - 1];
    if (prev && (JOINER.test(text.slice(prev.end, n.start)) || titledJoin(text.slice(prev.end, n.start)))) run.push(n);
    else {
      close();
      run = [n];
    }
  }
  close();
  // "A, B" alone is an apposition ("Chisinau, Moldova"), not a list: a list has its "and" or "or".
  return out.filter((l) => LIST_WORD.test(text.slice(l.members[0].end, l.members[l.members.length - 1].start)));
}

function wordBefore(text: string, offset: number): string {
  // "urged both Pristina and Belgrade" leads with "urged" as "urged Pristina and Moscow" does.
  // "The United States and Germany want …" opens its sentence as "France and Germany urged …" does.
  const before = text.slice(Math.max(0, offset - 36), offset);
  const m = before.match(/(?:^\s*|(\S+)\s+)(?:the\s+)?(?:(?:both|either|neither|all)\s+)?$/i);
  // ", and France and the United States want …": a clause's own subject after its joining word.
  if (m?.[1] && /^(?:and|but)$/i.test(m[1]) && /,\s*\S+\s+(?:the\s+)?$/i.test(before)) return ',';
  return m ? (m[1]?.toLowerCase() ?? '') : '';
}

function span(list: List): { start: number; end: number } {
  return { start: list.members[0].start, end: list.members[list.members.length - 1].end };
}

/** The same word before both lists, or a preposition before each ("mayors of" / "counterparts in"). */
function sameLead(a: string, b: string): boolean {
  // "| Mayors working from home | Zvecan and Leposavic |": a cell's list is what its row's label says.
  return a === b || a === ':' || (PREPOSITIONS.has(a) && PREPOSITIONS.has(b)) || (subjectLead(a) && subjectLead(b));
}

/**
 * "France and the United States want new elections" where a source says "Macron said France and Germany
 * urged …": a list opening its sentence or clause, or what was said, is the subject either way.
 */
function subjectLead(word: string): boolean {
  // (A clause after a semicolon, or a table row's cell after its label, opens with its subject too.)
  return word === '' || SUBJECT_LEADS.has(word) || word.endsWith(',') || word.endsWith(';') || word === ':';
}

// "the call by France and the United States for new elections": a call's agent is who called.
const SUBJECT_LEADS = new Set(['said', 'says', 'that', 'while', 'but', 'when', 'whereas', 'by']);

const CLAUSE_BOUNDARY = /^[;—–]$/;

/** The draft's clause around a list, where a semicolon or a dash parts it from the rest; undefined otherwise. */
function clauseOfList(draft: AnalysedSentence, at: { start: number; end: number }): AnalysedSentence | undefined {
  const { tokens } = draft;
  let from = tokens.findIndex((t) => t.start >= at.start);
  let to = tokens.findIndex((t) => t.start >= at.end);
  if (from < 0) return undefined;
  if (to < 0) to = tokens.length;
  const opens = (k: number) => opensClause(tokens, k, CLAUSE_BOUNDARY);
  while (from > 0 && !opens(from - 1)) from--;
  while (to < tokens.length && !opens(to)) to++;
  return from === 0 && to === tokens.length ? undefined : { ...draft, tokens: tokens.slice(from, to) };
}

const inDraft = oncePerDraft((ctx): List[] => namesLists(ctx.draft.text, ctx.draft.names));

interface SourceList {
  list: List;
  /** How alike the words around it are to those around the draft's list. */
  score: number;
  id: number;
}

const sourceListsFor = new WeakMap<List, SourceList[]>();

/**
 * The lists of the best-matching source sentences written like the draft's list: after the same lead,
 * in a sentence and among words like the draft's. Found once per draft list, which each of its members asks about.
 */
function likeLists(list: List, ctx: ClaimContext): SourceList[] {
  let found = sourceListsFor.get(list);
  if (found) return found;
  found = [];
  const at = span(list);
  const near = contextOfSpan(ctx.draft, at);
  const { start, end } = at;
  const saysMore = ctx.draft.tokens.filter((t) => (t.end <= start || t.start >= end) && CONTENT_POS.has(t.pos)).length >= CONTENT_BEYOND;
  // "Town halls fenced with barbed wire; the mayors of Zvečan and Leposavic working from home": a clause
  // of its own after a semicolon, a dash or ", and" is matched by itself, by the sentences naming the list's members.
  const clause = clauseOfList(ctx.draft, at);
  const candidates = near.size === 0 ? [] : ctx.ranked.slice(0, RANKED).map(({ id, sentence }) => ({ id, sentence, draft: ctx.draft }));
  if (clause && near.size > 0) {
    const members = list.members.map((m) => m.key);
    const naming = (id: number) => !candidates.some((c) => c.id === id) && ctx.index.namesIn(id).filter((n) => members.some((k) => sameName(k, n.key))).length >= list.members.length - 1;
    for (const [id] of bestInPool(ctx.pool, naming, RANKED)) candidates.push({ id, sentence: ctx.index.sentence(id)!, draft: clause });
  }
  for (const { id, sentence, draft } of candidates) {
    // A sentence without "and", "or" or "&" holds no list, and is not tagged to find that out.
    if (!LIST_WORD.test(ctx.index.cited(id)!.text)) continue;
    // A clause of its own is weighed by itself too, whichever way the sentence was found.
    const overlap = Math.max(sentenceOverlap(draft, sentence, undefined), clause && draft !== clause ? sentenceOverlap(clause, sentence, undefined) : 0);
    if (overlap < SENTENCE_OVERLAP) continue;
    for (const source of namesLists(sentence.text, sentence.names)) {
      if (!sameLead(list.before, source.before)) continue;
      // Two subjects act in their whole sentences: "want new elections as soon as possible" is the act
      // of "urged the leaders … to organise new elections as soon as possible", however far from the list.
      // So do two lists in sentences saying nearly the same ("crimes in Croatia and Serbia" for "… out of
      // towns in Croatia and Bosnia", in the sentence on the same sentences raised).
      // A sentence mostly of names ("A week between Zvečan, Leposaviq and Mitrovica") says too little.
      const whole = saysMore && overlap >= (subjectLead(list.before) && subjectLead(source.before) ? SUBJECTS_OVERLAP : STATEMENT_OVERLAP);
      const score = Math.max(contextOverlap(near, contextOfSpan(sentence, span(source))), whole ? overlap : 0);
      if (score >= LIST_CONTEXT) found.push({ list: source, score, id });
    }
  }
  sourceListsFor.set(list, found);
  return found;
}

/** A name the draft lists where the best-matching source sentence lists another; undefined otherwise. */
export function listJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const list = inDraft(ctx).find((l) => l.members.some((m) => m.start === claim.start));
  if (!list) return undefined;
  let best: { member: NameMention; score: number; id: number } | undefined;
  let ownScore = 0;
  for (const { list: source, score, id } of likeLists(list, ctx)) {
    // A source list as like the draft's that has the draft's member: the draft's list may be right.
    if (source.members.some((m) => samePlace(m, claim))) {
      ownScore = Math.max(ownScore, score);
      continue;
    }
    if (source.members.length !== list.members.length) continue;
    const others = list.members.filter((m) => m !== claim);
    // Every other member of the draft's list is in the source's, and one source member is left over.
    if (!others.every((o) => source.members.some((m) => samePlace(m, o)))) continue;
    const left = source.members.filter((m) => !others.some((o) => samePlace(m, o)));
    if (left.length !== 1) continue;
    if (!best || score > best.score) best = { member: left[0], score, id };
  }
  if (!best || ownScore >= best.score) return undefined;
  const cited = ctx.index.cited(best.id)!;
  return replacedName(claim, `list ${best.member.text} here`, cited, best.member.text);
}

/**
 * "Emmanuel Macron and Angela Merkel were to meet …" where a best match lists "Macron and German Chancellor
 * Olaf Scholz": the one member of a source list of the same length that the draft's list lacks, all its
 * other members the same.
 */
export function missingListMember(claim: NameMention, ctx: ClaimContext, minOverlap: number): { entry: NameEntry; sentence: IndexedSentence } | undefined {
  const list = namesLists(ctx.draft.text, ctx.draft.names).find((l) => l.members.some((m) => m.start === claim.start));
  if (!list) return undefined;
  const others = list.members.filter((m) => m.start !== claim.start);
  const memberLeft = (id: number): NameEntry | undefined => {
    for (const theirs of namesLists(ctx.index.cited(id)!.text, ctx.index.namesIn(id))) {
      if (theirs.members.length !== list.members.length) continue;
      const left = theirs.members.filter((t) => !others.some((o) => sameName(o.key, t.key)));
      if (left.length !== 1 || others.some((o) => !theirs.members.some((t) => sameName(o.key, t.key)))) continue;
      const entry = ctx.index.names.get(left[0]!.key);
      if (entry) return entry;
    }
    return undefined;
  };
  for (const { id, sentence } of ctx.ranked.slice(0, 5)) {
    if (sentenceOverlap(ctx.draft, sentence, undefined) < minOverlap) continue;
    const entry = memberLeft(id);
    if (entry) return { entry, sentence };
  }
  // "still rejected by Russia and India": the sentence that lists "Russia and China" in rejecting it may
  // rank below the best few, which speak of the independence; the list's other members find it.
  const known = others.map((o) => ctx.index.names.get(o.key));
  if (known.length === 0 || known.some((e) => !e)) return undefined;
  const rarest = known.reduce((a, b) => (b!.sentenceIds.size < a!.sentenceIds.size ? b : a))!;
  const naming = [...rarest.sentenceIds]
    .filter((id) => ctx.pool.has(id))
    .sort((a, b) => ctx.pool.get(b)! - ctx.pool.get(a)!)
    .slice(0, RANKED);
  for (const id of naming) {
    const entry = memberLeft(id);
    if (!entry) continue;
    const sentence = ctx.index.sentence(id)!;
    if (sentenceOverlap(ctx.draft, sentence, undefined) >= Math.max(minOverlap, POOLED_OVERLAP)) return { entry, sentence };
  }
  return undefined;
}
