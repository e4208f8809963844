// One pass over a sentence that yields everything later stages compare: tokens, numbers, names and
// the content words that say what the sentence is about.
import { tag, type Token } from '../nlp/tagger';
import * as names from './names';
import { findNames, isTitleCase, type NameMention, type WordCaseEvidence } from './names';
import { findNumbers, type NumberMention } from './numbers';
import * as chars from '../text/charClass';

// Bound once: run from source (tsx), each read of an imported name goes through a getter, which
// WordCaseCounter.count would pay for every token of every source sentence.
const { allUpper, firstClass, LETTER, LOWER, UPPER } = chars;
const { isClauseOpener, leadingFigures } = names;

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
}

// The three kinds of count, as indices into a word's counts.
const CAPITALISED = 0;
const LOWER_CASE = 1;
const CAPITALS = 2;
type CountKind = typeof CAPITALISED | typeof LOWER_CASE | typeof CAPITALS;

/** Counts the capitalisation of words where it is not forced: evidence for the sentence-start test. */
export class WordCaseCounter implements WordCaseEvidence {
  // A word's three counts by kind. Indexing counts every token of every source sentence: one look-up
  // per token finds the counts, where a map per kind took a look-up and a store in one of them.
  private readonly words = new Map<string, number[]>();
  // The words with a positive count of each kind, in the order they got it (a word whose count fell to
  // 0 and rose again goes last): the order the snapshot lists them in.
  private readonly listed: Array<Map<string, number[]>> = [new Map(), new Map(), new Map()];

  count(tokens: Token[], sign = 1): void {
    for (const t of tokens) {
      if (t.text.length >= 2 && allUpper(t.text)) this.bump(CAPITALS, t.lower, sign);
    }
    // startsClause(tokens, i) without its scan back to the sentence start: true up to the first word.
    const lead = leadingFigures(tokens);
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      const first = firstClass(t.text);
      if ((first & LETTER) === 0 || i <= lead) continue;
      const previous = tokens[i - 1].text;
      if (isSentenceEnd(previous) || isClauseOpener(previous)) continue;
      if (first & UPPER) this.bump(CAPITALISED, t.lower, sign);
      else if (first & LOWER) this.bump(LOWER_CASE, t.lower, sign);
    }
  }

  allCaps(lower: string): number {
    return this.words.get(lower)?.[CAPITALS] ?? 0;
  }

  toJSON(): WordCaseCounts {
    const list = (kind: CountKind): Array<[string, number]> => Array.from(this.listed[kind]!, ([word, counts]) => [word, counts[kind]!]);
    return { capitalised: list(CAPITALISED), lower: list(LOWER_CASE), capitals: list(CAPITALS) };
  }

  static fromJSON(counts: WordCaseCounts): WordCaseCounter {
    const counter = new WordCaseCounter();
    for (const [word, n] of counts.capitalised) counter.bump(CAPITALISED, word, n);
    for (const [word, n] of counts.lower) counter.bump(LOWER_CASE, word, n);
    for (const [word, n] of counts.capitals) counter.bump(CAPITALS, word, n);
    return counter;
  }

  capitalisedInside(lower: string): number {
    return this.words.get(lower)?.[CAPITALISED] ?? 0;
  }

  lowercase(lower: string): number {
    return this.words.get(lower)?.[LOWER_CASE] ?? 0;
  }

  /** Adds `by` to a count; a count never goes below 0, and a word with no counts left is forgotten. */
  private bump(kind: CountKind, word: string, by: number): void {
    let counts = this.words.get(word);
    if (!counts) {
      if (by <= 0) return;
      this.words.set(word, (counts = [0, 0, 0]));
    }
    const before = counts[kind]!;
    const after = before + by;
    if (after > 0) {
      counts[kind] = after;
      if (before === 0) this.listed[kind]!.set(word, counts);
    } else if (before > 0) {
      counts[kind] = 0;
      this.listed[kind]!.delete(word);
      if (counts[CAPITALISED] === 0 && counts[LOWER_CASE] === 0 && counts[CAPITALS] === 0) this.words.delete(word);
    }
  }
}

/** /^[.!?]$/ */
function isSentenceEnd(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f;
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
  };
}
