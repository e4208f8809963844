// What every verdict stage returns, and the helpers they share for ranking source sentences.
import type { AnalysedSentence } from '../claims/analyse';
import type { CitedSentence, CorpusIndex, RankedSentence } from '../index/corpusIndex';
import type { Evidence, FindingCode, Verdict } from '../types';

export interface Judgement {
  verdict: Verdict;
  code: FindingCode;
  message: string;
  suggestion?: string;
  evidence: Evidence[];
}

/** The draft sentence a claim stands in, with its best-matching source sentences. */
export interface ClaimContext {
  index: CorpusIndex;
  draft: AnalysedSentence;
  ranked: RankedSentence[];
  /** BM25 relevance of a wider pool of source sentences, by id, most relevant first, for narrowing look-ups by value. */
  pool: Map<number, number>;
  /** Names the writer allowed: never reported. */
  allowed: Set<string>;
}

export const MAX_EVIDENCE = 3;

/**
 * `read` done once per draft sentence and kept while its analysis lives: every claim of a sentence asks
 * the same question of it (its quotes, its lists, its office relations).
 */
export function oncePerDraft<T>(read: (ctx: ClaimContext) => T): (ctx: ClaimContext) => T {
  const kept = new WeakMap<AnalysedSentence, { value: T }>();
  return (ctx) => {
    let entry = kept.get(ctx.draft);
    if (!entry) kept.set(ctx.draft, (entry = { value: read(ctx) }));
    return entry.value;
  };
}

/**
 * The pool's sentences for which `has` holds, walked best first: it stops once `wanted` are found. The
 * pool is in BM25's order, best first and ties by lower id, which is the order callers rank by, so the
 * first found are the best (a copy of a wire story stands in many sources with the same score, and going
 * on through the ties cost more than the rest of the name verdict). A common figure or name stands in
 * thousands of sentences, and each membership test in so large a set is a cache miss.
 */
export function bestInPool(pool: ClaimContext['pool'], has: (id: number) => boolean, wanted: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const entry of pool) {
    if (found.length >= wanted) break;
    if (has(entry[0])) found.push(entry);
  }
  return found;
}

/**
 * Adds to `best` the best matches of other words, each sentence once: a clause searched without the
 * draft's name, whose own best matches the sentence's may bury.
 */
export function addMatchesOf(best: Array<{ id: number; readonly sentence: AnalysedSentence }>, ctx: ClaimContext, words: string[], count: number): void {
  for (const r of ctx.index.rank(words.join(' '), count)) if (!best.some((b) => b.id === r.id)) best.push(r);
}

/**
 * A name contradicted by one source sentence that has `suggestion` where the draft has the claim:
 * `saying` is what the sources do ("list Spain here", "place Geneva in Switzerland").
 */
export function replacedName(claim: { text: string }, saying: string, cited: CitedSentence, suggestion: string): Judgement {
  return {
    verdict: 'contradicted',
    code: 'contradicted-name',
    message: `sources ${saying}, not ${claim.text} ("${quote(cited.text, suggestion)}", ${citeLine(cited)})`,
    suggestion,
    evidence: [evidenceOf(cited, suggestion)],
  };
}

export function evidenceOf(sentence: CitedSentence, value?: string): Evidence {
  const { source } = sentence;
  return {
    path: source.path,
    displayPath: source.displayPath,
    ...(source.date ? { date: source.date } : {}),
    range: source.range,
    sentence: source.text,
    ...(value !== undefined ? { value } : {}),
  };
}

/** Evidence without repeats: one sentence cited once, at its first (best) place. */
export function uniqueEvidence(items: Evidence[], limit = MAX_EVIDENCE): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of items) {
    const key = `${e.path}:${e.range.start.line}:${e.range.start.character}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length === limit) break;
  }
  return out;
}

/**
 * A source sentence shortened for a one-line message, keeping the words around `focus` (the figure or
 * name the message is about) in view.
 */
export function quote(text: string, focus?: string, max = 80): string {
  if (text.length <= max) return text;
  const at = focus ? text.indexOf(focus) : -1;
  if (at < 0 || at + focus!.length <= max - 1) return `${text.slice(0, max - 1).trimEnd()}…`;
  const start = Math.max(0, Math.min(at - Math.floor((max - focus!.length) / 2), text.length - (max - 2)));
  const end = Math.min(text.length, start + max - 2);
  // Cut at word boundaries: no half words at either end.
  let window = text.slice(start, end);
  if (start > 0) window = window.replace(/^\S*\s+/, '');
  if (end < text.length) window = window.replace(/\s+\S*$/, '');
  return `${start > 0 ? '…' : ''}${window.trim()}${end < text.length ? '…' : ''}`;
}

export function citeLine(sentence: CitedSentence): string {
  return `${sentence.source.displayPath}:${sentence.source.range.start.line + 1}`;
}
