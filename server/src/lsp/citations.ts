// Citation edits as pure functions of the draft's text: where the reference goes, which footnote label
// it gets, and what is appended at the end. Edits are UTF-16 offsets into the text they were computed on.
import type { CitationStyle } from '../protocol';
import type { Span } from '../engine/types';

/** The source sentence a citation quotes. */
export interface CitationSource {
  displayPath: string;
  date?: string;
  sentence: string;
  /** Footnote label stem derived from the source (see labelStem); defaults to "source". */
  stem?: string;
}

export interface CitationRequest {
  /** Where the cited claim stands in the draft. */
  claim: Span;
  /** The draft sentence the claim is in, as the engine reports it (helps find where it ends). */
  sentence?: string;
  source: CitationSource;
}

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]?(.*)$/gm;
const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;
const TERMINAL = /[.!?…]/;
const CLOSERS = /["'”’)\]»]/;
const QUOTES = /["'”’»]/;

/**
 * Edits that cite each request's source in the draft, in `style` (plain text always gets inline
 * citations: it has no footnotes). Footnotes reuse a definition this function wrote before for the same
 * source sentence and never take a label the draft already uses. Returns [] when nothing needs adding.
 */
export function citationEdits(
  text: string,
  language: 'markdown' | 'plaintext',
  style: CitationStyle,
  requests: readonly CitationRequest[],
): OffsetEdit[] {
  const effective: CitationStyle = language === 'plaintext' ? 'inline' : style;
  if (effective === 'footnote') return footnoteEdits(text, requests);
  return inlineEdits(text, effective, requests, language === 'markdown' ? markdownText : (t) => t);
}

function footnoteEdits(text: string, requests: readonly CitationRequest[]): OffsetEdit[] {
  const { definitions, used } = existingFootnotes(text);
  const labelFor = new Map<string, string>();
  for (const def of definitions) {
    if (!labelFor.has(normalize(def.body))) labelFor.set(normalize(def.body), def.label);
  }
  const newDefinitions: string[] = [];
  const refsAt = new Map<number, string[]>();
  for (const request of requests) {
    const body = definitionBody(request.source);
    let label = labelFor.get(normalize(body));
    if (!label) {
      label = freshLabel(request.source.stem ?? 'source', used);
      used.add(label.toLowerCase());
      labelFor.set(normalize(body), label);
      newDefinitions.push(`[^${label}]: ${body}`);
    }
    const end = sentenceEnd(text, request);
    const at = afterExistingReferences(text, end);
    const present = referencesAt(text, end);
    const pending = refsAt.get(at) ?? [];
    if (!present.includes(label.toLowerCase()) && !pending.includes(label)) pending.push(label);
    refsAt.set(at, pending);
  }
  const edits: OffsetEdit[] = [];
  for (const [at, labels] of refsAt) {
    if (labels.length > 0) edits.push({ start: at, end: at, newText: labels.map((l) => `[^${l}]`).join('') });
  }
  if (newDefinitions.length > 0) edits.push(appendAtEnd(text, newDefinitions, endsWithFootnotes(text)));
  return mergeSamePosition(edits);
}

function inlineEdits(
  text: string,
  style: 'inline' | 'pandoc',
  requests: readonly CitationRequest[],
  escape: (text: string) => string,
): OffsetEdit[] {
  const citesAt = new Map<number, string[]>();
  for (const request of requests) {
    const cite = style === 'pandoc' ? `@${pandocKey(request.source.displayPath)}` : escape(inlineText(request.source));
    const at = beforeTerminal(text, sentenceEnd(text, request));
    const pending = citesAt.get(at) ?? [];
    // Already cited there (by an earlier run of this action): adding it again would only clutter.
    const before = text.slice(0, at);
    const present = style === 'pandoc' ? (/\[([^\]]*)\]$/.exec(before)?.[1] ?? '').split(/;\s*/).includes(cite) : before.endsWith(cite);
    if (!pending.includes(cite) && !present) pending.push(cite);
    citesAt.set(at, pending);
  }
  const edits: OffsetEdit[] = [];
  for (const [at, cites] of citesAt) {
    if (cites.length === 0) continue;
    const newText = style === 'pandoc' ? ` [${cites.join('; ')}]` : cites.map((c) => ` ${c}`).join('');
    edits.push({ start: at, end: at, newText });
  }
  return mergeSamePosition(edits);
}

export function definitionBody(source: CitationSource): string {
  const where = source.date ? `${source.displayPath}, ${source.date}` : source.displayPath;
  return markdownText(`${where}: "${oneLine(source.sentence)}"`);
}

/**
 * Source text (a quote, a file name) made safe to put into a Markdown draft: it reads the same, and can
 * never become a link, an image, raw HTML or a footnote call there, whatever the source article holds.
 * Only the characters that open those are escaped, so ordinary quotes stay readable in the draft.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\<[\]]/g, '\\$&');
}

function inlineText(source: CitationSource): string {
  return source.date ? `(source: ${source.displayPath}, ${source.date})` : `(source: ${source.displayPath})`;
}

/** A pandoc citation key for a source file: its name without extension, in the characters keys allow. */
export function pandocKey(displayPath: string): string {
  const base = displayPath.split(/[\\/]/).pop() ?? displayPath;
  const stem = base.replace(/\.[^.]+$/, '');
  const key = fold(stem).replace(/[^A-Za-z0-9_\-:.]+/g, '-').replace(/^[-:.]+|[-:.]+$/g, '');
  return key || 'source';
}

/**
 * A footnote label stem for a source: the words of its file name when it has some ("kosovo-nato.md"),
 * else the capitalised word its opening text uses most ("Kosovo" -> "kosovo"), so labels read as topics
 * rather than hashes.
 */
export function labelStem(fileName: string, headText: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const words = fold(base.replace(/\.[^.]+$/, ''))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => /^[a-z]{2,}$/.test(w));
  if (words.length > 0) return words.slice(0, 2).join('-');
  const counts = new Map<string, number>();
  for (const match of fold(headText.slice(0, 4000)).matchAll(/\b[A-Z][a-zA-Z]{2,}\b/g)) {
    const word = match[0].toLowerCase();
    if (!STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  // Map iteration is insertion order, so a tie goes to the word that appears first.
  for (const [word, count] of counts) {
    if (count > bestCount) [best, bestCount] = [word, count];
  }
  return best || 'source';
}

const STOP_WORDS = new Set(
  (
    'the a an and but or nor for so yet in on at to of by from with as after before during since until while ' +
    'he she it they we you i his her its their our this that these those there here what when where who why how ' +
    'said says mr mrs ms dr home news update updated according however also if then than speaking following ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);

function existingFootnotes(text: string): { definitions: Array<{ label: string; body: string }>; used: Set<string> } {
  const definitions: Array<{ label: string; body: string }> = [];
  const used = new Set<string>();
  for (const m of text.matchAll(DEFINITION)) {
    definitions.push({ label: m[1]!, body: m[2]! });
    used.add(m[1]!.toLowerCase());
  }
  for (const m of text.matchAll(REFERENCE)) used.add(m[1]!.toLowerCase());
  return { definitions, used };
}

function freshLabel(stem: string, used: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const label = `${stem}-${n}`;
    if (!used.has(label.toLowerCase())) return label;
  }
}

/** Offset just past the sentence that holds the claim, after its closing punctuation and quotes. */
export function sentenceEnd(text: string, request: Pick<CitationRequest, 'claim' | 'sentence'>): number {
  const { claim } = request;
  const sentence = request.sentence?.trim();
  if (sentence) {
    // The engine's sentence text is the draft's own; find the occurrence that contains the claim.
    const from = Math.max(0, claim.end - sentence.length);
    for (let at = text.indexOf(sentence, from); at !== -1 && at <= claim.start; at = text.indexOf(sentence, at + 1)) {
      if (at + sentence.length >= claim.end) return at + sentence.length;
    }
  }
  // Fallback: the first terminal punctuation after the claim that ends a sentence, within its paragraph.
  const paragraphEnd = indexOrEnd(text, /\n[ \t]*\n/g, claim.end);
  for (let i = claim.end; i < paragraphEnd; i++) {
    if (!TERMINAL.test(text[i]!)) continue;
    let j = i + 1;
    while (j < paragraphEnd && (TERMINAL.test(text[j]!) || CLOSERS.test(text[j]!))) j++;
    // A footnote reference right after the full stop still ends the sentence.
    if (j >= paragraphEnd || /\s/.test(text[j]!) || text.startsWith('[^', j)) return j;
  }
  let end = paragraphEnd;
  while (end > claim.end && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function indexOrEnd(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : text.length;
}

/** Inline citations go before the sentence's final punctuation and closing quotes ("troops (source: …)."). */
function beforeTerminal(text: string, end: number): number {
  let at = end;
  while (at > 0 && (QUOTES.test(text[at - 1]!) || TERMINAL.test(text[at - 1]!))) at--;
  return at;
}

function afterExistingReferences(text: string, at: number): number {
  const sticky = /\[\^[^\]\s]+\](?!:)/y;
  sticky.lastIndex = at;
  while (sticky.exec(text)) at = sticky.lastIndex;
  return at;
}

function referencesAt(text: string, at: number): string[] {
  const labels: string[] = [];
  const sticky = /\[\^([^\]\s]+)\](?!:)/y;
  sticky.lastIndex = at;
  for (let m = sticky.exec(text); m; m = sticky.exec(text)) labels.push(m[1]!.toLowerCase());
  return labels;
}

/** Whether the draft's last block is footnote definitions, so new ones join it without a blank line. */
function endsWithFootnotes(text: string): boolean {
  const lines = text.trimEnd().split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (/^\[\^[^\]\s]+\]:/.test(line)) return true;
    // Indented lines continue a definition; anything else ends the search.
    if (!/^( {4}|\t)/.test(line) || line.trim() === '') return false;
  }
  return false;
}

/**
 * Appends definitions after the draft's last block: an insertion only, in the draft's own line endings.
 * Its trailing line breaks stay as they are; only the ones the new block needs before it are added.
 */
function appendAtEnd(text: string, definitions: string[], joinLastBlock: boolean): OffsetEdit {
  const eol = eolOf(text);
  const trimmed = text.trimEnd().length;
  const tail = text.slice(trimmed);
  const lastBreak = Math.max(tail.lastIndexOf('\n'), tail.lastIndexOf('\r'));
  const at = lastBreak < 0 ? text.length : trimmed + lastBreak + 1;
  const breaks = (tail.slice(0, lastBreak + 1).match(/\r\n|\r|\n/g) ?? []).length;
  const wanted = trimmed === 0 ? 0 : joinLastBlock ? 1 : 2;
  return { start: at, end: at, newText: `${eol.repeat(Math.max(0, wanted - breaks))}${definitions.join(eol)}${eol}` };
}

/** The line ending a draft uses (its first one), so what we add matches it: \n, \r\n or a lone \r. */
export function eolOf(text: string): string {
  const first = /\r\n|\r|\n/.exec(text);
  return first ? first[0] : '\n';
}

function mergeSamePosition(edits: OffsetEdit[]): OffsetEdit[] {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: OffsetEdit[] = [];
  for (const edit of edits) {
    const last = out[out.length - 1];
    if (last && last.start === edit.start) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, edit.end), newText: last.newText + edit.newText };
    } else {
      out.push(edit);
    }
  }
  return out;
}

/** Applies offset edits computed on `text` (non-overlapping, any order). */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}

function normalize(text: string): string {
  return oneLine(text).toLowerCase();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
