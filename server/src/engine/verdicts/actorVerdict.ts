// A statement or act given to the wrong person, in the writer's own words: "Vjosa Osmani has hinted at
// early local elections" where the best-matching source sentence has Albin Kurti hint "at the possibility
// of early local elections". What follows a person's name up to the end of the sentence is what the
// sentence says they did; where a best-matching source sentence says the same of another person, and
// none says it of the draft's, the draft's person is contradicted. Quotations are attributionVerdict's.
//
// Only persons (two to four words, or a corpus surname), the draft's person the subject of a verb with
// no other person between, a predicate of at least MIN_WORDS content words that the source's covers
// almost whole (its verb included), in one of the RANKED best-matching sentences (or a lower-ranked one
// that writes most of the act's words), which must not name the draft's person at all; and never when any
// of them says it of two different persons. Bodies and countries ("NATO said …") are compared with bodies.
import { isCapitalisedCommonWord, type Token } from '../nlp/tagger';
import type { NameMention } from '../claims/names';
import type { AnalysedSentence } from '../claims/analyse';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { fullName, isPersonName, sameName } from './relationVerdict';
import { isPeople, listedInDraft, mayBeOneThing, writtenTogether } from './slotVerdict';

const RANKED = 5;
/** Content words a predicate needs before it says enough to tell one person's act from another's. */
const MIN_WORDS = 3;
/** How much of the draft's act the source's must hold. */
const COVERED = 0.6;
/** For what was said: its words are many and loose ("supporting Serbia" is in many a report). */
const COVERED_REPORT = 0.75;
const PREDICATE_POS = new Set(['NOUN', 'VERB', 'ADJ', 'NUM']);
// Time words date an act; they do not say what it was ("said it himself this week").
const WEAK = new Set(['be', 'have', 'do', 'say', 'tell', 'would', 'will', 'could', 'also', 'make', 'get', 'go', 'week', 'today', 'yesterday', 'tonight']);
/** Verbs that report speech: what follows them is what was said, the act to compare ("added that …" too). */
const REPORTING = new Set(['say', 'tell', 'add']);
/** The particle of a phrasal verb says what the act is: "back down", "step down", "pull out". */
const PARTICLES = new Set(['back', 'down', 'up', 'out', 'off', 'away']);
/** Verbs of substance whose "that" clause is what they did: what was warned, claimed, stressed. */
const THAT_VERBS = new Set(['warn', 'claim', 'insist', 'argue', 'stress', 'complain', 'announce', 'declare', 'admit', 'deny', 'suggest', 'acknowledge', 'threaten', 'promise', 'pledge', 'confirm']);
/** How far after a reporting verb its "that" may stand: "said in a statement that". */
const REPORT_THAT = 5;

interface Predicate {
  /** The lemma of the verb the person is the subject of, and the verb as written. */
  verb: string;
  form: string;
  words: Set<string>;
}

// Where what a subject did ends: a clause of its own begins ("… when her husband climbed out").
// "after", "before", "since" end it only as conjunctions (the tagger's SCONJ), not as prepositions
// ("resigned after a row").
const CLAUSE_OPENERS = new Set(['when', 'while', 'because', 'although', 'though', 'who', 'which', 'whom', 'whose', 'where']);
/** Tokens between a name and its verb: an apposition (", the Albanian mayor of Leposavic,"), then an auxiliary or two. */
const APPOSITION_TOKENS = 14;
const BEFORE_VERB = 2;

/** The index of the verb `person` is the subject of, or -1: right after the name or its apposition. */
function verbOf(after: Token[]): number {
  let i = 0;
  // "Zvecan, Zubin Potok, and Leposavic …": a list goes on, no verb is the name's.
  if (after[0]?.text === ',' && after[1]?.pos === 'CCONJ') return -1;
  if (after[0]?.text === ',') {
    // "Osmani, the president, has …" skips the apposition; "Kosovo's President, Vjosa Osmani, has …"
    // closes the one the name stood in.
    // "Scholz, speaking at the summit, said …": a participle opening the aside is part of it.
    const close = after.findIndex((t, k) => k > 0 && (t.text === ',' || (t.pos === 'VERB' && !(k === 1 && t.lower.endsWith('ing')))));
    i = close > 0 && close <= APPOSITION_TOKENS && after[close]!.text === ',' ? close + 1 : 1;
  }
  // "| EULEX | fenced the town halls |": a table row's name cell, then what it did (cells are joined by ":").
  if (after[0]?.text === ':' && after[1]?.pos === 'VERB') i = 1;
  // "Vjosa Osmani, who said …": the relative pronoun stands for the name; so does a cleft's "that"
  // ("It was KFOR that fired …") right before a verb.
  if (after[i]?.lower === 'who' || (after[i]?.lower === 'that' && (after[i + 1]?.pos === 'VERB' || after[i + 1]?.pos === 'AUX'))) i++;
  for (let k = i; k < after.length && k <= i + BEFORE_VERB; k++) {
    const t = after[k]!;
    // "will not back down": the tagger reads a phrasal verb as two particles ("back" ADV, "down" ADP).
    if (t.pos === 'VERB' || (PARTICLES.has(t.lower) && PARTICLES.has(after[k + 1]?.lower ?? ''))) return k;
    // "has since urged": the tagger reads "since" as a conjunction even there.
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && !(t.lower === 'since' && after[k - 1]?.pos === 'AUX')) return -1;
  }
  return -1;
}

// A Unicode-property regex lives in a constant: esbuild turns a /\p{..}/u literal into `new RegExp(...)`,
// which inside a function would build a RegExp at every call.
const HAS_LETTER = /\p{L}/u;

// A source sentence's mentions live as long as its analysis, and every claim of every draft sentence that
// ranks it asks what its persons did: the answer is kept with the mention.
const sourcePredicates = new WeakMap<NameMention, Predicate | null>();

function sourcePredicateOf(sentence: AnalysedSentence, person: NameMention): Predicate | undefined {
  let known = sourcePredicates.get(person);
  if (known === undefined) sourcePredicates.set(person, (known = predicateOf(sentence, person) ?? null));
  return known ?? undefined;
}

// "the KFOR line that …", "NATO's statement that …": a report written as a noun; what follows "that" was said.
const STATEMENT_NOUNS = new Set(['line', 'statement', 'claim', 'view', 'message', 'position', 'assessment', 'argument', 'warning']);
// "Borrell's warning to Pristina and Belgrade that …", "the EU's decision to drop …": an act written as a
// noun after its doer's possessive is that act, compared as the verb it names.
const ACT_NOUNS = new Map([
  ['warning', 'warn'], ['call', 'call'], ['appeal', 'appeal'], ['demand', 'demand'], ['threat', 'threaten'],
  ['refusal', 'refuse'], ['decision', 'decide'], ['promise', 'promise'], ['pledge', 'pledge'], ['proposal', 'propose'],
  ['request', 'request'], ['offer', 'offer'], ['announcement', 'announce'], ['criticism', 'criticise'],
  ['condemnation', 'condemn'], ['insistence', 'insist'], ['vow', 'vow'], ['invitation', 'invite'],
]);

// Verbs news copy uses for one act: "urged all parties to …" is "called on all parties to …", "dropped
// Pristina from the exercise" is "cancelled Pristina's participation".
// "Called the violence 'unacceptable'" describes it ("described … as 'unacceptable'"); only "called on" or
// "called for" urges.
// "Asked both leaders to organise new elections" is "urged the leaders to organise …".
// "Kicked Kosovo out of a NATO exercise", "uninvited", "excluded" write that cancelling too.
const ACT_SENSE: Record<string, string> = { urge: 'call', ask: 'call', drop: 'cancel', scrap: 'cancel', kick: 'cancel', uninvite: 'cancel', exclude: 'cancel', expel: 'cancel' };
/** The beginnings of the words that write each act, for the screen of untagged text. */
const ACT_STEMS: Record<string, string[]> = { call: ['call', 'urg', 'ask'], cancel: ['cance', 'drop', 'scrap', 'kick', 'uninv', 'exclu', 'expel'], describe: ['call', 'descri'] };
const actOf = (lemma: string): string => ACT_SENSE[lemma] ?? lemma;
const URGING = new Set(['on', 'upon', 'for']);

/** The act a clause's word names, read with the word after it. */
function actAt(tokens: readonly Token[], i: number): string {
  const t = tokens[i]!;
  if (t.lemma === 'call' && t.pos === 'VERB' && !URGING.has(tokens[i + 1]?.lower ?? '')) return 'describe';
  return actOf(ACT_NOUNS.get(t.lemma) ?? t.lemma);
}

const isPossessive = (t: Token | undefined): boolean => t?.lower === "'s" || t?.lower === '’s';

/** The act a possessive's noun names ("Borrell's warning … that European integration was at risk"), read as the verb. */
function nounActOf(rest: Token[]): Predicate | undefined {
  if (!isPossessive(rest[0])) return undefined;
  const verb = rest[1]?.pos === 'NOUN' ? ACT_NOUNS.get(rest[1].lemma) : undefined;
  if (!verb) return undefined;
  // The noun's "that" opens what the act says, not a clause of its own. A comma before "a sign that …" or
  // "and …" ends the act's words; one before "on arrival at …" opens an aside within them.
  const end = rest.findIndex(
    (t, k) =>
      k > 2 &&
      (t.text === ';' || (t.pos === 'SCONJ' && t.lower !== 'that') || CLAUSE_OPENERS.has(t.lower) || (t.text === ',' && (rest[k + 1]?.pos === 'DET' || rest[k + 1]?.pos === 'CCONJ'))),
  );
  const words = predicateWords(rest.slice(2, end < 0 ? rest.length : end), false);
  words.add(verb);
  return words.size >= MIN_WORDS ? { verb, form: verb, words } : undefined;
}

/** Title words an apposition may hold between an act's noun and its doer: "of the High Representative, Josep Borrell". */
const TITLE_TOKENS = 5;

/**
 * "the decision by Germany to cancel our part in a NATO exercise", "the assessment of the High
 * Representative, Josep Borrell, that Pristina and Belgrade are putting …": an act or a report written as
 * a noun before its doer, compared as the verb it names.
 */
function nounBefore(tokens: Token[], first: number, rest: Token[]): Predicate | undefined {
  let k = first - 1;
  if (tokens[k]?.text === ',') {
    k--;
    for (let steps = 0; k >= 0 && steps < TITLE_TOKENS && tokens[k]!.lower !== 'of' && tokens[k]!.lower !== 'by' && TITLE_POS.has(tokens[k]!.pos); steps++) k--;
  }
  if (tokens[k]?.lower !== 'of' && tokens[k]?.lower !== 'by') return undefined;
  const noun = tokens[k - 1];
  if (noun?.pos !== 'NOUN') return undefined;
  const after = rest[0]?.text === ',' && tokens[first - 1]?.text === ',' ? rest.slice(1) : rest;
  const ends = (from: number) => {
    const end = after.findIndex((t, j) => j > from && (t.text === ';' || (t.pos === 'SCONJ' && t.lower !== 'that') || CLAUSE_OPENERS.has(t.lower) || (t.text === ',' && (after[j + 1]?.pos === 'DET' || after[j + 1]?.pos === 'CCONJ'))));
    return after.slice(from, end < 0 ? after.length : end);
  };
  if (STATEMENT_NOUNS.has(noun.lemma) && after[0]?.lower === 'that') {
    const words = predicateWords(ends(1), true);
    return words.size >= MIN_WORDS ? { verb: 'say', form: 'said', words } : undefined;
  }
  const verb = ACT_NOUNS.get(noun.lemma);
  if (!verb || after[0]?.lower !== 'to') return undefined;
  const words = predicateWords(ends(1), false);
  words.add(verb);
  return words.size >= MIN_WORDS ? { verb, form: verb, words } : undefined;
}
const TITLE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET']);

/** The report a name's statement noun gives ("the KFOR line that low turnout offers …"), read as "said that …". */
function statementOf(rest: Token[]): Predicate | undefined {
  const at = isPossessive(rest[0]) ? 1 : 0;
  if (!STATEMENT_NOUNS.has(rest[at]?.lemma ?? '') || rest[at + 1]?.lower !== 'that') return undefined;
  const end = rest.findIndex((t, k) => k > at + 1 && (t.text === ';' || t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.lower)));
  const words = predicateWords(rest.slice(at + 2, end < 0 ? rest.length : end), true);
  return words.size >= MIN_WORDS ? { verb: 'say', form: 'said', words } : undefined;
}

/**
 * The lemmas that say what a clause is about. What was said is told from another report by its names too
 * ("said France and Germany want new elections"); an act is not: "scored a Champions League goal" is any
 * scorer's.
 */
function predicateWords(clause: Token[], report: boolean): Set<string> {
  // A manner adverb says how it was done or said ("unconditionally supporting"); "also", "still" do not.
  const manner = (t: Token) => t.pos === 'ADV' && t.lower.length > 7 && t.lower.endsWith('ly');
  const counts = (t: Token) => (PREDICATE_POS.has(t.pos) && !WEAK.has(t.lemma)) || (report && t.pos === 'PROPN') || PARTICLES.has(t.lower) || manner(t);
  // "warning they were putting …" (the tagger's noun) is the act "warn", as the draft's verb or noun is.
  const words = new Set<string>();
  clause.forEach((t, k) => {
    if (counts(t) && HAS_LETTER.test(t.lemma)) words.add(actAt(clause, k));
  });
  return words;
}

/** What a sentence says `person` did: the content lemmas of the clause after the name, if they are its subject. */
function predicateOf(sentence: AnalysedSentence, person: NameMention): Predicate | undefined {
  const { tokens } = sentence;
  let first = 0;
  while (first < tokens.length && tokens[first]!.end <= person.start) first++;
  // "the buildings of Zubin Potok", "in Kurti's office": a name after a preposition is no subject.
  const before = tokens[first - 1];
  let after = first;
  while (after < tokens.length && tokens[after]!.start < person.end) after++;
  const rest = tokens.slice(after);
  // "… from Eva Lund, who said …": the relative clause is hers, whatever stands before her name.
  const relative = rest[0]?.text === ',' && rest[1]?.lower === 'who';
  const written = nounBefore(tokens, first, rest);
  if (written) return written;
  // "by police and EULEX": the agent may be the last of several.
  let by = first - 1;
  while (by > 0 && by >= first - 4 && tokens[by]!.lower !== 'by' && (tokens[by]!.pos === 'CCONJ' || tokens[by]!.pos === 'NOUN' || tokens[by]!.pos === 'DET' || tokens[by]!.text === ',')) by--;
  if (tokens[by]?.lower === 'by' && !relative) return passiveAct(tokens, by);
  // "…, as Olaf Scholz said" reports the clause before it.
  const asReport = before?.lower === 'as' && tokens[first - 2]?.text === ',';
  if (before?.pos === 'ADP' && !relative && !asReport) return undefined;
  const statement = statementOf(rest) ?? nounActOf(rest);
  if (statement) return statement;
  // "Kosovo police fired tear gas", "EULEX officers had fired …": a body named by its country or its
  // mission does what its noun's verb says.
  const lead = bodyNounLead(rest);
  const verbAt = lead + verbOf(rest.slice(lead));
  if (verbAt < lead) return undefined;
  // "“We are … unconditionally supporting Serbia,” Mr Peskov said …": what was said is the quotation before.
  // And where and to whom it was said ("… in a conference call with reporters") is the report's too.
  if (REPORTING.has(rest[verbAt]!.lemma)) {
    const quoted = quotationBefore(tokens, first) ?? reportBefore(tokens, first, rest, verbAt);
    if (quoted) {
      const words = predicateWords(quoted, true);
      const end = rest.findIndex((t, k) => k > verbAt && (t.text === ';' || t.text === '.' || t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.lower)));
      for (const w of predicateWords(rest.slice(verbAt + 1, end < 0 ? rest.length : end), false)) words.add(w);
      if (words.size >= MIN_WORDS) return { verb: actAt(rest, verbAt), form: rest[verbAt]!.lower, words };
    }
  }
  // "said (in a statement) that …": the complement of a report is what was said, not a clause of its own.
  // Only the report's own "that", a few words on ("adding that …" further on is another clause).
  // So for a warning or a claim ("warned Pristina and Belgrade that they were putting … at risk").
  const lemma = rest[verbAt]!.lemma;
  const thatOf = REPORTING.has(lemma) || THAT_VERBS.has(lemma) ? rest.findIndex((t, k) => k > verbAt && k <= verbAt + REPORT_THAT && t.lower === 'that') : -1;
  // A comma before "the sharpest rebuke so far" opens an aside on the whole act, not more of it; ", and
  // the bloc's foreign policy chief has spoken …" opens another subject's clause.
  // So does ", and stun grenades were used": a noun phrase, then its own verb.
  // (The tagger may take the noun's modifier for a verb: "stun".)
  const nounPhrase = (k: number) => rest[k]?.pos === 'NOUN' || rest[k]?.pos === 'ADJ' || (rest[k]?.pos === 'VERB' && rest[k + 1]?.pos === 'NOUN');
  // ", and stun grenades left at least 10 people hurt": a verb of its own, too.
  const nounClause = (k: number) => nounPhrase(k + 2) && rest.slice(k + 3, k + 6).some((t) => t.pos === 'AUX' || t.pos === 'VERB');
  const newSubject = (k: number) => rest[k + 1]?.pos === 'CCONJ' && (NEW_SUBJECT_POS.has(rest[k + 2]?.pos ?? '') || nounClause(k));
  const end = rest.findIndex(
    (t, k) =>
      k > verbAt &&
      k !== thatOf &&
      (t.text === ';' || t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.lower) || (t.text === ',' && ((rest[k + 1]?.pos === 'DET' && k > verbAt + 3) || newSubject(k)))),
  );
  const words = predicateWords(rest.slice(verbAt, end < 0 ? rest.length : end), REPORTING.has(rest[verbAt]!.lemma));
  // "said …, but hinted at …": the verbs of the clause, not only the first, say what the person did.
  return words.size >= MIN_WORDS ? { verb: actAt(rest, verbAt), form: rest[verbAt]!.lower, words } : undefined;
}

/** The nouns that make a name a body's: "Kosovo police", "KFOR troops", "Serbia's government". */
const BODY_NOUNS = new Set(['police', 'government', 'authorities', 'ministry', 'officials', 'forces', 'troops', 'soldiers', 'army', 'military', 'units', 'officers', 'peacekeepers']);
// "Kosovo police" is no more Kosovo than KFOR; "NATO soldiers" are NATO's, and so KFOR's.
const NATIONAL_BODY = /\b(?:police|government|authorities|ministry|officials|army|military)$/;
const BODY_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:${[...BODY_NOUNS].join('|')})\\b`);

/** How many tokens of a body's noun follow its name ("police", "'s government"): 0 when none do. */
function bodyNounLead(rest: Token[]): number {
  const at = isPossessive(rest[0]) ? 1 : 0;
  return BODY_NOUNS.has(rest[at]?.lower ?? '') && rest[at + 1]?.pos !== 'NOUN' ? at + 1 : 0;
}

/** What opens a clause's subject after ", and": "the bloc's chief", "Kurti", "he". */
const NEW_SUBJECT_POS = new Set(['DET', 'PROPN', 'PRON']);

/** Tokens between a passive's verb and its "by": "fenced off by". */
const PASSIVE_GAP = 2;

/**
 * "Town halls fenced off by police and EULEX": the agent after "by" did what the clause before it says,
 * from the clause's start to "by", its verb a participle right before (or a particle before) "by".
 */
function passiveAct(tokens: Token[], by: number): Predicate | undefined {
  let verbAt = -1;
  for (let k = by - 1; k >= 0 && k >= by - 1 - PASSIVE_GAP; k--) {
    if (tokens[k]!.pos === 'VERB') {
      verbAt = k;
      break;
    }
    if (!PARTICLES.has(tokens[k]!.lower)) return undefined;
  }
  if (verbAt < 0) return undefined;
  let start = verbAt;
  while (start > 0 && !/^[,;:(]$/.test(tokens[start - 1]!.text)) start--;
  const verb = tokens[verbAt]!;
  // "Town halls fenced off by …": the clause opens with a common noun the tagger takes for a name, and
  // the particle adds nothing to the act the sources write without it ("fenced town halls").
  const clause = tokens.slice(start, by).map((t) => (isCapitalisedCommonWord(t) ? { ...t, pos: 'NOUN' } : t));
  const words = predicateWords(clause.filter((t) => !PARTICLES.has(t.lower)), false);
  return words.size >= MIN_WORDS ? { verb: actAt(tokens, verbAt), form: verb.lower, words } : undefined;
}

const CLOSING_QUOTES = new Set(['”', '"', '»']);
const OPENING_QUOTES = new Set(['“', '"', '«']);
const SPEAKER_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

/** The tokens of a quotation closing right before the name (and its "Mr"): "“…,” Mr Peskov said". */
function quotationBefore(tokens: Token[], nameAt: number): Token[] | undefined {
  let k = nameAt - 1;
  while (k >= 0 && SPEAKER_TITLES.has(tokens[k]!.lower)) k--;
  if (k >= 0 && tokens[k]!.text === ',') k--;
  if (k < 0 || !CLOSING_QUOTES.has(tokens[k]!.text)) return undefined;
  const close = k;
  for (k = close - 1; k >= 0; k--) if (OPENING_QUOTES.has(tokens[k]!.text)) return tokens.slice(k + 1, close);
  return undefined;
}

/**
 * "France and Germany want new elections held "as soon as possible", Scholz says.": a report verb ending
 * the sentence after ", Name" reports the whole sentence before it.
 */
function reportBefore(tokens: Token[], nameAt: number, rest: Token[], verbAt: number): Token[] | undefined {
  // "…, as Olaf Scholz said at the summit in Moldova.": where and when may follow.
  if (tokens[nameAt - 1]?.lower === 'as' && tokens[nameAt - 2]?.text === ',') return tokens.slice(0, nameAt - 2);
  if (tokens[nameAt - 1]?.text !== ',' || rest.slice(verbAt + 1).some((t) => t.pos !== 'PUNCT')) return undefined;
  return tokens.slice(0, nameAt - 1);
}

function covered(draft: Predicate, source: Predicate): boolean {
  // "said" says nothing of what was said: only a verb of substance ties two acts, or, for two reports
  // ("has said she will not back down"), what the two say.
  // "NATO warned that low turnout did not provide … long-term political solutions" reports what "the EU
  // said in a statement that …": a warning or a claim is a report too, compared by what it says.
  const reports = isReport(draft.verb) && isReport(source.verb) && !(draft.verb === source.verb && !REPORTING.has(draft.verb));
  if (reports) return coveredReport(draft, source);
  if (REPORTING.has(draft.verb) ? !REPORTING.has(source.verb) : !source.words.has(draft.verb)) return false;
  let shared = 0;
  // "stepped up security" and "stepped up efforts": a phrasal verb alone is no shared act.
  let beyondVerb = 0;
  for (const w of draft.words) {
    if (!(source.words.has(w) || shortFormIn(w, source.words))) continue;
    shared++;
    if (w !== draft.verb && !PARTICLES.has(w)) beyondVerb++;
  }
  return beyondVerb > 0 && shared / draft.words.size >= (REPORTING.has(draft.verb) ? COVERED_REPORT : COVERED);
}

const isReport = (verb: string) => REPORTING.has(verb) || THAT_VERBS.has(verb);

/** Two reports with other verbs ("warned that", "said that"): most of what the draft's says, its verb aside. */
function coveredReport(draft: Predicate, source: Predicate): boolean {
  const said = [...draft.words].filter((w) => w !== draft.verb && !isReport(w));
  if (said.length < MIN_WORDS) return false;
  const shared = said.filter((w) => source.words.has(w) || shortFormIn(w, source.words)).length;
  return shared / said.length >= COVERED_REPORT;
}

/**
 * A noun the draft shortens from the source's ("part" for "participation", "elect" for "election"): the
 * draft's word of four letters or more begins a longer source word. A tie of one word among the three or
 * more a predicate needs, beside the verb's, which must match whole.
 */
function shortFormIn(word: string, words: ReadonlySet<string>): boolean {
  if (word.length < 4) return false;
  for (const w of words) if (w.length > word.length + 2 && w.startsWith(word)) return true;
  return false;
}

const QUOTED = /["“«]([^"”»]{2,80})["”»]/;
/** Sentences of the person's read for the quoted words. */
const QUOTE_SENTENCES = 200;

/** Whether a sentence naming the person, or the one after it, holds the words the draft quotes after the name. */
function saysQuotedWordsElsewhere(claim: NameMention, ctx: ClaimContext): boolean {
  const words = QUOTED.exec(ctx.draft.text.slice(claim.end))?.[1]?.toLowerCase();
  const entry = ctx.index.names.get(claim.key);
  if (!words || !entry) return false;
  let read = 0;
  for (const id of entry.sentenceIds) {
    // Bounded: a much-quoted person stands in thousands of sentences of a large corpus.
    if (read++ >= QUOTE_SENTENCES) break;
    for (const near of [id, id + 1]) {
      const sentence = ctx.index.cited(near);
      if (sentence && sentence.source.path === ctx.index.cited(id)?.source.path && sentence.text.toLowerCase().includes(words)) return true;
    }
  }
  return false;
}

// "Kosovo police and KFOR units have stepped up security": a body joined to another subject shares its act.
// Not a clause's ", and France has cancelled …", nor a passive's agents "fenced off by police and EULEX".
const JOINED_BEFORE = /(?:^|[^,;:\s])\s+(?:and|or|as\s+well\s+as|together\s+with|alongside)\s+(?:the\s+)?$/i;
const AGENTS_BEFORE = /\bby\s+(?:\S+\s+){0,3}(?:and|or)\s+(?:the\s+)?$/i;

// Nor a clause joined after another's verb: "Serbs gather to block them and KFOR fires tear gas", "The
// mayors tried to get into their offices … and KFOR fired tear gas".
function joinedSubject(draft: AnalysedSentence, claim: NameMention): boolean {
  const before = draft.text.slice(Math.max(0, claim.start - 40), claim.start);
  if (!JOINED_BEFORE.test(before) || AGENTS_BEFORE.test(before)) return false;
  // The clause the name stands in, up to it: a verb there makes the "and" join two clauses.
  const upTo = draft.tokens.filter((t) => t.end <= claim.start);
  let from = upTo.length;
  while (from > 0 && !/^[,;:—–(]$/.test(upTo[from - 1]!.text)) from--;
  return !upTo.slice(from).some((t) => t.pos === 'VERB');
}

/**
 * "CHY: Scholz: France and Germany want new elections "as soon as possible"": a person opening a line
 * before a colon and a clause says that clause, as a transcript's or a chyron's speaker does.
 */
function speakerLineOf(draft: AnalysedSentence, claim: NameMention, ctx: ClaimContext): Predicate | undefined {
  const at = draft.tokens.findIndex((t) => t.start >= claim.end);
  const before = draft.tokens.filter((t) => t.end <= claim.start);
  // Only a field label may stand before it ("CHY:", "Quote:").
  const opens = before.every((t, k) => t.pos === 'PUNCT' || t.pos === 'SYM' || (before[k + 1]?.text === ':' && k === before.length - 2) || (t.text === ':' && k === before.length - 1));
  if (!opens || draft.tokens[at]?.text !== ':' || draft.tokens[at + 1]?.pos === 'VERB' || !isPersonName(claim, ctx.index)) return undefined;
  const words = predicateWords(draft.tokens.slice(at + 1), true);
  return words.size >= MIN_WORDS ? { verb: 'say', form: 'said', words } : undefined;
}

/** Whether a person or a pronoun is joined to the person by "and" right before: "he and Olaf Scholz", "Macron and Scholz". */
function jointPerson(draft: AnalysedSentence, claim: NameMention, ctx: ClaimContext): boolean {
  const at = draft.tokens.findIndex((t) => t.start >= claim.start);
  if (draft.tokens[at - 1]?.lower !== 'and') return false;
  const before = draft.tokens[at - 2];
  if (!before) return false;
  if (before.pos === 'PRON') return true;
  const name = draft.names.find((n) => n.end === before.end);
  return !!name && isPersonName(name, ctx.index);
}

/** The person the best-matching sources give the draft person's act to; undefined otherwise. */
export function actorJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  // A body or a country acts and speaks too ("NATO said …", "the EU said …"), but another of its names
  // ("KFOR", "NATO-led KFOR") is no other actor: bodies are compared only with bodies.
  // Most names are no subject: that is found before the dearer look-ups.
  if (claim.demonym) return undefined;
  const draft = predicateOf(ctx.draft, claim) ?? speakerLineOf(ctx.draft, claim, ctx);
  if (!draft) return undefined;
  // "called the attacks … "unacceptable"" where the sources have the draft's person call something else
  // "unacceptable" too: the word is theirs as well (attributionVerdict weighs whose words a quotation are).
  if (draft.verb === 'describe' && saysQuotedWordsElsewhere(claim, ctx)) return undefined;
  const person = isPersonName(claim, ctx.index);
  const body = !isPeople(claim) && !person;
  const isPerson = body ? (m: NameMention) => !isPeople(m) && !isPersonName(m, ctx.index) : (m: NameMention) => !m.demonym && isPersonName(m, ctx.index);
  if (!body && !person) return undefined;
  // "France, Portugal and Italy signed …": a list acts together, and lists are listVerdict's.
  if (body && (listedInDraft(ctx).has(claim.start) || joinedSubject(ctx.draft, claim))) return undefined;
  // "Emmanuel Macron said he and Olaf Scholz had asked …": a person acting with another acts as one of two.
  if (person && jointPerson(ctx.draft, claim, ctx)) return undefined;
  let other: { person: NameMention; id: number } | undefined;
  // A sentence whose text has neither the verb's stem nor its written form cannot hold the act, and is not
  // tagged to find that out (a past written otherwise, "rode" against "rides", is missed: a miss, never
  // a wrong verdict).
  // For a report ("said …") the verb is everywhere: the longest word of what was said screens instead.
  const reported = isReport(draft.verb) ? [...draft.words].filter((w) => w !== draft.verb).sort((a, b) => b.length - a.length)[0] : undefined;
  const stem = (reported ?? draft.verb).slice(0, 4);
  const form = reported ? stem : draft.form;
  const stems = reported ? [stem] : (ACT_STEMS[draft.verb] ?? [stem]);
  // The draft's person ranks the sentences naming them first ("Vjosa Osmani said … mayors" finds every
  // Osmani sentence before Kurti's "will not back down"): past the best few, a sentence must also write
  // most of the act's words to be read.
  const prefixes = [...draft.words].map((w) => w.slice(0, 4));
  for (const [rank, ranked] of ctx.ranked.entries()) {
    const text = ctx.index.cited(ranked.id)!.text.toLowerCase();
    if (!stems.some((st) => text.includes(st)) && !text.includes(form)) continue;
    if (rank >= RANKED && prefixes.filter((p) => text.includes(p)).length < COVERED * prefixes.length) continue;
    const sentence = ranked.sentence;
    const doers = sentence.names.filter((person) => {
      const source = sourcePredicateOf(sentence, person);
      return !!source && covered(draft, source) && isPerson(person);
    });
    if (doers.length === 0) continue;
    // A sentence that says it of the draft's person, or names them beside the one it says it of
    // ("Osmani and Kurti hinted …"), leaves the draft alone.
    // Not a name after the doer that only qualifies a noun of the act: "cancel Pristina's participation
    // in a NATO military exercise" is no act of NATO's.
    // Nor one that opens a hyphened modifier: "engage in the EU-led dialogue" is no act of the EU's.
    const attributive = (n: NameMention) => {
      const next = sentence.tokens.find((t) => t.start >= n.end);
      const hyphened = sentence.text[n.end] === '-' && /^\p{L}/u.test(sentence.text[n.end + 1] ?? '');
      return doers.every((d) => n.start > d.end) && (next?.pos === 'NOUN' || next?.pos === 'ADJ' || hyphened);
    };
    if (sentence.names.some((n) => sameName(n.key, claim.key) && !attributive(n))) return undefined;
    for (const person of doers) {
      if (other && !sameName(other.person.key, person.key)) return undefined;
      other ??= { person, id: ranked.id };
    }
  }
  if (!other) return undefined;
  const cited = ctx.index.cited(other.id)!;
  // "Kosovo police" is the doer, not Kosovo, which KFOR's long name holds ("Force in Kosovo").
  const sourceNoun = body ? (BODY_AFTER.exec(cited.text.slice(other.person.end))?.[0] ?? '') : '';
  const doer = sourceNoun && NATIONAL_BODY.test(sourceNoun) ? { ...other.person, key: `${other.person.key} ${sourceNoun.toLowerCase().match(/\p{L}+$/u)![0]}` } : other.person;
  if (body && (mayBeOneThing(claim.key, doer.key, ctx) || writtenTogether(claim, doer, ctx))) return undefined;
  // A full name in the draft is answered with a full name ("Maria Zakharova" → Dmitry Peskov, not "Peskov").
  // "Kosovo police" for "KFOR": the source's doer with its body's noun.
  const suggestion = person && claim.key.includes(' ') && !other.person.key.includes(' ') ? fullName(other.person.key, ctx) : other.person.text + sourceNoun;
  return replacedName(claim, `say this of ${suggestion}`, cited, suggestion);
}
