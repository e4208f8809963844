// The best `limit` sentences for a query over bm25.ts's postings, found without scoring every sentence
// that shares a query term.
//
// A sentence's BM25+ score is the sum of its terms' contributions times the number of query terms it
// has. In a newsroom corpus most sentences sharing a query term share only one (six in seven, for a
// 3,000-word draft against 10,000 articles), and such a sentence's score is its one contribution. So the
// sentences sharing two or more terms are found first with two bitmaps (an eighth of a bit per sentence
// and per query, small enough for the processor's cache), only they are scored in the per-sentence
// arrays, and their `limit`-th best score is a bar that single-term sentences must reach to be
// considered; a term whose best contribution is below the bar is not read again. Every score is computed
// by the same additions in the same term order as scoring every sentence would, so the results are
// identical to the bit, and every comparison with the bar is between exact scores: nothing that belongs
// in the top `limit` can be left out.

export interface ScoredId {
  id: number;
  score: number;
}

/** One query term's postings as the search reads them. */
export interface TermPostings {
  ids: Int32Array;
  /** Each posting's weight before idf, in posting order. */
  weights: Float64Array;
  size: number;
  /** The largest of `weights`: no posting of the term contributes more than idf times it. */
  maxWeight: number;
}

const HISTOGRAM_BINS = 4096;

/** Arrays indexed by sentence id, kept between searches so a search allocates nothing per sentence. */
export class TopKSearch {
  private scores = new Float64Array(0);
  private matched = new Uint8Array(0);
  private ids = new Int32Array(0);
  private finals = new Float64Array(0);
  /** Sentences met in one term's postings so far, and in two or more: one bit per sentence. */
  private once = new Int32Array(0);
  private twice = new Int32Array(0);

  /** Makes room for sentence ids below `capacity`. */
  ensureCapacity(capacity: number): void {
    if (capacity <= this.scores.length) return;
    this.scores = new Float64Array(capacity);
    this.matched = new Uint8Array(capacity);
    this.ids = new Int32Array(capacity);
    this.finals = new Float64Array(capacity);
    this.once = new Int32Array((capacity + 31) >>> 5);
    this.twice = new Int32Array((capacity + 31) >>> 5);
  }

  /**
   * The `limit` best sentences, best first (ties: lower id first), scoring each as
   * (Σ idfs[t] · weight, over the terms in `terms` order that it has) × the number of those terms.
   */
  search(terms: TermPostings[], idfs: number[], limit: number): ScoredId[] {
    const { scores, matched, ids: candidates, finals, once, twice } = this;
    for (let t = 0; t < terms.length; t++) {
      const { ids, size } = terms[t]!;
      if (t === 0) {
        for (let i = 0; i < size; i++) once[ids[i]! >>> 5] |= 1 << (ids[i]! & 31);
        continue;
      }
      for (let i = 0; i < size; i++) {
        const id = ids[i]!;
        const word = id >>> 5;
        const bit = 1 << (id & 31);
        twice[word] |= once[word]! & bit;
        once[word] |= bit;
      }
    }
    // Sentences with two or more terms, scored in term order as an exhaustive search would.
    let count = 0;
    for (let t = 0; t < terms.length; t++) {
      const { ids, weights, size } = terms[t]!;
      const idf = idfs[t]!;
      for (let i = 0; i < size; i++) {
        const id = ids[i]!;
        if (((twice[id >>> 5]! >>> (id & 31)) & 1) === 0) continue;
        // Every contribution is positive (idf > 0, weight > 0), so 0 means not met yet.
        if (scores[id] === 0) candidates[count++] = id;
        matched[id]++;
        scores[id] += idf * weights[i]!;
      }
    }
    let max = 0;
    for (let i = 0; i < count; i++) {
      const id = candidates[i]!;
      const final = (finals[i] = scores[id]! * matched[id]!);
      if (final > max) max = final;
      scores[id] = 0;
      matched[id] = 0;
    }
    // With `limit` of them at `bar` or above, a sentence below it cannot be among the best `limit`.
    const bar = count >= limit ? lowestOfBest(finals, count, limit, max) : 0;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      if (finals[i]! < bar) continue;
      finals[kept] = finals[i]!;
      candidates[kept++] = candidates[i]!;
    }
    // Single-term sentences: their score is their one contribution (the exhaustive sum 0 + c, times 1).
    for (let t = 0; t < terms.length; t++) {
      const { ids, weights, size, maxWeight } = terms[t]!;
      const idf = idfs[t]!;
      // Rounding is monotonic, so no posting's idf · weight exceeds idf · maxWeight.
      if (idf * maxWeight < bar) continue;
      for (let i = 0; i < size; i++) {
        const score = idf * weights[i]!;
        if (score < bar) continue;
        const id = ids[i]!;
        if (((twice[id >>> 5]! >>> (id & 31)) & 1) !== 0) continue;
        finals[kept] = score;
        candidates[kept++] = id;
      }
    }
    once.fill(0);
    twice.fill(0);
    return topScores(finals, candidates, kept, limit);
  }
}

/** Scratch for cutoffBin, reused: a search bins scores twice, and a check runs a hundred searches. */
const histogram = new Int32Array(HISTOGRAM_BINS);

/**
 * The highest bin, with scores binned as `(score * scale) | 0`, such that at least `limit` of
 * `scores[0..count)` lie in it or above (0 when fewer do).
 */
function cutoffBin(scores: Float64Array, count: number, limit: number, scale: number): number {
  histogram.fill(0);
  for (let i = 0; i < count; i++) histogram[(scores[i]! * scale) | 0]++;
  let bin = HISTOGRAM_BINS - 1;
  for (let kept = 0; bin > 0; bin--) {
    kept += histogram[bin]!;
    if (kept >= limit) break;
  }
  return bin;
}

/**
 * A score that at least `limit` of `scores[0..count)` reach and close above the `limit`-th best: the
 * lowest score in the histogram bins holding the best `limit` (count >= limit, max the largest score).
 */
function lowestOfBest(scores: Float64Array, count: number, limit: number, max: number): number {
  const scale = (HISTOGRAM_BINS - 1) / max;
  const bin = cutoffBin(scores, count, limit, scale);
  let lowest = max;
  for (let i = 0; i < count; i++) if (scores[i]! < lowest && ((scores[i]! * scale) | 0) >= bin) lowest = scores[i]!;
  return lowest;
}

/**
 * The `limit` best of `count` scored sentences, best first (ties: lower id).
 * A histogram of the scores finds a cut-off in two linear passes, so only the few hundred above it are
 * ever sorted or become objects.
 */
function topScores(finals: Float64Array, ids: Int32Array, count: number, limit: number): ScoredId[] {
  let max = 0;
  for (let i = 0; i < count; i++) if (finals[i]! > max) max = finals[i]!;
  // Kept: sentences in the cut-off bin or above, binned in the same arithmetic both times.
  const scale = max > 0 ? (HISTOGRAM_BINS - 1) / max : 0;
  const bin = count > limit ? cutoffBin(finals, count, limit, scale) : 0;
  const out: ScoredId[] = [];
  for (let i = 0; i < count; i++) if (((finals[i]! * scale) | 0) >= bin) out.push({ id: ids[i]!, score: finals[i]! });
  out.sort((a, b) => b.score - a.score || a.id - b.id);
  if (out.length > limit) out.length = limit;
  return out;
}
