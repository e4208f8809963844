// The facade the adapters use: index sources once, check many drafts, re-index one file at a time.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseSentence, combinedEvidence, WordCaseCounter, type AnalysedSentence } from './claims/analyse';
import { extractProse, type ProseBlock } from './draft/prose';
import { CorpusIndex } from './index/corpusIndex';
import { tag } from './nlp/tagger';
import { decodeSource, DEFAULT_MAX_SOURCE_BYTES, sourceSentences } from './sources/readSource';
import { nameKey } from './text/fold';
import { splitSentences } from './text/sentences';
import type { CheckedClaim, CheckResult, DraftLanguage, SkippedSource } from './types';
import type { ClaimContext, Judgement } from './verdicts/judgement';
import { judgeName } from './verdicts/nameVerdict';
import { judgeNumber } from './verdicts/numberVerdict';

export interface FactCheckerOptions {
  /** Sources larger than this are skipped with a message (default 20 MB). */
  maxSourceBytes?: number;
}

export interface CheckOptions {
  /** Names the writer has allowed (.factcheck/allow.txt): never reported as unsupported. */
  allowedNames?: readonly string[];
  /** Polled between sentences; when it returns true the check stops and returns what it has. */
  isCancelled?: () => boolean;
}

interface DraftSentence {
  block: ProseBlock;
  /** Offset of the sentence in its block's text. */
  start: number;
  text: string;
  tokens: ReturnType<typeof tag>;
}

/** How many source sentences, ranked by BM25, each draft sentence is compared with (besides look-ups by value and name). */
const CANDIDATES = 30;

export class FactChecker {
  private readonly index = new CorpusIndex();
  private readonly maxSourceBytes: number;

  constructor(options: FactCheckerOptions = {}) {
    this.maxSourceBytes = options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES;
  }

  /** Indexes (or re-indexes) one source from its bytes; returns why it was skipped, or undefined. */
  updateSource(path: string, bytes: Uint8Array, displayPath = path): SkippedSource | undefined {
    const read = decodeSource(path, bytes, displayPath, this.maxSourceBytes);
    if (!read.ok) {
      this.index.remove(path);
      return { path: displayPath, reason: read.reason };
    }
    this.index.add(read.document, sourceSentences(read.document, 0));
    return undefined;
  }

  /** Forgets one source; returns whether it was indexed. */
  removeSource(path: string): boolean {
    return this.index.remove(path);
  }

  hasSource(path: string): boolean {
    return this.index.has(path);
  }

  get sourceCount(): number {
    return this.index.sourceCount;
  }

  get sentenceCount(): number {
    return this.index.sentenceCount;
  }

  /** Finds every number and name in a draft and gives each a verdict with evidence. */
  check(text: string, language: DraftLanguage, options: CheckOptions = {}): CheckResult {
    const document = TextDocument.create('draft:', language, 0, text);
    const sentences = this.draftSentences(text, language);
    // The draft's own capitalisation is evidence too: a word it capitalises mid-sentence is a name.
    const draftCase = new WordCaseCounter();
    for (const s of sentences) draftCase.count(s.tokens);
    const evidence = combinedEvidence(this.index.wordCase, draftCase);
    const allowed = new Set((options.allowedNames ?? []).map(nameKey));
    const claims: CheckedClaim[] = [];
    for (const s of sentences) {
      if (options.isCancelled?.()) break;
      const analysed = analyseSentence(s.text, evidence, s.tokens);
      if (analysed.numbers.length === 0 && analysed.names.length === 0) continue;
      const ctx: ClaimContext = { index: this.index, draft: analysed, ranked: this.index.rank(s.text, CANDIDATES), allowed };
      for (const n of analysed.numbers) claims.push(this.toClaim('number', n, judgeNumber(n, ctx), s, analysed, document));
      for (const n of analysed.names) if (!n.demonym) claims.push(this.toClaim('name', n, judgeName(n, ctx), s, analysed, document));
    }
    claims.sort((a, b) => a.offsets.start - b.offsets.start);
    return { claims };
  }

  private draftSentences(text: string, language: DraftLanguage): DraftSentence[] {
    const out: DraftSentence[] = [];
    for (const block of extractProse(text, language)) {
      const spans =
        block.kind === 'heading'
          ? [{ start: block.text.length - block.text.trimStart().length, end: block.text.trimEnd().length }]
          : splitSentences(block.text, { lineBreaks: language });
      for (const span of spans) {
        // Line breaks inside a sentence read as spaces; replacing one unit by one keeps offsets.
        const sentence = block.text.slice(span.start, span.end).replace(/[\r\n]/g, ' ');
        out.push({ block, start: span.start, text: sentence, tokens: tag(sentence) });
      }
    }
    return out;
  }

  private toClaim(
    kind: 'number' | 'name',
    mention: { start: number; end: number; text: string; unit?: string },
    judgement: Judgement,
    s: DraftSentence,
    analysed: AnalysedSentence,
    document: TextDocument,
  ): CheckedClaim {
    const start = s.block.toDocumentOffset(s.start + mention.start);
    const end = s.block.toDocumentOffset(s.start + mention.end);
    return {
      kind,
      text: document.getText().slice(start, end),
      range: { start: document.positionAt(start), end: document.positionAt(end) },
      offsets: { start, end },
      sentence: analysed.text.replace(/\s+/g, ' ').trim(),
      ...judgement,
      ...(mention.unit ? { unit: mention.unit } : {}),
    };
  }
}
