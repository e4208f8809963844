// Ranking of source sentences by BM25+ over an inverted index kept in typed arrays.
//
// Written by hand rather than with minisearch (used before) because a newsroom archive is hundreds of
// thousands of short documents: minisearch keeps a Map per term and allocates a result object for every
// sentence that shares any query term, so one query against 10,000 articles took ~25 ms and most of the
// garbage collector's time, and its index alone took ~250 MB. Postings here are sorted id arrays, scores
// accumulate in reusable arrays (only for sentences that can rank: bm25TopK.ts), and only the best
// `limit` ever become objects. The scoring is
// minisearch's (BM25+ with k 1.2, b 0.7, d 0.5, times the number of query terms matched), so rankings are
// unchanged.
import { foldWord } from '../text/fold';
import { wordSpans } from './bm25Words';
import { TopKSearch, type ScoredId, type TermPostings } from './bm25TopK';

export type { ScoredId } from './bm25TopK';

const K = 1.2;
const B = 0.7;
const D = 0.5;

const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i in into is it its of on or our she that the their them they this to was we were which who will with would said says not no after before than then there also been over'.split(' '),
);

/** The index term a word stands for: folded; short and stop words are not searched by. */
function termOf(word: string): string | null {
  const folded = foldWord(word);
  return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
}

/** The distinct terms of a text, in order of first occurrence (for a query, or to remove a document). */
function termsOf(text: string): string[] {
  const spans: number[] = [];
  const count = wordSpans(text, spans);
  const terms = new Set<string>();
  for (let k = 0; k < count; k += 2) {
    const term = termOf(text.slice(spans[k]!, spans[k + 1]!));
    if (term) terms.add(term);
  }
  return [...terms];
}

/**
 * A term as add() meets it: its postings (undefined while no document has it), and the count of it in
 * the document being added, valid while `seen` is that document's stamp.
 */
interface TermSlot {
  term: string;
  list: Postings | undefined;
  seen: number;
  count: number;
}

/**
 * Words remembered with the term they stand for, at most this many: a word is folded and looked up
 * once, not at each of its thousands of occurrences. Cleared when full (between two documents).
 */
const WORD_CACHE = 500_000;

/** One term's postings: sentence ids in increasing order, with their term frequencies. */
interface Postings {
  ids: Int32Array;
  tfs: Uint8Array;
  size: number;
  /**
   * Each posting's BM25+ weight before the term's idf (D plus the saturated, length-normalised tf), in
   * posting order; made again after the index changes. Reading it in order spares the search a random
   * read per posting into a per-document table, a third of its time in a large corpus.
   */
  weights?: Float64Array;
  /** The largest of `weights`, made with them. */
  maxWeight?: number;
}

/** The index as flat arrays, for a snapshot (see toData / fromData). */
export interface Bm25Data {
  terms: string[];
  /** Postings per term, in `terms` order. */
  sizes: Int32Array;
  ids: Int32Array;
  tfs: Uint8Array;
  /** Document length by id; 0 where no document is. */
  lengths: Uint16Array;
}

export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private lengths = new Uint16Array(1024);
  private documents = 0;
  private totalLength = 0;
  private readonly topK = new TopKSearch();
  private weightsStale = true;
  // For add(): every word met (up to WORD_CACHE) with its term's slot, one slot per term, and scratch.
  private readonly words = new Map<string, { slot: TermSlot | null; seen: number }>();
  private readonly slots = new Map<string, TermSlot>();
  private readonly spans: number[] = [];
  private readonly docSlots: TermSlot[] = [];
  private stamp = 0;

  get size(): number {
    return this.documents;
  }

  /** Adds a document. Ids must increase from one call to the next (postings stay sorted by appending). */
  add(id: number, text: string): void {
    if (this.words.size >= WORD_CACHE) this.forgetWords();
    const stamp = ++this.stamp;
    const spans = this.spans;
    const count = wordSpans(text, spans);
    const slots = this.docSlots;
    slots.length = 0;
    // BM25's document length is the number of distinct words as written (case and accents kept).
    let length = 0;
    for (let k = 0; k < count; k += 2) {
      const word = text.slice(spans[k]!, spans[k + 1]!);
      let entry = this.words.get(word);
      if (entry === undefined) {
        entry = { slot: this.slotOf(termOf(word)), seen: 0 };
        this.words.set(word, entry);
      }
      if (entry.seen !== stamp) {
        entry.seen = stamp;
        length++;
      }
      const slot = entry.slot;
      if (slot === null) continue;
      if (slot.seen !== stamp) {
        slot.seen = stamp;
        slot.count = 0;
        slots.push(slot);
      }
      slot.count++;
    }
    this.ensureCapacity(id + 1);
    // Length 0 marks "no document", so an empty text still counts as one token long.
    this.lengths[id] = Math.min(Math.max(length, 1), 0xffff);
    this.documents++;
    this.totalLength += this.lengths[id]!;
    this.weightsStale = true;
    // Terms in order of first occurrence: a new term's postings join the map (and a snapshot) in that order.
    for (const slot of slots) {
      let list = slot.list;
      if (!list) this.postings.set(slot.term, (list = slot.list = { ids: new Int32Array(4), tfs: new Uint8Array(4), size: 0 }));
      if (list.size === list.ids.length) {
        const ids = new Int32Array(list.size * 2);
        ids.set(list.ids);
        const tfs = new Uint8Array(list.size * 2);
        tfs.set(list.tfs);
        list.ids = ids;
        list.tfs = tfs;
      }
      list.ids[list.size] = id;
      list.tfs[list.size] = Math.min(slot.count, 255);
      list.size++;
    }
  }

  /** The one slot of a term (null for none), so words that fold alike count together. */
  private slotOf(term: string | null): TermSlot | null {
    if (term === null) return null;
    let slot = this.slots.get(term);
    if (!slot) this.slots.set(term, (slot = { term, list: this.postings.get(term), seen: 0, count: 0 }));
    return slot;
  }

  /** Empties the word cache, and drops the slots of terms no document has (nothing refers to them now). */
  private forgetWords(): void {
    this.words.clear();
    for (const [term, slot] of this.slots) if (!slot.list) this.slots.delete(term);
  }

  /** Removes a document added with this `text`. */
  remove(id: number, text: string): void {
    if (id >= this.lengths.length || this.lengths[id] === 0) return;
    for (const term of termsOf(text)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const at = binarySearch(list.ids, list.size, id);
      if (at < 0) continue;
      list.ids.copyWithin(at, at + 1, list.size);
      list.tfs.copyWithin(at, at + 1, list.size);
      list.size--;
      if (list.size === 0) {
        this.postings.delete(term);
        const slot = this.slots.get(term);
        if (slot) slot.list = undefined;
      }
    }
    this.totalLength -= this.lengths[id]!;
    this.lengths[id] = 0;
    this.documents--;
    this.weightsStale = true;
  }

  /** The best `limit` documents for a query, best first (ties: lower id first). */
  search(query: string, limit: number): ScoredId[] {
    if (this.documents === 0 || limit <= 0) return [];
    this.updateWeights();
    const terms: TermPostings[] = [];
    const idfs: number[] = [];
    for (const term of termsOf(query)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const df = list.size;
      idfs.push(Math.log(1 + (this.documents - df + 0.5) / (df + 0.5)));
      terms.push({ ids: list.ids, weights: list.weights!, size: df, maxWeight: list.maxWeight! });
    }
    this.topK.ensureCapacity(this.lengths.length);
    return this.topK.search(terms, idfs, limit);
  }

  toData(): Bm25Data {
    const terms = [...this.postings.keys()];
    const sizes = new Int32Array(terms.length);
    let total = 0;
    terms.forEach((term, i) => (total += sizes[i] = this.postings.get(term)!.size));
    const ids = new Int32Array(total);
    const tfs = new Uint8Array(total);
    let at = 0;
    for (const term of terms) {
      const list = this.postings.get(term)!;
      ids.set(list.ids.subarray(0, list.size), at);
      tfs.set(list.tfs.subarray(0, list.size), at);
      at += list.size;
    }
    return { terms, sizes, ids, tfs, lengths: this.lengths.slice(0, this.highestId() + 1) };
  }

  /** An index from `toData()`'s arrays; throws when they disagree (a damaged snapshot). */
  static fromData(data: Bm25Data): Bm25Index {
    const total = data.sizes.reduce((sum, size) => sum + size, 0);
    if (data.terms.length !== data.sizes.length || total !== data.ids.length || total !== data.tfs.length || data.ids.some((id) => id < 0 || id >= data.lengths.length)) {
      throw new Error('search index arrays do not agree');
    }
    const index = new Bm25Index();
    index.ensureCapacity(data.lengths.length);
    index.lengths.set(data.lengths);
    for (const length of data.lengths) {
      if (length === 0) continue;
      index.documents++;
      index.totalLength += length;
    }
    let at = 0;
    data.terms.forEach((term, i) => {
      const size = data.sizes[i]!;
      // Copies, not views: a list grows in place when a document is added later.
      index.postings.set(term, { ids: data.ids.slice(at, at + size), tfs: data.tfs.slice(at, at + size), size });
      at += size;
    });
    return index;
  }

  /**
   * Makes every posting's weight again when the index has changed since: the average length moves with
   * every document, and removals shift postings. ~2.5 million postings at 10,000 articles take ~20 ms,
   * paid by the first search after a change.
   */
  private updateWeights(): void {
    if (!this.weightsStale) return;
    const average = this.totalLength / this.documents;
    // Per document first (most postings have tf 1 and share their document's weight).
    const norms = new Float64Array(this.lengths.length);
    const singleWeights = new Float64Array(this.lengths.length);
    for (let id = 0; id < norms.length; id++) {
      norms[id] = K * (1 - B + (B * this.lengths[id]!) / average);
      singleWeights[id] = (K + 1) / (1 + norms[id]!);
    }
    this.postings.forEach((list) => {
      const weights = list.weights && list.weights.length >= list.size ? list.weights : new Float64Array(list.ids.length);
      const { ids, tfs } = list;
      let max = 0;
      for (let i = 0; i < list.size; i++) {
        const id = ids[i]!;
        const tf = tfs[i]!;
        const weight = (weights[i] = D + (tf === 1 ? singleWeights[id]! : (tf * (K + 1)) / (tf + norms[id]!)));
        if (weight > max) max = weight;
      }
      list.weights = weights;
      list.maxWeight = max;
    });
    this.weightsStale = false;
  }

  private highestId(): number {
    for (let id = this.lengths.length - 1; id >= 0; id--) if (this.lengths[id] !== 0) return id;
    return -1;
  }

  private ensureCapacity(needed: number): void {
    if (needed <= this.lengths.length) return;
    let capacity = this.lengths.length;
    while (capacity < needed) capacity *= 2;
    const lengths = new Uint16Array(capacity);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }
}

function binarySearch(ids: Int32Array, size: number, id: number): number {
  let lo = 0;
  let hi = size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = ids[mid]!;
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
