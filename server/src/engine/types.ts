// Types shared by every stage of the engine and by its adapters (CLI, language server).
// Positions follow the Language Server Protocol: 0-based line, UTF-16 code-unit character.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets in some text. */
export interface Span {
  start: number;
  end: number;
}

/** A source article as read from the corpus, before it is split. */
export interface SourceDocument {
  /** Absolute path on disk: the key under which the index keeps it. */
  path: string;
  /** Path as shown to the user (relative to the working folder where possible). */
  displayPath: string;
  /** The file's full text, decoded. Metadata lines stay in it so positions are the file's own. */
  text: string;
  /** Offset in `text` where the article body starts (after a ` date ...` line or front matter). */
  bodyStart: number;
  date?: string;
  title?: string;
}

/** One sentence of a source, with enough location to cite it. */
export interface SourceSentence {
  /** Unique within one index. */
  id: number;
  path: string;
  displayPath: string;
  date?: string;
  title?: string;
  text: string;
  /** Where the sentence stands in its file. */
  range: Range;
}

export type ClaimKind = 'number' | 'name';
export type Verdict = 'supported' | 'unsupported' | 'contradicted';

export type FindingCode =
  | 'supported-number'
  | 'supported-name'
  | 'contradicted-number'
  | 'contradicted-name'
  | 'misspelled-name'
  | 'unsupported-number'
  | 'unsupported-name';

/** A source sentence a verdict rests on. */
export interface Evidence {
  path: string;
  displayPath: string;
  date?: string;
  /** The sentence's place in its source file. */
  range: Range;
  sentence: string;
  /** The value or name in that sentence the verdict compares with, as the source writes it. */
  value?: string;
}

export interface CheckedClaim {
  kind: ClaimKind;
  /** The claim exactly as the draft writes it. */
  text: string;
  /** In the draft's own coordinates, exactly on `text`. */
  range: Range;
  /** UTF-16 offsets of `text` in the draft. */
  offsets: Span;
  /** The draft sentence the claim stands in. */
  sentence: string;
  verdict: Verdict;
  code: FindingCode;
  /** One line saying what the sources say, for diagnostics and the CLI. */
  message: string;
  /** The value or spelling the sources use, where the verdict is contradicted. */
  suggestion?: string;
  /** Best first; empty only where nothing in the corpus relates to the claim. */
  evidence: Evidence[];
  /** What the number counts or measures ("troop", "percent"), where known. */
  unit?: string;
  /** A number's normalised value: 52 for "Fifty-two", 4000 for "4,000", 3.5 for "3.5 percent". */
  value?: number;
}

export interface CheckResult {
  claims: CheckedClaim[];
}

export type DraftLanguage = 'markdown' | 'plaintext';

/** Why a corpus file was not indexed. */
export interface SkippedSource {
  path: string;
  reason: string;
}
