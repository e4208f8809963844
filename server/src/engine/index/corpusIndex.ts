// The index over all source sentences: BM25 retrieval (bm25.ts), numbers by value, the name
// vocabulary, and word-case statistics. Every structure supports removing one file, so a changed
// source is re-indexed alone.
//
// Indexing reads names and figures from untagged tokens (liteTokens); the full analysis with the
// part-of-speech tagger runs only for the sentences a draft is compared with, and a bounded cache keeps
// the recent ones. Tagging every sentence of a newsroom archive would take minutes and gigabytes.
import { analyseSentence, WordCaseCounter, type AnalysedSentence } from '../claims/analyse';
import { findNames, type NameMention } from '../claims/names';
import { findNumbers } from '../claims/numbers';
import { liteTokens } from '../nlp/liteTokens';
import type { SourceDocument, SourceSentence } from '../types';
import { answersHold, recordingEvidence, type EvidenceAnswers } from '../claims/recordedEvidence';
import { Bm25Index } from './bm25';
import { decodeIndex, encodeIndex, type IndexedSource, type SavedRecords, type SentenceRecord } from './indexSnapshot';
import { LruCache } from '../lruCache';
import { NameVocabulary } from './nameVocabulary';
import { nameKey } from '../text/fold';

export interface IndexedSentence extends AnalysedSentence {
  source: SourceSentence;
}

export interface RankedSentence {
  id: number;
  /** Analysed (tagged) on first access: most verdicts look at a few of the ranked sentences only. */
  readonly sentence: IndexedSentence;
  /** BM25 score divided by the best score of the query: 1 for the best match. */
  relevance: number;
}

/** A source sentence as a citation needs it, without the tagger's analysis. */
export interface CitedSentence {
  source: SourceSentence;
  text: string;
}

interface CachedAnalysis {
  analysis: AnalysedSentence;
  /** The word-case questions the analysis asked, with the answers it got. */
  asked: EvidenceAnswers;
  /** The index version at which the answers were last found to hold. */
  version: number;
}

const NO_IDS: ReadonlySet<number> = new Set();

/** How many fully analysed sentences are kept between checks. */
const ANALYSED_CACHE = 20_000;
// Unicode-property regexes live in constants: esbuild (tsx and the bundle alike) turns a /\p{..}/u
// literal into `new RegExp(...)`, which inside a function would build a RegExp at every call.
// matchAll copies BRACKETED_ACRONYM, so its lastIndex is never moved.
const BRACKETED_ACRONYM = /\(\s*([\p{Lu}][\p{Lu}\p{Ll}\d.]{1,9})\s*\)/gu;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

// "the European Union Rule of Law Mission in Kosovo (EULEX)": the name finder ends a name at "in", so a
// long form may be two names joined by a small word.
const LONG_FORM_JOINER = /^\s+(?:in|of|for|on|and)\s+$/;

/** Acronyms defined in a sentence as "Full Name (ACR)". Only multi-word expansions are trusted. */
function acronymDefinitions(sentence: { text: string; names: NameMention[] }): Array<[string, NameMention]> {
  const out: Array<[string, NameMention]> = [];
  for (const m of sentence.text.matchAll(BRACKETED_ACRONYM)) {
    const before = sentence.names.filter((n) => n.end <= m.index!);
    let expansion = before.pop();
    if (!expansion || !/^\s*$/.test(sentence.text.slice(expansion.end, m.index!))) continue;
    const head = before.pop();
    if (head && head.key.includes(' ') && LONG_FORM_JOINER.test(sentence.text.slice(head.end, expansion.start))) {
      const text = sentence.text.slice(head.start, expansion.end);
      expansion = { start: head.start, end: expansion.end, text, key: nameKey(text) };
    }
    if (expansion.key.includes(' ') && TWO_CAPITALS.test(m[1])) out.push([m[1], expansion]);
  }
  return out;
}

/** A ranked sentence whose analysis is made on first access (a class, so no closure per result). */
class LazyRanked implements RankedSentence {
  private analysed?: IndexedSentence;

  constructor(
    private readonly index: CorpusIndex,
    readonly id: number,
    readonly relevance: number,
  ) {}

  get sentence(): IndexedSentence {
    return (this.analysed ??= this.index.sentence(this.id)!);
  }
}

export class CorpusIndex {
  names = new NameVocabulary();
  wordCase = new WordCaseCounter();
  private readonly sources = new Map<string, IndexedSource>();
  /** Sentences indexed in this process; those loaded from a snapshot stay in `saved`. */
  // By id in an array, not a Map: ids are dense, and a check looks records up tens of thousands of times.
  private readonly records: Array<SentenceRecord | undefined> = [];
  private recordCount = 0;
  private saved?: SavedRecords;
  // Analyses are kept by text: wire copy, boilerplate and republished stories repeat sentences word for
  // word across an archive (the bench's 208,000 sentences have 42,000 texts), and the same words get
  // the same analysis. Each id still gets its own sentence object, as callers count sentences by identity.
  private readonly analysedTexts = new LruCache<string, CachedAnalysis>(ANALYSED_CACHE);
  private readonly analysed = new LruCache<number, { sentence: IndexedSentence; analysis: CachedAnalysis }>(ANALYSED_CACHE);
  private readonly byValue = new Map<number, Set<number>>();
  private search = new Bm25Index();
  private nextId = 0;
  /** Changes whenever the index does: caches of verdicts key on it. */
  version = 0;
  private datelineCache?: { version: number; days: ReadonlySet<string> };

  get sourceCount(): number {
    return this.sources.size;
  }

  get sentenceCount(): number {
    return this.recordCount + (this.saved?.size ?? 0);
  }

  has(path: string): boolean {
    return this.sources.has(path);
  }

  /**
   * One source sentence, fully analysed (tagged) on first use. An analysis read the corpus's word case
   * (is a capitalised first word a name?), which changes with every source added or removed; it is kept
   * across such changes as long as the answers it got are still the answers, so a corpus change does not
   * send every later check back to the tagger.
   */
  sentence(id: number): IndexedSentence | undefined {
    const cached = this.analysed.get(id);
    if (cached && this.stillHolds(cached.analysis)) return cached.sentence;
    const record = this.record(id);
    if (!record) return undefined;
    const analysis = this.analysisOf(record.source.text);
    const sentence: IndexedSentence = { ...analysis.analysis, source: record.source };
    this.analysed.set(id, { sentence, analysis });
    return sentence;
  }

  private analysisOf(text: string): CachedAnalysis {
    const cached = this.analysedTexts.get(text);
    if (cached && this.stillHolds(cached)) return cached;
    const asked: EvidenceAnswers = [];
    const made: CachedAnalysis = { analysis: analyseSentence(text, recordingEvidence(this.wordCase, asked)), asked, version: this.version };
    this.analysedTexts.set(text, made);
    return made;
  }

  private stillHolds(cached: CachedAnalysis): boolean {
    if (cached.version !== this.version && !answersHold(cached.asked, this.wordCase)) return false;
    cached.version = this.version;
    return true;
  }

  /** Forgets every analysed sentence (they are made again on use). */
  clearAnalyses(): void {
    this.analysed.clear();
    this.analysedTexts.clear();
  }

  fingerprint(path: string): string | undefined {
    return this.sources.get(path)?.fingerprint;
  }

  paths(): string[] {
    return [...this.sources.keys()];
  }

  /** The sources' datelines (ISO days), for dates a draft gives with nothing else to match on. */
  datelines(): ReadonlySet<string> {
    if (this.datelineCache?.version !== this.version) {
      const days = new Set<string>();
      for (const { document } of this.sources.values()) if (document.date) days.add(document.date);
      this.datelineCache = { version: this.version, days };
    }
    return this.datelineCache.days;
  }

  /** One source's sentence ids, in the order the file gives them. */
  sentenceIdsOf(path: string): readonly number[] {
    return this.sources.get(path)?.sentenceIds ?? [];
  }

  /** Every source that has a dateline, with it. */
  datedSources(): Array<{ path: string; date: string }> {
    const out: Array<{ path: string; date: string }> = [];
    for (const [path, { document }] of this.sources) if (document.date) out.push({ path, date: document.date });
    return out;
  }

  /** Adds one source's sentences; a source already indexed under the same path is replaced. */
  add(document: SourceDocument, sentences: SourceSentence[], fingerprint?: string): void {
    this.remove(document.path);
    const ids: number[] = [];
    for (const source of sentences) {
      // The sentences are the caller's fresh objects (sourceSentences): numbered here rather than copied,
      // as a newsroom archive has hundreds of thousands.
      source.id = this.nextId++;
      const tokens = liteTokens(source.text);
      this.wordCase.count(tokens);
      const names = findNames(source.text, tokens, this.wordCase);
      const numbers = findNumbers(source.text, tokens);
      const record: SentenceRecord = {
        source,
        names,
        values: numbers.length === 0 ? [] : [...new Set(numbers.map((n) => n.value))],
        acronyms: source.text.includes('(') ? acronymDefinitions({ text: source.text, names }).map(([acronym, expansion]) => [acronym, expansion.text]) : [],
      };
      ids.push(source.id);
      this.records[source.id] = record;
      this.recordCount++;
      this.search.add(source.id, source.text);
      for (const value of record.values) this.indexValue(value, source.id, 1);
      for (const name of names) this.names.add(name, source.id);
      for (const [acronym, expansion] of record.acronyms) this.names.alias(acronym, expansion, 1);
    }
    const { text: _text, ...meta } = document;
    this.sources.set(document.path, { document: meta, sentenceIds: ids, ...(fingerprint ? { fingerprint } : {}) });
    this.version++;
  }

  snapshot(): Uint8Array {
    return encodeIndex({
      nextId: this.nextId,
      sources: this.sources,
      record: (id) => this.record(id),
      wordCase: this.wordCase.toJSON(),
      search: this.search.toData(),
      names: this.names.toData(),
    });
  }

  /** An index from a snapshot's bytes; undefined when they are of another format. Throws on garbage. */
  static restore(bytes: Uint8Array): CorpusIndex | undefined {
    const parts = decodeIndex(bytes);
    if (!parts) return undefined;
    const index = new CorpusIndex();
    index.nextId = parts.nextId;
    for (const [path, source] of parts.sources) index.sources.set(path, source);
    index.saved = parts.saved;
    for (const { id, values } of parts.saved.statedValues()) for (const value of values) index.indexValue(value, id, 1);
    index.names = NameVocabulary.fromData(parts.names.data, parts.names.sentenceIds);
    index.wordCase = WordCaseCounter.fromJSON(parts.wordCase);
    index.search = Bm25Index.fromData(parts.search);
    return index;
  }

  remove(path: string): boolean {
    const indexed = this.sources.get(path);
    if (!indexed) return false;
    for (const id of indexed.sentenceIds) {
      const record = this.record(id)!;
      this.search.remove(id, record.source.text);
      this.wordCase.count(liteTokens(record.source.text), -1);
      for (const value of record.values) this.indexValue(value, id, -1);
      for (const name of record.names) this.names.remove(name, id);
      for (const [acronym, expansion] of record.acronyms) this.names.alias(acronym, expansion, -1);
      if (this.records[id]) {
        this.records[id] = undefined;
        this.recordCount--;
      }
      this.saved?.delete(id);
      this.analysed.delete(id);
    }
    this.sources.delete(path);
    this.version++;
    return true;
  }

  private indexValue(value: number, id: number, sign: 1 | -1): void {
    if (sign > 0) {
      let ids = this.byValue.get(value);
      if (!ids) this.byValue.set(value, (ids = new Set()));
      ids.add(id);
    } else {
      const ids = this.byValue.get(value);
      ids?.delete(id);
      if (ids?.size === 0) this.byValue.delete(value);
    }
  }

  /**
   * Source sentences most like `text`, by BM25 over folded, stop-word-free terms: the best `limit`,
   * analysed, and the scores of a wider pool of `poolSize` (not analysed) for filtering look-ups.
   */
  retrieve(text: string, limit: number, poolSize = limit): { ranked: RankedSentence[]; pool: Map<number, number> } {
    const results = this.search.search(text, Math.max(limit, poolSize));
    const top = results[0]?.score ?? 1;
    const pool = new Map<number, number>();
    for (const r of results) pool.set(r.id, r.score / top);
    const ranked: RankedSentence[] = [];
    for (let i = 0; i < results.length && i < limit; i++) ranked.push(new LazyRanked(this, results[i]!.id, results[i]!.score / top));
    return { ranked, pool };
  }

  rank(text: string, limit: number): RankedSentence[] {
    return this.retrieve(text, limit).ranked;
  }

  /** A source sentence for citing, without analysing it. */
  cited(id: number): CitedSentence | undefined {
    const source = this.records[id]?.source ?? this.saved?.source(id);
    return source && { source, text: source.text };
  }

  /**
   * The names indexing found in a sentence (from untagged tokens), with their offsets: enough to read
   * relations from many sentences without tagging them.
   */
  namesIn(id: number): NameMention[] {
    return this.record(id)?.names ?? [];
  }

  /** What indexing kept of a sentence: built from loaded columns if the index was restored. */
  private record(id: number): SentenceRecord | undefined {
    return this.records[id] ?? this.saved?.record(id);
  }

  /** Whether a sentence may state any figure, without tagging it (see mayStateValue). */
  mayStateNumbers(id: number): boolean {
    return this.mayStateValue(id, () => true);
  }

  /**
   * Whether a sentence may state a figure for which `near` holds, without tagging it: the untagged
   * reading finds every figure the tagged one does except "one", which it leaves out because only the
   * tagger can tell the pronoun.
   */
  mayStateValue(id: number, near: (value: number) => boolean): boolean {
    const record = this.records[id];
    const values = record ? record.values : this.saved?.values(id);
    if (values) for (let i = 0; i < values.length; i++) if (near(values[i]!)) return true;
    if (!near(1)) return false;
    const text = record ? record.source.text : this.saved?.text(id);
    return text !== undefined && /\bone\b/i.test(text);
  }

  /**
   * Ids of the sentences that state this value anywhere in the corpus: the index's own set, not a copy,
   * as a common figure stands in thousands of sentences.
   */
  sentencesWithValue(value: number): ReadonlySet<number> {
    return this.byValue.get(value) ?? NO_IDS;
  }

  /** Sentences that state this value anywhere in the corpus. */
  withValue(value: number): IndexedSentence[] {
    return [...this.sentencesWithValue(value)].map((id) => this.sentence(id)!);
  }
}
