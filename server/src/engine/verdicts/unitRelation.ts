// How the nouns of two figures relate: the same thing counted ("troops" and "soldiers"), people and a
// nationality ("people" and "Albanians"), nothing known, or different things. Beyond the nouns
// themselves, what the draft's words around its figure and the source's words before its noun say:
// "four mayors" against "four mayoral elections", "about 90% of Kosovo's population" beside "the
// Albanian majority" against "90% ethnic Albanian majority".
import { isDemonym } from '../claims/names';
import type { NumberMention } from '../claims/numbers';
import { contextKey, unitKey, type WeightedContext } from './numberContext';

const PEOPLE_BY_RELATION = new Set(['ally', 'aide', 'associate', 'supporter', 'follower', 'loyalist']);

export type UnitRelation = 'same' | 'kin' | 'unknown' | 'different';

export function unitRelation(a: NumberMention, b: NumberMention): UnitRelation {
  // A score is the same score whatever it is called: "a 2-1 win", "beat Stoke 2-1".
  if (a.numKind === 'score') return 'unknown';
  const ua = a.numKind === 'percent' ? a.object : a.unit;
  const ub = b.numKind === 'percent' ? b.object : b.unit;
  if (!ua || !ub) return 'unknown';
  const [ka, kb] = [unitKey(ua), unitKey(ub)];
  if (ka === kb) return 'same';
  // "100 people gathered" may be the sources' "100 Albanians gathered": people named by their
  // nationality are people, so the nouns do not part the two, but only the words around them tie them.
  if (ka === 'people' && kb !== undefined && isDemonym(kb)) return 'kin';
  // "two of Milosevic's men" may be "two allies of Slobodan Milosevic": people named by what they are to
  // someone, tied by the words around them.
  if (ka === 'people' && kb !== undefined && PEOPLE_BY_RELATION.has(kb)) return 'kin';
  return 'different';
}

/**
 * "the Albanian majority, about 90% of Kosovo's population" against "Kosovo's 90% ethnic Albanian
 * majority": a percentage whose whole each sentence names in other words, where the draft's words
 * around it hold the source's noun, may be the same share.
 */
function crossedUnits(claim: NumberMention, source: NumberMention, near: WeightedContext): boolean {
  if (claim.numKind !== 'percent' || source.numKind !== 'percent') return false;
  const [a, b] = [unitKey(claim.object), unitKey(source.object)];
  if (!a || !b || a === b) return false;
  return near.has(contextKey(b));
}

/**
 * "Albanian rallies of at least 100 people" against "at least 100 Albanians": people the draft's own
 * words name by the nationality the source counts are those people.
 */
function namedPeople(claim: NumberMention, source: NumberMention, near: WeightedContext): boolean {
  const key = unitKey(source.unit);
  // Of a like size: "1.8 million people … 90% ethnic Albanian" counts no rally of "100 Albanians".
  const like = Math.max(claim.value, source.value) <= LIKE_SIZE * Math.min(claim.value, source.value);
  return key !== undefined && like && unitKey(claim.unit) === 'people' && isDemonym(key) && near.has(contextKey(key));
}

/** How many times larger one of two crowds named so loosely may be and still be the other. */
const LIKE_SIZE = 10;

/**
 * "four mayors" (or "mayoralties") against "four Serb-majority mayoral elections": an election of a mayor counts one, so the
 * two figures count one thing.
 */
function electedIn(claim: NumberMention, source: NumberMention, text: string): boolean {
  if (!claim.unit || unitKey(source.unit) !== 'election' || claim.unit.length < 4) return false;
  // The office's adjective before "elections" ("mayoral"), whose stem begins the draft's noun ("mayor",
  // "mayoralty") or the other way round.
  const between = text.slice(source.end, source.end + 40).toLowerCase();
  const office = between.match(/\b(\p{L}{3,})al\s+elections?\b/u)?.[1];
  // "all four mayoral seats", "won all four posts", "four mayoral races": what each election filled or was.
  return office !== undefined && (claim.unit.startsWith(office) || office.startsWith(claim.unit) || ELECTED_THINGS.has(unitKey(claim.unit) ?? ''));
}
const ELECTED_THINGS = new Set(['seat', 'post', 'race']);

/** The relation of a draft figure's noun to a source figure's, read with the words around them. */
export function figureUnitRelation(claim: NumberMention, source: NumberMention, near: WeightedContext, sourceText: string, claimText = ''): UnitRelation {
  if (electedIn(claim, source, sourceText)) return 'same';
  if (crossedUnits(claim, source, near)) return 'kin';
  if (namedPeople(claim, source, near) || samePeopleShare(claim, claimText, source, near, sourceText)) return 'same';
  return unitRelation(claim, source);
}

/** How far after a percentage its people may be named: "90% ethnic Albanian majority". */
const PEOPLE_WINDOW = 40;

/** The people a percentage is a share of, as written after it ("90 percent Serb", "90% ethnic Albanian majority"). */
function peopleOf(n: NumberMention, text: string): string | undefined {
  if (n.numKind !== 'percent') return undefined;
  const after = text.slice(n.end, n.end + PEOPLE_WINDOW).toLowerCase();
  const object = n.object ? after.indexOf(n.object) : -1;
  const words = (object >= 0 ? after.slice(0, object + n.object!.length) : after).match(/\p{L}+/gu) ?? [];
  // Up to the percentage's noun; without one, the word right after it ("90 percent Serb").
  return (object >= 0 ? words : words.slice(0, 1)).find((w) => isDemonym(w));
}

/**
 * "a country that is 90% Albanian", "Albanians are 90% of Kosovo's population" against "Kosovo's 90% ethnic
 * Albanian majority": a share the draft gives the people the source's share is of, named as the share's
 * noun or beside the figure.
 */
function samePeopleShare(claim: NumberMention, claimText: string, source: NumberMention, near: WeightedContext, sourceText: string): boolean {
  if (claim.numKind !== 'percent') return false;
  const people = peopleOf(source, sourceText);
  if (!people) return false;
  const object = claim.object ?? '';
  if (isDemonym(object)) return object.slice(0, 4) === people.slice(0, 4);
  // A share of a whole population only ("90% of Kosovo's population", "90% of Kosovo"), not a turnout
  // beside a people's name.
  if (!object || (!POPULATIONS.has(object) && !PLACE_SHARE.test(claimText.slice(claim.end, claim.end + 20)))) return false;
  return near.has(contextKey(people)) || near.has(contextKey(`${people}s`));
}
const POPULATIONS = new Set(['population', 'people', 'country', 'nation', 'inhabitant']);
const PLACE_SHARE = /^\s*(?:percent|per\s+cent)?\s+of\s+\p{Lu}/u;

/**
 * "towns that are 90 percent Serb" against "Kosovo's 90% ethnic Albanian majority": shares of two peoples
 * are two figures, however alike the words around them.
 */
export function sharesOfOtherPeoples(claim: NumberMention, claimText: string, source: NumberMention, sourceText: string): boolean {
  const [a, b] = [peopleOf(claim, claimText), peopleOf(source, sourceText)];
  // "Serb" and "Serbian", "Albanian" and "Albanians": one people.
  return !!a && !!b && a.slice(0, 4) !== b.slice(0, 4);
}
