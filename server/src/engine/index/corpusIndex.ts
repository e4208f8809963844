// The index over all source sentences: BM25 retrieval (minisearch), numbers by value, the name
// vocabulary, and word-case statistics. Every structure supports removing one file, so a changed
// source is re-indexed alone.
//
// Indexing reads names and figures from untagged tokens (liteTokens); the full analysis with the
// part-of-speech tagger runs only for the sentences a draft is compared with, and a bounded cache keeps
// the recent ones. Tagging every sentence of a newsroom archive would take minutes and gigabytes.
import MiniSearch from 'minisearch';
import { analyseSentence, WordCaseCounter, type AnalysedSentence, type WordCaseCounts } from '../claims/analyse';
import { findNames, type NameMention } from '../claims/names';
import { findNumbers } from '../claims/numbers';
import { liteTokens } from '../nlp/liteTokens';
import type { SourceDocument, SourceSentence } from '../types';
import { foldWord } from '../text/fold';
import { NameVocabulary } from './nameVocabulary';

export interface IndexedSentence extends AnalysedSentence {
  source: SourceSentence;
}

export interface RankedSentence {
  sentence: IndexedSentence;
  /** BM25 score divided by the best score of the query: 1 for the best match. */
  relevance: number;
}

const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i in into is it its of on or our she that the their them they this to was we were which who will with would said says not no after before than then there also been over'.split(' '),
);

function searchTerm(term: string): string | null {
  const folded = foldWord(term);
  return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
}

interface IndexedSource {
  /** The document without its text: sentences keep what citations need. */
  document: Omit<SourceDocument, 'text'>;
  sentenceIds: number[];
  /** Size and modification time of the file when it was read, to skip it when unchanged. */
  fingerprint?: string;
}

/** Everything the index holds, as plain data: a restart loads it instead of reading every file. */
export interface IndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  nextId: number;
  sources: Array<[string, IndexedSource]>;
  records: SentenceRecord[];
  wordCase: WordCaseCounts;
  search: unknown;
}

const SNAPSHOT_FORMAT = 1;

/** What indexing took from one sentence, kept so that removing the file takes out exactly that. */
interface SentenceRecord {
  source: SourceSentence;
  names: NameMention[];
  values: number[];
  acronyms: Array<[string, string]>;
}

/** How many fully analysed sentences are kept between checks. */
const ANALYSED_CACHE = 20_000;

/** Acronyms defined in a sentence as "Full Name (ACR)". Only multi-word expansions are trusted. */
function acronymDefinitions(sentence: { text: string; names: NameMention[] }): Array<[string, NameMention]> {
  const out: Array<[string, NameMention]> = [];
  for (const m of sentence.text.matchAll(/\(\s*([\p{Lu}][\p{Lu}\p{Ll}\d.]{1,9})\s*\)/gu)) {
    const expansion = sentence.names.filter((n) => n.end <= m.index! && /^\s*$/.test(sentence.text.slice(n.end, m.index!))).pop();
    if (expansion && expansion.key.includes(' ') && /\p{Lu}.*\p{Lu}/u.test(m[1])) out.push([m[1], expansion]);
  }
  return out;
}

const SEARCH_OPTIONS = { fields: ['text'], processTerm: searchTerm };

export class CorpusIndex {
  readonly names = new NameVocabulary();
  wordCase = new WordCaseCounter();
  private readonly sources = new Map<string, IndexedSource>();
  private readonly records = new Map<number, SentenceRecord>();
  private readonly analysed = new Map<number, IndexedSentence>();
  private readonly byValue = new Map<number, Set<number>>();
  private search = new MiniSearch<{ id: number; text: string }>(SEARCH_OPTIONS);
  private nextId = 0;
  /** Changes whenever the index does: caches of verdicts key on it. */
  version = 0;

  get sourceCount(): number {
    return this.sources.size;
  }

  get sentenceCount(): number {
    return this.records.size;
  }

  has(path: string): boolean {
    return this.sources.has(path);
  }

  /** One source sentence, fully analysed (tagged) on first use. */
  sentence(id: number): IndexedSentence | undefined {
    const cached = this.analysed.get(id);
    if (cached) {
      // Least recently used goes first: re-insert on use.
      this.analysed.delete(id);
      this.analysed.set(id, cached);
      return cached;
    }
    const record = this.records.get(id);
    if (!record) return undefined;
    const sentence: IndexedSentence = { ...analyseSentence(record.source.text, this.wordCase), source: record.source };
    this.analysed.set(id, sentence);
    if (this.analysed.size > ANALYSED_CACHE) this.analysed.delete(this.analysed.keys().next().value!);
    return sentence;
  }

  fingerprint(path: string): string | undefined {
    return this.sources.get(path)?.fingerprint;
  }

  paths(): string[] {
    return [...this.sources.keys()];
  }

  /** Adds one source's sentences; a source already indexed under the same path is replaced. */
  add(document: SourceDocument, sentences: SourceSentence[], fingerprint?: string): void {
    this.remove(document.path);
    const ids: number[] = [];
    for (const given of sentences) {
      const source = { ...given, id: this.nextId++ };
      const tokens = liteTokens(source.text);
      this.wordCase.count(tokens);
      const names = findNames(source.text, tokens, this.wordCase);
      const record: SentenceRecord = {
        source,
        names,
        values: [...new Set(findNumbers(source.text, tokens).map((n) => n.value))],
        acronyms: acronymDefinitions({ text: source.text, names }).map(([acronym, expansion]) => [acronym, expansion.text]),
      };
      ids.push(source.id);
      this.records.set(source.id, record);
      this.search.add({ id: source.id, text: source.text });
      for (const value of record.values) this.indexValue(value, source.id, 1);
      for (const name of names) this.names.add(name, source.id);
      for (const [acronym, expansion] of record.acronyms) this.names.alias(acronym, expansion, 1);
    }
    const { text: _text, ...meta } = document;
    this.sources.set(document.path, { document: meta, sentenceIds: ids, ...(fingerprint ? { fingerprint } : {}) });
    this.version++;
  }

  snapshot(): IndexSnapshot {
    return {
      format: SNAPSHOT_FORMAT,
      nextId: this.nextId,
      sources: [...this.sources],
      records: [...this.records.values()],
      wordCase: this.wordCase.toJSON(),
      search: this.search.toJSON(),
    };
  }

  /** An index from a snapshot; undefined when the snapshot is of another format. */
  static restore(snapshot: IndexSnapshot): CorpusIndex | undefined {
    if (snapshot?.format !== SNAPSHOT_FORMAT) return undefined;
    const index = new CorpusIndex();
    index.nextId = snapshot.nextId;
    for (const [path, source] of snapshot.sources) index.sources.set(path, source);
    for (const record of snapshot.records) {
      const id = record.source.id;
      index.records.set(id, record);
      for (const value of record.values) index.indexValue(value, id, 1);
      for (const name of record.names) index.names.add(name, id);
      for (const [acronym, expansion] of record.acronyms) index.names.alias(acronym, expansion, 1);
    }
    index.wordCase = WordCaseCounter.fromJSON(snapshot.wordCase);
    index.search = MiniSearch.loadJS(snapshot.search as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_OPTIONS);
    return index;
  }

  remove(path: string): boolean {
    const indexed = this.sources.get(path);
    if (!indexed) return false;
    for (const id of indexed.sentenceIds) {
      const record = this.records.get(id)!;
      this.search.discard(id);
      this.wordCase.count(liteTokens(record.source.text), -1);
      for (const value of record.values) this.indexValue(value, id, -1);
      for (const name of record.names) this.names.remove(name, id);
      for (const [acronym, expansion] of record.acronyms) this.names.alias(acronym, expansion, -1);
      this.records.delete(id);
    }
    this.sources.delete(path);
    // Cached analyses used the corpus's word case, which this source was part of.
    this.analysed.clear();
    this.version++;
    return true;
  }

  private indexValue(value: number, id: number, sign: 1 | -1): void {
    if (sign > 0) {
      if (!this.byValue.has(value)) this.byValue.set(value, new Set());
      this.byValue.get(value)!.add(id);
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
    const results = this.search.search(text, { combineWith: 'OR' });
    const top = results[0]?.score ?? 1;
    const pool = new Map<number, number>();
    for (const r of results.slice(0, Math.max(limit, poolSize))) pool.set(r.id as number, r.score / top);
    const ranked = results.slice(0, limit).map((r) => ({ sentence: this.sentence(r.id as number)!, relevance: r.score / top }));
    return { ranked, pool };
  }

  rank(text: string, limit: number): RankedSentence[] {
    return this.retrieve(text, limit).ranked;
  }

  /** Ids of the sentences that state this value anywhere in the corpus. */
  valueIds(value: number): number[] {
    return [...(this.byValue.get(value) ?? [])];
  }

  /** Sentences that state this value anywhere in the corpus. */
  withValue(value: number): IndexedSentence[] {
    return this.valueIds(value).map((id) => this.sentence(id)!);
  }
}
