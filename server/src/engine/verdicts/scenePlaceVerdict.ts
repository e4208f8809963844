// Where a counted crowd was: "At least 100 Albanians rallied on the bridge in Zvecan" where the source
// sentence with the same figure and the same noun ("At least 100 Albanians gathered on Thursday on the
// main bridge … parts of the city") is set in Mitrovica: in its own words ("in the city of Mitrovica"),
// or, where it says only "the city", in the sentence before it in its article ("… gathered in Kosovo's
// northern city of Mitrovica"). The figure and its noun tie the two sentences to one scene; protests
// and gatherings alone do not, as a story has them in many places (eventPlaceVerdict leaves them out).
//
// townSlotVerdict reads a scene by its words, not its figure, the same way.
//
// Only town against town: the sources must write both places as a city, town or village ("the town of
// X", "city hall in X"), so a country or region holding the town ("in Kosovo") is never taken for another
// place. Never when a scene sentence or its neighbours name the draft's place, when the scene sentences
// disagree, or when the pool writes one place as in the other ("Zvecan, Mitrovica").
import type { NameMention } from '../claims/names';
import type { NumberMention } from '../claims/numbers';
import { findNumberWords } from '../claims/numberWords';
import { bestInPool, oncePerDraft, replacedName, type ClaimContext, type Judgement } from './judgement';
import { locatedIn } from './eventPlaceVerdict';
import { closeSpelling } from './nameVerdict';
import { resolve } from './nameResolve';
import { isPersonName, samePlace } from './relationVerdict';

/** Sentences of the pool stating the figure that are read, best first. */
export const VALUE_SENTENCES = 20;
/** Sentences naming a place read to tell whether the sources call it a city, town or village. */
const PLACE_SENTENCES = 200;
/** Words allowed between a figure and its noun: "100 ethnic Albanians". */
const NOUN_GAP = 2;

export const PLACE_BEFORE = /\b(?:in|at)\s+$/i;
// "the city of Mitrovica", "the town of Leposaviq", "city hall in Zvecan", "the town hall of Zubin Potok".
export const SETTLEMENT_BEFORE = /\b(?:city|town|village)(?:\s+(?:hall|centre|center))?\s+(?:of|in)\s+$/i;
export const SETTING_BEFORE = /\b(?:city|town|village)\s+of\s+$/i;
// "in the Serbian part of ethnically divided Mitrovica": a part of a town is set in the town.
export const PART_OF = /\b(?:part|side|half|north|south|centre|center|outskirts)\s+of\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const ANAPHOR = /\b(?:the|this)\s+(?:city|town|village)\b/i;

// "50,000 Serbs in north Mitrovica", "the 50,000 Serbs of Mitrovica": the place of a counted people.
const COUNT_PLACE_BEFORE = /\b(?:in|at|of)\s+(?:(?:north|south|northern|southern)\s+)?$/i;
// "The approximately 50,000 Serbs in northern Kosovo": a count the sources give a region, not a town.
const REGION_AFTER = /^\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i;

interface DraftScene {
  place: NameMention;
  figure: NumberMention;
}

/** Each place after "in" or "at" in the clause of a counted noun: "100 Albanians rallied … in Zvecan". */
const scenesInDraft = oncePerDraft((ctx): DraftScene[] => {
  const found: DraftScene[] = [];
  const { text, names, numbers } = ctx.draft;
  for (const place of names) {
    if (place.demonym || !COUNT_PLACE_BEFORE.test(text.slice(Math.max(0, place.start - 16), place.start))) continue;
    // A town of two words reads as a person's name too ("Zubin Potok").
    if (isPersonName(place, ctx.index) && !isTown(place, ctx)) continue;
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

/** The place right after the counted noun of a source sentence: "50,000 Serbs in northern Kosovo" → Kosovo. */
function regionOfCount(text: string, names: NameMention[], figure: NumberMention): NameMention | undefined {
  const noun = stem(figure.unit!);
  for (const n of names) {
    if (n.demonym) continue;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const lead = /(\p{L}+)\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/iu.exec(before);
    if (lead && stem(lead[1]!) === noun && REGION_AFTER.test(before.slice(lead.index + lead[1]!.length))) return n;
  }
  return undefined;
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
export function isTown(place: NameMention, ctx: ClaimContext): boolean {
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
    // "the town of Leposaviq" makes Leposavic a town too: the place's close spellings are the place.
    const entries = [...resolve(place.key, ctx), ...ctx.index.names.similar(place.key).filter((e) => closeSpelling(e.key, place.key))];
    outer: for (const e of new Set(entries)) {
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

export function namesPlace(id: number, place: NameMention, ctx: ClaimContext): boolean {
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
    let regional: { place: NameMention; id: number } | undefined;
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
      if (!setting) {
        // "The approximately 50,000 Serbs in northern Kosovo" counts a region's people: a town of it is no
        // place of that count. Only where the draft's place is a town and the region none.
        const region = regionOfCount(sentence.text, ctx.index.namesIn(id), figure);
        if (region && !town(region) && town(claim) && !samePlace(region, claim)) regional ??= { place: region, id };
        continue;
      }
      if (other && !samePlace(other.place, setting)) conflict = true;
      other ??= { place: setting, id: settingOf(sentence.text, ctx.index.namesIn(id), town) ? id : id - 1 };
    }
    if (!other && regional) {
      const { place, id } = regional;
      const cited = ctx.index.cited(id)!;
      const region = cited.text.slice(place.start, place.end);
      const qualified = /(?:north|south|east|west)(?:ern)?\s+$/i.exec(cited.text.slice(Math.max(0, place.start - 12), place.start))?.[0] ?? '';
      return replacedName(claim, `count the ${countText(ctx.draft.text, figure)} in ${qualified}${region}`, cited, `${qualified}${region}`);
    }
    if (!other || conflict || samePlace(other.place, claim)) continue;
    if (!town(claim) || !town(other.place)) continue;
    if (ctx.draft.names.some((n) => samePlace(n, other!.place)) || locatedIn(claim, other.place, ctx)) continue;
    return replacedName(claim, `set the ${countText(ctx.draft.text, figure)} in ${other.place.text}`, ctx.index.cited(other.id)!, other.place.text);
  }
  return undefined;
}
