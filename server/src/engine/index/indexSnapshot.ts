// A saved corpus index, laid out by column: one string of all sentence texts, and typed arrays for ranges,
// name mentions and figures, with the rare parts (roles, acronyms) in JSON.
//
// Why columns: a newsroom archive has hundreds of thousands of sentences. Saved as one JSON object per
// sentence, a restart spent seconds parsing and then collecting the garbage of the parse; as columns it
// copies a few arrays and builds each sentence object once.
import type { NameMention } from '../claims/names';
import type { WordCaseCounts } from '../claims/analyse';
import type { SourceDocument, SourceSentence } from '../types';
import type { Bm25Data } from './bm25';
import type { VocabularyData } from './nameVocabulary';
import { decodeSnapshot, encodeSnapshot, type StoredArray } from './snapshotCodec';

export interface IndexedSource {
  /** The document without its text: sentences keep what citations need. */
  document: Omit<SourceDocument, 'text'>;
  sentenceIds: number[];
  /** Size and modification time of the file when it was read, to skip it when unchanged. */
  fingerprint?: string;
}

/** What indexing took from one sentence, kept so that removing the file takes out exactly that. */
export interface SentenceRecord {
  source: SourceSentence;
  names: NameMention[];
  values: number[];
  acronyms: Array<[string, string]>;
}

/** Everything a corpus index is made of, to save. */
export interface IndexParts {
  nextId: number;
  sources: Map<string, IndexedSource>;
  record: (id: number) => SentenceRecord | undefined;
  wordCase: WordCaseCounts;
  search: Bm25Data;
  names: { data: VocabularyData; sentenceIds: Int32Array };
}

/** A loaded index: its sentences stay in their columns (SavedRecords) until one is asked for. */
export interface LoadedIndex extends Omit<IndexParts, 'record'> {
  saved: SavedRecords;
}

// Bump when what indexing records of a sentence changes (its names, figures or acronyms), not only the
// layout: an index saved by an older engine is then rebuilt rather than read with stale analyses.
// 8: words in capitals no longer count as capitalised in the word-case counts; sentence-opening capitals are counted.
const FORMAT = 8;

/** Shared by every sentence without names, figures or acronyms (most of them); never changed. */
const NONE: never[] = [];

interface Header {
  format: number;
  nextId: number;
  sources: Array<{ path: string; document: Omit<SourceDocument, 'text' | 'path'>; fingerprint?: string; sentences: number }>;
  wordCase: WordCaseCounts;
  terms: string[];
  vocabulary: VocabularyData;
  /** Distinct name keys; mentions refer to them by position. */
  keys: string[];
  /** [mention number, role words, role as written] for the mentions that have a role. */
  roles: Array<[number, string[], string?]>;
  demonyms: number[];
  /** [sentence number, acronym, expansion]. */
  acronyms: Array<[number, string, string]>;
}

export function encodeIndex(parts: IndexParts): Uint8Array {
  const header: Header = {
    format: FORMAT,
    nextId: parts.nextId,
    sources: [],
    wordCase: parts.wordCase,
    terms: parts.search.terms,
    vocabulary: parts.names.data,
    keys: [],
    roles: [],
    demonyms: [],
    acronyms: [],
  };
  const keyNumbers = new Map<string, number>();
  const ids: number[] = [];
  const ranges: number[] = [];
  const textEnds: number[] = [];
  const texts: string[] = [];
  let textLength = 0;
  const nameCounts: number[] = [];
  const nameStarts: number[] = [];
  const nameEnds: number[] = [];
  const nameKeys: number[] = [];
  const valueCounts: number[] = [];
  const values: number[] = [];
  for (const [path, indexed] of parts.sources) {
    const { path: _path, ...document } = indexed.document;
    header.sources.push({ path, document, ...(indexed.fingerprint ? { fingerprint: indexed.fingerprint } : {}), sentences: indexed.sentenceIds.length });
    for (const id of indexed.sentenceIds) {
      const record = parts.record(id)!;
      const sentence = ids.length;
      ids.push(id);
      const { start, end } = record.source.range;
      ranges.push(start.line, start.character, end.line, end.character);
      texts.push(record.source.text);
      textLength += record.source.text.length;
      textEnds.push(textLength);
      nameCounts.push(record.names.length);
      for (const name of record.names) {
        const mention = nameStarts.length;
        nameStarts.push(name.start);
        nameEnds.push(name.end);
        let key = keyNumbers.get(name.key);
        if (key === undefined) keyNumbers.set(name.key, (key = header.keys.push(name.key) - 1));
        nameKeys.push(key);
        if (name.role || name.roleText) header.roles.push(name.roleText !== undefined ? [mention, name.role ?? [], name.roleText] : [mention, name.role ?? []]);
        if (name.demonym) header.demonyms.push(mention);
      }
      valueCounts.push(record.values.length);
      values.push(...record.values);
      for (const [acronym, expansion] of record.acronyms) header.acronyms.push([sentence, acronym, expansion]);
    }
  }
  const arrays: Record<string, StoredArray> = {
    ids: Int32Array.from(ids),
    ranges: Int32Array.from(ranges),
    textEnds: Int32Array.from(textEnds),
    // Offsets are into the decoded string (UTF-16 units), so UTF-8 on disk keeps them exact.
    text: new Uint8Array(Buffer.from(texts.join(''), 'utf8')),
    nameCounts: Uint16Array.from(nameCounts),
    nameStarts: Int32Array.from(nameStarts),
    nameEnds: Int32Array.from(nameEnds),
    nameKeys: Int32Array.from(nameKeys),
    valueCounts: Uint16Array.from(valueCounts),
    values: Float64Array.from(values),
    termSizes: parts.search.sizes,
    postingIds: parts.search.ids,
    postingTfs: parts.search.tfs,
    lengths: parts.search.lengths,
    vocabularyIds: parts.names.sentenceIds,
  };
  return encodeSnapshot(header, arrays);
}

/** The parts of a saved index; undefined when it is of another format. Throws on bytes that are not one. */
export function decodeIndex(bytes: Uint8Array): LoadedIndex | undefined {
  const { data, arrays } = decodeSnapshot(bytes);
  const header = data as Header;
  if (header?.format !== FORMAT) return undefined;
  const array = <T extends StoredArray>(name: string): T => {
    const found = arrays.get(name);
    if (!found) throw new Error(`snapshot lacks ${name}`);
    return found as T;
  };
  const sources = new Map<string, IndexedSource>();
  const documents: Array<IndexedSource['document']> = [];
  const ids = array<Int32Array>('ids');
  const sourceOf = new Int32Array(ids.length);
  let sentence = 0;
  for (const stored of header.sources) {
    const document = { path: stored.path, ...stored.document };
    const sentenceIds = Array.from(ids.subarray(sentence, sentence + stored.sentences));
    sourceOf.fill(documents.length, sentence, sentence + stored.sentences);
    sentence += stored.sentences;
    documents.push(document);
    sources.set(stored.path, { document, sentenceIds, ...(stored.fingerprint ? { fingerprint: stored.fingerprint } : {}) });
  }
  if (sentence !== ids.length) throw new Error('snapshot sentences do not add up');
  for (let i = 1; i < ids.length; i++) if (ids[i]! <= ids[i - 1]!) throw new Error('snapshot sentence ids out of order');
  const textBytes = array<Uint8Array>('text');
  const columns: Columns = {
    ids,
    sourceOf,
    ranges: array<Int32Array>('ranges'),
    textEnds: array<Int32Array>('textEnds'),
    text: Buffer.from(textBytes.buffer, textBytes.byteOffset, textBytes.byteLength).toString('utf8'),
    nameFirst: prefixSums(array<Uint16Array>('nameCounts')),
    nameStarts: array<Int32Array>('nameStarts'),
    nameEnds: array<Int32Array>('nameEnds'),
    nameKeys: array<Int32Array>('nameKeys'),
    valueFirst: prefixSums(array<Uint16Array>('valueCounts')),
    values: array<Float64Array>('values'),
  };
  checkColumns(columns, header.keys.length);
  const saved = new SavedRecords(header, documents, columns);
  const search: Bm25Data = {
    terms: header.terms,
    sizes: array<Int32Array>('termSizes'),
    ids: array<Int32Array>('postingIds'),
    tfs: array<Uint8Array>('postingTfs'),
    lengths: array<Uint16Array>('lengths'),
  };
  const names = { data: header.vocabulary, sentenceIds: array<Int32Array>('vocabularyIds') };
  return { nextId: header.nextId, sources, saved, wordCase: header.wordCase, search, names };
}

/** Sentences are built from the columns only when asked for: columns that disagree are refused now. */
function checkColumns(c: Columns, keys: number): void {
  const n = c.ids.length;
  const mentions = c.nameFirst[c.nameFirst.length - 1]!;
  const ok =
    c.ranges.length === 4 * n &&
    c.textEnds.length === n &&
    c.nameFirst.length === n + 1 &&
    c.valueFirst.length === n + 1 &&
    c.valueFirst[n] === c.values.length &&
    c.nameStarts.length === mentions &&
    c.nameEnds.length === mentions &&
    c.nameKeys.length === mentions &&
    c.nameKeys.every((k) => k >= 0 && k < keys) &&
    c.textEnds.every((end, i) => end >= (i === 0 ? 0 : c.textEnds[i - 1]!)) &&
    (n === 0 || c.textEnds[n - 1]! <= c.text.length);
  if (!ok) throw new Error('snapshot columns do not agree');
}

function prefixSums(counts: Uint16Array): Int32Array {
  const out = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) out[i + 1] = out[i]! + counts[i]!;
  return out;
}

interface Columns {
  /** Sentence ids, ascending (ids only grow, and a re-read source is appended). */
  ids: Int32Array;
  sourceOf: Int32Array;
  ranges: Int32Array;
  textEnds: Int32Array;
  text: string;
  /** Where each sentence's mentions (values) start in the mention (value) columns; one more at the end. */
  nameFirst: Int32Array;
  nameStarts: Int32Array;
  nameEnds: Int32Array;
  nameKeys: Int32Array;
  valueFirst: Int32Array;
  values: Float64Array;
}

/**
 * The sentences of a loaded index, kept in the snapshot's columns: a record object is built when a
 * sentence is asked for (a check touches a few thousand of hundreds of thousands), so a restart allocates
 * little and the index holds less memory than one built from the files.
 */
export class SavedRecords {
  private readonly removed: Uint8Array;
  private live: number;
  private readonly roles: Map<number, { role: string[]; roleText?: string }>;
  private readonly demonyms: Set<number>;
  private readonly acronyms = new Map<number, Array<[string, string]>>();

  constructor(
    private readonly header: Header,
    private readonly documents: Array<IndexedSource['document']>,
    private readonly columns: Columns,
  ) {
    this.removed = new Uint8Array(columns.ids.length);
    this.live = columns.ids.length;
    this.roles = new Map(header.roles.map(([mention, role, roleText]) => [mention, roleText !== undefined ? { role, roleText } : { role }]));
    this.demonyms = new Set(header.demonyms);
    for (const [sentence, acronym, expansion] of header.acronyms) {
      if (!this.acronyms.has(sentence)) this.acronyms.set(sentence, []);
      this.acronyms.get(sentence)!.push([acronym, expansion]);
    }
  }

  get size(): number {
    return this.live;
  }

  has(id: number): boolean {
    return this.ordinal(id) >= 0;
  }

  record(id: number): SentenceRecord | undefined {
    const sentence = this.ordinal(id);
    return sentence < 0 ? undefined : this.build(sentence);
  }

  /** Just the sentence and where it stands, for a citation. */
  source(id: number): SourceSentence | undefined {
    const sentence = this.ordinal(id);
    return sentence < 0 ? undefined : this.sourceOf(sentence, this.textOf(sentence));
  }

  /** The figures a sentence states, without building its record. */
  values(id: number): ArrayLike<number> | undefined {
    const sentence = this.ordinal(id);
    if (sentence < 0) return undefined;
    const { valueFirst, values } = this.columns;
    return values.subarray(valueFirst[sentence]!, valueFirst[sentence + 1]!);
  }

  text(id: number): string | undefined {
    const sentence = this.ordinal(id);
    return sentence < 0 ? undefined : this.textOf(sentence);
  }

  delete(id: number): void {
    const sentence = this.ordinal(id);
    if (sentence < 0) return;
    this.removed[sentence] = 1;
    this.live--;
  }

  /** Every live sentence's id with the figures it states, for rebuilding the look-up by value. */
  *statedValues(): Generator<{ id: number; values: Float64Array }> {
    const { ids, valueFirst, values } = this.columns;
    for (let sentence = 0; sentence < ids.length; sentence++) {
      if (this.removed[sentence] || valueFirst[sentence] === valueFirst[sentence + 1]) continue;
      yield { id: ids[sentence]!, values: values.subarray(valueFirst[sentence]!, valueFirst[sentence + 1]!) };
    }
  }

  private ordinal(id: number): number {
    const { ids } = this.columns;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = ids[mid]!;
      if (at === id) return this.removed[mid] ? -1 : mid;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private textOf(sentence: number): string {
    const { textEnds, text } = this.columns;
    return text.slice(sentence === 0 ? 0 : textEnds[sentence - 1]!, textEnds[sentence]!);
  }

  private names(sentence: number, text: string): NameMention[] {
    const { nameFirst, nameStarts, nameEnds, nameKeys } = this.columns;
    const first = nameFirst[sentence]!;
    const last = nameFirst[sentence + 1]!;
    if (first === last) return NONE;
    const out: NameMention[] = [];
    for (let mention = first; mention < last; mention++) {
      const start = nameStarts[mention]!;
      const end = nameEnds[mention]!;
      // One object shape for every mention, optional fields added after.
      const name: NameMention = { start, end, text: text.slice(start, end), key: this.header.keys[nameKeys[mention]!]! };
      const role = this.roles.get(mention);
      if (role && role.role.length > 0) name.role = role.role;
      if (role?.roleText !== undefined) name.roleText = role.roleText;
      if (this.demonyms.has(mention)) name.demonym = true;
      out.push(name);
    }
    return out;
  }

  private build(sentence: number): SentenceRecord {
    const { valueFirst, values } = this.columns;
    const text = this.textOf(sentence);
    const stated = Array.from(values.subarray(valueFirst[sentence]!, valueFirst[sentence + 1]!));
    return { source: this.sourceOf(sentence, text), names: this.names(sentence, text), values: stated, acronyms: this.acronyms.get(sentence) ?? NONE };
  }

  private sourceOf(sentence: number, text: string): SourceSentence {
    const { ids, sourceOf, ranges } = this.columns;
    const document = this.documents[sourceOf[sentence]!]!;
    const r = sentence * 4;
    const source: SourceSentence = {
      id: ids[sentence]!,
      path: document.path,
      displayPath: document.displayPath,
      text,
      range: { start: { line: ranges[r]!, character: ranges[r + 1]! }, end: { line: ranges[r + 2]!, character: ranges[r + 3]! } },
    };
    if (document.date !== undefined) source.date = document.date;
    if (document.title !== undefined) source.title = document.title;
    return source;
  }
}
