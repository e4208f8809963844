// A body put in another's statement: "EULEX has promised to act "in a neutral and impartial manner"" where
// the best-matching source sentence says "KFOR is ready to take all necessary actions … in a neutral and
// impartial manner", and no sentence naming EULEX says anything like it. The other stages read the
// draft's syntax (who did what, who said it, where); this one reads only which body a statement is told
// of, for the sentences whose syntax they cannot follow (tables, fragments, asides, passives).
//
// Only a body written as an acronym ("EULEX", "KFOR", "KQZ"), against the one other acronym of a best
// match that says most of what the draft sentence says without it; never where a best match names the
// draft's body, nor where a sentence naming it says as much.
import type { AnalysedSentence } from '../claims/analyse';
import { TITLES, type NameMention } from '../claims/names';
import { sentenceOverlap } from './numberContext';
import { resolve } from './nameVerdict';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { mayBeOneThing, writtenTogether } from './slotVerdict';
import { sameName } from './relationVerdict';

/** Best matches read for the statement. */
const RANKED = 3;
/** How much of the draft sentence (its body left out) the best match must say. */
const SAME_STATEMENT = 0.5;
/** How near a sentence naming the draft's body must come to the best match's share to say it too. */
const OWN_SHARE = 0.8;
/** Sentences naming the draft's body read for its own statements, at most. */
const OWN_SENTENCES = 200;
/** Content words the draft sentence needs beside the body: a short fragment says too little to tell. */
const MIN_WORDS = 4;

const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,6}$/u;
const isBody = (m: NameMention) => !m.demonym && ACRONYM.test(m.text) && m.text.length >= 2;

// "US secretary of state …", "an AFP journalist", "the EU-led dialogue", "most EU nations": a name that
// qualifies a person, a report, a process or its members.
const QUALIFIER_AFTER = new RegExp(
  `^(?:\\s+(?:${[...TITLES].join('|')}|foreign|defence|interior|journalists?|reporters?|correspondents?|agency|news|nations|countries|members?|states)\\b|-(?:led|backed|brokered|mediated|run|style)\\b)`,
  'i',
);
// "according to AFP", "told Reuters", and a place: "in the UK", "to the US".
const CREDIT_OR_PLACE_BEFORE = /\b(?:according\s+to|per|told|to|in|from|across|inside|outside)\s+(?:the\s+|an?\s+)?$/i;

// The draft's body as a place ("in the UK") or a credit ("according to EULEX": creditVerdict's to weigh).
// Or the author of a report about the statement ("a report by EULEX on the fenced town halls").
const PLACE_BEFORE =
  /\b(?:according\s+to|per|told|in|from|across|inside|outside|(?:report|statement|study|analysis|assessment|survey|review|letter|article|paper|note|interview)s?\s+(?:by|from|of))\s+(?:the\s+|an?\s+)?$/i;

function qualifies(text: string, n: NameMention): boolean {
  return QUALIFIER_AFTER.test(text.slice(n.end, n.end + 40)) || CREDIT_OR_PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start));
}

/** The draft sentence without the claim's words. */
function without(draft: AnalysedSentence, claim: NameMention): AnalysedSentence {
  return { ...draft, tokens: draft.tokens.filter((t) => t.end <= claim.start || t.start >= claim.end) };
}

const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'NUM']);

/** The one other body a best match tells the draft's statement of; undefined when it names the draft's or several. */
export function swapJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  // Only bodies: towns swapped for towns are the scene stages', and a town's sentences are too alike
  // ("NATO soldiers … guarded the municipal building" in Leposaviq, and in Zvečan) to be told apart here.
  if (!isBody(claim) || QUALIFIER_AFTER.test(ctx.draft.text.slice(claim.end, claim.end + 40)) || PLACE_BEFORE.test(ctx.draft.text.slice(Math.max(0, claim.start - 20), claim.start))) return undefined;
  const rest = without(ctx.draft, claim);
  if (rest.tokens.filter((t) => CONTENT.has(t.pos)).length < MIN_WORDS) return undefined;
  let other: { name: NameMention; id: number; share: number } | undefined;
  for (const { id, sentence } of ctx.ranked.slice(0, RANKED)) {
    const names = ctx.index.namesIn(id);
    const share = sentenceOverlap(rest, sentence, undefined);
    if (share < SAME_STATEMENT) continue;
    // A best match saying it of the draft's body, or of another name of it; or of another body the draft
    // names, whose statement it is ("… (KFOR) has personnel on the ground alongside NATO's peacekeepers").
    if (names.some((n) => sameName(n.key, claim.key) || mayBeOneThing(n.key, claim.key, ctx))) return undefined;
    const sourceText = ctx.index.cited(id)!.text;
    const acting = (d: NameMention, t: string) => isBody(d) && !qualifies(t, d);
    if (names.some((n) => acting(n, sourceText) && ctx.draft.names.some((d) => d !== claim && acting(d, ctx.draft.text) && sameName(d.key, n.key)))) continue;
    // Bodies the draft names too are not what it swapped ("Police and KFOR fenced …" against "EULEX and the
    // police"), nor a body that only qualifies a person or credits a report ("US secretary of state
    // Antony Blinken", "according to an AFP journalist").
    const text = ctx.index.cited(id)!.text;
    const bodies = names.filter((n) => isBody(n) && !ctx.draft.names.some((d) => sameName(d.key, n.key) || mayBeOneThing(d.key, n.key, ctx)) && !qualifies(text, n));
    const distinct = bodies.filter((b, i) => bodies.findIndex((c) => sameName(c.key, b.key)) === i);
    if (distinct.length !== 1) continue;
    if (other && !sameName(other.name.key, distinct[0]!.key)) return undefined;
    if (!other || share > other.share) other = { name: distinct[0]!, id, share };
  }
  if (!other || writtenTogether(claim, other.name, ctx)) return undefined;
  // A sentence naming the draft's body that says about as much: the statement may be told of it too.
  let read = 0;
  for (const entry of resolve(claim.key, ctx)) {
    for (const id of entry.sentenceIds) {
      if (read++ >= OWN_SENTENCES) break;
      const sentence = ctx.index.sentence(id);
      if (sentence && sentenceOverlap(rest, sentence, undefined) >= OWN_SHARE * other.share) return undefined;
    }
  }
  return replacedName(claim, `say this of ${other.name.text}`, ctx.index.cited(other.id)!, other.name.text);
}
