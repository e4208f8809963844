// What a sentence says a name did, read from the words after it (or a noun of its act before it): the
// verb it is the subject of and the content words of its clause, what a report says, a passive's agent's
// act, a quotation's speaker's words. actorVerdict compares the draft's with the best matches'.
//
// Written by hand: the tagger gives parts of speech, not who did what, and no library here parses clauses.
import { isCapitalisedCommonWord, tag, type Token } from '../nlp/tagger';
import type { NameMention } from '../claims/names';
import type { AnalysedSentence } from '../claims/analyse';
import type { ClaimContext } from './judgement';
import { isPersonName } from './relationVerdict';
import { WEEKDAYS } from './calendar';

/** Content words a predicate needs before it says enough to tell one person's act from another's. */
export const MIN_WORDS = 3;
const PREDICATE_POS = new Set(['NOUN', 'VERB', 'ADJ', 'NUM']);
// Time words date an act; they do not say what it was ("said it himself this week").
const WEAK = new Set(['be', 'have', 'do', 'say', 'tell', 'would', 'will', 'could', 'also', 'make', 'get', 'go', 'further', 'week', 'today', 'yesterday', 'tonight']);
/** Verbs that report speech: what follows them is what was said, the act to compare ("added that …" too). */
export const REPORTING = new Set(['say', 'tell', 'add']);
/** The particle of a phrasal verb says what the act is: "back down", "step down", "pull out". */
export const PARTICLES = new Set(['back', 'down', 'up', 'out', 'off', 'away']);
const NEGATIONS = new Set(['not', "n't", 'never']);
const BOTH = new Set(['both', 'either', 'neither']);
/** Verbs of substance whose "that" clause is what they did: what was warned, claimed, stressed. */
export const THAT_VERBS = new Set(['warn', 'claim', 'insist', 'argue', 'stress', 'complain', 'announce', 'declare', 'admit', 'deny', 'suggest', 'acknowledge', 'threaten', 'promise', 'pledge', 'confirm']);
/**
 * "hinted that early local elections were possible": an act whose "that" clause is what it hinted at, as
 * "hinted at the possibility of early local elections" writes it; compared as an act, not as a report.
 */
const HINTING = new Set(['hint', 'signal', 'indicate']);
/** How far after a reporting verb its "that" may stand: "said in a statement that". */
const REPORT_THAT = 9;

export interface Predicate {
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

// "has gone further, cancelling …", "came out, saying …": a verb that says little, then the act.
const LIGHT_VERBS = new Set(['go', 'come']);
/** Tokens after a light verb its comma may stand at: "has gone further, cancelling". */
const LIGHT_REACH = 3;

function participleAfterLightVerb(rest: Token[], at: number): number | undefined {
  if (!LIGHT_VERBS.has(rest[at]!.lemma)) return undefined;
  for (let k = at + 1; k <= at + LIGHT_REACH && k + 1 < rest.length; k++) {
    // A report after it ("went further, suggesting that …") is compared as the light verb's act: what
    // was said is too loosely retold to be compared with another report word for word.
    if (rest[k]!.text === ',' && rest[k + 1]!.pos === 'VERB' && rest[k + 1]!.lower.endsWith('ing')) return isReport(rest[k + 1]!.lemma) ? undefined : k + 1;
    if (rest[k]!.pos === 'VERB' || rest[k]!.pos === 'PUNCT') return undefined;
  }
  return undefined;
}

const presentTense = new Map<string, boolean>();

/**
 * "KFOR fires tear gas": right after its subject, a verb in the present tense that the tagger takes for
 * a plural noun ("fires"), its object's modifier for the verb ("tear"). Read again after a pronoun.
 */
function presentTenseTakenForNoun(t: Token, next: Token | undefined, after: Token | undefined): boolean {
  if (t.pos !== 'NOUN' || !t.lower.endsWith('s') || !next) return false;
  // A verb after it is the noun's own ("police forces blocked their access"), unless it modifies a noun
  // after it ("fires tear gas").
  if (next.pos !== 'NOUN' && next.pos !== 'DET' && next.pos !== 'ADJ' && !(next.pos === 'VERB' && after?.pos === 'NOUN')) return false;
  let verb = presentTense.get(t.lower);
  if (verb === undefined) {
    verb = tag(`it ${t.lower}`)[1]?.pos === 'VERB';
    // Bounded: one boolean per word form.
    if (presentTense.size > 10_000) presentTense.clear();
    presentTense.set(t.lower, verb);
  }
  return verb;
}

/** The index of the verb `person` is the subject of, or -1: right after the name or its apposition. */
function verbOf(after: Token[]): number {
  let i = 0;
  // "Zvecan, Zubin Potok, and Leposavic …": a list goes on, no verb is the name's.
  if (after[0]?.text === ',' && after[1]?.pos === 'CCONJ') return -1;
  if (after[0]?.text === ',') {
    // "Osmani, the president, has …" skips the apposition; "Kosovo's President, Vjosa Osmani, has …"
    // closes the one the name stood in.
    // "Scholz, speaking at the summit, said …": a participle opening the aside is part of it.
    // "**Vjosa Osmani**, president: has hinted …": a list line's name and title, then a colon, then its act.
    const close = after.findIndex((t, k) => k > 0 && (t.text === ',' || t.text === ':' || (t.pos === 'VERB' && !(k === 1 && t.lower.endsWith('ing')))));
    i = close > 0 && close <= APPOSITION_TOKENS && (after[close]!.text === ',' || (after[close]!.text === ':' && (after[close + 1]?.pos === 'AUX' || after[close + 1]?.pos === 'VERB'))) ? close + 1 : 1;
  }
  // "| EULEX | fenced the town halls |": a table row's name cell, then what it did (cells are joined by ":").
  if (after[0]?.text === ':' && after[1]?.pos === 'VERB') i = 1;
  // "The NATO-led … mission in Kosovo (KFOR) on Monday urged …": the bracket that spells the name out
  // closes, and the day of the act may stand before its verb.
  // (Right after the name only: "Geneva, Switzerland, on Tuesday to discuss …" gives Switzerland no act.)
  if (i === 0 && after[0]?.text === ')') i = 1;
  if (i <= 1 && after[i - 1]?.text !== ',' && after[i]?.lower === 'on' && WEEKDAYS.includes(after[i + 1]?.lower ?? '')) i += 2;
  // "Vjosa Osmani, who said …": the relative pronoun stands for the name; so does a cleft's "that"
  // ("It was KFOR that fired …") right before a verb.
  if (after[i]?.lower === 'who' || (after[i]?.lower === 'that' && (after[i + 1]?.pos === 'VERB' || after[i + 1]?.pos === 'AUX'))) i++;
  // "He quoted Igor Simic as saying that …": the one quoted says what follows.
  if (after[i]?.lower === 'as' && after[i + 1]?.lower === 'saying') return i + 1;
  for (let k = i; k < after.length && k <= i + BEFORE_VERB; k++) {
    const t = after[k]!;
    // "will not back down": the tagger reads a phrasal verb as two particles ("back" ADV, "down" ADP).
    if (t.pos === 'VERB' || (PARTICLES.has(t.lower) && PARTICLES.has(after[k + 1]?.lower ?? ''))) return k;
    if (k === i && presentTenseTakenForNoun(t, after[k + 1], after[k + 2])) return k;
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

export function sourcePredicateOf(sentence: AnalysedSentence, person: NameMention): Predicate | undefined {
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
export const ACT_STEMS: Record<string, string[]> = { call: ['call', 'urg', 'ask'], cancel: ['cance', 'drop', 'scrap', 'kick', 'uninv', 'exclu', 'expel'], describe: ['call', 'descri'] };
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
  // "will not back down": a negation says which act it is, as much as the verb does.
  const counts = (t: Token) => (PREDICATE_POS.has(t.pos) && !WEAK.has(t.lemma)) || (report && t.pos === 'PROPN') || PARTICLES.has(t.lower) || manner(t) || NEGATIONS.has(t.lower);
  // "warning they were putting …" (the tagger's noun) is the act "warn", as the draft's verb or noun is.
  const words = new Set<string>();
  clause.forEach((t, k) => {
    if (counts(t) && HAS_LETTER.test(t.lemma)) words.add(actAt(clause, k));
  });
  return words;
}

/** What a sentence says `person` did: the content lemmas of the clause after the name, if they are its subject. */
export function predicateOf(sentence: AnalysedSentence, person: NameMention): Predicate | undefined {
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
  // "urged both Pristina and Belgrade to ease tensions": the object of another's verb, listed or not, is
  // no subject. ("…," said Kurti" is: a report's inverted subject.)
  // A list's other member must stand between: ", and Olaf Scholz said …" opens a clause of its own.
  let object = first - 1;
  let listed = false;
  while (object >= 0 && (tokens[object]!.pos === 'PROPN' || tokens[object]!.pos === 'CCONJ' || tokens[object]!.text === ',' || BOTH.has(tokens[object]!.lower))) {
    if (tokens[object]!.pos === 'PROPN') listed = true;
    object--;
  }
  if (!relative && listed && tokens[object]?.pos === 'VERB' && !REPORTING.has(tokens[object]!.lemma)) return undefined;
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
  const found = lead + verbOf(rest.slice(lead));
  if (found < lead) return undefined;
  const verbAt = participleAfterLightVerb(rest, found) ?? found;
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
  const thatOf = REPORTING.has(lemma) || THAT_VERBS.has(lemma) || HINTING.has(lemma) ? rest.findIndex((t, k) => k > verbAt && k <= verbAt + REPORT_THAT && t.lower === 'that') : -1;
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
  // "told the GLOBSEC forum in Bratislava, Slovakia, that the police will not accept …": what a report
  // says is its "that" clause; to whom and where it was said are the addressee's and the place's stages'.
  const said = REPORTING.has(lemma) && thatOf > verbAt + 1 ? [rest[verbAt]!, ...rest.slice(thatOf + 1, end < 0 ? rest.length : end)] : rest.slice(verbAt, end < 0 ? rest.length : end);
  const words = predicateWords(said, REPORTING.has(rest[verbAt]!.lemma));
  // "said …, but hinted at …": the verbs of the clause, not only the first, say what the person did.
  return words.size >= MIN_WORDS ? { verb: actAt(rest, verbAt), form: rest[verbAt]!.lower, words } : undefined;
}

/** The nouns that make a name a body's: "Kosovo police", "KFOR troops", "Serbia's government". */
const BODY_NOUNS = new Set(['police', 'government', 'authorities', 'ministry', 'officials', 'forces', 'troops', 'soldiers', 'army', 'military', 'units', 'officers', 'peacekeepers']);
// "Kosovo police" is no more Kosovo than KFOR; "NATO soldiers" are NATO's, and so KFOR's.
export const NATIONAL_BODY = /\b(?:police|government|authorities|ministry|officials|army|military)$/;
export const BODY_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:${[...BODY_NOUNS].join('|')})\\b`);

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

export const isReport = (verb: string) => REPORTING.has(verb) || THAT_VERBS.has(verb);

/**
 * "CHY: Scholz: France and Germany want new elections "as soon as possible"": a person opening a line
 * before a colon and a clause says that clause, as a transcript's or a chyron's speaker does.
 */
export function speakerLineOf(draft: AnalysedSentence, claim: NameMention, ctx: ClaimContext): Predicate | undefined {
  const at = draft.tokens.findIndex((t) => t.start >= claim.end);
  const before = draft.tokens.filter((t) => t.end <= claim.start);
  // Only a field label may stand before it ("CHY:", "Quote:").
  const opens = before.every((t, k) => t.pos === 'PUNCT' || t.pos === 'SYM' || (before[k + 1]?.text === ':' && k === before.length - 2) || (t.text === ':' && k === before.length - 1));
  if (!opens || draft.tokens[at]?.text !== ':' || draft.tokens[at + 1]?.pos === 'VERB' || !isPersonName(claim, ctx.index)) return undefined;
  const words = predicateWords(draft.tokens.slice(at + 1), true);
  return words.size >= MIN_WORDS ? { verb: 'say', form: SPEAKER_LINE, words } : undefined;
}

/**
 * The form of a speaker line's act: what follows "Name:" may retell any act of theirs ("| Josep Borrell |
 * Both sides are putting European integration at risk |" for Blinken's warning), not only their words.
 */
export const SPEAKER_LINE = ':';
