// Sentence boundaries for sources and drafts: Intl.Segmenter plus a few merge rules.
//
// Intl.Segmenter is quadratic on one long string in Node 20 (573 KB took 6 s), so it only ever sees one
// line, and a line longer than CHUNK is fed to it in windows cut at whitespace (see segmentStarts). A
// line of Latin text (almost all of them) goes to latinSentenceBreaks instead, which applies the same
// Unicode rules at a fraction of the cost.
// Line breaks are decided here, not by the segmenter (it always breaks at a newline).
//
// Merge rules (measured on the seeds to fix 14 of 15 segmenter errors), applied at each boundary the
// segmenter finds and at each line break that ends in sentence-final punctuation:
// - the next piece's first letter is lower case (`“Is it?” he asked`, `etc. and`);
// - the previous piece ends in a title (Mr., Gen., Dr. ...), vs., e.g. or i.e.: a name or phrase follows;
// - it ends in a month (Jan.) or No. and the next piece starts with a digit (`Jan. 5`, `No. 10`);
// - the next piece is a citation in brackets alone and the previous ends a quotation (`…." (Osmani)`);
// - it ends in an initialism (U.S., U.N., a.m., F.) or a company suffix (Inc., Ltd., Jr.) and the next
//   word does not clearly start a sentence. "Clearly" means a closed list of words that begin sentences
//   but hardly ever continue a name (The, He, But, In ...), or an opening quote. So "the U.S. Secretary
//   of State" stays whole while "in the U.S. He said" splits; "in the U.S. Serbia ..." wrongly stays whole.
import type { Span } from '../types';
import { isCovered, latinSentenceBreaks } from './latinSentenceBreaks';

export interface SentenceSplitOptions {
  /**
   * 'plaintext': a line break ends a sentence when the line reads as complete (see lineBreakJoin).
   * 'markdown': soft line breaks are spaces (the text is one Markdown paragraph).
   */
  lineBreaks: 'plaintext' | 'markdown';
}

/** How a piece attaches to the one before it. */
type Join = 'never' | 'rules' | 'always';

interface Piece extends Span {
  before: Join;
}

// Small enough that the segmenter stays linear, large enough that few sentences straddle a window.
const CHUNK = 4096;

const TITLES = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Dr.', 'Gen.', 'Lt.', 'Col.', 'Maj.', 'Sgt.', 'Capt.', 'Cpt.', 'Adm.',
  'Cmdr.', 'Prof.', 'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Fr.', 'St.', 'Mt.', 'vs.', 'v.', 'e.g.', 'i.e.', 'cf.',
]);
const MONTHS = new Set(['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']);
const NUMBER_ABBREVIATIONS = new Set(['No.', 'Nos.', 'no.', 'Art.', 'art.', 'p.', 'pp.', 'para.']);
const SUFFIXES = new Set(['Inc.', 'Ltd.', 'Co.', 'Corp.', 'Jr.', 'Sr.', 'Bros.', 'Plc.', 'LLC.']);
const INITIALISM = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$/u;

const SENTENCE_STARTERS = new Set(
  ('The A An This That These Those There Their They He She It Its His Her We Our I You Your My ' +
    'But And Or So Yet However Meanwhile Moreover Also In On At After Before During When While If As ' +
    'Although Though Since Because Some Many Most Several Others Both All Each Every No Not Later Earlier ' +
    'Then Now Today Yesterday Here What Who Why How Where Which Such Last Other One According')
    .split(' '),
);

// A line ending in these (or in one of these words) is hard-wrapped text, not a headline.
const CONTINUATION_WORDS = new Set(
  ('of the a an and or but nor to in on at by for from with as into onto than that which who whom whose ' +
    'its their his her our your my is are was were be been being has have had will would can could shall ' +
    'should may might must said says told not this these those per about over under after before between ' +
    'during against amid among via including such if when while where because although though whether ' +
    'both either neither so also very more most less some any each every its near without within')
    .split(' '),
);

const OPENERS = `"'“‘«„([`;
const TERMINAL_AT_END = /[.!?…][\s"'“”‘’«»)\]]*$/u;
const STARTS_LIKE_SENTENCE = /^(?:["'“”‘’«»„(\[]|[\p{Lu}\p{Lt}\p{N}]|[-*•–—]\s)/u;
// Unicode-property regexes live in constants: esbuild (tsx and the bundle alike) turns a /\p{..}/u
// literal into `new RegExp(...)`, which inside a function would build a RegExp at every call.
const TRAILING_WORD = /(\p{L}+)$/u;
const FIELD_LINE = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}:\s/u;
const HANDLE_LINE = /^[\p{Ll}\p{N}][\p{L}\p{N}_.-]{1,24}:\s/u;
const STARTS_UPPER = /^\p{Lu}/u;
const WORDS = /\p{L}+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER_CASE = /\p{Ll}/u;
const STARTS_WITH_DIGIT = /^\p{N}/u;
const LEADING_WORD = /^[\p{L}']+/u;

let segmenter: Intl.Segmenter | undefined;

/** Trimmed sentence spans (UTF-16 offsets into `text`), in order, never empty. */
export function splitSentences(text: string, options: SentenceSplitOptions): Span[] {
  const pieces: Piece[] = [];
  let previousLine: Span | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    const [start, end] = trim(text, lineStart, lineEnd);
    if (start === end) {
      previousLine = undefined; // a blank line always ends the sentence
    } else {
      let before: Join = previousLine ? lineBreakJoin(text, previousLine, start, options.lineBreaks) : 'never';
      const starts = segmentStarts(text, start, end);
      for (let i = 0; i < starts.length; i++) {
        const [s, e] = trim(text, starts[i]!, starts[i + 1] ?? end);
        if (s === e) continue;
        pieces.push({ start: s, end: e, before });
        before = 'rules';
      }
      previousLine = { start, end };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  const sentences: Span[] = [];
  for (const piece of pieces) {
    const last = sentences[sentences.length - 1];
    if (last && (piece.before === 'always' || (piece.before === 'rules' && continues(text, last, piece)))) {
      last.end = piece.end;
    } else {
      sentences.push({ start: piece.start, end: piece.end });
    }
  }
  return sentences;
}

/**
 * Whether the sentence goes on across the break between two non-blank lines.
 * A line ending in . ! ? … (then closing quotes/brackets) is a candidate end, subject to the merge
 * rules (so `Mr.\nSmith` and `?\nhe asked` stay whole). Otherwise, in Markdown the break is a space.
 * In plain text the break also ends a sentence when the next line starts like one (capital, digit,
 * quote, bullet) and this line does not end mid-phrase (comma, colon, dash, or a function word such
 * as "of", "the", "and"): that keeps headlines apart from the article while hard-wrapped prose
 * ("the president of\nKosovo said") stays one sentence. A hard wrap after a content word before a
 * capital ("met President\nVucic") is taken for a headline: the price of keeping headlines apart.
 */
function lineBreakJoin(text: string, previous: Span, nextStart: number, mode: SentenceSplitOptions['lineBreaks']): Join {
  const tail = text.slice(Math.max(previous.start, previous.end - 40), previous.end);
  if (TERMINAL_AT_END.test(tail)) return 'rules';
  const next = text.slice(nextStart, nextStart + 40);
  // Memo and chat lines a renderer runs into one paragraph: a line that opens with a field label
  // ("Source of facts: …"), or one under a line of a word or two ("ines 09:20", a signature).
  if (FIELD_LINE.test(next)) return 'never';
  // A chat log's lines, each opened by a handle in lower case ("bike-mitro: also a Reuters guy …" over
  // "van-west: Zubin Potok: …"): each line is a message of its own.
  if (HANDLE_LINE.test(next) && HANDLE_LINE.test(text.slice(text.lastIndexOf('\n', previous.end - 1) + 1, previous.end))) return 'never';
  if (STARTS_UPPER.test(next) && (text.slice(previous.start, previous.end).match(WORDS)?.length ?? 0) <= 2) return 'never';
  if (mode === 'markdown') return 'always';
  if (!STARTS_LIKE_SENTENCE.test(text.slice(nextStart, nextStart + 3))) return 'always';
  if (/[,:;\-–—/&(“‘«„]$/u.test(tail)) return 'always';
  const lastWord = TRAILING_WORD.exec(tail)?.[1];
  return lastWord !== undefined && CONTINUATION_WORDS.has(lastWord) ? 'always' : 'never';
}

/** The merge rules (see the head of this file): whether `next` continues the sentence `previous`. */
function continues(text: string, previous: Span, next: Span): boolean {
  const head = text.slice(next.start, Math.min(next.end, next.start + 40));
  // ""… my attention." (Osmani)": a citation in brackets after a quotation is the quotation's.
  if (CITATION_PIECE.test(text.slice(next.start, next.end)) && QUOTE_END.test(text.slice(Math.max(previous.start, previous.end - 4), previous.end))) return true;
  const firstAlnum = LETTER_OR_DIGIT.exec(head.slice(0, 8))?.[0];
  if (firstAlnum !== undefined && LOWER_CASE.test(firstAlnum)) return true;
  const tail = text.slice(Math.max(previous.start, previous.end - 40), previous.end);
  const token = (/(\S+)$/.exec(tail)?.[1] ?? '').replace(/^[("'“‘«„[]+/u, '');
  if (!token.endsWith('.')) return false;
  if (TITLES.has(token)) return true;
  const startsWithDigit = STARTS_WITH_DIGIT.test(head);
  if (MONTHS.has(token) || NUMBER_ABBREVIATIONS.has(token)) return startsWithDigit;
  if (SUFFIXES.has(token) || INITIALISM.test(token)) return !clearlyStartsSentence(head);
  return false;
}

const CITATION_PIECE = /^\([^()]{1,60}\)[.!?]?\s*$/;
const QUOTE_END = /[.!?]["”’»]\s*$/;

function clearlyStartsSentence(head: string): boolean {
  if (OPENERS.includes(head[0] ?? '')) return true;
  const word = LEADING_WORD.exec(head)?.[0] ?? '';
  return SENTENCE_STARTERS.has(word);
}

/**
 * Offsets where the segmenter starts a segment in [from, to), `from` included. A long range is fed in
 * windows of about CHUNK ending at whitespace; each next window starts at the last segment of the one
 * before, because that segment may go on past the cut. A window holding a single segment (a sentence
 * longer than the window) is cut outright: a boundary right after such a cut may be missed.
 */
function segmentStarts(text: string, from: number, to: number): number[] {
  const latin = isCovered(text, from, to);
  const starts = [from];
  let start = from;
  while (start < to) {
    const end = to - start <= CHUNK ? to : cutPoint(text, start + CHUNK, start + CHUNK / 2);
    let last = 0;
    for (const index of latin ? latinSentenceBreaks(text, start, end) : segmenterBreaks(text.slice(start, end))) {
      starts.push(start + index);
      last = index;
    }
    if (end === to) break;
    start = last > 0 ? start + last : end;
  }
  return starts;
}

/** Where the segmenter starts a segment in `text`, 0 left out. */
function segmenterBreaks(text: string): number[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const breaks: number[] = [];
  for (const { index } of segmenter.segment(text)) if (index > 0) breaks.push(index);
  return breaks;
}

/** A cut at the last whitespace before `target` (not before `floor`), else a hard cut off a surrogate pair. */
function cutPoint(text: string, target: number, floor: number): number {
  for (let i = target; i > floor; i--) if (isSpace(text.charCodeAt(i))) return i;
  const code = text.charCodeAt(target);
  return code >= 0xdc00 && code <= 0xdfff ? target - 1 : target;
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isSpace(code: number): boolean {
  return (
    code <= 32 || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
