// Turns a draft into the prose blocks claims may be taken from, each with an exact map back to
// the draft's own UTF-16 offsets. Anything that is not prose (front matter, code, HTML, URLs,
// footnote definitions, ...) never reaches the claim extractor.

import { fromMarkdown, type CompileContext, type Extension, type Token } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { CONNECTORS } from '../claims/nameWords';
import { LruCache } from '../lruCache';
import { BlockBuilder } from './proseOffsetMap';
import { findDirectives, IgnoredRanges, type Directive } from './proseIgnore';
import { chunkMarkdown } from './proseChunks';
import { plaintextIgnored, plaintextProse } from './prosePlaintext';

export interface ProseBlock {
  /** Prose text of one block (a paragraph, heading text, list item paragraph, table cell, blockquote paragraph...). */
  text: string;
  /** Maps a UTF-16 offset in `text` (0..text.length) to the UTF-16 offset in the document. For an end offset pass the offset just after the last char: the result must be the doc offset just after that char. */
  toDocumentOffset(offset: number): number;
  /**
   * 'paragraph' | 'heading' | 'listItem' | 'tableCell' | ... : whatever the node was; headings matter because a heading has no final period.
   * Markdown yields 'heading', 'tableCell', 'listItem' (a paragraph of a list item), 'blockquote'
   * (a paragraph of a quote) and 'paragraph'; plain text yields only 'paragraph'.
   */
  kind: string;
}

export function extractProse(document: string, language: 'markdown' | 'plaintext'): ProseBlock[] {
  return language === 'markdown' ? markdownProse(document) : plaintextProse(document);
}

/**
 * 0-based lines that ignore directives switch off entirely (a line partly switched off is not
 * included). Parses the document again: callers that also need the prose should not call it per edit.
 */
export function ignoredLines(document: string, language: 'markdown' | 'plaintext' = 'markdown'): Set<number> {
  const ignored = language === 'markdown' ? parseMarkdown(document).ignored : plaintextIgnored(document);
  return ignored.lines(document);
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Just the fields of mdast nodes this stage reads; the full mdast types add nothing here. */
interface MdNode {
  type: string;
  value?: string;
  /** An image's alternative text. */
  alt?: string | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * Source spans inside text nodes whose characters are not copied verbatim into `value`, as
 * parallel arrays sorted by start. units = 0: dropped (a `> ` or indent prefix of a continuation
 * line, trailing spaces); units > 0: that many value units decoded from the span (`\*`, `&amp;`).
 * mdast resolves escapes and character references, and strips line prefixes, so `value` differs
 * from the source slice. Copying the raw slice instead would be simpler but would put `> `
 * markers and list indents of continuation lines into the prose; recording the exact spans from
 * the parser's own tokens keeps `value` clean and the map exact.
 */
interface Specials {
  starts: number[];
  ends: number[];
  units: number[];
}

/** One separately parsed piece of the document (see proseChunks). */
interface Piece {
  root: MdNode;
  /** Added to the piece's offsets to get document offsets (its start, plus one for a dropped BOM). */
  base: number;
  /** Document offset where the piece's own text ends: its stub definitions lie beyond. */
  limit: number;
}

interface Parsed {
  pieces: Piece[];
  specials: Specials;
  ignored: IgnoredRanges;
}

function recorder(specials: Specials, base: number, limit: number): Extension {
  const add = (start: number, end: number, units: number): void => {
    if (start + base >= limit) return;
    specials.starts.push(start + base);
    specials.ends.push(Math.min(end + base, limit));
    specials.units.push(units);
  };
  const drop = (token: Token): void => add(token.start.offset, token.end.offset, 0);
  let referenceStart = -1;
  let unitsBefore = 0;
  // The decoded length of a character reference is read off the text node being built: the
  // parser's own decoding then decides it, not a second entity table here.
  const valueLength = (context: CompileContext): number => {
    const top = context.stack[context.stack.length - 1] as MdNode | undefined;
    return typeof top?.value === 'string' ? top.value.length : 0;
  };
  return {
    exit: {
      characterEscape: (token) => add(token.start.offset, token.end.offset, 1),
      characterReferenceMarker(token) {
        if (this.sliceSerialize(token) === '&') {
          referenceStart = token.start.offset;
          unitsBefore = valueLength(this);
        } else if (referenceStart >= 0) {
          add(referenceStart, token.end.offset, valueLength(this) - unitsBefore);
          referenceStart = -1;
        }
      },
      blockQuotePrefix: drop,
      linePrefix: drop,
      listItemIndent: drop,
      lineSuffix: drop,
      taskListCheck: drop,
    },
  };
}

// What a GFM autolink literal or a table cannot be without: "www.", "http:"/"https:", an e-mail's "@"
// (and "&", as a character reference can decode to any of them); a table's "|".
const AUTOLINK_MARKS = /www|https?:|@|&/i;

/**
 * GFM's constructs for a piece, leaving out the two that cost most of a parse where the piece cannot
 * hold them: the autolink literal tokenizer tries most letters of the text, and its tree transform
 * searches every text node again; most prose has neither a URL nor a table.
 */
const GFM: Array<{ syntax: () => MicromarkExtension; tree: () => Extension; possibleIn?: (text: string) => boolean }> = [
  { syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown, possibleIn: (text) => AUTOLINK_MARKS.test(text) },
  { syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown },
  { syntax: () => gfmStrikethrough(), tree: gfmStrikethroughFromMarkdown },
  { syntax: gfmTable, tree: gfmTableFromMarkdown, possibleIn: (text) => text.includes('|') },
  { syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown },
];

function gfmFor(text: string): { syntax: MicromarkExtension[]; trees: Extension[] } {
  const used = GFM.filter((construct) => construct.possibleIn?.(text) ?? true);
  return { syntax: used.map((construct) => construct.syntax()), trees: used.map((construct) => construct.tree()) };
}

/** A piece parsed on its own, in its own offsets (from its first character after a BOM). */
interface ParsedPiece {
  root: MdNode;
  specials: Specials;
  directives: Directive[];
}

/**
 * Parsed pieces by text, most recently used last. While a writer types, every piece but the edited one
 * is unchanged, so a re-check parses a few hundred characters instead of the whole draft (the parse
 * was half of a re-check's time in a 3,000-word draft). Trees are read, never changed, so sharing is safe.
 */
const pieceCache = new LruCache<string, ParsedPiece>(400);

export function clearParseCache(): void {
  pieceCache.clear();
}

function parsePiece(text: string, ownLength: number): ParsedPiece {
  // Stub definitions beyond the piece's own text are parsed but not kept, so the key has both.
  const key = `${ownLength}\u0000${text}`;
  const cached = pieceCache.get(key);
  if (cached) return cached;
  // micromark drops a leading BOM before counting offsets.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const limit = ownLength - bom;
  const specials: Specials = { starts: [], ends: [], units: [] };
  const gfm = gfmFor(text);
  const root = fromMarkdown(text, {
    extensions: [...gfm.syntax, frontmatter(['yaml', 'toml'])],
    mdastExtensions: [...gfm.trees, frontmatterFromMarkdown(['yaml', 'toml']), recorder(specials, 0, limit)],
  }) as unknown as MdNode;
  const local: Piece = { root, base: 0, limit };
  const directives: Directive[] = [];
  const visit = (node: MdNode): void => {
    if (node.type === 'html') findDirectives(text.slice(bom + start(node, local), bom + end(node, local)), start(node, local), directives);
    node.children?.forEach(visit);
  };
  visit(root);
  const parsed = { root, specials, directives };
  pieceCache.set(key, parsed);
  return parsed;
}

function parseMarkdown(document: string): Parsed {
  const specials: Specials = { starts: [], ends: [], units: [] };
  const directives: Directive[] = [];
  const pieces = chunkMarkdown(document).map((chunk): Piece => {
    const parsed = parsePiece(chunk.text, chunk.end - chunk.start);
    const base = chunk.start + (chunk.text.charCodeAt(0) === 0xfeff ? 1 : 0);
    for (let i = 0; i < parsed.specials.starts.length; i++) {
      specials.starts.push(parsed.specials.starts[i] + base);
      specials.ends.push(parsed.specials.ends[i] + base);
      specials.units.push(parsed.specials.units[i]);
    }
    for (const d of parsed.directives) directives.push({ ...d, start: d.start + base, end: d.end + base });
    return { root: parsed.root, base, limit: chunk.end };
  });
  sortSpecials(specials);
  return { pieces, specials, ignored: new IgnoredRanges(document, directives) };
}

/** Tokens close in document order, so this is normally a no-op check. */
function sortSpecials(s: Specials): void {
  let sorted = true;
  for (let i = 1; i < s.starts.length && sorted; i++) sorted = s.starts[i - 1] <= s.starts[i];
  if (sorted) return;
  const order = s.starts.map((_, i) => i).sort((a, b) => s.starts[a] - s.starts[b]);
  const [starts, ends, units] = [order.map((i) => s.starts[i]), order.map((i) => s.ends[i]), order.map((i) => s.units[i])];
  s.starts = starts;
  s.ends = ends;
  s.units = units;
}

const start = (node: MdNode, piece: Piece): number => Math.min((node.position?.start.offset ?? 0) + piece.base, piece.limit);
const end = (node: MdNode, piece: Piece): number => Math.min((node.position?.end.offset ?? 0) + piece.base, piece.limit);

/** Block-level nodes that hold no prose at all; everything else with children is descended into. */
const NOT_PROSE_BLOCKS = new Set(['yaml', 'toml', 'code', 'html', 'definition', 'footnoteDefinition', 'thematicBreak']);
/** Inline nodes dropped without a trace: gluing the neighbours is what the reader sees too. */
const DROPPED_INLINES = new Set(['html', 'footnoteReference']);

function markdownProse(document: string): ProseBlock[] {
  const parsed = parseMarkdown(document);
  const blocks: ProseBlock[] = [];
  let piece: Piece;
  const emit = (node: MdNode, kind: string): void => {
    const out = new BlockBuilder(parsed.ignored);
    appendChildren({ document, specials: parsed.specials, piece, out }, node);
    const block = out.build(kind);
    if (block) blocks.push(block);
  };
  const walk = (node: MdNode, parentKind: string): void => {
    if (NOT_PROSE_BLOCKS.has(node.type)) return;
    if (node.type === 'heading') emit(node, 'heading');
    else if (node.type === 'tableCell') emit(node, 'tableCell');
    else if (node.type === 'paragraph') emit(node, parentKind);
    else {
      const kind = node.type === 'listItem' ? 'listItem' : node.type === 'blockquote' ? 'blockquote' : parentKind;
      for (const child of node.children ?? []) walk(child, kind);
    }
  };
  for (piece of parsed.pieces) walk(piece.root, 'paragraph');
  return blocks;
}

interface Inline {
  document: string;
  specials: Specials;
  piece: Piece;
  out: BlockBuilder;
}

/**
 * The GFM autolink-literal transform splits text nodes after parsing and leaves the pieces
 * (text and `www.`/URL/e-mail links) without positions: those are placed by aligning them with
 * the source from where the previous sibling ended.
 */
function appendChildren(ctx: Inline, parent: MdNode): void {
  const children = parent.children ?? [];
  let cursor = start(parent, ctx.piece);
  let limit = cursor;
  let limitIndex = -1;
  children.forEach((child, k) => {
    if (child.position) {
      appendInline(ctx, child);
      cursor = end(child, ctx.piece);
      return;
    }
    if (limitIndex <= k) {
      limitIndex = children.findIndex((c, n) => n > k && c.position !== undefined);
      limit = limitIndex < 0 ? end(parent, ctx.piece) : start(children[limitIndex], ctx.piece);
      if (limitIndex < 0) limitIndex = children.length;
    }
    if (child.type === 'text') cursor = align(ctx, child.value ?? '', cursor, limit, true).end;
    else {
      const span = align(ctx, (child.children ?? []).map((c) => c.value ?? '').join(''), cursor, limit, false);
      ctx.out.squeezed(' ', span.start, span.end);
      cursor = span.end;
    }
  });
}

function appendInline(ctx: Inline, node: MdNode): void {
  const { document, piece, out } = ctx;
  switch (node.type) {
    case 'text':
      align(ctx, node.value ?? '', start(node, piece), end(node, piece), true);
      return;
    case 'inlineCode':
      // A space keeps "costs`x`700" from reading as one word, and maps onto the code span.
      out.squeezed(' ', start(node, piece), end(node, piece));
      return;
    case 'link':
      // An autolink (`<https://...>`, a bare `www.` / URL / e-mail) shows its URL as its text:
      // that is not prose. Only `[text](url)` starts with a bracket.
      if (document.charCodeAt(start(node, piece)) !== 91 /* [ */) {
        out.squeezed(' ', start(node, piece), end(node, piece));
        return;
      }
      break;
    case 'break': {
      // A hard break ("  " or "\\" before the line end) is a line the writer ended on purpose: header
      // fields ("**For:** the Ambassador  \n**Occasion:** ...", an address, a signature). It reads as
      // a blank line, so no sentence or name runs across it. The break's own line ending is kept
      // verbatim; the blank line stands for the spaces or backslash before it.
      const raw = document.slice(start(node, piece), end(node, piece));
      const eol = /\r?\n$/.exec(raw);
      if (eol) {
        const eolStart = end(node, piece) - eol[0].length;
        if (eolStart > start(node, piece)) out.squeezed('\n', start(node, piece), eolStart);
        out.identity(eol[0], eolStart);
      } else out.squeezed(' ', start(node, piece), end(node, piece));
      return;
    }
    case 'image':
    case 'imageReference': {
      // "![NATO soldiers guard the town hall in Leposavic](…)": alt text is the writer's prose, which a
      // reader of the page hears or sees in the image's place; the URL is not. Its own sentence: an image
      // and the text around it are no one statement.
      const alt = node.alt ?? '';
      const from = start(node, piece) + 2;
      const close = document.indexOf(']', from);
      if (!alt || close < 0) {
        out.squeezed(' ', start(node, piece), end(node, piece));
        return;
      }
      out.squeezed('\n\n', start(node, piece), from);
      align(ctx, alt, from, close, true);
      out.squeezed('\n\n', close, end(node, piece));
      return;
    }
    case 'strong': {
      appendChildren(ctx, node);
      // "**Diplomacy in Chisinau**" alone on its line, the paragraph's text on the next: a run-in heading.
      // Its closing marks read as a line end, so, as after a hard break, no sentence or name runs from it
      // into the line below ("Chisinau Emmanuel Macron").
      const from = start(node, piece);
      const to = end(node, piece);
      const lineOpening = document.slice(document.lastIndexOf('\n', from - 1) + 1, from);
      if (/^[\s>*+-]*$/.test(lineOpening) && /^(?:\*\*|__)$/.test(document.slice(to - 2, to)) && /^[ \t]*\r?\n/.test(document.slice(to, to + 4))) {
        out.squeezed('\n', to - 2, to);
      } else markedEnd(ctx, to, 2);
      return;
    }
    case 'emphasis':
      appendChildren(ctx, node);
      markedEnd(ctx, end(node, piece), 1);
      return;
    default:
      if (DROPPED_INLINES.has(node.type) || !node.children) return;
  }
  appendChildren(ctx, node);
}

/**
 * "**Emmanuel Macron** of France": the writer's closing marks end what they mark, so before a name's
 * connector ("of", "de") they read as one more space. Names join over a connector only across single
 * spaces ("Rule of Law"), so the name stops at the marks instead of running on into "Macron of France".
 */
function markedEnd(ctx: Inline, to: number, width: number): void {
  const marks = ctx.document.slice(to - width, to);
  const next = /^[ \t]([^\s]+)[ \t]/.exec(ctx.document.slice(to, to + 12));
  if (/^(?:\*+|_+)$/.test(marks) && next && CONNECTORS.has(next[1]!)) ctx.out.squeezed(' ', to - width, to);
}

/**
 * Aligns a decoded text value with its source [from, to), walking both once, and appends it
 * (when `emit`). Returns the source span the value was found to cover.
 */
function align(ctx: Inline, value: string, from: number, to: number, emit: boolean): { start: number; end: number } {
  const { document, specials, out } = ctx;
  let j = from;
  let p = lowerBound(specials.starts, j);
  let i = 0;
  let runStart = 0;
  let runDoc = j;
  let first = -1;
  const flush = (): void => {
    if (emit && i > runStart) out.identity(value.slice(runStart, i), runDoc);
  };
  while (i < value.length && j < to) {
    while (p < specials.starts.length && specials.starts[p] < j) p++;
    if (p < specials.starts.length && specials.starts[p] === j) {
      flush();
      const units = Math.min(specials.units[p], value.length - i);
      if (units > 0 && first < 0) first = j;
      if (units > 0 && emit) out.squeezed(value.slice(i, i + units), j, specials.ends[p]);
      i += units;
      j = Math.max(specials.ends[p], j + 1);
      p++;
      runStart = i;
      runDoc = j;
    } else if (document.charCodeAt(j) === value.charCodeAt(i)) {
      if (first < 0) first = j;
      if (i === runStart) runDoc = j;
      i++;
      j++;
    } else {
      // Source not in the value that no token accounted for: skip it, as the parser did.
      flush();
      runStart = i;
      j++;
    }
  }
  flush();
  // Only if source and value disagree (a parser change, a misplaced transform node): keep the
  // text rather than lose a claim, mapped to where the alignment stopped.
  if (emit && i < value.length) out.squeezed(value.slice(i), j, j);
  return { start: first < 0 ? from : first, end: j };
}

function lowerBound(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
