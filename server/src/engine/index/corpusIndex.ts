// The index over all source sentences: BM25 retrieval (minisearch), numbers by value, the name
// vocabulary, and word-case statistics. Every structure supports removing one file, so a changed
// source is re-indexed alone.
import MiniSearch from 'minisearch';
import { analyseSentence, combinedEvidence, WordCaseCounter, type AnalysedSentence } from '../claims/analyse';
import type { NameMention } from '../claims/names';
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
  document: SourceDocument;
  sentenceIds: number[];
}

/** Acronyms defined in a sentence as "Full Name (ACR)". Only multi-word expansions are trusted. */
function acronymDefinitions(sentence: AnalysedSentence): Array<[string, NameMention]> {
  const out: Array<[string, NameMention]> = [];
  for (const m of sentence.text.matchAll(/\(\s*([\p{Lu}][\p{Lu}\p{Ll}\d.]{1,9})\s*\)/gu)) {
    const expansion = sentence.names.filter((n) => n.end <= m.index! && /^\s*$/.test(sentence.text.slice(n.end, m.index!))).pop();
    if (expansion && expansion.key.includes(' ') && /\p{Lu}.*\p{Lu}/u.test(m[1])) out.push([m[1], expansion]);
  }
  return out;
}

export class CorpusIndex {
  readonly names = new NameVocabulary();
  readonly wordCase = new WordCaseCounter();
  private readonly sources = new Map<string, IndexedSource>();
  private readonly sentences = new Map<number, IndexedSentence>();
  private readonly byValue = new Map<number, Set<number>>();
  private readonly search = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm: searchTerm,
  });
  private nextId = 0;
  /** Changes whenever the index does: caches of verdicts key on it. */
  version = 0;

  get sourceCount(): number {
    return this.sources.size;
  }

  get sentenceCount(): number {
    return this.sentences.size;
  }

  has(path: string): boolean {
    return this.sources.has(path);
  }

  sentence(id: number): IndexedSentence | undefined {
    return this.sentences.get(id);
  }

  /** Adds one source's sentences; a source already indexed under the same path is replaced. */
  add(document: SourceDocument, sentences: SourceSentence[]): void {
    this.remove(document.path);
    const ids: number[] = [];
    const analysed = sentences.map((source) => {
      const sentence = { ...analyseSentence(source.text, combinedEvidence(this.wordCase)), source: { ...source, id: this.nextId++ } };
      this.wordCase.count(sentence.tokens);
      return sentence;
    });
    for (const sentence of analysed) {
      const id = sentence.source.id;
      ids.push(id);
      this.sentences.set(id, sentence);
      this.search.add({ id, text: sentence.text });
      for (const n of sentence.numbers) this.indexValue(n.value, id, 1);
      for (const name of sentence.names) this.names.add(name, id);
      for (const [acronym, expansion] of acronymDefinitions(sentence)) this.names.alias(acronym, expansion.text, 1);
    }
    this.sources.set(document.path, { document, sentenceIds: ids });
    this.version++;
  }

  remove(path: string): boolean {
    const indexed = this.sources.get(path);
    if (!indexed) return false;
    for (const id of indexed.sentenceIds) {
      const sentence = this.sentences.get(id)!;
      this.search.discard(id);
      this.wordCase.count(sentence.tokens, -1);
      for (const n of sentence.numbers) this.indexValue(n.value, id, -1);
      for (const name of sentence.names) this.names.remove(name, id);
      for (const [acronym, expansion] of acronymDefinitions(sentence)) this.names.alias(acronym, expansion.text, -1);
      this.sentences.delete(id);
    }
    this.sources.delete(path);
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

  /** Source sentences most like `text`, by BM25 over folded, stop-word-free terms. */
  rank(text: string, limit: number): RankedSentence[] {
    const results = this.search.search(text, { combineWith: 'OR' });
    const top = results[0]?.score ?? 1;
    return results.slice(0, limit).map((r) => ({ sentence: this.sentences.get(r.id as number)!, relevance: r.score / top }));
  }

  /** Sentences that state this value anywhere in the corpus. */
  withValue(value: number): IndexedSentence[] {
    return [...(this.byValue.get(value) ?? [])].map((id) => this.sentences.get(id)!);
  }
}
