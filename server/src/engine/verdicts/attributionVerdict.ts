// Who said it: a quote the draft gives to Igor Simic where the source sentence with the same words has
// Albin Kurti say it (to whom a person spoke is interviewVerdict's: "Igor Simic spoke to AFP").
// Both read only the draft sentence's best BM25 matches, as untagged text with the index's names.
import type { NameMention } from '../claims/names';
import type { CorpusIndex } from '../index/corpusIndex';
import { foldKeepingOffsets, foldWord } from '../text/fold';
import { citeLine, evidenceOf, oncePerDraft, quote, type ClaimContext, type Judgement } from './judgement';
import { resolve } from './nameResolve';
import { outletJudgement } from './interviewVerdict';
import { fullName, isPersonName, sameName } from './relationVerdict';
import {
  AFTER_QUOTE, ASKED_BEFORE, CELL_TITLE, CHARACTERISED_AFTER, CHARACTERISED_BARE, CITED_AFTER, CITED_BEFORE, INVERTED_SPEECH,
  OWNS_QUOTE, POSSESSIVE_WORDS, PRONOUN_SPEECH, SETTING_AFTER, SPEECH_AFTER, SPEECH_BEFORE, STATEMENT_OF, WHO_SAID, WHOLE_QUOTE,
} from './speechPatterns';

/** How many of the best-matching source sentences are searched for the quote or the interview. */
const RANKED = 10;
/**
 * Words a quote needs before its speaker is checked by its words alone. A shorter one ("unacceptable") is
 * anyone's word: it is checked only where the sources quote exactly those words, always from one other
 * speaker and never from the draft's (`shortQuoteJudgement`).
 */
const MIN_QUOTE_WORDS = 4;
/** Words in a row a source quote must share with the draft's (all of a shorter quote). */
const SHARED_RUN = 6;

/** Spans inside quotation marks; a closing mark without an opening one quotes from the sentence start. */
export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '«') {
      if (open < 0) open = i + 1;
      // "…if we don’t use them?“, he added.": an opening mark typed where the quote closes, against the
      // end of a word and before a comma or a space, closes it.
      else if (c === '“' && i > open && /\S/.test(text[i - 1]!) && /^(?:[\s,.;:]|$)/.test(text.slice(i + 1, i + 2))) {
        spans.push([open, i]);
        open = -1;
      }
    } else if (c === '”' || c === '»') {
      spans.push([open < 0 ? 0 : open, i]);
      open = -1;
    } else if (c === '"') {
      if (open < 0) open = i + 1;
      else {
        spans.push([open, i]);
        open = -1;
      }
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

export function wordsIn(text: string): string[] {
  return foldKeepingOffsets(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function longestSharedRun(a: string[], b: string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = previous[j - 1] + 1;
        if (row[j] > best) best = row[j];
      }
    }
    previous = row;
  }
  return best;
}

const outside = (m: NameMention, spans: Array<[number, number]>) => !spans.some(([a, b]) => m.start >= a && m.end <= b);

/** The persons a sentence names outside its quotations between two offsets (`from` ≤ start, end ≤ `to`). */
function peopleBetween(names: NameMention[], spans: Array<[number, number]>, index: CorpusIndex, from: number, to = Infinity): NameMention[] {
  return names.filter((n) => n.start >= from && n.end <= to && outside(n, spans) && !n.demonym && isPersonName(n, index));
}

/** Where the clause before `at` opens: after the last ", and", ", but", ";" before it, or at the start. */
function lastClauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/;|,\s*(?:and|but|while|whereas)\b/g)) start = m.index! + m[0].length;
  return start;
}

/**
 * The person a sentence has speak its quote: "…," Kurti told / said Igor Simic / according to X; with
 * `characterised`, also "X called / described it as "…"".
 */
function speakerOf(text: string, names: NameMention[], spans: Array<[number, number]>, index: CorpusIndex, characterised = false): NameMention | undefined {
  // ""… de-escalate tensions" (Borrell, 2023)": a citation right after the quotation names its speaker,
  // whoever else the sentence has speak.
  const cited = names.filter((n) => CITED_BEFORE.test(text.slice(Math.max(0, n.start - 6), n.start)) && CITED_AFTER.test(text.slice(n.end, n.end + 44)) && isPersonName(n, index));
  if (cited.length === 1) return cited[0];
  const speakers = names.filter((n) => {
    if (!outside(n, spans) || !isPersonName(n, index)) return false;
    const after = text.slice(n.end);
    return (
      SPEECH_AFTER.test(after) ||
      OWNS_QUOTE.test(after) ||
      (characterised && POSSESSIVE_WORDS.test(after)) ||
      (characterised && (CHARACTERISED_AFTER.test(after) || (CHARACTERISED_BARE.test(after) && ASKED_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))))) ||
      SPEECH_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)) ||
      (AFTER_QUOTE.test(text.slice(Math.max(0, n.start - 8), n.start)) && SETTING_AFTER.test(after)) ||
      STATEMENT_OF.test(text.slice(Math.max(0, n.start - 60), n.start)) ||
      WHO_SAID.test(text.slice(0, n.start))
    );
  });
  // "Albin Kurti said he would not back down, while Igor Simich of the Serbian List said the mayors
  // "don't represent anyone"": another person named between a speaker and the quotation may be its speaker.
  const quoteAt = spans[0]?.[0];
  const nearest = speakers.filter(
    (sp) =>
      quoteAt === undefined ||
      sp.end > quoteAt ||
      // Not one the speaker spoke to: "Vucic said he talked with … Josep Borrell about "…"".
      !names.some((n) => n !== sp && n.start > sp.end && n.end < quoteAt && outside(n, spans) && isPersonName(n, index) && !ADDRESSED_BEFORE.test(text.slice(Math.max(0, n.start - 50), n.start))),
  );
  if (speakers.length === 1 && nearest.length === 1) return nearest[0];
  if (speakers.length > 1) return undefined;
  // The one speaker named with a verb is not the quote's where another person stands between them: the
  // colon's clause may name its speaker ("…, and President Vjosa Osmani has been blunter still: "…"").
  const colonOnly = speakers.length === 1;
  // "| Josep Borrell | EU foreign policy chief | Condemned the "…" |": a table row (cells joined by " : ")
  // whose first cell is one person says what its later cells quote.
  const firstCell = /^\s*([^:]+?)\s+:\s/.exec(text);
  // Not where the later cell names its own speaker: "| Koha Ditore | Kurti: "We need normalcy" |".
  const cellSpeaker = firstCell && peopleBetween(names, spans, index, firstCell[0].length, quoteAt ?? 0).length > 0;
  if (!colonOnly && quoteAt !== undefined && firstCell && quoteAt > firstCell[0].length && !cellSpeaker) {
    // The cell may add the person's title after a comma: "| **Vjosa Osmani**, president | Told a forum … "a violent mob" … |".
    const cellAt = firstCell.index + firstCell[0].indexOf(firstCell[1]!);
    const person = names.find((n) => n.start === cellAt && (n.end - n.start === firstCell[1]!.length || CELL_TITLE.test(text.slice(n.end, cellAt + firstCell[1]!.length))));
    if (person && !person.demonym && isPersonName(person, index)) return person;
  }
  // "The president, Vjosa Osmani, was blunter: "As long as …"", "Vučić line of the day: "…"": a colon
  // opening the quotation, after a clause naming one person and no other.
  // So does a colon whose clause runs on to the quotation: "The deputy quoted President Vjosa Osmani:
  // withdrawing the mayors would be "the most powerful move"".
  const colonRun = quoteAt !== undefined ? /:\s[^:"“”«»]{0,80}["“«]?$/.exec(text.slice(0, quoteAt)) : null;
  if (colonRun && !/:\s*["“«]?$/.test(text.slice(Math.max(0, quoteAt! - 4), quoteAt))) {
    const colonAt = colonRun.index;
    const clauseAt = lastClauseStart(text, colonAt);
    const people = peopleBetween(names, spans, index, clauseAt, colonAt);
    const others = peopleBetween(names, spans, index, colonAt + 1);
    if (people.length === 1 && others.length === 0 && /^[\s*_]*(?:,\s*[\p{Ll}][\p{Ll}\s-]{1,30})?$/u.test(text.slice(people[0]!.end, colonAt))) return people[0];
  }
  if (quoteAt !== undefined && /:\s*["“«]?$/.test(text.slice(Math.max(0, quoteAt - 4), quoteAt))) {
    // The colon's own clause: "Kurti has said he will not back down, and President Vjosa Osmani has been
    // blunter still: "…"" has Osmani say it.
    const clauseAt = lastClauseStart(text, quoteAt);
    const people = peopleBetween(names, spans, index, clauseAt, quoteAt - 1);
    const others = peopleBetween(names, spans, index, quoteAt + 1);
    if (people.length === 1 && others.length === 0) return people[0];
  }
  // ""… they don't represent anyone" said on Wednesday the vice-president of the Serbian List, …, Igor
  // Simic": the verb right after the quotation, its speaker the one person named after it.
  const inverted = colonOnly ? null : INVERTED_SPEECH.exec(text);
  if (!inverted) return undefined;
  const after = names.filter((n) => n.start > inverted.index + inverted[0].length && outside(n, spans) && isPersonName(n, index));
  return after.length === 1 ? after[0] : undefined;
}

function isNamed(names: NameMention[], key: string, ctx: ClaimContext): boolean {
  const own = resolve(key, ctx).map((e) => e.key);
  return names.some((n) => sameName(n.key, key) || own.some((k) => sameName(n.key, k)));
}

interface DraftSpeech {
  speaker?: NameMention;
  /** The draft's quotes long enough to check, as folded words. */
  quotes: string[][];
  /** The speaker of the draft's short quotes, read with "called" / "described" too. */
  shortSpeaker?: NameMention;
  /** The draft's shorter quotes, as folded words. */
  shortQuotes: string[][];
}

const speechIn = oncePerDraft((ctx): DraftSpeech => {
  const { text, names } = ctx.draft;
  // "VJOSA OSMANI: As long as there is a violent mob …", "OSMANI (archive): …": a transcript's line says
  // its speaker's words, quotation marks or none.
  const line = !/["“«”»]/.test(text) ? speakerLine(text, names) : undefined;
  const speakerTag = line?.name;
  // A tag in capitals ("OSMANI") is read as the name it shouts.
  const tagged = speakerTag && isPersonName({ ...speakerTag, text: speakerTag.text.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) }, ctx.index) ? speakerTag : undefined;
  const spans: Array<[number, number]> = tagged ? [[line!.end, text.length]] : quoteSpans(text);
  const all = spans.map(([a, b]) => wordsIn(text.slice(a, b)));
  const long = spans.filter((_, k) => all[k]!.length >= MIN_QUOTE_WORDS);
  const shortQuotes = all.filter((w) => w.length > 0 && w.length < MIN_QUOTE_WORDS);
  // "Igor Simic called withdrawing the mayors "the most powerful move"": a longer quotation may be what
  // someone called something too, where no one is said to have said it.
  const speaker = long.length > 0 ? (tagged ?? speakerOf(text, names, spans, ctx.index) ?? speakerOf(text, names, spans, ctx.index, true)) : undefined;
  // "Josep Borrell (EU): violence against KFOR troops is "unacceptable"": a line's speaker says its short quote too.
  // Not where a later name tags the quote itself: "| Koha Ditore | Kurti: "We need normalcy" |".
  const lineSpeaker = () => {
    const line = speakerLine(text, names);
    const n = line?.name;
    if (!n || !isPersonName(n, ctx.index)) return undefined;
    return peopleBetween(names, spans, ctx.index, line!.end, spans[0]?.[0] ?? 0).length > 0 ? undefined : n;
  };
  const shortSpeaker = shortQuotes.length > 0 ? (speakerOf(text, names, spans, ctx.index, true) ?? lineSpeaker()) : undefined;
  const quotes = long.filter((span) => !speaker || spokenBy(speaker, span, text, names, spans, ctx.index)).map(([a, b]) => wordsIn(text.slice(a, b)));
  return {
    ...(speaker && quotes.length > 0 ? { speaker } : {}),
    quotes,
    ...(shortSpeaker ? { shortSpeaker } : {}),
    shortQuotes,
  };
});

// "VJOSA OSMANI:", "OSMANI (archive):", "Kurti (speaking in Bratislava):": a speaker's name opening the line.
// "Vjosa Osmani, prime minister: …": a title in lower case may follow the name.
const SPEAKER_LINE = /^(\s*)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})[*_]*\s*(?:\([^)]{0,40}\)|,\s*[\p{Ll}][\p{Ll}\s-]{1,30})?\s*:\s*/u;

/** The name a draft's line opens with as its speaker's tag, and where the tag ends. */
function speakerLine(text: string, names: NameMention[]): { name: NameMention | undefined; end: number } | undefined {
  const m = names.length > 0 ? SPEAKER_LINE.exec(text) : null;
  if (!m) return undefined;
  const start = m.index + m[1]!.length;
  return { name: names.find((n) => n.start === start && n.end === start + m[2]!.length), end: m.index + m[0].length };
}

// What opens a new clause, whose own speaker a quote before it is not.
const NEW_CLAUSE = /[;]|\b(?:and|but|while|whereas)\b/i;

/**
 * "Igor Simic … tells Reuters the mayors "don't represent anyone", and … Dmitry Peskov says Moscow is
 * "unconditionally supporting Serbia"": of two quotes, each is the one the person named nearest before
 * it says. A speaker named after a quote says it where no new clause opens between them (""…," Kurti
 * said", ""…" (Borrell, 2023)"), and not across ", and Kremlin spokesman Dmitry Peskov says".
 */
function spokenBy(speaker: NameMention, [from, to]: [number, number], text: string, names: NameMention[], spans: Array<[number, number]>, index: CorpusIndex): boolean {
  if (speaker.start >= to) return !NEW_CLAUSE.test(text.slice(to, speaker.start));
  const before = names.filter((n) => n.end <= from && outside(n, spans) && !n.demonym && isPersonName(n, index) && !ADDRESSED_BEFORE.test(text.slice(Math.max(0, n.start - 50), n.start)));
  const nearest = before[before.length - 1];
  return !nearest || nearest === speaker || sameName(nearest.key, speaker.key);
}

/** Whether a source sentence quotes any of the draft's quotes: a long run of their words, or all of a short one. */
export function quotesAny(quotes: string[][], text: string, spans: Array<[number, number]>): boolean {
  return quotes.some((q) => spans.some(([a, b]) => longestSharedRun(q, wordsIn(text.slice(a, b))) >= Math.min(SHARED_RUN, q.length)));
}

/** The draft gives a quote to the claim's person; the source sentence with those words, to another. */
function quoteJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const { speaker: draftSpeaker, quotes } = speechIn(ctx);
  if (draftSpeaker?.start !== claim.start) return undefined;
  let other: { speaker: NameMention; id: number } | undefined;
  for (const { id } of ctx.ranked.slice(0, RANKED)) {
    const text = ctx.index.cited(id)?.text ?? '';
    const sourceSpans = quoteSpans(text);
    if (!quotesAny(quotes, text, sourceSpans)) continue;
    const names = ctx.index.namesIn(id);
    let speaker = speakerOf(text, names, sourceSpans, ctx.index);
    // The sentence with the quote names the draft's speaker: no swap to report, unless only as the one
    // its speaker spoke to ("Vucic said he talked with … Josep Borrell about "irresponsible behaviour …"").
    if (isNamed(names, claim.key, ctx) && !(speaker && !isNamed([speaker], claim.key, ctx) && onlyAddressed(text, names, claim.key, ctx))) return undefined;
    let speakerId = id;
    if (!speaker) {
      const before = pronounSpeaker(id, text, names, sourceSpans, ctx, true);
      if (before) ({ speaker, id: speakerId } = before);
    }
    if (!speaker) continue;
    if (isNamed([speaker], claim.key, ctx)) return undefined;
    if (other && !sameName(other.speaker.key, speaker.key)) return undefined;
    other ??= { speaker, id: speakerId };
  }
  if (!other) return undefined;
  return attributed(claim, other, ctx);
}

// "talked with EU foreign policy chief Josep Borrell", "told Borrell": whom the speaker spoke to.
const ADDRESSED_BEFORE = /\b(?:with|to|told|telling|asked|urged|urging|called\s+on|calling\s+on|pressed)\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** Whether every mention of the person in the sentence is whom its speaker spoke to. */
function onlyAddressed(text: string, names: NameMention[], key: string, ctx: ClaimContext): boolean {
  const own = names.filter((n) => isNamed([n], key, ctx));
  return own.length > 0 && own.every((n) => ADDRESSED_BEFORE.test(text.slice(Math.max(0, n.start - 50), n.start)));
}

function outsideSpans(text: string, spans: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [a, b] of spans) {
    out += text.slice(at, a) + ' ';
    at = b;
  }
  return out + text.slice(at);
}

/**
 * The one person the sentence before a source's "…," he said." names, in the same file: news copy names
 * a speaker once and goes on quoting them with a pronoun. Two people named there leave it open.
 */
function previousSpeaker(id: number, ctx: ClaimContext): { speaker: NameMention; id: number } | undefined {
  const here = ctx.index.cited(id);
  if (!here) return undefined;
  // "“As long as …,” he said." / "“If there would have been …”": a run of quotations goes back to the
  // sentence that names its speaker, through the ones that only say "he said".
  for (let back = 1; back <= QUOTE_RUN; back++) {
    const before = ctx.index.cited(id - back);
    if (!before || before.source.path !== here.source.path) return undefined;
    const people = ctx.index.namesIn(id - back).filter((n) => !n.demonym && isPersonName(n, ctx.index));
    if (people.length === 0) {
      if (!PRONOUN_SPEECH.test(outsideSpans(before.text, quoteSpans(before.text)))) return undefined;
      continue;
    }
    if (people.some((p) => !sameName(p.key, people[0]!.key))) return undefined;
    return { speaker: people[0]!, id: id - back };
  }
  return undefined;
}
/** Sentences of quotation a source runs on after naming its speaker, at most. */
const QUOTE_RUN = 3;

/**
 * The speaker of a source sentence that names no person but quotes someone with a pronoun ("…," he said.)
 * or, where `wholeQuote`, is a quotation from end to end: the one person named in the sentences before.
 */
function pronounSpeaker(id: number, text: string, names: NameMention[], spans: Array<[number, number]>, ctx: ClaimContext, wholeQuote: boolean): { speaker: NameMention; id: number } | undefined {
  if (names.some((n) => isPersonName(n, ctx.index))) return undefined;
  if (!PRONOUN_SPEECH.test(outsideSpans(text, spans)) && !(wholeQuote && WHOLE_QUOTE.test(text))) return undefined;
  return previousSpeaker(id, ctx);
}

/** Whether a sentence quotes these words, alone or in a longer quote. */
function quotesWords(text: string, words: string[]): boolean {
  return quoteSpans(text).some(([a, b]) => longestSharedRun(words, wordsIn(text.slice(a, b))) === words.length);
}

/**
 * A short quote ("unacceptable") the draft gives to the claim's person, where every best-matching source
 * sentence quoting exactly those words has one other named speaker say them, and no sentence naming the
 * draft's speaker (nor the one after it, "he said") quotes them. A word anyone may use is contradicted
 * only when the sources put it in quotation marks, as someone's chosen word, and only ever as another's.
 */
function shortQuoteJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const { shortSpeaker, shortQuotes } = speechIn(ctx);
  if (shortSpeaker?.start !== claim.start) return undefined;
  let other: { speaker: NameMention; id: number } | undefined;
  for (const { id } of ctx.ranked.slice(0, RANKED)) {
    const text = ctx.index.cited(id)?.text ?? '';
    const sourceSpans = quoteSpans(text);
    // A word or two must be the source's whole quotation, as its chosen word; three words in a row
    // ("unconditionally supporting Serbia") are distinctive inside a longer one too.
    const exact = sourceSpans.some(([a, b]) => {
      const words = wordsIn(text.slice(a, b));
      return shortQuotes.some((q) => q.join(' ') === words.join(' ') || (q.length >= 3 && longestSharedRun(q, words) === q.length));
    });
    if (!exact) continue;
    const names = ctx.index.namesIn(id);
    if (isNamed(names, claim.key, ctx)) return undefined;
    let speaker = speakerOf(text, names, sourceSpans, ctx.index, true);
    let speakerId = id;
    // ""As long as there is a violent mob …," he said.": the pronoun's person is named in the sentence before.
    if (!speaker) {
      const before = pronounSpeaker(id, text, names, sourceSpans, ctx, false);
      if (before) ({ speaker, id: speakerId } = before);
    }
    // Quoted without a named speaker ("he called it …"): it may be the draft's.
    if (!speaker) return undefined;
    if (isNamed([speaker], claim.key, ctx)) return undefined;
    if (other && !sameName(other.speaker.key, speaker.key)) return undefined;
    other ??= { speaker, id: speakerId };
  }
  if (!other) return undefined;
  // The draft's speaker says it anywhere in the sources: in a sentence naming them or the next one.
  for (const entry of resolve(claim.key, ctx)) {
    for (const id of entry.sentenceIds) {
      const anchor = ctx.index.cited(id);
      if (!anchor) continue;
      const next = ctx.index.cited(id + 1);
      const texts = [anchor.text, ...(next && next.source.path === anchor.source.path ? [next.text] : [])];
      if (texts.some((t) => shortQuotes.some((q) => quotesWords(t, q)))) return undefined;
    }
  }
  return attributed(claim, other, ctx);
}

function attributed(claim: NameMention, other: { speaker: NameMention; id: number }, ctx: ClaimContext): Judgement {
  // The full name, with the surname spelt as the quoting sentence spells it ("Vučić said …" gives
  // "Aleksandar Vučić", whichever spelling the corpus uses more).
  const full = fullName(other.speaker.key, ctx);
  const written = other.speaker.text.split(' ').pop()!;
  const parts = full.split(' ');
  const suggestion = foldWord(parts[parts.length - 1]!) === foldWord(written) ? [...parts.slice(0, -1), written].join(' ') : full;
  const sentence = ctx.index.cited(other.id)!;
  return {
    verdict: 'contradicted',
    code: 'contradicted-name',
    message: `sources quote ${suggestion} saying this, not ${claim.text} ("${quote(sentence.text, other.speaker.text)}", ${citeLine(sentence)})`,
    suggestion,
    evidence: [evidenceOf(sentence, other.speaker.text)],
  };
}

/** A verdict on a speaker or an outlet the sources give otherwise; undefined when they agree or say nothing. */
export function attributionJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  return quoteJudgement(claim, ctx) ?? shortQuoteJudgement(claim, ctx) ?? outletJudgement(claim, ctx);
}
