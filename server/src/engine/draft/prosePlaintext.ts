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

export function plaintextProse(document: string): ProseBlock[] {
  const ignored = plaintextIgnored(document);
  const blocks: ProseBlock[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const close = (): void => {
    if (blockStart < 0) return;
    const builder = new BlockBuilder(ignored);
    builder.identity(document.slice(blockStart, blockEnd), blockStart);
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
