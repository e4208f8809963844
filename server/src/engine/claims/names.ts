// Finds the names (people, places, organisations) in a tagged sentence, with the role title before a
// person's name ("French President"), which the verdict stage checks against the sources.
import type { Token } from '../nlp/tagger';
import { isKnownWord, tag } from '../nlp/tagger';
import { nameKey } from '../text/fold';
import * as chars from '../text/charClass';
import { spelledOutAcronyms } from './spelledOutAcronyms';
import { COMBINING_FORMS, COMPASS, CONNECTORS, INSTITUTION_NOUNS, isDemonym, NOT_NAMES, OFFICE_NOUNS, PLURAL_TITLES, TITLE_MODIFIERS, TITLES } from './nameWords';
import { genericOffice, isClosedCompound, isDocumentLabel, openingWord } from './documentWords';
import { isPostscriptMark, startsClause } from './clauseOpenings';

// The lexicon's names, for the stages that read titles and nationality words too.
export { isDemonym, TITLES } from './nameWords';

// Bound once: run from source (tsx), each read of an imported name goes through a getter, which
// indexing would pay for every token of every source sentence.
const { allUpper, firstClass, UPPER } = chars;

export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Comparison key: accents, case, dots and possessives folded. */
  key: string;
  /** Title words before the name, lower-case, with their modifiers: ["french", "president"]. */
  role?: string[];
  /** The role as written ("French President"), for messages. */
  roleText?: string;
  /** A nationality word ("Serbian", "Americans"): the corpus keeps it as evidence, a draft does not claim it. */
  demonym?: boolean;
}

/** How the corpus and the draft write a word: evidence for whether a capitalised first word is a name. */
export interface WordCaseEvidence {
  /** Times the word is written capitalised where capitals are not forced (not sentence-initial). */
  capitalisedInside(lower: string): number;
  /** Times the word is written in lower case. */
  lowercase(lower: string): number;
  /** Times the sources write the word in capitals (NATO, KFOR): an acronym, not a shouted word. */
  allCaps?(lower: string): number;
  /** Times the sources write the word capitalised (inside a sentence or opening it), where they never write it in lower case ("Macron", "Kremlin"); else 0. */
  nameInSources?(lower: string): number;
}


/** "Franco" in "Franco-German": a combining form joined by a hyphen to the next word. */
function isCombiningForm(sentence: string, tokens: Token[], i: number): boolean {
  const hyphen = tokens[i + 1];
  return COMBINING_FORMS.has(tokens[i].lower) && hyphen?.text === '-' && hyphen.start === tokens[i].end && sentence.charCodeAt(hyphen.end) !== 0x20;
}

/** /^\p{Lu}/u */
function isCapitalised(text: string): boolean {
  return (firstClass(text) & UPPER) !== 0;
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]+$|^\p{Lu}[\p{Lu}\d]*\p{Ll}?\p{Lu}+$/u;

function isAcronym(text: string): boolean {
  return text.length >= 2 && isCapitalised(text) && ACRONYM.test(text);
}

const SALUTATION = /^\W*Dear\s/;

/** "Dear Parents and Carers,", "Dear Colleagues": a letter's salutation addresses its readers by common words. */
function addressedCommonWord(sentence: string, tokens: Token[], i: number, evidence: WordCaseEvidence): boolean {
  if (!SALUTATION.test(sentence) || tokens.slice(0, i).some((t) => t.text === ',' || t.text === ':')) return false;
  const lower = tokens[i]!.lower;
  // "Carers", "Volunteers": the doers of a verb the lexicon knows.
  const doers = /(?:e?rs)$/.test(lower) && (isKnownWord(lower.slice(0, -3)) || isKnownWord(lower.slice(0, -2)));
  return (isKnownWord(lower) || isCommonPlural(lower, evidence) || doers) && !(evidence.nameInSources?.(lower) ?? 0);
}


/**
 * A label in capitals at the head of a line or before a colon ("PRESENTER:", "LIVE", "UPDATE:"): a
 * word the model knows, in capitals the sources never use for it. UNESCO or NATO inside a sentence
 * stay acronyms.
 */
function isCueLabel(tokens: Token[], i: number, evidence: WordCaseEvidence): boolean {
  const t = tokens[i];
  // A field label in title case ("Status:", "Result:", "Turnout:" heading a memo's lines, which run
  // into one sentence): a word the model knows that the sources never capitalise inside a sentence.
  // "Kurti:" (unknown) and "Turkey:" (capitalised in the sources) stay names.
  // Not after a word that wants a noun: "for the Kremlin: …" ends a phrase on a name.
  const previous = tokens[i - 1];
  const fieldLabel = tokens[i + 1]?.text === ':' && (i === 0 || (!isNameToken(previous!) && previous!.pos !== 'DET' && previous!.pos !== 'ADP'));
  if (fieldLabel && !allUpper(t.text) && (isKnownWord(t.lower) || isClosedCompound(t.lower)) && evidence.capitalisedInside(t.lower) === 0) return true;
  // "outside Door 2", "Gate 5", "Platform 3": a common noun the sources never capitalise, numbering a thing.
  const numbered = /^\d+$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]!.start === t.end + 1 && !(previous && isNameToken(previous));
  if (numbered && !allUpper(t.text) && isKnownWord(t.lower) && tag(t.lower)[0]?.pos === 'NOUN' && evidence.capitalisedInside(t.lower) <= 1) return true;
  if (t.text.length < 2 || !allUpper(t.text) || (evidence.allCaps?.(t.lower) ?? 0) > 0) return false;
  // "[VT]", "[SOT]": a cue of two letters too.
  if (inCueBrackets(tokens, i)) return true;
  if (t.text.length < 3) return false;
  if (!isKnownWord(t.lower)) return false;
  return startsClause(tokens, i) || tokens[i + 1]?.text === ':';
}

/**
 * "[SOUNDBITE, TRANSLATED]", "[MUSIC]": a production cue of a script, square brackets holding nothing but
 * words in capitals. "[NATO said]" is no cue.
 */
function inCueBrackets(tokens: Token[], i: number): boolean {
  let open = i - 1;
  while (open >= 0 && tokens[open].text !== '[' && tokens[open].text !== ']') open--;
  if (open < 0 || tokens[open].text !== '[') return false;
  let close = i + 1;
  while (close < tokens.length && tokens[close].text !== ']' && tokens[close].text !== '[') close++;
  if (close >= tokens.length || tokens[close].text !== ']') return false;
  return tokens.slice(open + 1, close).every((w) => !/\p{L}/u.test(w.text) || allUpper(w.text));
}

/** A capitalised word where capitals are forced (sentence start): a name only if evidence says so. */
function initialWordIsName(tokens: Token[], i: number, evidence: WordCaseEvidence): boolean {
  const token = tokens[i];
  if (isAcronym(token.text)) return true;
  const lower = token.lower;
  if (evidence.lowercase(lower) > 0) return false;
  if (evidence.capitalisedInside(lower) > 0) return true;
  if (token.pos !== 'PROPN') return false;
  if (!isKnownWord(lower) && !isPastOfKnownVerb(lower) && !isGerundOfKnownVerb(lower) && !isCommonPlural(lower, evidence) && !isCommonCompound(lower) && !isComparative(lower) && !isPeopleCompound(lower)) return true;
  // A word the model knows, with no evidence either way ("Kremlin spokesman", "Former US host",
  // "Plans were", "Report"): a name if it heads a name or a title and reads as a singular noun once
  // its capital is taken away.
  if (token.lemma !== lower) return false;
  const next = tokens[i + 1];
  // "Council of Europe", "Bank of England": a known word joined to a name by a connector. A plural is
  // no such head ("Memories of Slobodan Milosevic"): the tagger does not lemmatise a proper noun, so the
  // word is read again in lower case.
  if (next && CONNECTORS.has(next.lower) && tokens[i + 2] && isNameToken(tokens[i + 2]) && !isKnownWord(tokens[i + 2].lower)) {
    return tag(lower)[0]?.lemma === lower;
  }
  // Before a title only where a name follows it ("Kremlin spokesman Dmitry Peskov") or the sources write the
  // word only capitalised ("Kremlin spokesman"): "Orchestra manager", "Logistics Officer" name a post.
  let title = i + 1;
  while (title < tokens.length && isTitleAt(tokens, title)) title++;
  const titled = title > i + 1 && ((tokens[title] !== undefined && isNameToken(tokens[title]!)) || (evidence.nameInSources?.(lower) ?? 0) > 0);
  if (!next || !(titled || (isNameToken(next) && !isKnownWord(next.lower)))) return false;
  const window = [lower, ...tokens.slice(i + 1, i + 3).map((t) => t.text)].join(' ');
  const retagged = tag(window)[0];
  return retagged?.pos === 'NOUN' || retagged?.pos === 'PROPN';
}

/**
 * "Archived", "Sourced": the model's lexicon lacks some past forms of words it knows, and at a sentence
 * start (a note's first word) they read as unknown, so as names. Only -ed/-d on a stem of four letters
 * or more: "Fred", "Reed", "Ahmed" stay unknown.
 */
function isPastOfKnownVerb(lower: string): boolean {
  if (!lower.endsWith('ed')) return false;
  const stem = lower.slice(0, -2);
  return stem.length >= 4 && (isKnownWord(stem) || isKnownWord(`${stem}e`));
}

/**
 * "| Zvečan | High | …", "**Verdict:** Misleading", "unchanged at *Moderate*": a rating or a verdict is an
 * adjective the lexicon knows, capitalised as a label. No name is a lone adjective the texts capitalise
 * inside a sentence once at most (a nationality word is a demonym, weighed apart).
 */
function isCapitalisedAdjective(token: Token, evidence: WordCaseEvidence): boolean {
  const lower = token.lower;
  if (allUpper(token.text) || isDemonym(lower) || evidence.capitalisedInside(lower) > 1 || !isKnownWord(lower)) return false;
  let known = adjectives.get(lower);
  if (known === undefined) {
    // "scored High, Medium or Low": the middle of a scale is a noun to the tagger.
    known = tag(lower)[0]?.pos === 'ADJ' || SCALE_WORDS.has(lower);
    if (adjectives.size > 5_000) adjectives.clear();
    adjectives.set(lower, known);
  }
  return known;
}
const adjectives = new Map<string, boolean>();
const SCALE_WORDS = new Set(['medium', 'moderate', 'severe', 'critical', 'elevated', 'substantial', 'minimal', 'negligible']);

/**
 * "Volunteering in northern Kosovo", "Peacekeeping": an -ing form the lexicon lacks of a verb it knows.
 * Only on a stem of six letters or more: "Reading", "Browning", "Harding" stay unknown.
 */
function isGerundOfKnownVerb(lower: string): boolean {
  if (!lower.endsWith('ing')) return false;
  const stem = lower.slice(0, -3);
  return stem.length >= 6 && (isKnownWord(stem) || isKnownWord(`${stem}e`));
}

/** "Spokespeople", "Townspeople", "Policemen": people named by what they do, a known word and its persons. */
function isPeopleCompound(lower: string): boolean {
  const m = /^(\p{L}{4,}?)(people|persons|men|women)$/u.exec(lower);
  return !!m && (isKnownWord(m[1]!) || isKnownWord(m[1]!.replace(/s$/, '')));
}

/**
 * "Lorries", "Hauliers", "Depots": the lexicon lacks some regular plurals of nouns it knows. Not a
 * people ("Serbs") nor a plural whose singular the texts capitalise ("Balkans" where they write "the
 * Balkan country"); a surname that is such a plural ("Edwards") reads as a name wherever the draft or
 * the corpus capitalises it inside a sentence (checked before this).
 */
/**
 * "Quieter is not the same as calm.", "Calmest": a comparative the lexicon lacks of an adjective it knows.
 * Only adjectives: "Baker", "Walker", "Fisher" are names whose stems are other words.
 */
function isComparative(lower: string): boolean {
  const m = /^(\p{L}{3,}?)(ier|iest|er|est)$/u.exec(lower);
  if (!m) return false;
  const [, stem, ending] = m;
  const stems = ending!.startsWith('i') ? [`${stem}y`] : [stem!, `${stem}e`, stem!.replace(/(\p{L})\1$/u, '$1')];
  return stems.some((s) => isKnownWord(s) && tag(s)[0]?.pos === 'ADJ');
}

/**
 * "De-escalation", "Follow-up", "Anti-corruption": a hyphenated word whose every part the lexicon knows,
 * a prefix ("de", "anti", "re") included. Names join unknown parts ("Jean-Luc", "Al-Jazeera").
 */
function isCommonCompound(lower: string): boolean {
  const parts = lower.split('-');
  return parts.length > 1 && parts.every((p) => p.length > 0 && (PREFIXES.has(p) || isKnownWord(p)));
}
const PREFIXES = new Set(['de', 're', 'pre', 'post', 'non', 'anti', 'co', 'ex', 'sub', 'counter', 'inter', 'multi', 'self', 'semi']);

function isCommonPlural(lower: string, evidence: WordCaseEvidence): boolean {
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss') || isDemonym(lower)) return false;
  const singular = lower.endsWith('ies') && isKnownWord(`${lower.slice(0, -3)}y`) ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return isKnownWord(singular) && evidence.capitalisedInside(singular) === 0;
}

const LOWER_LETTER = /\p{Ll}/u;

function isShoutedWord(t: Token | undefined): boolean {
  return !!t && t.text.length >= 2 && allUpper(t.text) && isKnownWord(t.lower);
}

/** The fewest letters of a slug word: shorter words in capitals may be acronyms the lexicon knows (WHO, UNESCO). */
const SLUG_LETTERS = 8;

/**
 * "NATO/REINFORCEMENTS", a wire budget's slug: a longer word of the lexicon in capitals, which the sources
 * never write in capitals nor as a name, is shouted even alone.
 */
function isSlugWord(t: Token, evidence: WordCaseEvidence): boolean {
  if (t.text.length < 5 || !allUpper(t.text) || (evidence.allCaps?.(t.lower) ?? 0) > 0 || evidence.capitalisedInside(t.lower) > 0) return false;
  // A plural is no acronym; nor is a long word of the lexicon.
  return isCommonPlural(t.lower, evidence) || (t.text.length >= SLUG_LETTERS && isKnownWord(t.lower));
}

/** The token next to i that way, past a possessive ("TODAY'S LEAD"). */
function besideWord(tokens: Token[], i: number, step: 1 | -1): Token | undefined {
  const next = tokens[i + step];
  return next && /^['’]s$/i.test(next.text) ? tokens[i + 2 * step] : next;
}

/** "CLICK HERE", "TODAY'S LEAD": ordinary words in capitals, side by side, are shouting, not acronyms like NATO. */
function isShouting(tokens: Token[], i: number): boolean {
  return isShoutedWord(tokens[i]) && (isShoutedWord(besideWord(tokens, i, -1)) || isShoutedWord(besideWord(tokens, i, 1)));
}

function isNameToken(t: Token): boolean {
  if (!isCapitalised(t.text) || NOT_NAMES.has(t.lower)) return false;
  if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB') return true;
  return isAcronym(t.text);
}

/** The lower-case word without a final dot. */
function bare(t: Token): string {
  const lower = t.lower;
  return lower.charCodeAt(lower.length - 1) === 0x2e ? lower.slice(0, -1) : lower;
}

/** Whether token i is a title word: a title, or a modifier followed by title words ("Prime Minister"). */
function isTitleAt(tokens: Token[], i: number): boolean {
  const word = bare(tokens[i]);
  // "Presidents Vjosa Osmani and Aleksandar Vučić": a title for two.
  if (TITLES.has(word) || PLURAL_TITLES.has(word)) return true;
  // "Secretary of State", "Minister of Defence", "Minister for Foreign Affairs".
  if (TITLE_MODIFIERS.has(word)) {
    let k = i;
    while (k > 0 && TITLE_MODIFIERS.has(bare(tokens[k - 1]))) k--;
    // "Secretary of State for Foreign Affairs": back over the title's own modifiers and connectors.
    let j = k - 1;
    while (j >= 1 && (tokens[j]?.lower === 'of' || tokens[j]?.lower === 'for') && k - j <= 4) {
      if (TITLES.has(bare(tokens[j - 1]!))) return true;
      j--;
      while (j >= 1 && TITLE_MODIFIERS.has(bare(tokens[j]!)) && k - j <= 4) j--;
    }
  }
  let j = i;
  while (j < tokens.length && TITLE_MODIFIERS.has(bare(tokens[j]))) j++;
  return j > i && j < tokens.length && TITLES.has(bare(tokens[j]));
}

interface Role {
  /** Lower-case title words with their modifiers: ["kosovo", "prime", "minister"]. */
  words: string[];
  /** The title as written ("Kosovo's Prime Minister"), for messages. */
  text: string;
}

function roleBefore(sentence: string, tokens: Token[], index: number): Role | undefined {
  const role: string[] = [];
  let i = index - 1;
  // "Secretary of State Antony Blinken": "of" inside a title.
  while (i >= 0 && (isTitleAt(tokens, i) || (tokens[i].lower === 'of' && role.length > 0) || (role.length > 0 && role[0] !== 'of' && TITLE_MODIFIERS.has(bare(tokens[i]))))) {
    role.unshift(bare(tokens[i]));
    i--;
  }
  if (role[0] === 'of') {
    role.shift();
    i++;
  }
  if (role.length === 0) return undefined;
  // Modifiers of the title: "German Chancellor", "Kosovo Prime Minister", "US Secretary of State", and a
  // possessive one, "Kosovo's Prime Minister".
  if (i >= 1 && (tokens[i].lower === "'s" || tokens[i].lower === '’s') && tokens[i - 1].pos === 'PROPN' && isCapitalised(tokens[i - 1].text)) i--;
  while (i >= 0 && role.length < 6 && (tokens[i].pos === 'ADJ' || tokens[i].pos === 'PROPN') && isCapitalised(tokens[i].text)) {
    role.unshift(tokens[i].lower);
    i--;
  }
  return { words: role, text: sentence.slice(tokens[i + 1]!.start, tokens[index - 1]!.end) };
}

/**
 * "Kosovo's Prime Minister, Vjosa Osmani, who …": a title set off by a comma, with the name closing the
 * apposition (a comma, "who", a bracket or the end follows it; not "and", which makes a list).
 */
function appositiveRole(sentence: string, tokens: Token[], first: number, last: number): Role | undefined {
  if (tokens[first - 1]?.text !== ',' || first < 2 || !isTitleAt(tokens, first - 2)) return undefined;
  const next = tokens[last + 1];
  if (next && !(next.text === ',' || next.text === ')' || next.text === '.' || next.lower === 'who')) return undefined;
  if (next?.text === ',' && tokens[last + 2]?.pos === 'CCONJ') return undefined;
  return roleBefore(sentence, tokens, first - 1);
}

/** Every name in one sentence, in order. */
/**
 * Whether a line capitalises its words for style ("Kosovo Tensions Rise as NATO Sends Troops"): there
 * capitals say nothing, and every word needs the same evidence as a sentence's first.
 */
export function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  if (words.length < 2) return false;
  return words.filter((t) => isCapitalised(t.text)).length >= 0.6 * words.length;
}

/**
 * What separates token j from the next: 0 nothing (or no next token), 1 one space, 2 anything else.
 * Names are joined across nothing or a single space; this avoids cutting the gap out to test it.
 */
function gapAfter(sentence: string, tokens: Token[], j: number): number {
  const from = Math.min(tokens[j].end, sentence.length);
  const to = Math.min(tokens[j + 1]?.start ?? tokens[j].end, sentence.length);
  if (to <= from) return 0;
  return to === from + 1 && sentence.charCodeAt(from) === 0x20 ? 1 : 2;
}

/**
 * A word that may be a surname: one the lexicon lacks, or one the sources only ever write capitalised
 * ("Macron", though the lexicon has the diacritic's name). The draft's own capitals are no evidence here:
 * "the Council of Europe" capitalises a common word.
 */
function surnameLike(lower: string, evidence: WordCaseEvidence): boolean {
  return !isKnownWord(lower) || (evidence.nameInSources?.(lower) ?? 0) > 0;
}

/**
 * "Albin Kurti of Vetevendosje": a first and last name, words the lexicon does not know, end a name; "of"
 * then says whose party it is. "Rule of Law", "Bank of England" and "Democratic League of Kosovo" join.
 */
function personBefore(tokens: Token[], i: number, j: number, evidence: WordCaseEvidence): boolean {
  if (j - i < 1 || tokens[j + 1]!.lower !== 'of') return false;
  // "President Emmanuel Macron of France": a title before says a person is named, whatever the lexicon
  // makes of a surname ("macron" is a diacritic's name too).
  if (i > 0 && TITLES.has(bare(tokens[i - 1]!)) && surnameLike(tokens[i]!.lower, evidence)) return true;
  // "Emmanuel Macron of France": a given name the lexicon lacks, then a surname ("United Nations" is no person).
  if (isKnownWord(tokens[i]!.lower)) return false;
  for (let k = i + 1; k <= j; k++) if (!surnameLike(tokens[k]!.lower, evidence)) return false;
  return true;
}

export function findNames(sentence: string, tokens: Token[], evidence: WordCaseEvidence, titleCase = false): NameMention[] {
  const isName: boolean[] = tokens.map(isNameToken);
  // "ON BELGRADE / OUTSIDERS": a line all in capitals shouts every word; only the words the lexicon lacks
  // ("BELGRADE") or the corpus writes in capitals (NATO) are names there.
  const shoutedLine = !LOWER_LETTER.test(sentence) && tokens.filter((t) => t.text.length >= 2 && allUpper(t.text)).length >= 2;
  for (let i = 0; i < tokens.length; i++) {
    if (!isName[i]) continue;
    const corpusCapitals = (evidence.allCaps?.(tokens[i].lower) ?? 0) > 0;
    if (isPostscriptMark(tokens, i) || addressedCommonWord(sentence, tokens, i, evidence)) isName[i] = false;
    else if (shoutedLine && isShoutedWord(tokens[i]) && !corpusCapitals) isName[i] = false;
    else if (!corpusCapitals && isDocumentLabel(tokens, i)) isName[i] = false;
    // A title is no name; one written as an acronym is where a name follows ("MP Lulzim Hetemi"), not
    // alone ("For: the MP", a transcript's "MP: And KFOR used tear gas.").
    else if (isTitleAt(tokens, i) && (!isAcronym(tokens[i].text) || !tokens[i + 1] || !isNameToken(tokens[i + 1]!))) isName[i] = false;
    // "# NATO RUSHES 700 TROOPS INTO KOSOVO": a word the corpus writes in capitals is an acronym, shouted or not.
    else if ((isShouting(tokens, i) && !corpusCapitals) || isSlugWord(tokens[i], evidence) || isCueLabel(tokens, i, evidence) || isCombiningForm(sentence, tokens, i)) isName[i] = false;
    else if ((titleCase || startsClause(tokens, i)) && !initialWordIsName(tokens, i, evidence)) isName[i] = false;
  }
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isName[i]) {
      i++;
      continue;
    }
    let j = i;
    // Extend over adjacent name tokens, joined by nothing or a space, or by a connector ("Rule of Law").
    for (;;) {
      const gap = gapAfter(sentence, tokens, j);
      if (isName[j + 1] && gap <= 1) j++;
      // Not after a people: "the Serbs of Mitrovica" are Serbs who live in Mitrovica.
      else if (
        tokens[j + 1] && CONNECTORS.has(tokens[j + 1].lower) && isName[j + 2] && gap === 1 && !isCapitalised(tokens[j + 1].text) && !personBefore(tokens, i, j, evidence) &&
        !(i === j && isDemonym(tokens[i].lower)) &&
        // "Merkel of Germany", "Lajcak of Slovakia": one word the lexicon lacks is a surname, and "of" says
        // whose country; "Bank of England" heads with a word it knows.
        !(i === j && tokens[j + 1].lower === 'of' && surnameLike(tokens[i].lower, evidence) && !isAcronym(tokens[i].text))
      ) j += 2;
      else break;
    }
    // "Backs Igor Simic: …", a log's line opening with its verb: a common word that opens the sentence
    // before a full name the lexicon does not know is no part of it.
    if (j - i >= 2 && openingWord(tokens, i) && isKnownWord(tokens[i].lower) && !isTitleAt(tokens, i) && tokens.slice(i + 1, j + 1).every((t) => !isKnownWord(t.lower))) i++;
    // "Embassy Pristina", "Consulate Mitrovica": a cable's office named by its town is the town's office;
    // the town is the name to check. ("Ministry of Defence" joins its portfolio by "of", and stays whole.)
    else if (j > i && EMBASSY_WORDS.has(tokens[i].lower) && !OFFICE_NOUNS.has(tokens[i + 1]!.lower) && !CONNECTORS.has(tokens[i + 1]!.lower)) i++;
    // "A. Serbia.": an answer's letter opening the line is no initial of the name after it; nor is a
    // letter before a full name ("B. Dmitry Peskov"). A letter before a surname alone stays an initial
    // ("E. Smith said …").
    else if (j > i && (/^[AQ]\.$/.test(tokens[i].text) || (j - i >= 2 && /^\p{Lu}\.$/u.test(tokens[i].text) && !/^\p{Lu}\.$/u.test(tokens[i + 1].text))) && (openingWord(tokens, i) || /[\n.?!]["'”’)]*\s*$/.test(sentence.slice(Math.max(0, tokens[i].start - 8), tokens[i].start)))) i++;
    const start = tokens[i].start;
    const end = tokens[j].end;
    const text = sentence.slice(start, end);
    const single = i === j;
    // A common word capitalised for emphasis or in a title ("Other stars"), which the texts write in
    // lower case elsewhere and never capitalise inside a sentence, is not a name.
    // "US" is no "us" though a draft says "let us": an acronym the sources write in capitals stays one.
    const commonWord =
      (single && evidence.lowercase(tokens[i].lower) > 0 && evidence.capitalisedInside(tokens[i].lower) <= 1 && isKnownWord(tokens[i].lower) &&
        !(allUpper(tokens[i].text) && (evidence.allCaps?.(tokens[i].lower) ?? 0) > 0)) ||
      (single && isCapitalisedAdjective(tokens[i], evidence));
    const institution = (single && INSTITUTION_NOUNS.has(tokens[i].lower)) || genericOffice(tokens.slice(i, j + 1)) || tokens.slice(i, j + 1).every((t) => COMPASS.has(t.lower));
    // "Section B", "Part A", "Annex C": a common word numbered by a letter labels a part of the document;
    // "CONTESTANT B.", a transcript's speaker, in the capitals its every line gives it.
    const letter = tokens[i + 1];
    const letteredPart =
      (j === i + 1 || single) && letter !== undefined && /^\p{Lu}\.?$/u.test(letter.text) && letter.start === tokens[i]!.end + 1 && isKnownWord(tokens[i]!.lower) &&
      (evidence.capitalisedInside(tokens[i]!.lower) === 0 || (allUpper(tokens[i]!.text) && !(evidence.allCaps?.(tokens[i]!.lower) ?? 0)));
    // "E. On Monday 29 May, …" (a lettered paragraph), "CONTESTANT B.": a lone letter, with no name after
    // it, is no initial of a name.
    const loneLetter = single && /^\p{Lu}\.?$/u.test(text);
    if (!commonWord && !institution && !letteredPart && !loneLetter) {
      const role = roleBefore(sentence, tokens, i) ?? appositiveRole(sentence, tokens, i, j);
      const demonym = single && isDemonym(tokens[i].lower);
      mentions.push({ start, end, text, key: nameKey(text), ...(role ? { role: role.words, roleText: role.text } : {}), ...(demonym ? { demonym } : {}) });
    }
    i = j + 1;
  }
  const spelled = sentence.includes('(') ? spelledOutAcronyms(sentence, mentions) : false;
  let prefixedNames = false;
  for (const t of tokens) {
    // "pro-Putin graffiti", "an anti-NATO rally": the tagger keeps the prefixed word whole, but what
    // follows the hyphen is a name the draft states. (Indexing's untagged tokens split at the hyphen, so
    // the indexOf spares their millions of tokens the regex.)
    const prefixed = t.text.indexOf('-') > 0 ? PREFIXED_NAME.exec(t.text) : null;
    if (!prefixed) continue;
    const start = t.start + prefixed[1].length + 1;
    const text = sentence.slice(start, t.end);
    if (text.length < 2 || isDemonym(text.toLowerCase())) continue;
    mentions.push({ start, end: t.end, text, key: nameKey(text) });
    prefixedNames = true;
  }
  return prefixedNames || spelled ? mentions.sort((a, b) => a.start - b.start) : mentions;
}

// Offices a cable names by their town: "Embassy Pristina", "Consulate Mitrovica".
const EMBASSY_WORDS = new Set(['embassy', 'consulate', 'chancery', 'legation']);

const PREFIXED_NAME = /^(pro|anti|ex|non|post|pre|neo|pan)-(\p{Lu}[\p{L}.]*)$/u;
