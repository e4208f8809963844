// Builds the text of one prose block together with its map back to document offsets.
//
// The map is a list of runs rather than one entry per character so that a 2 MB paragraph costs a
// handful of runs: an "identity" run is a stretch of text copied verbatim from the document; a
// "squeezed" run is text that stands for a longer (or different) source span, e.g. `*` decoded
// from `\*`, `&` from `&amp;`, or the space that replaces an inline code span. Every unit of a
// squeezed run maps to the whole source span, so a claim touching it covers the source construct.

import type { ProseBlock } from './prose';
import type { IgnoredRanges } from './proseIgnore';

interface Run {
  /** Offset of the run's first unit in the (untrimmed) block text. */
  textStart: number;
  length: number;
  docStart: number;
  docEnd: number;
  identity: boolean;
}

export class BlockBuilder {
  private readonly parts: string[] = [];
  private readonly runs: Run[] = [];
  private length = 0;

  constructor(private readonly ignored: IgnoredRanges) {}

  /** Appends document text verbatim (document[docStart .. docStart + text.length]), minus ignored parts. */
  identity(text: string, docStart: number): void {
    if (text.length === 0) return;
    if (this.ignored.isEmpty) {
      this.pushIdentity(text, docStart);
      return;
    }
    for (const [start, end] of this.ignored.keep(docStart, docStart + text.length)) {
      this.pushIdentity(text.slice(start - docStart, end - docStart), start);
    }
  }

  /** Appends `text` as standing for the document span [docStart, docEnd). */
  squeezed(text: string, docStart: number, docEnd: number): void {
    if (text.length === 0 || this.ignored.contains(docStart)) return;
    this.parts.push(text);
    this.runs.push({ textStart: this.length, length: text.length, docStart, docEnd, identity: false });
    this.length += text.length;
  }

  private pushIdentity(text: string, docStart: number): void {
    this.parts.push(text);
    const last = this.runs[this.runs.length - 1];
    if (last && last.identity && last.docEnd === docStart) {
      last.length += text.length;
      last.docEnd += text.length;
    } else {
      this.runs.push({ textStart: this.length, length: text.length, docStart, docEnd: docStart + text.length, identity: true });
    }
    this.length += text.length;
  }

  /** The finished block, trimmed of surrounding whitespace; undefined when nothing but whitespace is left. */
  build(kind: string): ProseBlock | undefined {
    const raw = this.parts.join('');
    const text = raw.trim();
    if (text.length === 0) return undefined;
    return new MappedBlock(text, kind, raw.length - raw.trimStart().length, this.runs);
  }
}

class MappedBlock implements ProseBlock {
  constructor(
    readonly text: string,
    readonly kind: string,
    /** Units trimmed off the front: the runs are in untrimmed coordinates. */
    private readonly shift: number,
    private readonly runs: readonly Run[],
  ) {}

  toDocumentOffset(offset: number): number {
    const n = this.text.length;
    const o = Number.isFinite(offset) ? Math.min(n, Math.max(0, Math.trunc(offset))) : offset > 0 ? n : 0;
    if (o === 0) return this.startOf(0);
    if (o === n) return this.endOf(n - 1);
    const start = this.startOf(o);
    const end = this.endOf(o - 1);
    if (start <= end) return start;
    // Removed markup (an emphasis marker, a link's `](url)`, a `> ` prefix) lies between the two
    // characters, so the offset has two candidate positions. The caller only passes token
    // boundaries: pick the one a start or an end of a token would want.
    return looksLikeEnd(this.text, o) ? end : start;
  }

  private runAt(unit: number): Run {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (runs[mid].textStart <= unit) lo = mid;
      else hi = mid - 1;
    }
    return runs[lo];
  }

  private startOf(i: number): number {
    const unit = i + this.shift;
    const run = this.runAt(unit);
    return run.identity ? run.docStart + (unit - run.textStart) : run.docStart;
  }

  private endOf(i: number): number {
    const unit = i + this.shift;
    const run = this.runAt(unit);
    return run.identity ? run.docStart + (unit - run.textStart) + 1 : run.docEnd;
  }
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
const SPACE = /\s/u;
const OPENER = /[([{“‘«„‚¿¡'"]/u;

function codePointBefore(text: string, o: number): string {
  const low = text.charCodeAt(o - 1);
  if (o >= 2 && low >= 0xdc00 && low <= 0xdfff) return text.slice(o - 2, o);
  return text[o - 1];
}

function codePointAt(text: string, o: number): string {
  return String.fromCodePoint(text.codePointAt(o) ?? 32);
}

/** Whether text offset `o` (strictly inside the text) reads as the end of the token before it. */
function looksLikeEnd(text: string, o: number): boolean {
  const before = codePointBefore(text, o);
  const after = codePointAt(text, o);
  if (SPACE.test(before)) return false;
  if (SPACE.test(after)) return true;
  const wordBefore = WORD.test(before);
  const wordAfter = WORD.test(after);
  if (wordAfter) return false;
  if (wordBefore) return true;
  // Punctuation on both sides ("2008.**)" or "(**“Kosovo"): an end unless the next char opens
  // something a token could start with.
  return !OPENER.test(after);
}
