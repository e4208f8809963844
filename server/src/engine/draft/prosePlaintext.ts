// Plain-text drafts: a block is a run of non-blank lines, and its text is the document's own
// (identity offset map), so nothing is decoded or dropped except ignored lines.

import type { ProseBlock } from './prose';
import { BlockBuilder } from './proseOffsetMap';
import { findDirectives, IgnoredRanges, type Directive } from './proseIgnore';


/** In plain text a directive counts only when it stands alone on its line; the line itself is dropped. */
export function plaintextIgnored(document: string): IgnoredRanges {
  const directives: Directive[] = [];
  if (document.includes('factcheck-')) {
    forEachLine(document, (lineStart, lineEnd) => {
      const line = document.slice(lineStart, lineEnd);
      if (/^\s*<!--\s*factcheck-[\s\S]*-->\s*$/.test(line)) findDirectives(line, lineStart, directives);
    });
  }
  const own: Array<[number, number]> = directives.map((d) => [d.start, d.end]);
  return new IgnoredRanges(document, directives, own);
}

const LINE_MARKER = /^[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+(?=\S)/;

export function plaintextProse(document: string): ProseBlock[] {
  const ignored = plaintextIgnored(document);
  const blocks: ProseBlock[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const close = (): void => {
    if (blockStart < 0) return;
    const builder = new BlockBuilder(ignored);
    // A paragraph number or bullet heading a line ("1. Overview.", "- item") is no figure of the text.
    let from = blockStart;
    const text = document.slice(blockStart, blockEnd);
    forEachLine(text, (start) => {
      const lineStart = blockStart + start;
      const marker = LINE_MARKER.exec(text.slice(start, start + 12));
      if (!marker) return;
      builder.identity(document.slice(from, lineStart), from);
      builder.squeezed(' ', lineStart, lineStart + marker[0].length);
      from = lineStart + marker[0].length;
    });
    builder.identity(document.slice(from, blockEnd), from);
    const block = builder.build('paragraph');
    if (block) blocks.push(block);
    blockStart = -1;
  };
  forEachLine(document, (lineStart, lineEnd) => {
    if (isWhitespace(document, lineStart, lineEnd)) close();
    else {
      if (blockStart < 0) blockStart = lineStart;
      blockEnd = lineEnd;
    }
  });
  close();
  return blocks;
}

/** Calls back with each line's [start, end), the end before any `\r\n` / `\n`. */
function forEachLine(document: string, onLine: (start: number, end: number) => void): void {
  let lineStart = 0;
  while (lineStart <= document.length) {
    const newline = document.indexOf('\n', lineStart);
    let lineEnd = newline < 0 ? document.length : newline;
    if (lineEnd > lineStart && document.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    onLine(lineStart, lineEnd);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
}

function isWhitespace(document: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(document[i])) return false;
  return true;
}
