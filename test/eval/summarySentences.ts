// Part A: the CLIFF benchmark (../shared/bench/cliff-val.jsonl, see its README). Each sentence is
// checked against its own article alone; a sentence is flagged when any claim in it is not supported.
import { existsSync, readFileSync } from 'node:fs';
import type { CheckedClaim } from '../../server/src/engine/types';
import type { FactCheckerClass } from './engine';
import { addConfusion, binaryFigures, emptyConfusion, oneLine, tally, type BinaryFigures, type Confusion } from './stats';

interface CliffRow {
  id: string;
  source: string;
  doc_id: string;
  model: string;
  article: string;
  sentence: string;
  has_entity_or_number_error: boolean;
  error_spans: string[];
}

export interface CliffReport {
  file: string;
  seconds: number;
  articles: number;
  /** Sentences whose check threw; each counts as not flagged. */
  errors: number;
  skippedArticles: number;
  engine: Record<string, BinaryFigures>;
  baseline: Record<string, BinaryFigures>;
}

/** Undefined (with a message) when the benchmark file is absent. */
export function runCliff(
  FactChecker: FactCheckerClass,
  file: string,
  verbose: boolean,
  log: (line: string) => void,
): CliffReport | undefined {
  if (!existsSync(file)) {
    log(`cliff: ${file} not found; skipping the CLIFF part (it lives outside the repo and is never copied in).`);
    return undefined;
  }
  const started = Date.now();
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as CliffRow);

  // Sentences of one article share its corpus: check them with one checker.
  const byArticle = new Map<string, CliffRow[]>();
  for (const row of rows) {
    const key = `${row.source}/${row.doc_id}`;
    const group = byArticle.get(key) ?? [];
    group.push(row);
    byArticle.set(key, group);
  }

  const engine = new Map<string, Confusion>();
  const baseline = new Map<string, Confusion>();
  const misses: string[] = [];
  let errors = 0;
  let skippedArticles = 0;
  for (const group of byArticle.values()) {
    const { doc_id: docId, article } = group[0];
    const checker = new FactChecker();
    const skipped = checker.updateSource(`/virtual/cliff/${docId}.txt`, Buffer.from(article, 'utf8'), `cliff/${docId}.txt`);
    if (skipped) {
      skippedArticles++;
      log(`cliff: article ${docId} was not indexed: ${skipped.reason}`);
    }
    for (const row of group) {
      let claims: CheckedClaim[] = [];
      try {
        claims = checker.check(row.sentence, 'plaintext').claims;
      } catch (err) {
        errors++;
        if (errors <= 5) log(`cliff: check threw on ${row.id}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      }
      const culprits = claims.filter((c) => c.verdict !== 'supported');
      const flagged = culprits.length > 0;
      const label = row.has_entity_or_number_error;
      tally(confusionFor(engine, row.source), label, flagged);
      tally(confusionFor(baseline, row.source), label, verbatimBaselineFlags(row.sentence, article));
      if (verbose && label !== flagged) misses.push(describeMiss(row, claims, culprits));
    }
  }

  if (verbose) {
    log(`\ncliff mismatches (${misses.length}):`);
    for (const m of misses.sort()) log(m);
  }
  return {
    file,
    seconds: (Date.now() - started) / 1000,
    articles: byArticle.size,
    errors,
    skippedArticles,
    engine: figuresBySource(engine),
    baseline: figuresBySource(baseline),
  };
}

function confusionFor(map: Map<string, Confusion>, source: string): Confusion {
  let c = map.get(source);
  if (!c) map.set(source, (c = emptyConfusion()));
  return c;
}

function figuresBySource(map: Map<string, Confusion>): Record<string, BinaryFigures> {
  const out: Record<string, BinaryFigures> = {};
  let all = emptyConfusion();
  for (const [source, c] of [...map.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    out[source] = binaryFigures(c);
    all = addConfusion(all, c);
  }
  out.overall = binaryFigures(all);
  return out;
}

function describeMiss(row: CliffRow, claims: CheckedClaim[], culprits: CheckedClaim[]): string {
  const head = `  [${row.has_entity_or_number_error ? 'FN' : 'FP'}] ${row.source} ${row.id}\n      sentence: ${oneLine(row.sentence, 300)}`;
  if (culprits.length > 0) {
    const why = culprits.map((c) => `      flagged by "${c.text}" (${c.kind}) ${c.verdict}: ${oneLine(c.message, 200)}`);
    return [head, ...why].join('\n');
  }
  const found = claims.length > 0 ? claims.map((c) => `"${c.text}"`).join(', ') : '(no claims)';
  return `${head}\n      annotated error spans: ${row.error_spans.map((s) => `"${s}"`).join(', ') || '(none)'}\n      engine claims, all supported: ${found}`;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’-]*/gu;

/**
 * The README's naive reference checker, approximated: every number (digit run) and every capitalised
 * word in the sentence counts as supported only where it appears verbatim, as a whole word, in the
 * article; the sentence is flagged when any does not. The sentence's first word is looked up without
 * regard to case (it is capitalised by position), and a trailing possessive 's is dropped. This is an
 * approximation of the published baseline, not a reimplementation of it.
 */
export function verbatimBaselineFlags(sentence: string, article: string): boolean {
  const tokens = new Set<string>();
  for (const m of sentence.matchAll(NUMBER)) tokens.add(m[0]);
  for (const m of sentence.matchAll(CAPITALISED)) {
    const word = m[0].replace(/['’]s$/, '').replace(/[-'’]+$/, '');
    if (word.length > 0) tokens.add(m.index === firstWordIndex(sentence) ? `\u0000${word}` : word);
  }
  for (const token of tokens) {
    const caseless = token.startsWith('\u0000');
    const word = caseless ? token.slice(1) : token;
    if (!wholeWordIn(article, word, caseless)) return true;
  }
  return false;
}

function firstWordIndex(sentence: string): number {
  const m = /[\p{L}\p{N}]/u.exec(sentence);
  return m ? m.index : -1;
}

function wholeWordIn(text: string, word: string, caseless: boolean): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, caseless ? 'iu' : 'u').test(text);
}
