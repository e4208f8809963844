// The facade the adapters use: index sources once, check many drafts, re-index one file at a time.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyseSentence, combinedEvidence, WordCaseCounter, type AnalysedSentence } from './claims/analyse';
import type { WordCaseEvidence } from './claims/names';
import type { NumberMention } from './claims/numbers';
import { clearParseCache, extractProse, type ProseBlock } from './draft/prose';
import { joinTableRows } from './draft/tableRows';
import { atItemBreaks, atSemicolons, ENDS_IN_QUOTE, HOLDS_QUOTE, isTitleLine, joinedToTheLineAbove, NAMED_ATTRIBUTION_LINE, wordCount } from './draft/sentenceSpans';
import { CorpusIndex } from './index/corpusIndex';
import { LruCache } from './lruCache';
import { liteTokens } from './nlp/liteTokens';
import type { Token } from './nlp/tagger';
import { decodeSource, DEFAULT_MAX_SOURCE_BYTES, sourceSentences } from './sources/readSource';
import { nameKey } from './text/fold';
import { splitSentences } from './text/sentences';
import type { CheckedClaim, CheckResult, DraftLanguage, SkippedSource } from './types';
import type { ClaimContext } from './verdicts/judgement';
import { judgeName } from './verdicts/nameVerdict';
import { judgeNumber } from './verdicts/numberVerdict';
import { forgetRelations } from './verdicts/relationVerdict';
import { capitalised } from './verdicts/calendar';
import { SHORT_WEEKDAYS } from './verdicts/dateVerdict';
import { recordingEvidence } from './claims/recordedEvidence';
import { splitAtWrongEnd } from './verdicts/rangeEnds';
import { SentenceCache, type SentenceClaim } from './verdicts/sentenceCache';

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
  /** Untagged tokens, for counting the draft's capitalisation. */
  tokens: Token[];
  /** The text on one line, as claims quote it. */
  quoted: string;
  /** A heading, or a line set apart as a title: its capitals are style, no evidence of names. */
  titled: boolean;
  /** A quotation judged before the sentence, whose claims are its own: the block quote an attribution paragraph names the speaker of. */
  lead?: string;
  /** A quotation judged after the sentence, whose claims are its own: the block quote a "… said:" line introduces. */
  trail?: string;
}

type SplitSentence = Omit<DraftSentence, 'block'>;

/** Blocks whose sentences are remembered between checks: a re-check splits only the edited paragraph again. */
const SPLIT_CACHE_SIZE = 2_000;

/**
 * How many source sentences, ranked by BM25, each draft sentence is compared with (besides look-ups by
 * value and name). 20, down from 30 in session 5: no verdict changed on the labelled drafts, CLIFF or the
 * benchmark's 2,725 claims against 10,000 articles, and each compared sentence costs a tagging.
 */
export const CANDIDATES = 20;
/** How many more, by BM25, may contribute sentences found by value (without being compared in full). */
export const POOL = 300;

/** Draft sentences whose capitalisation is counted between two yields of checkSteps. */
const COUNTING_STEP = 50;
const QUERY_POS = new Set(['NOUN', 'PROPN', 'NUM', 'VERB', 'ADJ']);
// The particle of a phrasal verb is its meaning: "back down", "step down", "pull out". Only beside its
// verb or another particle: "up" and "out" stand in a great many sentences, and each query term walks its
// postings.
const PHRASAL_PARTICLES = new Set(['back', 'down', 'up', 'out', 'off', 'away']);

function isPhrasal(tokens: AnalysedSentence['tokens'], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before?.pos === 'VERB' || PHRASAL_PARTICLES.has(before?.lower ?? '') || PHRASAL_PARTICLES.has(after?.lower ?? '');
}

/**
 * "Fri 26 May" is searched as "Friday": the sources write weekdays in full, and the sentence that names the
 * weekday is the one that dates the day.
 */
function fullWeekday(tokens: AnalysedSentence['tokens'], i: number): string | undefined {
  const t = tokens[i]!;
  const full = t.text[0] === t.text[0]!.toUpperCase() ? SHORT_WEEKDAYS.get(t.lower) : undefined;
  return full && /^\d{1,2}$/.test(tokens[i + 1]?.text ?? '') ? capitalised(full) : undefined;
}

/**
 * The words a draft sentence is searched by: its content words, each once. BM25 walks the posting list
 * of every query term, so leaving out function words and repeats keeps a query cheap in a large corpus.
 */
export function searchQuery(sentence: AnalysedSentence): string {
  const words = new Set<string>();
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (QUERY_POS.has(t.pos) || (PHRASAL_PARTICLES.has(t.lower) && isPhrasal(tokens, i))) words.add(fullWeekday(tokens, i) ?? t.text);
  }
  return words.size > 0 ? [...words].join(' ') : sentence.text;
}

/** "## 2. The vote", "### 3) Who is who": a heading's own number orders the sections, it claims nothing. */
function isSectionNumber(heading: string, n: NumberMention): boolean {
  return /^\s*$/.test(heading.slice(0, n.start)) && /^[.):]\s/.test(heading.slice(n.end)) && Number.isInteger(n.value) && !n.spelled;
}

/** The most words an attribution paragraph under a block quote has: "President Vjosa Osmani". */
const ATTRIBUTION_WORDS = 8;

/**
 * "> "Mayors should go and work in their offices."" / ">" / "> President Vjosa Osmani": a block quote's
 * last paragraph, short and unquoted, under a paragraph ending in a quotation, names its speaker. The
 * quotation is read before it, as a dash line's is ("… — President Vjosa Osmani").
 */
function attributedQuote(previous: DraftSentence, block: ProseBlock): string | undefined {
  if (previous.block.kind !== 'blockquote' || previous.block === block) return undefined;
  const text = block.text.trim();
  const named = NAMED_ATTRIBUTION_LINE.test(text);
  // "Vucic, on a conference call with reporters." as the paragraph after the block quote names its speaker too.
  if (block.kind !== 'blockquote' && !named) return undefined;
  const quote = previous.block.text.replace(/\s+/g, ' ').trim();
  // "— Vjosa Osmani, speaking at a security forum in Bratislava, Slovakia": a dash says it is the
  // attribution, however long.
  const dashed = /^(?:—|–|--)\s*\S/.test(text);
  if (!ENDS_IN_QUOTE.test(quote) || HOLDS_QUOTE.test(text) || (!dashed && !named && (/[.!?]$/.test(text) || wordCount(text) > ATTRIBUTION_WORDS))) return undefined;
  return dashed ? `${quote} ` : `${quote} — `;
}

// "Kosovo's president, Vjosa Osmani, said:" over a block quote: the line's verb of speech and its colon
// hand the quotation below to the speaker it names.
const INTRODUCES_QUOTE = /\b(?:said|says|told\s+[^:"“”]{1,40}|added|adds|wrote|writes|warned|warns|stated|declared|insisted|replied|put\s+it)\s*:\s*$/i;
/** The most of a quotation read with the line that introduces it. */
const INTRODUCED_CHARS = 400;

/** The quotation of the block under a "… said:" line, to be read after that line; undefined otherwise. */
function introducedQuote(previous: DraftSentence, block: ProseBlock): string | undefined {
  if (previous.block === block || block.kind !== 'blockquote' || !INTRODUCES_QUOTE.test(previous.text)) return undefined;
  const quote = block.text.replace(/\s+/g, ' ').trim();
  if (!/^["“«]/.test(quote)) return undefined;
  return ` ${quote.slice(0, INTRODUCED_CHARS)}`;
}

export class FactChecker {
  private index = new CorpusIndex();
  private readonly cache = new SentenceCache();
  private readonly splits = new LruCache<string, SplitSentence[]>(SPLIT_CACHE_SIZE);
  private readonly maxSourceBytes: number;

  constructor(options: FactCheckerOptions = {}) {
    this.maxSourceBytes = options.maxSourceBytes ?? DEFAULT_MAX_SOURCE_BYTES;
  }

  /**
   * Indexes (or re-indexes) one source from its bytes; returns why it was skipped, or undefined.
   * `fingerprint` (size and modification time) is kept so a restored snapshot can skip the file.
   */
  updateSource(path: string, bytes: Uint8Array, displayPath = path, fingerprint?: string): SkippedSource | undefined {
    const read = decodeSource(path, bytes, displayPath, this.maxSourceBytes);
    if (!read.ok) {
      this.index.remove(path);
      return { path: displayPath, reason: read.reason };
    }
    this.index.add(read.document, sourceSentences(read.document, 0), fingerprint);
    this.cache.clear();
    return undefined;
  }

  sourceFingerprint(path: string): string | undefined {
    return this.index.fingerprint(path);
  }

  /** Paths of the indexed sources. */
  sourcePaths(): string[] {
    return this.index.paths();
  }

  /** The whole index as bytes, for a restart to load instead of reading every source again. */
  snapshot(): Uint8Array {
    return this.index.snapshot();
  }

  /**
   * Loads a snapshot taken by `snapshot()`. Returns false, and keeps the current index, when the
   * snapshot is unreadable or of another format. Sources changed since are re-read by `indexCorpus`
   * (their fingerprints differ); sources gone since must be removed by the caller.
   */
  restore(snapshot: Uint8Array): boolean {
    let restored: CorpusIndex | undefined;
    try {
      restored = CorpusIndex.restore(snapshot);
    } catch {
      return false;
    }
    if (!restored) return false;
    this.index = restored;
    this.cache.clear();
    return true;
  }

  /**
   * Forgets everything kept between checks (verdicts, parsed drafts, analysed source sentences): frees
   * their memory, and lets a benchmark measure a check of a draft never seen before.
   */
  clearCaches(): void {
    this.cache.clear();
    this.splits.clear();
    this.index.clearAnalyses();
    forgetRelations(this.index);
    clearParseCache();
  }

  /** Forgets one source; returns whether it was indexed. */
  removeSource(path: string): boolean {
    this.cache.clear();
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
    const steps = this.checkSteps(text, language, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same check in steps: it yields after splitting the draft, every few sentences while it reads
   * the draft's capitalisation, and after each sentence it judges, so a server can answer other
   * requests (and drop a stale check) while a long draft is checked.
   */
  *checkSteps(text: string, language: DraftLanguage, options: CheckOptions = {}): Generator<void, CheckResult, undefined> {
    const document = TextDocument.create('draft:', language, 0, text);
    const sentences = this.draftSentences(text, language);
    yield;
    // The draft's own capitalisation is evidence too: a word it capitalises mid-sentence is a name.
    // Headings capitalise for style, so they are no evidence.
    const draftCase = new WordCaseCounter();
    for (let i = 0; i < sentences.length; i++) {
      if (!sentences[i].titled) draftCase.count(sentences[i].tokens);
      if (i % COUNTING_STEP === COUNTING_STEP - 1) yield;
    }
    const evidence = combinedEvidence(this.index.wordCase, draftCase);
    const allowedKeys = [...new Set((options.allowedNames ?? []).map(nameKey))].sort();
    const allowed = new Set(allowedKeys);
    const allowedSignature = allowedKeys.join('\n');
    const claims: CheckedClaim[] = [];
    for (const s of sentences) {
      if (options.isCancelled?.()) break;
      const lead = s.lead ?? '';
      const trail = s.trail ?? '';
      const key = `${lead}${allowedSignature}\u0000${s.titled ? '#' : ''}${s.text}\u0000${trail}`;
      let found = this.cache.get(key, this.index.version, evidence);
      if (!found) {
        const asked: Parameters<SentenceCache['set']>[2] = [];
        // The lead's and the trail's own claims are judged with their own sentences: only the sentence's
        // are kept, at their offsets.
        found = this.judgeSentence(lead + s.text + trail, recordingEvidence(evidence, asked), allowed, s.titled)
          .filter((c) => c.start >= lead.length && c.end <= lead.length + s.text.length)
          .map((c) => ({ ...c, start: c.start - lead.length, end: c.end - lead.length }));
        this.cache.set(key, this.index.version, asked, found);
        yield;
      }
      for (const c of found) claims.push(this.toClaim(c, s, document));
    }
    claims.sort((a, b) => a.offsets.start - b.offsets.start);
    return { claims };
  }

  private judgeSentence(text: string, evidence: WordCaseEvidence, allowed: Set<string>, heading: boolean): SentenceClaim[] {
    const analysed = analyseSentence(text, evidence, heading);
    if (analysed.numbers.every((n) => n.implied) && analysed.names.length === 0) return [];
    const { ranked, pool } = this.index.retrieve(searchQuery(analysed), CANDIDATES, POOL);
    const ctx: ClaimContext = { index: this.index, draft: analysed, ranked, pool, allowed };
    const out: SentenceClaim[] = [];
    for (const n of analysed.numbers) {
      if (n.implied || (heading && isSectionNumber(text, n))) continue;
      const judgement = judgeNumber(n, ctx);
      const unit = n.unit ? { unit: n.unit } : {};
      const ends = splitAtWrongEnd(n, judgement);
      if (ends) for (const end of ends) out.push({ kind: 'number', ...end, ...unit });
      else out.push({ kind: 'number', start: n.start, end: n.end, value: n.value, ...unit, judgement });
    }
    for (const n of analysed.names) if (!n.demonym) out.push({ kind: 'name', start: n.start, end: n.end, judgement: judgeName(n, ctx) });
    return out;
  }

  private draftSentences(text: string, language: DraftLanguage): DraftSentence[] {
    const out: DraftSentence[] = [];
    for (const block of joinTableRows(text, extractProse(text, language))) {
      const previous = out[out.length - 1];
      const lead = previous && attributedQuote(previous, block);
      const trail = previous && introducedQuote(previous, block);
      if (trail) out[out.length - 1] = { ...previous, trail };
      for (const sentence of this.splitBlock(block, language)) out.push({ block, ...sentence, ...(lead ? { lead } : {}) });
    }
    return out;
  }

  private splitBlock(block: ProseBlock, language: DraftLanguage): SplitSentence[] {
    const key = `${language}\u0000${block.kind}\u0000${block.text}`;
    const cached = this.splits.get(key);
    if (cached) return cached;
    const spans =
      block.kind === 'heading' || block.kind === 'tableRow'
        ? [{ start: block.text.length - block.text.trimStart().length, end: block.text.trimEnd().length }]
        : atSemicolons(block.text, atItemBreaks(block.text, joinedToTheLineAbove(block.text, splitSentences(block.text, { lineBreaks: language }))));
    const out = spans.map((span): SplitSentence => {
      // Line breaks inside a sentence read as spaces; replacing one unit by one keeps offsets.
      const text = block.text.slice(span.start, span.end).replace(/[\r\n]/g, ' ');
      const titled = block.kind === 'heading' || isTitleLine(block.text, span.start, span.end);
      return { start: span.start, text, tokens: liteTokens(text), quoted: text.replace(/\s+/g, ' ').trim(), titled };
    });
    this.splits.set(key, out);
    return out;
  }

  private toClaim(c: SentenceClaim, s: DraftSentence, document: TextDocument): CheckedClaim {
    const start = s.block.toDocumentOffset(s.start + c.start);
    const end = s.block.toDocumentOffset(s.start + c.end);
    return {
      kind: c.kind,
      text: document.getText().slice(start, end),
      range: { start: document.positionAt(start), end: document.positionAt(end) },
      offsets: { start, end },
      sentence: s.quoted,
      ...c.judgement,
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c.value !== undefined ? { value: c.value } : {}),
    };
  }
}
