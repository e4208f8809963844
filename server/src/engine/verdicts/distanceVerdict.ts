// A distance measured from the wrong place: "Zvecan, 28 miles north of Mitrovica" where the
// best-matching source sentence says "28 miles north of the capital, Pristina". The same figure, unit
// and direction name the same measurement, so the place it is measured from must be the sources' too.
//
// Only a place right after "<figure> <unit> [direction] of|from" (a few lower-case words and a comma may
// come between: "of the capital, Pristina"), against the same figure and unit in a source sentence that
// ranks near the top for the draft sentence or states the figure among its BM25 pool; never when a sentence of the pool measures the same
// distance from the draft's place.
import type { NameMention } from '../claims/names';
import type { NumberMention } from '../claims/numbers';
import { bestInPool, citeLine, evidenceOf, oncePerDraft, quote, replacedName, type ClaimContext, type Judgement } from './judgement';
import { sameName, samePlace } from './relationVerdict';
import { isTown } from './scenePlaceVerdict';

/** Source sentences compared: the best few by BM25, and the pool's first few stating the figure. */
const RANKED = 5;
const VALUE_SENTENCES = 20;
/** Pool sentences read for the draft's own measurement, at most. */
const POOL_SENTENCES = 200;

// A figure and its unit of length, for both patterns below.
// A table row joins its cells with " : ": "| 28 | Miles from Pristina north to Leposavic |".
const FIGURE_AND_UNIT = String.raw`\b(\d+(?:[.,]\d+)*)\s*[-:]?\s*(miles?|mi|kilometres?|kilometers?|km|metres?|meters?|m|yards?|feet|ft)`;
const DISTANCE = new RegExp(String.raw`${FIGURE_AND_UNIT}\s+(?:((?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+)?(of|from)\s+`, 'gi');
// Between "of" and the place: "the capital, ", "the northern city of ".
const LEAD = /^(?:\p{Ll}+,?\s+){0,4}$/u;
const AFTER_LEAD = /,\s+(?:in|at|on|near|with|by|from|to)\s/i;
const UNITS: Record<string, string> = {
  mile: 'mile', miles: 'mile', mi: 'mile', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', km: 'km',
  metre: 'm', metres: 'm', meter: 'm', meters: 'm', m: 'm', yard: 'yard', yards: 'yard', feet: 'ft', ft: 'ft',
};

interface Distance {
  /** Where its figure starts in the sentence. */
  start: number;
  value: number;
  unit: string;
  direction?: string;
  /** The place it is measured from. */
  place: NameMention;
}

/** Every "<figure> <unit> [direction] of PLACE" in a sentence. */
export function distances(text: string, names: NameMention[]): Distance[] {
  if (names.length === 0 || !/\d/.test(text)) return [];
  const out: Distance[] = [];
  for (const m of text.matchAll(DISTANCE)) {
    const end = m.index! + m[0].length;
    const place = names.filter((n) => n.start >= end && !n.demonym).sort((a, b) => a.start - b.start)[0];
    // "28 miles north of the capital, in the Mitrovica District": a comma and a preposition end the lead.
    if (!place || !LEAD.test(text.slice(end, place.start)) || AFTER_LEAD.test(text.slice(end, place.start))) continue;
    out.push({ start: m.index!, value: Number(m[1].replace(/,/g, '')), unit: UNITS[m[2].toLowerCase()], ...(m[3] ? { direction: m[3].toLowerCase().replace('-', '') } : {}), place });
  }
  return out;
}

function sameMeasure(a: Distance, b: Distance): boolean {
  return a.value === b.value && a.unit === b.unit && (!a.direction || !b.direction || a.direction === b.direction);
}

const inDraft = oncePerDraft((ctx): Distance[] => distances(ctx.draft.text, ctx.draft.names));

/**
 * The source sentences read: the best few by BM25, and those of the wider pool stating the figure (the
 * figure, its unit and its direction already tie a sentence to the draft's measurement).
 */
function compared(draft: Distance, ctx: ClaimContext): number[] {
  const ids = ctx.ranked.slice(0, RANKED).map((r) => r.id);
  const withValue = ctx.index.sentencesWithValue(draft.value);
  const stating = bestInPool(ctx.pool, (id) => withValue.has(id) && !ids.includes(id), VALUE_SENTENCES);
  return [...ids, ...stating.slice(0, VALUE_SENTENCES).map(([id]) => id)];
}

/** A place the draft measures a distance from that the best-matching sources measure from another. */
export function distanceJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const draft = inDraft(ctx).find((d) => d.place.start === claim.start);
  if (!draft) return undefined;
  let other: { place: NameMention; id: number } | undefined;
  for (const id of compared(draft, ctx)) {
    for (const source of distances(ctx.index.cited(id)?.text ?? '', ctx.index.namesIn(id))) {
      if (!sameMeasure(draft, source)) continue;
      if (samePlace(source.place, claim)) return undefined;
      other ??= { place: source.place, id };
    }
  }
  // "28 miles from Zvecan to the capital, Pristina": a way between the two places the sources measure,
  // told from its other end.
  // (The very place: "Kosovo" stands for its capital elsewhere, not here.)
  if (!other || ctx.draft.names.some((n) => n !== claim && sameName(n.key, other!.place.key))) return undefined;
  let read = 0;
  for (const id of ctx.pool.keys()) {
    if (read++ >= POOL_SENTENCES) break;
    const names = ctx.index.namesIn(id);
    if (!names.some((n) => samePlace(n, claim))) continue;
    if (distances(ctx.index.cited(id)?.text ?? '', names).some((s) => sameMeasure(draft, s) && samePlace(s.place, claim))) return undefined;
  }
  return replacedName(claim, `measure it from ${other.place.text}`, ctx.index.cited(other.id)!, other.place.text);
}

// The place a distance locates: "Zvecan, 28 miles north of …", "Zvecan is 28 miles from …".
const MEASURED_BEFORE = /^(?:,|\s+(?:is|lies|sits))\s+(?:about\s+|some\s+|just\s+|only\s+)?$/;
// "from Pristina to Leposavic, 28 miles", "28 miles from Pristina to Leposavic".
const FROM_TO = /\bfrom\s+$/i;
// "from Pristina north to Leposavic": a direction may stand before the "to".
const TO_BETWEEN = /^\s+(?:(?:north|south)(?:-?(?:east|west))?(?:wards?)?\s+|(?:east|west)(?:wards?)?\s+)?to\s+$/i;
/** How far from the figure a "from … to …" pair may stand. */
const PAIR_CHARS = 40;
const FIGURE_UNIT = new RegExp(String.raw`${FIGURE_AND_UNIT}\b`, 'gi');

interface Located {
  value: number;
  unit: string;
  /** The place the distance is measured to, and the one it is measured from, where written. */
  place: NameMention;
  from?: NameMention;
}

/** Every place a sentence locates by a distance: the town before ", 28 miles …", or after "from X to". */
function located(text: string, names: NameMention[]): Located[] {
  if (names.length < 2 || !/\d/.test(text)) return [];
  const out: Located[] = [];
  for (const m of text.matchAll(FIGURE_UNIT)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    const unit = UNITS[m[2]!.toLowerCase()]!;
    const at = m.index!;
    const before = names.filter((n) => n.end <= at && MEASURED_BEFORE.test(text.slice(n.end, at))).pop();
    const from = distances(text.slice(at), names.filter((n) => n.start >= at).map((n) => ({ ...n, start: n.start - at, end: n.end - at })))[0];
    const fromName = from ? names.find((n) => n.start === from.place.start + at) : undefined;
    if (before && !before.demonym) out.push({ value, unit, place: before, ...(fromName ? { from: fromName } : {}) });
    // "from Pristina to Leposavic": within a few words either side of the figure.
    for (let i = 0; i + 1 < names.length; i++) {
      const [a, b] = [names[i]!, names[i + 1]!];
      if (!FROM_TO.test(text.slice(Math.max(0, a.start - 6), a.start)) || !TO_BETWEEN.test(text.slice(a.end, b.start))) continue;
      if (Math.min(Math.abs(at - b.end), Math.abs(a.start - (at + m[0].length))) > PAIR_CHARS) continue;
      out.push({ value, unit, place: b, from: a });
    }
  }
  return out;
}

/**
 * "28 miles from Pristina to Leposavic" where the sources have "Zvecan, 28 miles north of the capital,
 * Pristina": the same figure, unit and starting place measure the way to the sources' town.
 */
export function measuredPlaceJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const draft = located(ctx.draft.text, ctx.draft.names).find((d) => d.place.start === claim.start);
  // Town against town: a country holds the town the sources measure to ("in Kosovo, 28 miles north of …").
  if (!draft || !isTown(claim, ctx)) return undefined;
  const measure = { start: 0, value: draft.value, unit: draft.unit, place: claim };
  let other: { place: NameMention; id: number } | undefined;
  for (const id of compared(measure, ctx)) {
    for (const source of located(ctx.index.cited(id)?.text ?? '', ctx.index.namesIn(id))) {
      if (source.value !== draft.value || source.unit !== draft.unit) continue;
      // Measured from another place, it is another way.
      if (draft.from && source.from && !samePlace(draft.from, source.from)) continue;
      if (samePlace(source.place, claim)) return undefined;
      other ??= { place: source.place, id };
    }
  }
  if (!other || ctx.draft.names.some((n) => samePlace(n, other!.place))) return undefined;
  return replacedName(claim, `put ${other.place.text} at that distance`, ctx.index.cited(other.id)!, other.place.text);
}

/** Kilometres in one of each unit. */
const KM: Record<string, number> = { km: 1, mile: 1.609344, m: 0.001, yard: 0.0009144, ft: 0.0003048 };
/** How far a converted figure may lie from the draft's: a writer rounds the conversion ("about 45 km"). */
const CONVERSION_SLACK = 0.03;

/**
 * "about 45 km north of Pristina" where the sources say "28 miles north of the capital, Pristina": the
 * same distance in another unit is supported; another distance ("28 km") is contradicted with the
 * sources' converted to the draft's unit. Only a measurement from the same place (and direction) in a
 * best match; a figure in the sources' own unit is the number verdict's to weigh.
 */
export function convertedDistanceJudgement(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  const draft = inDraft(ctx).find((d) => d.start === claim.start);
  if (!draft || KM[draft.unit] === undefined) return undefined;
  for (const { id } of ctx.ranked.slice(0, RANKED)) {
    const cited = ctx.index.cited(id);
    for (const source of distances(cited?.text ?? '', ctx.index.namesIn(id))) {
      if (!samePlace(source.place, draft.place) || (draft.direction && source.direction && draft.direction !== source.direction)) continue;
      if (source.unit === draft.unit || KM[source.unit] === undefined) return undefined;
      const converted = (source.value * KM[source.unit]!) / KM[draft.unit]!;
      const written = cited!.text.slice(source.start).match(/^\S+\s*-?\s*\S+/)?.[0] ?? `${source.value} ${source.unit}`;
      const unitWord = ctx.draft.text.slice(claim.end).match(/^\s*-?\s*([\p{L}]+)/u)?.[1] ?? draft.unit;
      const shown = `${Math.round(converted)} ${unitWord}`;
      const evidence = [evidenceOf(cited!, written)];
      if (Math.abs(converted - draft.value) <= Math.max(1, CONVERSION_SLACK * converted)) {
        return { verdict: 'supported', code: 'supported-number', message: `sources say ${written}, about ${shown} ("${quote(cited!.text, written)}", ${citeLine(cited!)})`, evidence };
      }
      return {
        verdict: 'contradicted',
        code: 'contradicted-number',
        message: `sources say ${written}, about ${shown}, not ${claim.text} ${unitWord} ("${quote(cited!.text, written)}", ${citeLine(cited!)})`,
        suggestion: String(Math.round(converted)),
        evidence,
      };
    }
  }
  return undefined;
}
