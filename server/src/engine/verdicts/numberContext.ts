// What a number in a sentence is about: the words around it, weighted by closeness, so "700 more
// troops to Kosovo" and "30 NATO troops" in one source sentence can be told apart.
import type { AnalysedSentence } from '../claims/analyse';
import type { NumberMention } from '../claims/numbers';
import type { Token } from '../nlp/tagger';

const CONTEXT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV']);
const IGNORED = new Set([
  'be', 'have', 'do', 'say', 'tell', 'would', 'will', 'could', "'s", 'other', 'new', 'percent', 'per', 'cent',
  'also', 'still', 'not', "n't", 'already', 'only', 'just', 'very', 'even', 'now', 'then', 'again', 'so', 'too',
  'yet', 'ever', 'never', 'however', 'once', 'when', 'where', 'how', 'why', 'there', 'here', 'as',
]);
// Words that say the same about a figure: "700 more troops", "900 extra troops".
const SAME_SENSE: Record<string, string> = {
  extra: 'more', additional: 'more', further: 'more', fresh: 'more',
  injure: 'hurt', injured: 'hurt', wound: 'hurt', wounded: 'hurt',
  // "fought the police and then NATO-led troops" is "clashed first with the police and later with …".
  fight: 'clash', fought: 'clash', scuffle: 'clash',
  // "the town hall", "the city hall": news copy calls one place either.
  town: 'city',
};
// "more than 50": a bound on the figure, not what it is about.
const QUALIFYING = new Set(['more', 'less', 'fewer', 'than', 'least', 'almost', 'nearly', 'about', 'around', 'some', 'only', 'approximately']);
// Nouns that count the same things in news copy.
const UNIT_SENSE: Record<string, string> = {
  soldier: 'troop', peacekeeper: 'troop', serviceman: 'troop', servicemen: 'troop', personnel: 'troop',
  person: 'people', individual: 'people', resident: 'people', demonstrator: 'protester',
  // "two Albanian lads", "two Albanian men": people, whom the words around them name.
  man: 'people', men: 'people', lad: 'people', guy: 'people', woman: 'people', women: 'people',
  // "fifty-two of our Serb neighbours", "52 of our compatriots".
  neighbour: 'people', neighbor: 'people', compatriot: 'people',
  policeman: 'officer', policemen: 'officer', cop: 'officer', kid: 'child', children: 'child', ballot: 'vote',
  contest: 'election', race: 'election', conflict: 'war',
  // A share of the voters who voted is the turnout ("3.5% of voters took part" / "a 3.5% election turnout").
  voter: 'turnout', electorate: 'turnout',
  // Where municipalities are towns ("the four northern towns" / "four municipalities"), their councils
  // or their town halls ("won all four councils", "Four Town Halls").
  town: 'municipality', council: 'municipality', hall: 'municipality',
  // "a 4,000-strong mission" counts troops.
  mission: 'troop', force: 'troop', contingent: 'troop', strength: 'troop',
  // "700 reinforcements" are troops, added (numbers.ts marks them an addition).
  reinforcement: 'troop',
};
const RADIUS = 8;
const CLAUSE_RADIUS = 12;

/** "municipalities" -> "municipality", "Serbs" -> "serb": proper nouns are not lemmatised by the tagger. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function unitKey(unit: string | undefined): string | undefined {
  if (!unit) return undefined;
  const one = singular(unit);
  return UNIT_SENSE[one] ?? UNIT_SENSE[unit] ?? one;
}

/** A lemma reduced to a key that survives derivation: north/northern, declare/declaration. */
export function contextKey(lemma: string): string {
  const word = SAME_SENSE[lemma] ?? lemma;
  return word.length > 5 ? word.slice(0, 5) : word;
}

export type WeightedContext = Map<string, number>;

const contexts = new WeakMap<NumberMention, WeightedContext>();

/** Context words near a number, each weighted 1/(1+distance in tokens); the unit itself is left out. */
export function contextOf(sentence: AnalysedSentence, n: NumberMention): WeightedContext {
  // Source numbers are compared with many draft numbers: their context is computed once.
  let context = contexts.get(n);
  if (!context) {
    context = contextOfSpan(sentence, n, unitKey(n.numKind === 'percent' ? n.object : n.unit));
    contexts.set(n, context);
  }
  return context;
}

/** Context words near any span (a number, a name), leaving out `unit`. */
export function contextOfSpan(sentence: AnalysedSentence, n: { start: number; end: number }, unit?: string, radius = RADIUS): WeightedContext {
  const { tokens } = sentence;
  let first = tokens.findIndex((t) => t.end > n.start);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last < tokens.length && tokens[last].start < n.end) last++;
  const weights: WeightedContext = new Map();
  const from = Math.max(0, first - radius);
  const to = Math.min(tokens.length, last + radius);
  for (let i = from; i < to; i++) {
    if (i >= first && i < last) continue;
    const t = tokens[i];
    if (i < first && first - i <= 2 && QUALIFYING.has(t.lower)) continue;
    const sense = SAME_SENSE[t.lower] ?? SAME_SENSE[t.lemma];
    if (!sense && (!CONTEXT_POS.has(t.pos) || IGNORED.has(t.lemma) || !/\p{L}/u.test(t.lemma))) continue;
    if (unitKey(t.lemma) === unit) continue;
    const key = contextKey(sense ?? t.lemma);
    const distance = i < first ? first - i : i - last + 1;
    const weight = 1 / (1 + distance);
    if ((weights.get(key) ?? 0) < weight) weights.set(key, weight);
  }
  return weights;
}

// What befell the people a figure counts, by context key: the arrested are not the hurt, nor the dead.
const OUTCOMES: Record<string, string> = {
  hurt: 'harm', injur: 'harm',
  kill: 'death', dead: 'death', death: 'death', die: 'death',
  arres: 'arrest', detai: 'arrest', jail: 'arrest', jaile: 'arrest', custo: 'arrest',
};
// And what befell vehicles: cars set on fire are not cars stoned ("two police cars" stoned, "a police
// vehicle" burnt). Read only for a figure counting vehicles: a clause before may stone cars while the
// figure counts people attacked.
const VEHICLE_OUTCOMES: Record<string, string> = {
  fire: 'burn', burn: 'burn', burnt: 'burn', torch: 'burn', blaze: 'burn', ablaz: 'burn',
  stone: 'break', break: 'break', broke: 'break', smash: 'break', shatt: 'break',
};
const VEHICLES = new Set(['car', 'vehicle', 'truck', 'bus', 'van', 'jeep', 'lorry']);

function outcomesIn(context: WeightedContext, vehicles: boolean): Set<string> {
  const out = new Set<string>();
  for (const key of context.keys()) {
    // What befell people near a count of vehicles ("2 cars, 1 officer hurt") says nothing of the vehicles.
    const outcome = vehicles ? VEHICLE_OUTCOMES[key] : OUTCOMES[key];
    if (outcome) out.add(outcome);
  }
  return out;
}

/**
 * Whether two figures' words say different things befell what they count ("police arrested 15 people"
 * against "injuries to at least 10 people"): then they are no two figures for the same thing.
 */
export function otherOutcome(draft: WeightedContext, source: WeightedContext, unit?: string): boolean {
  const vehicles = unit !== undefined && VEHICLES.has(unit);
  const a = outcomesIn(draft, vehicles);
  if (a.size === 0) return false;
  const b = outcomesIn(source, vehicles);
  if (b.size === 0) return false;
  for (const o of a) if (b.has(o)) return false;
  return true;
}

/** How much of the draft number's context the source number shares, from 0 to 1. */
export function contextOverlap(draft: WeightedContext, source: WeightedContext): number {
  let total = 0;
  let shared = 0;
  for (const [key, weight] of draft) {
    total += weight;
    const other = source.get(key);
    if (other !== undefined) shared += Math.min(weight, other);
  }
  return total === 0 ? 0 : Math.min(1, shared / total);
}

// Keyed by the token array, which copies of one sentence in several sources share (the index analyses
// a text once), so their keys are made once too.
const sentenceKeys = new WeakMap<readonly Token[], Set<string>>();

function keysOf(sentence: AnalysedSentence): Set<string> {
  let keys = sentenceKeys.get(sentence.tokens);
  if (!keys) {
    keys = new Set();
    for (const t of sentence.tokens) {
      if (CONTEXT_POS.has(t.pos) && !IGNORED.has(t.lemma) && /\p{L}/u.test(t.lemma)) keys.add(contextKey(SAME_SENSE[t.lemma] ?? t.lemma));
    }
    sentenceKeys.set(sentence.tokens, keys);
  }
  return keys;
}

/**
 * Share of the words in the draft number's clause (a wide window, unweighted) that the source sentence
 * has anywhere: paraphrase moves words around, so position inside the source does not count here.
 */
export function clauseOf(draft: AnalysedSentence, n: { start: number; end: number }, unit: string | undefined): WeightedContext {
  return contextOfSpan(draft, n, unitKey(unit), CLAUSE_RADIUS);
}

export function clauseOverlap(clause: WeightedContext, source: AnalysedSentence): number {
  if (clause.size === 0) return 0;
  const sourceKeys = keysOf(source);
  let shared = 0;
  for (const key of clause.keys()) if (sourceKeys.has(key)) shared++;
  return shared / clause.size;
}

/** Share of the draft sentence's words (not its figures, not the counted noun) a source sentence has. */
export function sentenceOverlap(draft: AnalysedSentence, source: AnalysedSentence, unit: string | undefined): number {
  const skip = unit ? contextKey(unit) : undefined;
  const sourceKeys = keysOf(source);
  let total = 0;
  let shared = 0;
  for (const key of keysOf(draft)) {
    if (key === skip) continue;
    total++;
    if (sourceKeys.has(key)) shared++;
  }
  return total === 0 ? 0 : shared / total;
}

/** Whether the two sentences share a content word besides those of `besides` (keys as contextKey makes them). */
export function sharesWordBesides(draft: AnalysedSentence, source: AnalysedSentence, besides: ReadonlySet<string>): boolean {
  const sourceKeys = keysOf(source);
  for (const key of keysOf(draft)) if (!besides.has(key) && sourceKeys.has(key)) return true;
  return false;
}

/** Closeness of magnitude: a wrong figure is usually near the right one (600 for 700, not for 30). */
export function magnitudeCloseness(a: number, b: number): number {
  if (a <= 0 || b <= 0) return 0;
  return Math.max(0, 1 - Math.abs(Math.log10(a / b)));
}
