// A body put in another's statement: "EULEX now guards the roads into the centre of Zvečan"
// where the best-matching source sentence says it of KFOR, and no sentence naming EULEX says anything like
// it. The other stages read the draft's syntax (who did what, who said it, where); this one reads only
// whom a statement is told of, for the sentences whose syntax they cannot follow (tables, fragments,
// asides, passives).
//
// Only a body written as an acronym ("EULEX", "KFOR", "KQZ") or written out ("the European Union"), against
// the one other body of a best match that says most of what the draft's clause says without it; never where a best match names the
// draft's body, nor where a sentence naming it says as much.
import type { AnalysedSentence } from '../claims/analyse';
import { TITLES, type NameMention } from '../claims/names';
import type { Token } from '../nlp/tagger';
import { sentenceOverlap } from './numberContext';
import { opensClause } from './clauseBounds';
import { resolve } from './nameResolve';
import { preferredForm } from '../index/nameVocabulary';
import { addMatchesOf, bestInPool, replacedName, type ClaimContext, type Judgement } from './judgement';
import { listedInDraft, mayBeOneThing, writtenTogether } from './slotVerdict';
import { isPersonName, sameName, samePlace } from './relationVerdict';
import { quoteSpans, quotesAny, wordsIn } from './attributionVerdict';

/** Best matches read for the statement. */
const RANKED = 3;
/** How much of the draft's clause (its name left out) the best match must say. */
const SAME_STATEMENT = 0.5;
/** How near a sentence naming the draft's name must come to the best match's share to say it too. */
const OWN_SHARE = 0.8;
/** Sentences naming the draft's name read for its own statements, at most. */
const OWN_SENTENCES = 200;
/** Content words the clause needs beside the name: a short fragment says too little to tell. */
const MIN_WORDS = 4;

// "KFOR", "EULEX", "CoE", and house styles that lower an acronym's tail ("KFor").
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,6}|\p{Lu}{2}\p{Ll}{1,4})$/u;
// A body written out ("the European Union", "the United Nations"): several words ending in a word that
// names a body, which no town or person ends in.
const BODY_HEADS = new Set(['union', 'nations', 'community', 'commission', 'council', 'organisation', 'organization', 'alliance', 'mission', 'agency', 'committee']);
const writtenOutBody = (m: NameMention) => m.key.includes(' ') && BODY_HEADS.has(m.key.slice(m.key.lastIndexOf(' ') + 1));
export const isBody = (m: NameMention) => !m.demonym && (ACRONYM.test(m.text) || writtenOutBody(m));

// "US secretary of state …", "an AFP journalist", "the EU-led dialogue", "most EU nations": a name that
// qualifies a person, a report, a process or its members.
const QUALIFIER_AFTER = new RegExp(
  `^(?:\\s+(?:${[...TITLES].join('|')}|foreign|defence|interior|journalists?|reporters?|correspondents?|agency|news|nations|countries|members?|states)\\b|-(?:led|backed|brokered|mediated|run|style)\\b)`,
  'i',
);
/** Words a quotation needs to tie the draft to a best match by itself. */
const QUOTE_WORDS = 4;
// The sources' statements quoted with two apostrophes ("''KFOR urges …,'' said the statement") count as quoted.
const quoteSpansLoose = (text: string) => quoteSpans(text.replace(/''/g, '"'));
const LEADS_AFTER = /^-(?:led|backed|brokered|mediated|run)\b/;
// A source's name that credits a report or is a place: "according to AFP", "told Reuters", "in the UK".
const CREDIT_OR_PLACE_BEFORE = /\b(?:according\s+to|per|told|to|in|from|across|inside|outside|at)\s+(?:the\s+|an?\s+)?$/i;
// The draft's name as a place ("in the UK", "at Old Trafford"), a credit ("according to EULEX":
// creditVerdict's to weigh) or the author of a report about the statement ("a report by EULEX on …").
const DRAFT_NOT_DOER_BEFORE =
  /\b(?:according\s+to|per|told|in|from|across|inside|outside|at|near|(?:report|statement|study|analysis|assessment|survey|review|letter|article|paper|note|interview)s?\s+(?:by|from|of))\s+(?:the\s+|an?\s+)?$/i;

// A body written out is no place: "a seat at the United Nations" is its statement ("in", "at"); a credit
// still only credits it.
const CREDIT_BEFORE = /\b(?:according\s+to|per|told)\s+(?:the\s+|an?\s+)?$/i;

// "The statement … came from EULEX": whom a statement came from made it.
const CAME_FROM = /\b(?:came|comes|come|coming)\s+from\s+(?:the\s+)?$/i;
// "no seat at NATO": a seat at a body is membership of it, not a place.
const SEAT_AT = /\bseats?\s+(?:at|in)\s+(?:the\s+)?$/i;

function qualifies(text: string, n: NameMention): boolean {
  const before = text.slice(Math.max(0, n.start - 20), n.start);
  return QUALIFIER_AFTER.test(text.slice(n.end, n.end + 40)) || (writtenOutBody(n) ? CREDIT_BEFORE : CREDIT_OR_PLACE_BEFORE).test(before);
}

const LISTED_WITH = /^\s*(?:,|and\b|&)\s*\p{Lu}/u;
const LISTED_AFTER = /(?:\band|&)\s*$/;
const COMMA_BEFORE = /,\s*$/;

const WE = /^\W*(?:we|our)\b/i;

/**
 * "KFOR said it had increased its presence in three municipalities, and EULEX called on …": ", and" after
 * a word that ends no name opens the claim's own clause; after a name ("KFOR, NATO, and EULEX") it ends a list.
 */
function opensOwnClause(claim: NameMention, ctx: ClaimContext): boolean {
  const comma = /,\s*and\s+$/.exec(ctx.draft.text.slice(Math.max(0, claim.start - 8), claim.start));
  if (!comma) return false;
  const commaAt = claim.start - comma[0].length;
  return !ctx.draft.names.some((n) => n.end === commaAt);
}

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'NUM']);
const BOUNDARY = /^[;—–()]$/;

/**
 * The claim's clause, its own words left out: "Antony Blinken called the violence … "unacceptable"" of
 * "…, and France and Germany asked for new elections" (a clause joined by ", and" + a new subject is another's).
 */
function clauseWithout(draft: AnalysedSentence, claim: NameMention): AnalysedSentence & { span: { start: number; end: number } } {
  const { tokens } = draft;
  const at = tokens.findIndex((t) => t.start >= claim.start);
  const opens = (k: number) => opensClause(tokens, k, BOUNDARY);
  let from = at;
  while (from > 0 && !opens(from - 1)) from--;
  // ""We call on all sides …" — EU, in a statement": an attribution after a dash says who said the quotation.
  // So does a citation in brackets after it: ""…" (EU statement)".
  if (from > 1 && /^[—–(]$/.test(tokens[from - 1]!.text) && /["”»][.,]?\s*$/.test(draft.text.slice(0, tokens[from - 1]!.start))) {
    from--;
    while (from > 0 && !opens(from - 1)) from--;
  }
  let to = at;
  while (to < tokens.length && !opens(to)) to++;
  const keep = (t: Token) => t.end <= claim.start || t.start >= claim.end;
  return { ...draft, tokens: tokens.slice(from, to).filter(keep), span: { start: tokens[from]?.start ?? 0, end: tokens[to - 1]?.end ?? draft.text.length } };
}

const POLICE = /\b(?:(?:Kosovo|Kosovan|Kosovar|Serbian|local|special|riot)\s+)*police\b/i;
const POLICE_ALL = new RegExp(POLICE.source, 'gi');

// A force that acts alone: not credited ("according to Kosovar police"), owned ("an escort of Kosovo
// police") or one of two ("fought with both Kosovo police and the peacekeepers").
const NOT_ALONE_BEFORE = /\b(?:according\s+to|per|told|of|both|and|&)\s+(?:the\s+)?$/i;
const NOT_ALONE_AFTER = /^\s*(?:and|&|,\s*and)\b/i;

/** The police forces a source sentence names, as bodies: "Kosovo police", "Police". */
function policeIn(text: string): NameMention[] {
  const alone = (m: RegExpMatchArray) => !NOT_ALONE_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index!)) && !NOT_ALONE_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 8));
  return [...text.matchAll(POLICE_ALL)].filter(alone).map((m) => {
    // The force by its country, as the sources write it ("Kosovo police", "Kosovan police"); "police" alone otherwise.
    const named = /^(?:Kosovo|Kosovan|Kosovar|Serbian)\s+(?:special\s+)?police$/i.test(m[0]) ? m[0] : 'police';
    return { start: m.index!, end: m.index! + m[0].length, text: named, key: named.toLowerCase().replace(/kosovan|kosovar/, 'kosovo') };
  });
}

/** The one other body a best match tells the draft's statement of; undefined otherwise. */
export function swapJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  // Only bodies. Towns swapped for towns are the scene stages': a town's sentences are too alike ("NATO
  // soldiers … guarded the municipal building", in Leposaviq and in Zvečan) to be told apart here. People
  // are the actor, attribution and office stages': their statements are told in many words, and read
  // this loosely a person's own words elsewhere (a short quote, a second office) would be flagged.
  if (!isBody(claim)) return undefined;
  const { text } = ctx.draft;
  const draftBefore = text.slice(Math.max(0, claim.start - 30), claim.start);
  if (QUALIFIER_AFTER.test(text.slice(claim.end, claim.end + 40)) || (DRAFT_NOT_DOER_BEFORE.test(draftBefore) && !SEAT_AT.test(draftBefore) && !CAME_FROM.test(draftBefore))) return undefined;
  // "EULEX and KFOR fenced …": names listed together share the statement.
  // (A comma alone before it ends an opening phrase: "At the request of the Serbian List, EULEX is …".)
  const after = text.slice(claim.end, claim.end + 6);
  if (listedInDraft(ctx).has(claim.start) || LISTED_WITH.test(after) || (LISTED_AFTER.test(text.slice(Math.max(0, claim.start - 6), claim.start)) && !opensOwnClause(claim, ctx)) || (COMMA_BEFORE.test(text.slice(Math.max(0, claim.start - 4), claim.start)) && /^\s*,/.test(after))) return undefined;
  const rest = clauseWithout(ctx.draft, claim);
  if (rest.tokens.filter((t) => CONTENT.has(t.pos)).length < MIN_WORDS) return undefined;
  const draftQuotes = quoteSpans(text).map(([a, b]) => wordsIn(text.slice(a, b))).filter((w) => w.length >= QUOTE_WORDS);
  const quotesSource = (source: string) => draftQuotes.length > 0 && quotesAny(draftQuotes, source, quoteSpansLoose(source));
  const acting = (n: NameMention, where: string) => isBody(n) && !qualifies(where, n);
  // A body the draft names in another clause ("KFOR said it had increased its presence …, and EULEX called
  // on "all sides …"") may still be the one the claim's clause is told of.
  const inClause = (d: NameMention) => d.start >= rest.span.start && d.end <= rest.span.end;
  const drafted = (n: NameMention) => ctx.draft.names.some((d) => d !== claim && inClause(d) && (sameName(d.key, n.key) || mayBeOneThing(d.key, n.key, ctx)));
  let other: { name: NameMention; id: number; share: number } | undefined;
  for (const { id, sentence } of ctx.ranked.slice(0, RANKED)) {
    const source = ctx.index.cited(id)!.text;
    // The draft's quotation found in the source sentence ties the two, however little else they share:
    // "EULEX said it was "ready to take all necessary actions"" / "KFOR is ready to take all necessary actions".
    const share = Math.max(sentenceOverlap(rest, sentence, undefined), draftQuotes.length > 0 && quotesAny(draftQuotes, source, [[0, source.length]]) ? SAME_STATEMENT : 0);
    if (share < SAME_STATEMENT) continue;
    const names = ctx.index.namesIn(id);
    // A best match saying it of the draft's name, or of another name of it; not one naming it only as a
    // qualifier ("most EU nations recognise …" says nothing of the EU's own).
    // ("The EU-led dialogue" is the EU's own, as it leads it, unless the draft writes that compound itself
    // and gives the body another act beside it.)
    // (Nor where the draft quotes the best match's own words: ""… as the only way to peace and normalization"".)
    const leadsOwn = (n: NameMention) => LEADS_AFTER.test(source.slice(n.end, n.end + 12)) && !text.includes(source.slice(n.start, n.end + 5)) && !quotesSource(source);
    if (names.some((n) => (sameName(n.key, claim.key) || mayBeOneThing(n.key, claim.key, ctx)) && (!QUALIFIER_AFTER.test(source.slice(n.end, n.end + 40)) || leadsOwn(n)))) return undefined;
    // Or of another the draft names, whose statement it is ("… (KFOR) has personnel on the ground
    // alongside NATO's peacekeepers"; "Police and KFOR fenced …" against "EULEX and the police").
    if (names.some((n) => acting(n, source) && ctx.draft.names.some((d) => d !== claim && acting(d, text) && sameName(d.key, n.key)))) continue;
    // Not a name that only qualifies a person or credits a report ("US secretary of state Antony
    // Blinken", "according to an AFP journalist"), nor one the draft names too.
    let candidates = names.filter((n) => acting(n, source) && !drafted(n));
    let citedId = id;
    // "''We call on all sides to refrain …" / "In line with its mandate, KFOR is ready …": a statement in
    // the first person plural is the body the sentence beside it names.
    if (candidates.length === 0 && WE.test(source)) {
      for (const near of [id + 1, id - 1]) {
        const beside = ctx.index.cited(near);
        if (!beside || beside.source.path !== ctx.index.cited(id)!.source.path) continue;
        const bodies = ctx.index.namesIn(near).filter((n) => acting(n, beside.text) && !drafted(n));
        if (bodies.length > 0) {
          candidates = bodies;
          citedId = near;
          break;
        }
      }
    }
    // "When Serbs tried to block the officials, Kosovo police fired tear gas": a police force is a body the
    // sources name by its common noun, with its country or none.
    if (candidates.length === 0 && !POLICE.test(ctx.draft.text)) candidates = policeIn(source);
    const distinct = candidates.filter((c, i) => candidates.findIndex((d) => sameName(d.key, c.key)) === i);
    if (distinct.length !== 1) continue;
    if (other && !sameName(other.name.key, distinct[0]!.key)) return undefined;
    if (!other || share > other.share) other = { name: distinct[0]!, id: citedId, share };
  }
  if (!other || writtenTogether(claim, other.name, ctx)) return undefined;
  // A sentence naming the draft's name that says about as much: the statement may be told of it too.
  let read = 0;
  for (const entry of resolve(claim.key, ctx)) {
    for (const id of entry.sentenceIds) {
      if (read++ >= OWN_SENTENCES) break;
      // The other body's own sentence, naming the draft's only as a qualifier ("the EU-led dialogue"), was weighed above.
      if (id === other.id) continue;
      const sentence = ctx.index.sentence(id);
      if (sentence && sentenceOverlap(rest, sentence, undefined) >= OWN_SHARE * other.share) return undefined;
    }
  }
  // The sources' usual spelling of the body ("KFOR" where the best match writes "KFor").
  const entry = ctx.index.names.get(other.name.key);
  const usual = entry && preferredForm(entry);
  const suggestion = usual && usual.toLowerCase() === other.name.text.toLowerCase() ? usual : other.name.text;
  return replacedName(claim, `say this of ${suggestion}`, ctx.index.cited(other.id)!, suggestion);
}

// "cancelled Serbia's participation", "Belgrade's part": a name whose thing an act is done to.
const POSSESSED = /^['’]s\s+(\p{L}+)/u;

/** Whether the draft's possessed noun is the source's: the same word, or a short form of it ("part", "participation"). */
function sameThing(draft: string, source: string): boolean {
  const [a, b] = [draft.toLowerCase(), source.toLowerCase()];
  return a === b || (a.length >= 4 && b.length > a.length + 2 && b.startsWith(a));
}

/**
 * "The U.S. has cancelled Serbia's part in a NATO military exercise" where the best match, saying most of
 * the rest, has "cancel Pristina's participation": the possessor of the thing the act is done to. The
 * best match may name the draft's place elsewhere ("Kosovo's 2008 independence from Serbia"), not as that
 * thing's possessor.
 */
export function possessorJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const { text } = ctx.draft;
  const thing = POSSESSED.exec(text.slice(claim.end, claim.end + 30))?.[1] ?? attributiveNoun(claim, ctx) ?? excludedFrom(claim, ctx);
  if (!thing || claim.demonym || isPersonName(claim, ctx.index)) return undefined;
  // A best match must write the thing at all ("escort", "part…"): most names own nothing the sources name.
  // ("particip", not "part": the Serbian part, the party.)
  const stem = thing.toLowerCase().slice(0, thing.length > 8 ? 8 : 4);
  const rest = clauseWithout(ctx.draft, claim);
  const content = rest.tokens.filter((t) => CONTENT.has(t.pos));
  if (content.length < MIN_WORDS) return undefined;
  // The clause's best matches without the name too: a wrong name draws the sentences about itself above
  // the statement ("under KFOR escort" ranks KFOR's sentences over "with an escort of Kosovo police").
  const best: Array<{ id: number; readonly sentence: AnalysedSentence }> = ctx.ranked.slice(0, RANKED);
  addMatchesOf(best, ctx, content.map((t) => t.text), RANKED);
  // And the pool's best that write the thing at all: a paraphrase shares few other words with it.
  const writesThing = (id: number) => (ctx.index.cited(id)?.text.toLowerCase().includes(stem) ?? false);
  for (const [id] of bestInPool(ctx.pool, writesThing, RANKED)) if (!best.some((b) => b.id === id)) best.push({ id, sentence: ctx.index.sentence(id)! });
  if (!best.some(({ id }) => writesThing(id))) return undefined;
  let other: { name: NameMention; id: number; owned: string } | undefined;
  for (const { id, sentence } of best) {
    if (sentenceOverlap(rest, sentence, undefined) < SAME_STATEMENT) continue;
    const source = ctx.index.cited(id)!.text;
    for (const n of ctx.index.namesIn(id)) {
      // "an escort of Kosovo police": the thing before "of", its owner's body noun kept for the fix.
      const owned = POSSESSED.exec(source.slice(n.end, n.end + 30))?.[1] ?? OWNED_BEFORE.exec(source.slice(Math.max(0, n.start - 30), n.start))?.[1];
      if (!owned || n.demonym || !sameThing(thing, owned)) continue;
      if (samePlace(n, claim) || mayBeOneThing(n.key, claim.key, ctx)) return undefined;
      if (isPersonName(n, ctx.index)) continue;
      if (other && !samePlace(other.name, n)) return undefined;
      other ??= { name: n, id, owned };
    }
  }
  if (!other || ctx.draft.names.some((d) => samePlace(d, other!.name))) return undefined;
  const cited = ctx.index.cited(other.id)!;
  const owner = other.name.text + (BODY_AFTER.exec(cited.text.slice(other.name.end, other.name.end + 20))?.[0] ?? '');
  return replacedName(claim, `have ${owner}'s ${other.owned} here`, cited, owner);
}

// "under EULEX escort": a name before a common noun owns it, as "EULEX's escort" would.
const OWNED_BEFORE = /\b(\p{Ll}+)\s+of\s+(?:the\s+)?$/u;
// "an escort of Kosovo police": the owner is the body its noun names.
const BODY_AFTER = /^\s+(?:police|government|authorities|army|military)\b/;

// "pulled Serbia out of a NATO military exercise", "dropped Belgrade from …": what is cancelled is the
// object's part in it, as "cancel Pristina's participation in a NATO military exercise" says.
const EXCLUDING = new Set(['drop', 'kick', 'throw', 'pull', 'exclude', 'expel', 'remove', 'bar', 'ban', 'uninvite']);
const OUT_OF = /^\s+(?:out\s+of|from)\s/i;

/** "participation", for a name an exclusion is done to; undefined otherwise. */
function excludedFrom(claim: NameMention, ctx: ClaimContext): string | undefined {
  const verb = ctx.draft.tokens.filter((t) => t.end <= claim.start).pop();
  return verb?.pos === 'VERB' && EXCLUDING.has(verb.lemma) && OUT_OF.test(ctx.draft.text.slice(claim.end, claim.end + 12)) ? 'participation' : undefined;
}

/** The common noun right after a name that it qualifies ("EULEX escort"), as the tagger reads it. */
function attributiveNoun(claim: NameMention, ctx: ClaimContext): string | undefined {
  const next = ctx.draft.tokens.find((t) => t.start >= claim.end);
  if (!next || next.pos !== 'NOUN' || ctx.draft.text.slice(claim.end, next.start) !== ' ') return undefined;
  const after = ctx.draft.tokens[ctx.draft.tokens.indexOf(next) + 1];
  // "EULEX escort", not "NATO military exercise" or "KFOR soldiers guard": the noun ends the phrase.
  return after?.pos === 'NOUN' || after?.pos === 'PROPN' ? undefined : next.text.toLowerCase();
}
