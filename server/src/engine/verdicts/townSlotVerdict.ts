// Where a scene was: "Wednesday's protest outside the city hall in Leposavic" where the best-matching
// source sentence has that protest "outside the city hall in Zvecan". A town after "in" or "at" (or
// heading its line) where a sentence much like the draft's, naming no draft place, has another town after
// the same word, with the same words around it. Town against town only, as in scenePlaceVerdict.
import type { NameMention } from '../claims/names';
import { TITLES } from '../claims/names';
import type { AnalysedSentence } from '../claims/analyse';
import { bestInPool, replacedName, type ClaimContext, type Judgement } from './judgement';
import { contextKey, contextOfSpan, contextOverlap, sentenceOverlap, type WeightedContext } from './numberContext';
import { locatedIn } from './eventPlaceVerdict';
import { namesLists } from './listVerdict';
import { isPersonName, samePlace } from './relationVerdict';
import { isTown, namesPlace, PART_OF, PLACE_BEFORE, SETTING_BEFORE, SETTLEMENT_BEFORE, VALUE_SENTENCES } from './scenePlaceVerdict';

/** Whether a sentence of the pool lists the two places as members of one list. */
function listedWith(a: NameMention, b: NameMention, ctx: ClaimContext): boolean {
  for (const [id] of bestInPool(ctx.pool, (id) => namesPlace(id, a, ctx) && namesPlace(id, b, ctx), VALUE_SENTENCES)) {
    const text = ctx.index.cited(id)!.text;
    for (const list of namesLists(text, ctx.index.namesIn(id))) {
      if (list.members.some((m) => samePlace(m, a)) && list.members.some((m) => samePlace(m, b))) return true;
    }
  }
  return false;
}

/**
 * The words around a town that say what happened there: names and titles left out, as "the mayor in
 * Leposaviq, Lulzim Hetemi" says whose office is there (relationVerdict's to weigh), not what took place.
 */
function sceneContext(sentence: AnalysedSentence, place: NameMention): WeightedContext {
  const context = contextOfSpan(sentence, place);
  for (const t of sentence.tokens) if (t.pos === 'PROPN' || TITLES.has(t.lower)) context.delete(contextKey(t.lemma));
  return context;
}

const SENTENCE_END = /[.!?]["”’)]?\s*$/;
/** How much a word of the scene's first sentence weighs beside the town of its second. */
const SCENE_WORD_WEIGHT = 0.2;

/** The words of a scene's first sentence ("The crowd then spread a huge Serbian flag."), weighed as distant ones. */
function withSceneWords(context: WeightedContext, first: AnalysedSentence | undefined): WeightedContext {
  if (!first) return context;
  const out = new Map(context);
  for (const t of first.tokens) {
    if (t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'ADJ') continue;
    const key = contextKey(t.lemma);
    if (!out.has(key)) out.set(key, SCENE_WORD_WEIGHT);
  }
  return out;
}

// A sentence that goes on with the scene before it: "They unfurled …", "… parts of the city".
const GOES_ON = /^(?:They|He|She|It|The crowd|The protesters)\b|\b(?:the|this)\s+(?:city|town|village)\b(?!\s+(?:of|hall)\b)/;
/** How many sentences back a scene's opening may stand. */
const SCENE_BACK = 2;

/**
 * The sentence opening the scene `id` goes on with: walked back through sentences that go on, in the same
 * article, to the first that names a town as the scene's.
 */
function openingOfScene(id: number, ctx: ClaimContext, namesTown: (id: number) => boolean): number | undefined {
  const path = ctx.index.cited(id)!.source.path;
  let at = id;
  for (let back = 1; back <= SCENE_BACK; back++) {
    if (!GOES_ON.test(ctx.index.cited(at)!.text)) return undefined;
    const previous = ctx.index.cited(at - 1);
    if (!previous || previous.source.path !== path || !SENTENCE_END.test(previous.text)) return undefined;
    at--;
    if (namesTown(at)) return at;
  }
  return undefined;
}

// "the roads into Leposavic", "road axes leading to the center of Zvečan": the town a road leads to.
const ROUTE_BEFORE = /\b(?:roads?|road\s+axes|routes?|highways?|approach(?:es)?)\s+(?:(?:leading|running|going)\s+)?(?:in)?to\s+(?:the\s+(?:centre|center)\s+of\s+)?$/i;

const IN_TOWN_OF = /\bin\s+the\s+(?:city|town|village)\s+of\s+$/i;

// A town heading its line: nothing but list or emphasis marks before it, a colon after it.
const HEADING_BEFORE = /^[\s*_>#|-]*$/;
const HEADING_AFTER = /^[*_]*\s*:/;

// The outlet a sentence credits: "according to an AFP journalist", "a Reuters reporter".
const CREDIT_BEFORE = /according\s+to\s+(?:an?|the)\s+$/i;
const REPORTER_AFTER = /^\s+(?:journalists?|reporters?|correspondents?|photographers?)\b/i;

/** Whether the source sentence credits an outlet the draft sentence names too. */
function sharesCredit(id: number, ctx: ClaimContext): boolean {
  const text = ctx.index.cited(id)!.text;
  return ctx.index
    .namesIn(id)
    .some(
      (n) =>
        (CREDIT_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)) || REPORTER_AFTER.test(text.slice(n.end, n.end + 16))) &&
        ctx.draft.names.some((d) => d.key === n.key),
    );
}

/** Best-matching sentences read for the town they set the draft's scene in. */
const SLOT_RANKED = 3;
// "outside the Leposavic town hall": a town by the building it names.
const SETTLEMENT_AFTER = /^\s+(?:town|city)\s+hall\b/i;
const SCENE_QUERY_POS = new Set(['NOUN', 'PROPN', 'NUM', 'VERB', 'ADJ']);
const CLAUSE_BOUNDARY = /^[,;:—–()]$/;
/** Content words a clause needs to be searched alone. */
const CLAUSE_WORDS = 3;

/**
 * The best matches of the draft sentence, and those of its words without the town: the town the draft
 * names, if wrong, draws the sentences about that town above the scene ("a huge Serbian flag … in Zubin
 * Potok" ranks "In the town of Zubin Potok, Kosovan police …" over "The crowd then spread a huge Serbian
 * flag.").
 */
function sceneMatches(claim: NameMention, ctx: ClaimContext): Array<{ id: number; sentence: AnalysedSentence; draft: AnalysedSentence }> {
  const out = ctx.ranked.slice(0, SLOT_RANKED).map(({ id, sentence }) => ({ id, sentence, draft: ctx.draft }));
  const { tokens } = ctx.draft;
  const words = (from: number, to: number) =>
    new Set(tokens.slice(from, to).filter((t) => SCENE_QUERY_POS.has(t.pos) && (t.end <= claim.start || t.start >= claim.end)).map((t) => t.text));
  // A long sentence telling several scenes ("the clashes that injured …, the huge Serbian flag unfurled at
  // Wednesday's protest in Zubin Potok, the Albanians on the Ibre bridge …"): the town's own clause.
  const at = tokens.findIndex((t) => t.start >= claim.start);
  let from = at;
  while (from > 0 && !CLAUSE_BOUNDARY.test(tokens[from - 1]!.text)) from--;
  let to = at;
  while (to < tokens.length && !CLAUSE_BOUNDARY.test(tokens[to]!.text)) to++;
  let query = words(from, to);
  // A match for the clause alone is compared with the clause alone, without the town it tests.
  let draft: AnalysedSentence = { ...ctx.draft, tokens: tokens.slice(from, to).filter((t) => t.end <= claim.start || t.start >= claim.end) };
  if (query.size < CLAUSE_WORDS || (from === 0 && to === tokens.length)) {
    query = words(0, tokens.length);
    draft = ctx.draft;
  }
  // A best match found again for the clause is read again against the clause.
  for (const { id, sentence } of ctx.index.rank([...query].join(' '), SLOT_RANKED)) if (!out.some((o) => o.id === id && o.draft === draft)) out.push({ id, sentence, draft });
  return out;
}
/** How much of the draft sentence a source sentence must share to be the same scene. */
const SLOT_SENTENCE_OVERLAP = 0.4;
/** How like the draft's a best match naming the draft's town must be to outweigh a scene set elsewhere. */
const OWN_TOWN_OVERLAP = 0.85;
/** How much of the draft a best match must say to be its statement about another town, wherever it names it. */
const SAME_STATEMENT_OVERLAP = 0.7;
/** How much of the town's own clause a best match must say to be its statement about another town. */
const SAME_CLAUSE_OVERLAP = 0.85;
/** Content words that clause needs: a short one ("Monday's clashes in Zvecan") says too little to tell. */
const SAME_CLAUSE_WORDS = 5;
const contentWords = (sentence: AnalysedSentence) => sentence.tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'PROPN').length;
/** How much the words around the two towns must share. */
const SLOT_CONTEXT = 0.35;

/**
 * "Wednesday's protest outside the city hall in Leposavic" where the best-matching source sentence has
 * that protest "outside the city hall in Zvecan": a town after "in" or "at" where a sentence much like the
 * draft's, and naming no draft place, has another town after the same word, with the same words around
 * it. Town against town only (as above), and never where a source sentence writes the draft's town with
 * words as like the draft's, where the best matches disagree, or where one town is written in the other.
 */
export function townSlotJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const before = ctx.draft.text.slice(Math.max(0, claim.start - 4), claim.start);
  // "the city hall of Zubin Potok": a place by its words, whatever its two capitalised words suggest.
  const settlement = (text: string, at: number) => SETTLEMENT_BEFORE.test(text.slice(Math.max(0, at - 24), at));
  const settled = settlement(ctx.draft.text, claim.start) || SETTLEMENT_AFTER.test(ctx.draft.text.slice(claim.end, claim.end + 16));
  // "in the Serbian part of Zvečan" is in Zvečan.
  const part = PART_OF.test(ctx.draft.text.slice(Math.max(0, claim.start - 40), claim.start));
  // "Zubin Potok: barbed wire, NATO soldiers behind it …": a log's or a bulletin's line headed by its town
  // tells what happened in it.
  const headed = HEADING_BEFORE.test(ctx.draft.text.slice(0, claim.start)) && HEADING_AFTER.test(ctx.draft.text.slice(claim.end, claim.end + 4));
  const route = ROUTE_BEFORE.test(ctx.draft.text.slice(Math.max(0, claim.start - 50), claim.start));
  if (claim.demonym || !(PLACE_BEFORE.test(before) || settled || part || headed || route) || (!settled && isPersonName(claim, ctx.index) && !isTown(claim, ctx))) return undefined;
  const preposition = route ? 'route' : part || headed ? 'in' : before.trim().toLowerCase().split(/\s+/).pop();
  const near = sceneContext(ctx.draft, claim);
  let other: { place: NameMention; id: number; score: number; byStatement: boolean; draft: AnalysedSentence; told: number } | undefined;
  let towns = 1;
  // "in the Serbian part of ethnically divided Mitrovica" is in Mitrovica; "the city of Mitrovica" opens
  // the scene the sentences after it tell.
  const inPart = (text: string, at: number) => preposition === 'in' && PART_OF.test(text.slice(Math.max(0, at - 40), at));
  const townsIn = (id: number, opening = false, townOf = true): NameMention[] => {
    const text = ctx.index.cited(id)!.text;
    return ctx.index
      .namesIn(id)
      .filter(
        (n) =>
          !n.demonym &&
          (text.slice(Math.max(0, n.start - 4), n.start).trim().toLowerCase().split(/\s+/).pop() === preposition ||
            ((settled || opening) && settlement(text, n.start)) ||
            // "In the town of Zubin Potok, Kosovan police …" sets its scene in the town as "In Zubin Potok" does.
            (townOf && preposition === 'in' && IN_TOWN_OF.test(text.slice(Math.max(0, n.start - 30), n.start))) ||
            inPart(text, n.start) ||
            (preposition === 'route' && ROUTE_BEFORE.test(text.slice(Math.max(0, n.start - 50), n.start))) ||
            (opening && SETTING_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start)))),
      );
  };
  // A scene a source tells in two sentences ("The crowd then spread a huge Serbian flag." / "Wednesday's
  // protest outside the city hall in Zvecan …"): a best match with no town is read with the next one.
  const scenes: Array<{ id: number; sentence: AnalysedSentence; told: AnalysedSentence; before?: AnalysedSentence; draft: AnalysedSentence; opening?: boolean }> = [];
  // A best match as like the draft's that names the draft's town: no scene told before it is looked for.
  const statedInBest = ctx.ranked
    .slice(0, SLOT_RANKED)
    .some(({ id, sentence }) => namesPlace(id, claim, ctx) && sentenceOverlap(ctx.draft, sentence, undefined) >= SLOT_SENTENCE_OVERLAP);
  for (const { id, sentence, draft } of sceneMatches(claim, ctx)) {
    scenes.push({ id, sentence, told: sentence, draft });
    const next = ctx.index.cited(id + 1);
    // "They unfurled … flags, and chanted slogans in favour of the … (UCK)": a sentence that goes on
    // with a scene ("They", "the city") set a sentence or two before.
    const namesTown = (k: number) => townsIn(k, true).some((n) => isTown(n, ctx));
    // Nor where the sentence or the next names the draft's town ("Later they walked on to Zvecan.").
    const onward = next?.source.path === ctx.index.cited(id)!.source.path && namesPlace(id + 1, claim, ctx);
    const opening = namesTown(id) || namesPlace(id, claim, ctx) || onward || statedInBest ? undefined : openingOfScene(id, ctx, namesTown);
    if (opening !== undefined) {
      // The words of every sentence after the opening are the scene's ("the main bridge", "chanted slogans").
      const goneOn = [];
      for (let k = opening + 1; k <= id; k++) goneOn.push(...ctx.index.sentence(k)!.tokens);
      scenes.push({ id: opening, sentence: ctx.index.sentence(opening)!, told: sentence, before: { ...sentence, tokens: goneOn }, draft, opening: true });
    }
    // A heading after it ("Demonstration in Mitrovica", no final stop) opens another scene.
    // (A sentence opening "In the town of X, …" is still read with the next: "the mayor in Leposaviq, …".)
    if (townsIn(id, false, false).length > 0 || next?.source.path !== ctx.index.cited(id)!.source.path || !SENTENCE_END.test(next.text) || ctx.index.namesIn(id).some((n) => samePlace(n, claim))) continue;
    const after = ctx.index.sentence(id + 1)!;
    scenes.push({ id: id + 1, sentence: after, told: { ...after, tokens: [...sentence.tokens, ...after.tokens] }, before: sentence, draft });
  }
  // How like the draft's the likest sentence naming the draft's town is, and the scene's that names another.
  let ownTown = 0;
  let otherTold = 0;
  for (const { id, sentence, told, before: told1, draft, opening } of scenes) {
    const names = ctx.index.namesIn(id);
    const overlap = sentenceOverlap(draft, told, undefined);
    if (names.some((n) => samePlace(n, claim))) {
      // Only its own words: "… NATO soldiers are guarding the town hall, which is surrounded by barbed wire."
      // read with "The mayors of Zvečan and Zubin Potok work from their homes." names Zubin Potok for another statement.
      // (A sentence naming no town, "… around the city hall of this city.", is the scene of the next one.)
      const ownWords = told !== sentence && told1?.names.some((n) => !n.demonym && isTown(n, ctx));
      if (draft === ctx.draft) ownTown = Math.max(ownTown, ownWords ? sentenceOverlap(draft, sentence, undefined) : overlap);
      continue;
    }
    const candidates = townsIn(id, opening);
    if (candidates.length === 0 || overlap < SLOT_SENTENCE_OVERLAP) continue;
    for (const name of candidates) {
      // A town the sources call one ("the town of Zubin Potok") is no person, whatever its two capitalised words suggest.
      if (ctx.draft.names.some((d) => samePlace(d, name)) || !isTown(name, ctx)) continue;
      let score = contextOverlap(draft === ctx.draft ? near : sceneContext(draft, claim), withSceneWords(sceneContext(sentence, name), told1));
      // "In Zvečan, a few dozen Serbs gathered again … outside the town hall" for the draft's "A few dozen
      // Serbs gathered again outside the town hall in Leposavic": a sentence saying nearly all the draft
      // says, in its own order, about one town.
      // Or one outlet's report of it ("according to an AFP journalist" / "an AFP reporter counted"): the
      // credit ties the two however differently they tell the scene.
      // The town's own clause said nearly word for word ("In Leposavic they fought the police and then
      // NATO-led troops; 30 peacekeepers …" for "In Zvecan on Monday, angry Serbs again clashed first with
      // the police and later with Nato-led troops …") is that statement too.
      const sameStatement =
        ((draft === ctx.draft && (overlap >= SAME_STATEMENT_OVERLAP || (sharesCredit(id, ctx) && overlap >= SLOT_SENTENCE_OVERLAP))) || (draft !== ctx.draft && overlap >= SAME_CLAUSE_OVERLAP && contentWords(draft) >= SAME_CLAUSE_WORDS)) &&
        candidates.length === 1;
      if (score < SLOT_CONTEXT && !sameStatement) continue;
      // Found by its whole statement alone, the scene is weighed against the draft's town by statements too.
      const byStatement = sameStatement && score < SLOT_CONTEXT;
      if (sameStatement) score = Math.max(score, SLOT_CONTEXT);
      // "NATO soldiers behind barbed wire guard the town hall" is told of Leposaviq and of Zvečan: a third
      // town is neither, and the likelier of the two is suggested.
      if (other && !samePlace(other.place, name)) towns = 2;
      if (!other || score > other.score) other = { place: name, id, score, byStatement, draft, told: overlap };
      if (draft === ctx.draft) otherTold = Math.max(otherTold, overlap);
    }
  }
  // A line headed by its town says no more of it than its scene: a best match naming the town as like as
  // the other town's scene leaves it there.
  // "NATO soldiers … guarded the town hall in Leposavic" where a best match as like it names Leposaviq: the
  // scene is told in the draft's town, whatever another sentence's soldiers guard elsewhere.
  if (other && (ownTown > Math.max(otherTold, OWN_TOWN_OVERLAP) || (headed && ownTown >= otherTold))) return undefined;
  // Town against town: the sources call both one, or list the two side by side ("Zvecan, Zubin Potok, and
  // Leposavic"), which a country and its town never are.
  if (!other || locatedIn(claim, other.place, ctx) || !(isTown(claim, ctx) || listedWith(claim, other.place, ctx))) return undefined;
  const credited = other.byStatement && sharesCredit(other.id, ctx);
  // A source writing the draft's town in words as like the draft's: the scene may be set there too.
  for (const [id] of bestInPool(ctx.pool, (id) => namesPlace(id, claim, ctx), VALUE_SENTENCES)) {
    const sentence = ctx.index.sentence(id)!;
    // Weighed by the words around the town, and, where the scene was found by its whole statement, by that.
    // (Not, for a scene the draft credits to the same outlet, by a sentence naming both towns, "in front of
    // the municipality buildings of Zvecan, Zubin Potok, and Leposavic": it tells of them all, no more of
    // the draft's town than of the outlet's.)
    const both = credited && sentence.names.some((n) => samePlace(n, other!.place));
    if (other.byStatement && !both && sentenceOverlap(other.draft, sentence, undefined) >= other.told * 0.8) return undefined;
    // "In the town of Zubin Potok, Kosovan police forces …" shares "police" with "In Zubin Potok, Serbs
    // clashed with the police …": words around a town weigh only against a scene found by its own.
    if (other.byStatement) continue;
    for (const name of sentence.names) {
      if (samePlace(name, claim) && contextOverlap(near, sceneContext(sentence, name)) >= other.score * 0.8) return undefined;
    }
  }
  return replacedName(claim, `set this in ${other.place.text}${towns > 1 ? ' and in another town' : ''}`, ctx.index.cited(other.id)!, other.place.text);
}
