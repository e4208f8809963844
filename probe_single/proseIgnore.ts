// Ignore directives of the draft, in the markdownlint / cSpell style:
//   <!-- factcheck-ignore-next-line -->   the next non-blank line yields no prose
//   <!-- factcheck-disable --> ... <!-- factcheck-enable -->   nothing in between does
// They are resolved to document offset ranges rather than whole lines so that a directive pair
// inside one paragraph only drops the words between the two comments.

// Anything may follow the name (a reason, `: quoted material`), but not more of a word: `factcheck-disabled` is no directive.
const DIRECTIVE = /<!--\s*factcheck-(ignore-next-line|disable|enable)(?![\w-])[\s\S]*?-->/g;

/** A directive comment found in the document. */
export interface Directive {
  name: 'ignore-next-line' | 'disable' | 'enable';
  start: number;
  end: number;
}

/** Finds directives in `text`, which is the slice of the document starting at `offset`. */
export function findDirectives(text: string, offset: number, into: Directive[]): void {
  // Cheap guard: most HTML nodes are not directives and the regex would scan them for nothing.
  if (!text.includes('factcheck-')) return;
  for (const match of text.matchAll(DIRECTIVE)) {
    const start = offset + (match.index ?? 0);
    into.push({ name: match[1] as Directive['name'], start, end: start + match[0].length });
  }
}

/** Sorted, disjoint, half-open document ranges whose characters must not become prose. */
export class IgnoredRanges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(document: string, directives: readonly Directive[], extra: ReadonlyArray<[number, number]> = []) {
    const ranges: Array<[number, number]> = [...extra];
    const sorted = [...directives].sort((a, b) => a.start - b.start);
    let disabledFrom = -1;
    for (const directive of sorted) {
      if (directive.name === 'disable') {
        if (disabledFrom < 0) disabledFrom = directive.end;
      } else if (directive.name === 'enable') {
        if (disabledFrom >= 0) ranges.push([disabledFrom, directive.start]);
        disabledFrom = -1;
      } else {
        const line = nextNonBlankLine(document, directive.end);
        if (line) ranges.push(line);
      }
    }
    // An unterminated disable runs to the end, as in markdownlint: forgetting the enable must
    // not silently re-enable checking of quoted material.
    if (disabledFrom >= 0) ranges.push([disabledFrom, document.length]);
    ranges.sort((a, b) => a[0] - b[0]);
    for (const [start, end] of ranges) {
      if (end <= start) continue;
      const last = this.ends.length - 1;
      if (last >= 0 && start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], end);
      else {
        this.starts.push(start);
        this.ends.push(end);
      }
    }
  }

  get isEmpty(): boolean {
    return this.starts.length === 0;
  }

  /** Index of the first range ending after `offset`, or the count when none does. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  contains(offset: number): boolean {
    const i = this.firstEndingAfter(offset);
    return i < this.starts.length && this.starts[i] <= offset;
  }

  /** The parts of [start, end) that are not ignored. */
  keep(start: number, end: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let cursor = start;
    for (let i = this.firstEndingAfter(start); i < this.starts.length && this.starts[i] < end && cursor < end; i++) {
      if (this.starts[i] > cursor) out.push([cursor, this.starts[i]]);
      cursor = Math.max(cursor, this.ends[i]);
    }
    if (cursor < end) out.push([cursor, end]);
    return out;
  }

  /** 0-based lines whose whole content (without the line break) lies in an ignored range. */
  lines(document: string): Set<number> {
    const out = new Set<number>();
    if (this.isEmpty) return out;
    let line = 0;
    for (let start = 0; start <= document.length; line++) {
      const newline = document.indexOf('\n', start);
      const next = newline < 0 ? document.length + 1 : newline + 1;
      let end = newline < 0 ? document.length : newline;
      if (end > start && document.charCodeAt(end - 1) === 13) end--;
      const i = this.firstEndingAfter(start);
      if (i < this.starts.length && this.starts[i] <= start && this.ends[i] >= end) out.add(line);
      start = next;
    }
    return out;
  }
}

/** Blank for a directive's purpose: whitespace and blockquote markers only, so `>` lines inside a quote count as blank. */
function isBlankLine(document: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = document.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 62 /* > */ && c !== 12 && c !== 11) return false;
  }
  return true;
}

/** [start, end) of the first non-blank line after the line holding `offset`. */
function nextNonBlankLine(document: string, offset: number): [number, number] | undefined {
  let newline = document.indexOf('\n', offset);
  while (newline >= 0) {
    const start = newline + 1;
    newline = document.indexOf('\n', start);
    const end = newline < 0 ? document.length : newline;
    if (!isBlankLine(document, start, end)) return [start, end];
  }
  return undefined;
}
