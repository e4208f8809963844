// The labelled-draft format shared by the eval (run-eval.ts) and the validator (labels.test.ts).
// A label names a claim by its exact text and which whole-word occurrence of that text in the
// draft file it is (1-based, counted over the raw file, markup included), so the labels never
// depend on the engine's own offsets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VERDICTS = ['supported', 'contradicted', 'unsupported'] as const;
export const KINDS = ['number', 'name'] as const;
export type LabelVerdict = (typeof VERDICTS)[number];
export type LabelKind = (typeof KINDS)[number];

export interface ClaimLabel {
  text: string;
  occurrence: number;
  kind: LabelKind;
  verdict: LabelVerdict;
  /** The value or spelling the sources use; required where the verdict is contradicted. */
  suggestion?: string;
  /** Which corpus file and line back the label; required where the verdict is not supported. */
  note?: string;
}

export interface LabelFile {
  draft: string;
  claims: ClaimLabel[];
}

export interface LabelledDraft {
  labelsPath: string;
  draftPath: string;
  labels: LabelFile;
  text: string;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;
const SEPARATOR = /[.,]/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/**
 * Whether `needle` stands at `start` in `text` as a whole word: no letter or digit touches it on
 * either side, and a number is not cut out of a longer one ("700" is not inside "3,700" or "700.5").
 */
export function isWholeWordAt(text: string, needle: string, start: number): boolean {
  if (needle.length === 0 || !text.startsWith(needle, start)) return false;
  const end = start + needle.length;
  const before = text[start - 1];
  const after = text[end];
  if (isWordChar(before) && isWordChar(needle[0])) return false;
  if (isWordChar(after) && isWordChar(needle[needle.length - 1])) return false;
  if (DIGIT.test(needle[0]) && before !== undefined && SEPARATOR.test(before) && DIGIT.test(text[start - 2] ?? '')) return false;
  if (DIGIT.test(needle[needle.length - 1]) && after !== undefined && SEPARATOR.test(after) && DIGIT.test(text[end + 1] ?? '')) {
    return false;
  }
  return true;
}

/** Start offsets of every whole-word, case-sensitive occurrence of `needle` in `text`. */
export function wholeWordOccurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return out;
    if (isWholeWordAt(text, needle, at)) out.push(at);
    from = at + 1;
  }
}

/** The span of the label's occurrence in the draft, or undefined where the draft has too few. */
export function labelSpan(text: string, label: Pick<ClaimLabel, 'text' | 'occurrence'>): { start: number; end: number } | undefined {
  const starts = wholeWordOccurrences(text, label.text);
  const start = starts[label.occurrence - 1];
  return start === undefined ? undefined : { start, end: start + label.text.length };
}

export function languageOf(draftPath: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown)$/i.test(draftPath) ? 'markdown' : 'plaintext';
}

/** Every `*.labels.json` in `dir` with the draft it names, sorted by file name. */
export function loadLabelledDrafts(dir: string): LabelledDraft[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.labels.json'))
    .sort()
    .map((name) => {
      const labelsPath = join(dir, name);
      const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as LabelFile;
      const draftPath = join(dir, labels.draft);
      return { labelsPath, draftPath, labels, text: readFileSync(draftPath, 'utf8') };
    });
}

/** Problems with one labels file (empty when well-formed). */
export function validateLabelFile(file: LabelFile, draftText: string, labelsName: string): string[] {
  const problems: string[] = [];
  const say = (i: number, what: string) => problems.push(`${labelsName} claim #${i} (${JSON.stringify(file.claims[i]?.text)}): ${what}`);
  if (typeof file.draft !== 'string' || file.draft.length === 0) problems.push(`${labelsName}: "draft" missing`);
  if (!Array.isArray(file.claims) || file.claims.length === 0) {
    problems.push(`${labelsName}: "claims" missing or empty`);
    return problems;
  }
  const seen = new Map<string, number>();
  file.claims.forEach((c, i) => {
    if (typeof c.text !== 'string' || c.text.trim() !== c.text || c.text.length === 0) say(i, 'text empty or padded');
    if (!Number.isInteger(c.occurrence) || c.occurrence < 1) say(i, `occurrence ${c.occurrence} is not a positive integer`);
    if (!(KINDS as readonly string[]).includes(c.kind)) say(i, `kind ${JSON.stringify(c.kind)} not one of ${KINDS.join(', ')}`);
    if (!(VERDICTS as readonly string[]).includes(c.verdict)) say(i, `verdict ${JSON.stringify(c.verdict)} not one of ${VERDICTS.join(', ')}`);
    if (c.verdict === 'contradicted' && !(typeof c.suggestion === 'string' && c.suggestion.length > 0)) say(i, 'contradicted without a suggestion');
    if (c.verdict !== 'contradicted' && c.suggestion !== undefined) say(i, 'suggestion on a label that is not contradicted');
    if (c.verdict !== 'supported' && !(typeof c.note === 'string' && c.note.length > 0)) say(i, 'non-supported label without a note');
    if (c.kind === 'number' && !/\d|^[A-Za-z]/.test(c.text)) say(i, 'number label with neither digits nor a number word');
    const found = wholeWordOccurrences(draftText, c.text).length;
    if (found < c.occurrence) say(i, `occurs ${found} time(s) as a whole word, label says occurrence ${c.occurrence}`);
    const key = `${c.text}\u0000${c.occurrence}`;
    if (seen.has(key)) say(i, `same text and occurrence as claim #${seen.get(key)}`);
    seen.set(key, i);
  });
  // Each claim is one label: no two labels may cover the same characters.
  const spans = file.claims
    .map((c, i) => ({ i, span: typeof c.text === 'string' && Number.isInteger(c.occurrence) ? labelSpan(draftText, c) : undefined }))
    .filter((s): s is { i: number; span: { start: number; end: number } } => s.span !== undefined)
    .sort((x, y) => x.span.start - y.span.start);
  for (let k = 1; k < spans.length; k++) {
    if (spans[k].span.start < spans[k - 1].span.end) say(spans[k].i, `overlaps claim #${spans[k - 1].i}`);
  }
  return problems;
}
