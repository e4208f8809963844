// One pass over a sentence that yields everything later stages compare: tokens, numbers, names and
// the content words that say what the sentence is about.
import { tag, type Token } from '../nlp/tagger';
import { findNames, isTitleCase, type NameMention, type WordCaseEvidence } from './names';
import * as openings from './clauseOpenings';
import { findNumbers, type NumberMention } from './numbers';
import * as chars from '../text/charClass';

// Bound once: run from source (tsx), each read of an imported name goes through a getter, which
// WordCaseCounter.count would pay for every token of every source sentence.
const { allUpper, firstClass, LETTER, LOWER, UPPER } = chars;
const { leadingFigures, openedByMark } = openings;

export interface AnalysedSentence {
  text: string;
  tokens: Token[];
  numbers: NumberMention[];
  names: NameMention[];
  /** Content-word lemmas (nouns, verbs, adjectives, names), folded. */
  lemmas: Set<string>;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const WEAK_LEMMAS = new Set(['be', 'have', 'do', 'say', 'said', 'tell', 'also', 'would', 'will', 'could', 'make', 'take', 'get', 'go', "'s", 'more', 'other', 'new']);

export function contentLemmas(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (CONTENT_POS.has(t.pos) && !WEAK_LEMMAS.has(t.lemma) && /\p{L}|\d/u.test(t.lemma)) out.add(t.lemma);
  }
  return out;
}

/** `heading`: the text is a heading, whose capitals may be style ("Kosovo Tensions Rise as NATO Sends Troops"). */
export function analyseSentence(text: string, evidence: WordCaseEvidence, heading = false): AnalysedSentence {
  const tokens = tag(text);
  const titleCase = heading && isTitleCase(tokens);
  return { text, tokens, numbers: findNumbers(text, tokens), names: findNames(text, tokens, evidence, titleCase), lemmas: contentLemmas(tokens) };
}

export interface WordCaseCounts {
  capitalised: Array<[string, number]>;
  lower: Array<[string, number]>;
  capitals: Array<[string, number]>;
  /** Words capitalised where capitals are forced (a sentence's first word). */
  opening: Array<[string, number]>;
}

/** Counts the capitalisation of words where it is not forced: evidence for the sentence-start test. */
export class WordCaseCounter implements WordCaseEvidence {
  private readonly capitalised = new Map<string, number>();
  private readonly lower = new Map<string, number>();
  private readonly capitals = new Map<string, number>();
  private readonly opening = new Map<string, number>();

  count(tokens: Token[], sign = 1): void {
    for (const t of tokens) {
      if (t.text.length >= 2 && allUpper(t.text)) bump(this.capitals, t.lower, sign);
    }
    // startsClause(tokens, i) without its scan back to the sentence start: true up to the first word.
    const lead = leadingFigures(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const first = firstClass(t.text);
      if ((first & LETTER) === 0) continue;
      const forced = i <= lead || isSentenceEnd(tokens[i - 1]!.text) || openedByMark(tokens, i);
      if (forced) {
        if (first & UPPER && !(t.text.length >= 2 && allUpper(t.text))) bump(this.opening, t.lower, sign);
        continue;
      }
      // "Status:" heading a line that runs into the previous one: a label's capital is as forced as a
      // sentence start's, so it says nothing of how the word is written.
      if (tokens[i + 1]?.text === ':') continue;
      // "NATO/REINFORCEMENTS": a word in capitals is shouted or an acronym (counted in `capitals`), and says
      // nothing of how prose writes it.
      if (t.text.length >= 2 && allUpper(t.text)) continue;
      const map = first & UPPER ? this.capitalised : first & LOWER ? this.lower : undefined;
      if (!map) continue;
      bump(map, t.lower, sign);
    }
  }

  allCaps(lower: string): number {
    return this.capitals.get(lower) ?? 0;
  }

  nameInSources(lower: string): number {
    return this.lowercase(lower) === 0 ? this.capitalisedInside(lower) + (this.opening.get(lower) ?? 0) : 0;
  }

  toJSON(): WordCaseCounts {
    return { capitalised: [...this.capitalised], lower: [...this.lower], capitals: [...this.capitals], opening: [...this.opening] };
  }

  static fromJSON(counts: WordCaseCounts): WordCaseCounter {
    const counter = new WordCaseCounter();
    for (const [word, n] of counts.capitalised) counter.capitalised.set(word, n);
    for (const [word, n] of counts.lower) counter.lower.set(word, n);
    for (const [word, n] of counts.capitals) counter.capitals.set(word, n);
    for (const [word, n] of counts.opening) counter.opening.set(word, n);
    return counter;
  }

  capitalisedInside(lower: string): number {
    return this.capitalised.get(lower) ?? 0;
  }

  lowercase(lower: string): number {
    return this.lower.get(lower) ?? 0;
  }
}

/** /^[.!?]$/ */
function isSentenceEnd(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

function bump(map: Map<string, number>, key: string, sign: number): void {
  const n = (map.get(key) ?? 0) + sign;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

/**
 * Evidence from several counters: the corpus's first, then the draft's own. Capitals count from the
 * corpus alone, so a draft cannot make its own shouted word an acronym by repeating it.
 */
export function combinedEvidence(...parts: WordCaseEvidence[]): WordCaseEvidence {
  return {
    capitalisedInside: (w) => parts.reduce((n, p) => n + p.capitalisedInside(w), 0),
    lowercase: (w) => parts.reduce((n, p) => n + p.lowercase(w), 0),
    allCaps: (w) => parts[0]?.allCaps?.(w) ?? 0,
    nameInSources: (w) => parts[0]?.nameInSources?.(w) ?? 0,
  };
}
