// Turns a corpus file's bytes into a SourceDocument (text + dateline/front-matter metadata) and
// splits it into citable sentences whose ranges are the file's own positions.
import { extname } from 'node:path';
import { extractProse } from '../draft/prose';
import { splitSentences } from '../text/sentences';
import { classOf, SPACE } from '../text/charClass';
import type { Range, SourceDocument, SourceSentence, Span } from '../types';

/**
 * 20 MB: far above any article (the seeds are 2-5 KB; a long feature is ~100 KB of text), yet small
 * enough that one stray dump, log or export in the corpus folder cannot stall indexing or take hundreds
 * of MB of memory in the language server. Over it, the file is skipped with a message rather than read.
 */
export const DEFAULT_MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export type ReadSourceResult = { ok: true; document: SourceDocument } | { ok: false; reason: string };

const SIGNATURES: Array<[bytes: number[], kind: string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'], // %PDF
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'], // GIF8
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP or Office document'], // docx, xlsx, odt are ZIP archives
  [[0x50, 0x4b, 0x05, 0x06], 'ZIP or Office document'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'legacy Office document'], // .doc
  [[0x1f, 0x8b], 'gzip'],
];

// Sniffing the head is enough: text files do not hold NUL, and a binary file shows one early.
const SNIFF_BYTES = 8192;

/** Decodes a corpus file; `reason` is a short lower-case phrase the caller prefixes with the path. */
export function decodeSource(
  path: string,
  bytes: Uint8Array,
  displayPath: string,
  maxBytes: number = DEFAULT_MAX_SOURCE_BYTES,
): ReadSourceResult {
  if (bytes.length > maxBytes) return { ok: false, reason: sizeLimitReason(maxBytes) };
  const signature = SIGNATURES.find(([magic]) => magic.every((b, i) => bytes[i] === b));
  if (signature) return { ok: false, reason: `binary file (${signature[1]})` };
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  const meta = readMetadata(text);
  if (text.slice(meta.bodyStart).trim() === '') return { ok: false, reason: 'empty file (metadata only)' };
  return { ok: true, document: { path, displayPath, text, ...meta } };
}

function decode(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  try {
    // A UTF-16 BOM comes before the NUL check: UTF-16 text is full of NUL bytes.
    if (b0 === 0xff && b1 === 0xfe) return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) };
    if (b0 === 0xfe && b1 === 0xff) return { ok: true, text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-16 text' };
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary file' };
  try {
    // The decoder drops a UTF-8 BOM itself; editors do not count it as a character either.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

/** 'larger than 20 MB limit' */
export function sizeLimitReason(maxBytes: number): string {
  return `larger than ${formatSize(maxBytes)} limit`;
}

function formatSize(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb && bytes % mb === 0) return `${bytes / mb} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

type Metadata = Pick<SourceDocument, 'bodyStart' | 'date' | 'title'>;

// The seeds' dateline: ` date 2023-06-01 Serbian President ...` (the first sentence follows on the line).
const DATE_LINE = /^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?=$|[T\s])/;

function readMetadata(text: string): Metadata {
  const dateLine = DATE_LINE.exec(text);
  if (dateLine) return { bodyStart: skipSpace(text, dateLine[0].length), date: dateLine[1] };
  return readFrontMatter(text) ?? { bodyStart: skipSpace(text, 0) };
}

/** `---` ... `---` (or `...`) at the very top, holding at least one `key: value` line. */
function readFrontMatter(text: string): Metadata | undefined {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const end = close.exec(rest);
  if (!end) return undefined;
  const lines = rest.slice(0, end.index).split(/\r?\n/);
  if (!lines.some((line) => /^[A-Za-z_][\w-]*:/.test(line))) return undefined;
  const meta: Metadata = { bodyStart: skipSpace(text, open[0].length + end.index + end[0].length) };
  for (const line of lines) {
    const field = /^(date|title):[ \t]*(.*?)[ \t]*$/i.exec(line);
    if (!field) continue;
    const value = unquote(field[2]!);
    if (field[1]!.toLowerCase() === 'title' && value) meta.title = value;
    if (field[1]!.toLowerCase() === 'date' && ISO_DATE.test(value)) meta.date = value.slice(0, 10);
  }
  return meta;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  if (!quoted) return value.replace(/[ \t]+#.*$/, ''); // a YAML comment after a plain value
  return quoted[1] === "'" ? quoted[2]!.replace(/''/g, "'") : quoted[2]!.replace(/\\(["\\])/g, '$1');
}

function skipSpace(text: string, offset: number): number {
  while (offset < text.length && /\s/.test(text[offset]!)) offset++;
  return offset;
}

/** The body's sentences with ids firstId, firstId + 1, ...; sentences with no letter or digit are left out. */
export function sourceSentences(document: SourceDocument, firstId: number): SourceSentence[] {
  const { text, bodyStart } = document;
  const body = text.slice(bodyStart);
  const found: Array<{ span: Span; text: string }> = [];
  if (extname(document.path).toLowerCase() === '.md') {
    for (const block of extractProse(body, 'markdown')) {
      // A heading has no closing period, yet it never runs on into the paragraph below it.
      const spans = block.kind === 'heading' ? [wholeBlock(block.text)] : splitSentences(block.text, { lineBreaks: 'markdown' });
      for (const span of spans) {
        const start = bodyStart + block.toDocumentOffset(span.start);
        const end = bodyStart + block.toDocumentOffset(span.end);
        found.push({ span: { start, end }, text: block.text.slice(span.start, span.end) });
      }
    }
  } else {
    for (const span of splitSentences(body, { lineBreaks: 'plaintext' })) {
      found.push({ span: { start: bodyStart + span.start, end: bodyStart + span.end }, text: body.slice(span.start, span.end) });
    }
  }
  const lines = lineStarts(text);
  const sentences: SourceSentence[] = [];
  const { path, displayPath, date, title } = document;
  for (const { span, text: sentence } of found) {
    if (!LETTER_OR_DIGIT.test(sentence)) continue;
    const id = firstId + sentences.length;
    const flat = collapseSpace(sentence).trim();
    const range = toRange(lines, span);
    // Literals rather than spreads of optional fields: the same keys in the same order, without a
    // temporary object per field per sentence.
    if (date !== undefined && title !== undefined) sentences.push({ id, path, displayPath, date, title, text: flat, range });
    else if (date !== undefined) sentences.push({ id, path, displayPath, date, text: flat, range });
    else if (title !== undefined) sentences.push({ id, path, displayPath, title, text: flat, range });
    else sentences.push({ id, path, displayPath, text: flat, range });
  }
  return sentences;
}

const SPACE_RUN = /\s+/g;
// Unicode-property regexes live in constants: esbuild (tsx and the bundle alike) turns a /\p{..}/u
// literal into `new RegExp(...)`, which inside a function would build a RegExp at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** text.replace(/\s+/g, ' '), without the regex when every gap is already a single plain space, as most are. */
function collapseSpace(text: string): string {
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (afterSpace) return text.replace(SPACE_RUN, ' ');
      afterSpace = true;
    } else if (c < 0x80 ? c >= 9 && c <= 13 : (classOf(c) & SPACE) !== 0) {
      return text.replace(SPACE_RUN, ' ');
    } else {
      afterSpace = false;
    }
  }
  return text;
}

function wholeBlock(text: string): Span {
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}

/** Offsets where each line starts; \r\n, \n and a lone \r end a line, as in LSP. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export function offsetToPosition(starts: readonly number[], offset: number): Range['start'] {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low]! };
}

function toRange(starts: readonly number[], span: Span): Range {
  return { start: offsetToPosition(starts, span.start), end: offsetToPosition(starts, span.end) };
}
