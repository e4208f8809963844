// Where a draft's sentences begin and end beyond the sentence splitter's full stops: lines that only make
// sense with the one above (an attribution under a quotation, a short answer under a question), a
// ticker's items parted by " // ", and a long sentence's clauses parted by semicolons.
//
// Written by hand: these are the layouts of drafts (quizzes, logs, pull quotes), which no sentence
// splitter knows.

// "— Aleksandar Vucic, to Kosovo media" on the line under a quotation: the dash line says who spoke.
const ATTRIBUTION_LINE = /^(?:—|–|--)\s*\p{Lu}/u;
// The words after a speaker's name and a comma that say where or how they said it: "Vucic, on a conference
// call", "Kurti, speaking in Bratislava".
export const SETTING_WORDS = '(?:at|on|in|to|speaking|talking|writing|quoted|via|from|interviewed|addressing)';
// "Vucic, on a conference call with reporters." under a quotation: a name, a comma and where or how it was said.
// (No clause of its own: "Vucic, on the other hand, has said nothing since." has its verb.)
export const NAMED_ATTRIBUTION_LINE = new RegExp(
  `^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3},\\s+${SETTING_WORDS}\\b(?![^"“”]*\\b(?:has|have|had|is|are|was|were|will|would|said|says|did|does)\\b)[^"“”]{0,80}$`,
  'u',
);
export const ENDS_IN_QUOTE = /["”»]\s*$/;
// A pull quote that paraphrases around its quoted words ("Withdrawing the "alleged mayors" would be "the
// most powerful move" to end the crisis."), with its attribution on the next line.
export const HOLDS_QUOTE = /["“”«»]/;
/** An answer longer than this is prose of its own, not the reply to the question above it. */
const ANSWER_WORDS = 25;

/**
 * Sentence spans with the lines that only make sense with the sentence above joined to it: an
 * attribution line under a quotation (the quote gets its speaker), and a short answer on the line under
 * a question, as quizzes and FAQs write them ("How many troops is NATO sending?" / "700."), so the
 * answer's figure counts the question's noun and its name answers "Who said …?".
 */
const FIELD_START = /^\s*\p{Lu}[\p{L}-]{1,20}:\s/u;
const QUESTION_END = /\?["”]?\s*$/;

export function joinedToTheLineAbove(text: string, spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const previous = out[out.length - 1];
    const sentence = text.slice(span.start, span.end);
    const above = previous && text.slice(previous.start, previous.end);
    const attribution =
      above !== undefined &&
      (ATTRIBUTION_LINE.test(sentence) || (NAMED_ATTRIBUTION_LINE.test(sentence) && ENDS_IN_QUOTE.test(above))) &&
      (ENDS_IN_QUOTE.test(above) || (HOLDS_QUOTE.test(above) && text.slice(previous!.end, span.start).includes('\n')));
    // "Subject: Up north today?" over "Date: Wed, 31 May 2023" is a header, not a question and its answer;
    // "- Germany cancelled …?" over "- Macron and Olaf Scholz are …?", two questions.
    const answer =
      above !== undefined &&
      QUESTION_END.test(above) &&
      !QUESTION_END.test(sentence) &&
      !FIELD_START.test(above) &&
      text.slice(previous!.end, span.start).includes('\n') &&
      sentence.split(/\s+/).length <= ANSWER_WORDS;
    if (attribution || answer) previous!.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

// "TICKER: Recap: clashes broke out Friday 26 May // Hetemi entered the town hall at 0530 on Monday": a
// ticker's or a log's items, parted by " // ", are each a statement of their own.
const ITEM_BREAK = / \/\/ /g;

export function atItemBreaks(text: string, spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    let from = 0;
    for (const m of sentence.matchAll(ITEM_BREAK)) {
      if (sentence.slice(from, m.index).trim()) out.push({ start: span.start + from, end: span.start + m.index! });
      from = m.index! + m[0].length;
    }
    if (sentence.slice(from).trim()) out.push({ start: span.start + from, end: span.end });
  }
  return out;
}

/** A sentence this long, in words, is judged clause by clause where semicolons part it. */
const LONG_SENTENCE_WORDS = 24;
/** The fewest words a clause between semicolons needs to stand alone. */
const CLAUSE_WORDS = 5;
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * "Josep Borrell called the attacks "unacceptable"; France and Germany pressed for fresh elections; and …":
 * a long sentence of facts parted by semicolons is searched clause by clause, so each clause's best
 * matches are its own, not those of the whole sentence. Not inside a quotation, nor where a clause would
 * be too short to say anything alone.
 */
export function atSemicolons(text: string, spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const sentence = text.slice(span.start, span.end);
    if (!sentence.includes('; ') || wordCount(sentence) < LONG_SENTENCE_WORDS) {
      out.push(span);
      continue;
    }
    const cuts: number[] = [];
    let quotes = 0;
    for (let i = 0; i < sentence.length; i++) {
      const ch = sentence[i]!;
      if (ch === '"') quotes ^= 1;
      else if (ch === '“') quotes = 1;
      else if (ch === '”') quotes = 0;
      else if (ch === ';' && quotes === 0 && sentence[i + 1] === ' ') cuts.push(i + 1);
    }
    // Each clause from its first word; a clause too short to stand alone stays with the one before it
    // (the first, with the one after it).
    const pieces: Array<{ start: number; end: number }> = [];
    let from = 0;
    for (const cut of [...cuts, sentence.length]) {
      const piece = sentence.slice(from, cut);
      const short = wordCount(piece) < CLAUSE_WORDS;
      const last = pieces[pieces.length - 1];
      if (last && (short || wordCount(text.slice(last.start, last.end)) < CLAUSE_WORDS)) last.end = span.start + cut;
      else pieces.push({ start: span.start + from + (piece.length - piece.trimStart().length), end: span.start + cut });
      from = cut;
    }
    out.push(...pieces);
  }
  return out;
}

/** The most words a line set apart as a title has: "Visa and Consular Section", "From: Procurement and Logistics Officer". */
const TITLE_LINE_WORDS = 6;
// The nouns that end a body's name.
const ORGANISATION_HEADS = new Set([
  'agency', 'alliance', 'association', 'bank', 'centre', 'center', 'club', 'coalition', 'college', 'commission', 'committee',
  'company', 'council', 'federation', 'forum', 'foundation', 'fund', 'group', 'initiative', 'institute', 'league', 'movement',
  'network', 'party', 'society', 'trust', 'union', 'university',
]);
// The small words a title leaves in lower case.
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the', 'to', 'with', '&']);

/**
 * "*Procurement and Logistics*" signing a memo, "*Visa and Consular Section*", "From: Country Director":
 * a line of its own, short, in title case and with no full stop, capitalises its words as a heading does,
 * for style. Its capitals are no evidence of names, as a heading's are not.
 */
export function isTitleLine(blockText: string, start: number, end: number): boolean {
  // A whole line of its block: a memo's header fields are lines of one paragraph.
  if (!/(?:^|\n)[ \t]*$/.test(blockText.slice(0, start)) || !/^[ \t]*(?:\n|$)/.test(blockText.slice(end))) return false;
  const text = blockText.slice(start, end).trim();
  if (/[.!?…"”'’)\]]$/.test(text) || /\n/.test(text)) return false;
  const words = text.split(/\s+/);
  // "Elm Road Pensioners' Club", "Director, Mitrovica Civic Initiative": a letterhead naming a body is a name.
  if (ORGANISATION_HEADS.has(words[words.length - 1]!.toLowerCase())) return false;
  return words.length >= 2 && words.length <= TITLE_LINE_WORDS && words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w));
}
