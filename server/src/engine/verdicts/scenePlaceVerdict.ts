// Where a counted crowd was: "At least 100 Albanians rallied on the bridge in Zvecan" where the source
// sentence with the same figure and the same noun ("At least 100 Albanians gathered on Thursday on the
// main bridge … parts of the city") is set in Mitrovica: in its own words ("in the city of Mitrovica"),
// or, where it says only "the city", in the sentence before it in its article ("… gathered in Kosovo's
// northern city of Mitrovica"). The figure and its noun tie the two sentences to one scene; protests
// and gatherings alone do not, as a story has them in many places (eventPlaceVerdict leaves them out).
//
// Only town against town: the sources must write both places as a city, town or village ("the town of
// X", "city hall in X"), so a country or region holding the town ("in Kosovo") is never taken for another
// place. Never when a scene sentence or its neighbours name the draft's place, when the scene sentences
// disagree, or when the pool writes one place as in the other ("Zvecan, Mitrovica").
import type { NameMention } from '../claims/names';
import type { NumberMention } from '../claims/numbers';
import { findNumberWords } from '../claims/numberWords';
import { bestInPool, oncePerDraft, replacedName, type ClaimContext, type Judgement } from './judgement';
import { contextKey, contextOfSpan, contextOverlap, sentenceOverlap, type WeightedContext } from './numberContext';
import { TITLES } from '../claims/names';
import type { AnalysedSentence } from '../claims/analyse';
import { locatedIn } from './eventPlaceVerdict';
import { namesLists } from './listVerdict';
import { resolve } from './nameVerdict';
import { isPersonName, samePlace } from './relationVerdict';

/** Sentences of the pool stating the figure that are read, best first. */
const VALUE_SENTENCES = 20;
/** Sentences naming a place read to tell whether the sources call it a city, town or village. */
const PLACE_SENTENCES = 200;
/** Words allowed between a figure and its noun: "100 ethnic Albanians". */
const NOUN_GAP = 2;

const PLACE_BEFORE = /\b(?:in|at)\s+$/i;
// "the city of Mitrovica", "the town of Leposaviq", "city hall in Zvecan", "the town hall of Zubin Potok".
const SETTLEMENT_BEFORE = /\b(?:city|town|village)(?:\s+(?:hall|centre|center))?\s+(?:of|in)\s+$/i;
const SETTING_BEFORE = /\b(?:city|town|village)\s+of\s+$/i;
// "in the Serbian part of ethnically divided Mitrovica": a part of a town is set in the town.
const PART_OF = /\b(?:part|side|half|north|south|centre|center|outskirts)\s+of\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const ANAPHOR = /\b(?:the|this)\s+(?:city|town|village)\b/i;

interface DraftScene {
  place: NameMention;
  figure: NumberMention;
}

/** Each place after "in" or "at" in the clause of a counted noun: "100 Albanians rallied … in Zvecan". */
const scenesInDraft = oncePerDraft((ctx): DraftScene[] => {
  const found: DraftScene[] = [];
  const { text, names, numbers } = ctx.draft;
  for (const place of names) {
    if (place.demonym || !PLACE_BEFORE.test(text.slice(Math.max(0, place.start - 4), place.start))) continue;
    if (isPersonName(place, ctx.index)) continue;
    for (const figure of numbers) {
      if (figure.numKind !== 'count' || !figure.unit || figure.high !== undefined) continue;
      const [a, b] = figure.end <= place.start ? [figure.end, place.start] : [place.end, figure.start];
      // ", and in Mitrovica two Albanians …": a clause of its own, another figure's place.
      if (a > b || /[;:—–()]|,\s*(?:and|but|while|whereas)\b/.test(text.slice(a, b))) continue;
      found.push({ place, figure });
    }
  }
  return found;
});

const stem = (word: string) => word.toLowerCase().replace(/(?:es|s)$/, '');

/** The draft's figure with its noun, as written: "100 Albanians", "100 ethnic Albanians". */
function countText(text: string, figure: NumberMention): string {
  const noun = stem(figure.unit!);
  const words = text.slice(figure.end).match(/^(?:\s+[\p{L}'’-]+){1,3}/u)?.[0].trim().split(/\s+/) ?? [];
  const at = words.findIndex((w) => stem(w.replace(/['’]s?$/, '')) === noun);
  return at < 0 ? `${figure.text} ${figure.unit}` : [figure.text, ...words.slice(0, at + 1)].join(' ');
}

/** Whether a source sentence states the figure for the noun: "At least 100 Albanians", "100 ethnic Albanians". */
function statesCount(text: string, figure: NumberMention): boolean {
  const noun = stem(figure.unit!);
  // In digits or in words ("two Kosovar Albanians").
  const figures = [
    ...[...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => ({ value: Number(m[0].replace(/,/g, '')), end: m.index! + m[0].length })),
    ...findNumberWords(text).map((w) => ({ value: w.value, end: w.end })),
  ];
  for (const m of figures) {
    if (m.value !== figure.value) continue;
    const after = text.slice(m.end).match(/^(?:\s+[\p{L}'’-]+){1,3}/u)?.[0] ?? '';
    const words = after.trim().split(/\s+/).slice(0, NOUN_GAP + 1);
    if (words.some((w) => stem(w.replace(/['’]s?$/, '')) === noun)) return true;
  }
  return false;
}

/** The settlement a sentence names after "city of", "in" or "at": its own setting. */
function settingOf(text: string, names: NameMention[], isTown: (m: NameMention) => boolean): NameMention | undefined {
  for (const n of names) {
    if (n.demonym) continue;
    const before = text.slice(Math.max(0, n.start - 30), n.start);
    if (SETTING_BEFORE.test(before) || ((PLACE_BEFORE.test(before) || PART_OF.test(before)) && isTown(n))) return n;
  }
  return undefined;
}

const townCache = new WeakMap<ClaimContext['index'], Map<string, boolean>>();

/** Whether the sources write the place as a city, town or village somewhere ("city hall in Zvecan"). */
function isTown(place: NameMention, ctx: ClaimContext): boolean {
  let cache = townCache.get(ctx.index);
  if (!cache || cache.size > 10_000) {
    cache = new Map();
    townCache.set(ctx.index, cache);
  }
  const key = `${ctx.index.version}:${place.key}`;
  let known = cache.get(key);
  if (known === undefined) {
    known = false;
    let read = 0;
    outer: for (const e of resolve(place.key, ctx)) {
      for (const id of e.sentenceIds) {
        if (read++ >= PLACE_SENTENCES) break outer;
        const text = ctx.index.cited(id)?.text ?? '';
        for (const n of ctx.index.namesIn(id)) {
          if (samePlace(n, place) && SETTLEMENT_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start))) {
            known = true;
            break outer;
          }
        }
      }
    }
    cache.set(key, known);
  }
  return known;
}

function namesPlace(id: number, place: NameMention, ctx: ClaimContext): boolean {
  return ctx.index.namesIn(id).some((n) => samePlace(n, place));
}

/** A place the draft gives a counted crowd that the sources with that figure and noun set in another town. */
export function scenePlaceJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const scenes = scenesInDraft(ctx).filter((s) => s.place.start === claim.start);
  if (scenes.length === 0) return undefined;
  const town = (m: NameMention) => isTown(m, ctx);
  for (const { figure } of scenes) {
    const withValue = ctx.index.sentencesWithValue(figure.value);
    let other: { place: NameMention; id: number } | undefined;
    let conflict = false;
    for (const [id] of bestInPool(ctx.pool, (id) => withValue.has(id), VALUE_SENTENCES).slice(0, VALUE_SENTENCES)) {
      const sentence = ctx.index.cited(id);
      if (!sentence || !statesCount(sentence.text, figure)) continue;
      const previous = ctx.index.cited(id - 1);
      const next = ctx.index.cited(id + 1);
      const around = [id, ...(previous?.source.path === sentence.source.path ? [id - 1] : []), ...(next?.source.path === sentence.source.path ? [id + 1] : [])];
      // The scene or its neighbours name the draft's place: it may be set there.
      if (around.some((near) => namesPlace(near, claim, ctx))) return undefined;
      let setting = settingOf(sentence.text, ctx.index.namesIn(id), town);
      if (!setting && ANAPHOR.test(sentence.text) && previous?.source.path === sentence.source.path) {
        setting = settingOf(previous.text, ctx.index.namesIn(id - 1), town);
      }
      if (!setting) continue;
      if (other && !samePlace(other.place, setting)) conflict = true;
      other ??= { place: setting, id: settingOf(sentence.text, ctx.index.namesIn(id), town) ? id : id - 1 };
    }
    if (!other || conflict || samePlace(other.place, claim)) continue;
    if (!town(claim) || !town(other.place)) continue;
    if (ctx.draft.names.some((n) => samePlace(n, other!.place)) || locatedIn(claim, other.place, ctx)) continue;
    return replacedName(claim, `set the ${countText(ctx.draft.text, figure)} in ${other.place.text}`, ctx.index.cited(other.id)!, other.place.text);
  }
  return undefined;
}

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

/** Best-matching sentences read for the town they set the draft's scene in. */
const SLOT_RANKED = 3;
/** How much of the draft sentence a source sentence must share to be the same scene. */
const SLOT_SENTENCE_OVERLAP = 0.4;
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
  const settled = settlement(ctx.draft.text, claim.start);
  if (claim.demonym || !(PLACE_BEFORE.test(before) || settled) || (!settled && isPersonName(claim, ctx.index))) return undefined;
  const preposition = before.trim().toLowerCase().split(/\s+/).pop();
  const near = sceneContext(ctx.draft, claim);
  let other: { place: NameMention; id: number; score: number } | undefined;
  const townsIn = (id: number): NameMention[] => {
    const text = ctx.index.cited(id)!.text;
    return ctx.index
      .namesIn(id)
      .filter((n) => !n.demonym && (text.slice(Math.max(0, n.start - 4), n.start).trim().toLowerCase().split(/\s+/).pop() === preposition || (settled && settlement(text, n.start))));
  };
  // A scene a source tells in two sentences ("The crowd then spread a huge Serbian flag." / "Wednesday's
  // protest outside the city hall in Zvecan …"): a best match with no town is read with the next one.
  const scenes: Array<{ id: number; sentence: AnalysedSentence; told: AnalysedSentence; before?: AnalysedSentence }> = [];
  for (const { id, sentence } of ctx.ranked.slice(0, SLOT_RANKED)) {
    scenes.push({ id, sentence, told: sentence });
    const next = ctx.index.cited(id + 1);
    // A heading after it ("Demonstration in Mitrovica", no final stop) opens another scene.
    if (townsIn(id).length > 0 || next?.source.path !== ctx.index.cited(id)!.source.path || !SENTENCE_END.test(next.text) || ctx.index.namesIn(id).some((n) => samePlace(n, claim))) continue;
    const after = ctx.index.sentence(id + 1)!;
    scenes.push({ id: id + 1, sentence: after, told: { ...after, tokens: [...sentence.tokens, ...after.tokens] }, before: sentence });
  }
  for (const { id, sentence, told, before: told1 } of scenes) {
    const names = ctx.index.namesIn(id);
    if (names.some((n) => samePlace(n, claim))) continue;
    const candidates = townsIn(id);
    if (candidates.length === 0 || sentenceOverlap(ctx.draft, told, undefined) < SLOT_SENTENCE_OVERLAP) continue;
    for (const name of candidates) {
      if (ctx.draft.names.some((d) => samePlace(d, name)) || isPersonName(name, ctx.index) || !isTown(name, ctx)) continue;
      const score = contextOverlap(near, withSceneWords(sceneContext(sentence, name), told1));
      if (score < SLOT_CONTEXT) continue;
      if (other && !samePlace(other.place, name)) return undefined;
      if (!other || score > other.score) other = { place: name, id, score };
    }
  }
  // Town against town: the sources call both one, or list the two side by side ("Zvecan, Zubin Potok, and
  // Leposavic"), which a country and its town never are.
  if (!other || locatedIn(claim, other.place, ctx) || !(isTown(claim, ctx) || listedWith(claim, other.place, ctx))) return undefined;
  // A source writing the draft's town in words as like the draft's: the scene may be set there too.
  for (const [id] of bestInPool(ctx.pool, (id) => namesPlace(id, claim, ctx), VALUE_SENTENCES)) {
    const sentence = ctx.index.sentence(id)!;
    for (const name of sentence.names) {
      if (samePlace(name, claim) && contextOverlap(near, sceneContext(sentence, name)) >= other.score * 0.8) return undefined;
    }
  }
  return replacedName(claim, `set this in ${other.place.text}`, ctx.index.cited(other.id)!, other.place.text);
}
