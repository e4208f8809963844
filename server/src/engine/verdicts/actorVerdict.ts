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
import type { NameMention } from '../claims/names';
import type { AnalysedSentence } from '../claims/analyse';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { fullName, isPersonName, sameName } from './relationVerdict';
import { isPeople, listedInDraft, mayBeOneThing, writtenTogether } from './slotVerdict';
import { ACT_STEMS, BODY_AFTER, isReport, MIN_WORDS, NATIONAL_BODY, PARTICLES, predicateOf, REPORTING, sourcePredicateOf, SPEAKER_LINE, speakerLineOf, type Predicate } from './actPredicates';

const RANKED = 5;
/** Verbs that say little of the act by themselves: "went further, suggesting …", "came out, saying …". */
const LIGHT_VERBS = new Set(['go', 'come', 'be', 'have', 'do', 'make', 'take']);
/** How much of the draft's act the source's must hold. */
const COVERED = 0.6;
/** For what was said: its words are many and loose ("supporting Serbia" is in many a report). */
const COVERED_REPORT = 0.75;

function covered(draft: Predicate, source: Predicate, sentence?: ReadonlySet<string>, names?: ReadonlySet<string>): boolean {
  // "said" says nothing of what was said: only a verb of substance ties two acts, or, for two reports
  // ("has said she will not back down"), what the two say.
  // "NATO warned that low turnout did not provide … long-term political solutions" reports what "the EU
  // said in a statement that …": a warning or a claim is a report too, compared by what it says.
  const reports = (isReport(draft.verb) && isReport(source.verb) && !(draft.verb === source.verb && !REPORTING.has(draft.verb))) || draft.form === SPEAKER_LINE;
  if (reports) return coveredReport(draft, source, draft.form === SPEAKER_LINE ? sentence : undefined) || (draft.form !== SPEAKER_LINE && reportOfSameNames(draft, source, names));
  // "went further, suggesting Russia had a hand …": the draft's verb may be light, and the act a
  // participle after it that is the source's verb.
  if (REPORTING.has(draft.verb) ? !REPORTING.has(source.verb) : !hasVerb(source.words, draft.verb) && !(LIGHT_VERBS.has(draft.verb) && draft.words.has(source.verb))) return false;
  let shared = 0;
  // "stepped up security" and "stepped up efforts": a phrasal verb alone is no shared act.
  let beyondVerb = 0;
  for (const w of draft.words) {
    if (holds(source.words, w)) {
      shared++;
      if (w !== draft.verb && !PARTICLES.has(w)) beyondVerb++;
    } else if (sentence?.has(w)) shared++;
  }
  return beyondVerb > 0 && shared / draft.words.size >= (REPORTING.has(draft.verb) ? COVERED_REPORT : COVERED);
}


/**
 * "Scholz said on arrival in Moldova that France and Germany want new elections and clearer election
 * rules" against "Macron said France and Germany urged … new elections": a report of what two or more
 * named others want is that report, told with the same names and one more word of substance, however
 * much else the draft adds.
 */
function reportOfSameNames(draft: Predicate, source: Predicate, names: ReadonlySet<string> | undefined): boolean {
  if (!names) return false;
  const said = [...draft.words].filter((w) => w !== draft.verb && !isReport(w) && holds(source.words, w));
  const named = said.filter((w) => names.has(w)).length;
  return named >= REPORT_NAMES && said.length - named >= 1;
}
/** Names of others a report must share with another to be the same report. */
const REPORT_NAMES = 2;

/** Two reports with other verbs ("warned that", "said that"): most of what the draft's says, its verb aside. */
function coveredReport(draft: Predicate, source: Predicate, sentence?: ReadonlySet<string>): boolean {
  // Whom it was told ("told reporters that …") is no part of what was said, where enough else is said
  // ("told reporters on a conference call" has little else, and how it was told is the tie).
  const all = [...draft.words].filter((w) => w !== draft.verb && !isReport(w));
  const told = all.filter((w) => !AUDIENCES.has(w));
  const said = told.length >= MIN_WORDS ? told : all;
  if (said.length < MIN_WORDS) return false;
  // A speaker line retells in its own words: the words of the rest of the best match count too.
  const shared = said.filter((w) => holds(source.words, w) || sentence?.has(w)).length;
  return shared / said.length >= COVERED_REPORT;
}

/**
 * Whether a predicate's words hold the draft's word, or a form of it: a plural the tagger left whole where
 * a capital made it a name ("Mayors should go …"), a noun the draft shortens.
 */
/**
 * "could be seen standing by the town hall": the tagger may leave a participle unlemmatised, as a noun.
 * Not a noun of its own that a verb names ("the meeting will take place" is no one meeting anyone).
 */
function hasVerb(words: ReadonlySet<string>, verb: string): boolean {
  if (words.has(verb)) return true;
  const participle = [`${verb}ing`, `${verb.replace(/e$/, '')}ing`].find((w) => words.has(w));
  return participle !== undefined && !ING_NOUNS.has(participle);
}
const ING_NOUNS = new Set(['meeting', 'gathering', 'building', 'briefing', 'hearing', 'warning', 'training', 'ruling', 'finding', 'opening', 'setting', 'ending', 'funding', 'reading', 'recording', 'feeling', 'offering', 'wedding', 'morning', 'evening']);

function holds(words: ReadonlySet<string>, word: string): boolean {
  return words.has(word) || words.has(`${word}s`) || shortFormIn(word, words);
}

const AUDIENCES = new Set(['reporter', 'journalist', 'medium', 'media', 'press', 'audience', 'crowd', 'parliament', 'lawmaker']);

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

// "heavy police forces blocked their access to the bridge": a force the sources name by its common noun
// acts as a body does, and is what the draft's body is contradicted with ("police").
const FORCE_NOUNS = new Set(['police']);
const unnamedForcesOf = new WeakMap<AnalysedSentence, NameMention[]>();

function unnamedForces(sentence: AnalysedSentence): NameMention[] {
  let found = unnamedForcesOf.get(sentence);
  if (found) return found;
  found = [];
  for (const t of sentence.tokens) {
    // "Kosovo police" is a body named (the suggestion's "Kosovo police"); "Kosovan police" a force by its people.
    if (!FORCE_NOUNS.has(t.lower) || sentence.names.some((n) => !n.demonym && n.start <= t.start && t.end <= n.end + 1 + t.text.length)) continue;
    // "police forces", "police officers": the force with its head noun.
    const k = sentence.tokens.indexOf(t);
    const head = sentence.tokens[k + 1]?.pos === 'NOUN' && sentence.tokens[k + 1]!.lemma !== sentence.tokens[k + 1]!.lower ? sentence.tokens[k + 1]! : t;
    // "Kosovan police forces": the force by its people, as the fix writes it.
    const people = sentence.names.find((n) => n.demonym && sentence.text.slice(n.end, t.start) === ' ');
    const text = people ? `${people.text} ${t.lower}` : t.lower;
    found.push({ start: t.start, end: head.end, text, key: text.toLowerCase() });
  }
  unnamedForcesOf.set(sentence, found);
  return found;
}

/** Words before a name that opens its sentence, at most: "Later, Serbia ordered …". */
const OPENING_WORDS = 2;

function opensSentence(text: string, start: number): boolean {
  return (text.slice(0, start).match(/[\p{L}\p{N}]+/gu) ?? []).length <= OPENING_WORDS;
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
  // "Kosovo police stood by the town hall": the draft's doer is the force itself.
  const forceAfter = FORCE_NOUNS.has(/^\s+(\p{L}+)/u.exec(ctx.draft.text.slice(claim.end, claim.end + 12))?.[1]?.toLowerCase() ?? '');
  // A sentence whose text has neither the verb's stem nor its written form cannot hold the act, and is not
  // tagged to find that out (a past written otherwise, "rode" against "rides", is missed: a miss, never
  // a wrong verdict).
  // For a report ("said …") the verb is everywhere: the longest word of what was said screens instead,
  // not whom it was told.
  const reported = isReport(draft.verb) ? [...draft.words].filter((w) => w !== draft.verb).sort((a, b) => Number(AUDIENCES.has(a)) - Number(AUDIENCES.has(b)) || b.length - a.length)[0] : undefined;
  const stem = (reported ?? draft.verb).slice(0, 4);
  const form = reported ? stem : draft.form;
  const stems = reported ? [stem] : LIGHT_VERBS.has(draft.verb) ? [...draft.words].map((w) => w.slice(0, 4)) : (ACT_STEMS[draft.verb] ?? [stem]);
  // The draft's person ranks the sentences naming them first ("Vjosa Osmani said … mayors" finds every
  // Osmani sentence before Kurti's "will not back down"): past the best few, a sentence must also write
  // most of the act's words to be read.
  const prefixes = [...draft.words].map((w) => w.slice(0, 4));
  // The draft's one-word names other than the claim: what a report is about ("France and Germany want …").
  const draftNames = new Set(ctx.draft.names.filter((n) => n.start !== claim.start && !n.key.includes(' ')).map((n) => n.key));
  for (const [rank, ranked] of ctx.ranked.entries()) {
    const text = ctx.index.cited(ranked.id)!.text.toLowerCase();
    // "Serbia has put the country's military on alert and sent more troops to the border": a best match
    // naming the draft's body or person with most of the act's words, however its clauses read, leaves it alone.
    // The name must open the sentence, its subject: "a NATO military exercise" is no act of NATO's.
    if (rank < RANKED && prefixes.filter((p) => text.includes(p)).length >= COVERED * prefixes.length && ctx.index.namesIn(ranked.id).some((n) => sameName(n.key, claim.key) && opensSentence(text, n.start))) return undefined;
    if (!stems.some((st) => text.includes(st)) && !text.includes(form)) continue;
    if (rank >= RANKED && prefixes.filter((p) => text.includes(p)).length < COVERED * prefixes.length) continue;
    const sentence = ranked.sentence;
    const doers = [...sentence.names, ...(body && !forceAfter ? unnamedForces(sentence) : [])].filter((person) => {
      const source = sourcePredicateOf(sentence, person);
      // The rest of a best match tells the act's setting too ("The protesters intended to cross …, but
      // heavy police forces blocked their access to the bridge"): its words count, the doer's own must
      // hold the verb and one more.
      return !!source && covered(draft, source, sentence.lemmas, draftNames) && isPerson(person);
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
      // Nor, for a country, one after a preposition past the doer: "sent more troops to the border with
      // Kosovo" sets the act, whoever did it.
      const before = sentence.tokens.filter((t) => t.end <= n.start).pop();
      return doers.every((d) => n.start > d.end) && (next?.pos === 'NOUN' || next?.pos === 'ADJ' || hyphened || (body && before?.pos === 'ADP'));
    };
    if (sentence.names.some((n) => sameName(n.key, claim.key) && !attributive(n))) return undefined;
    for (const person of doers) {
      if (other && !sameName(other.person.key, person.key)) return undefined;
      other ??= { person, id: ranked.id };
    }
  }
  if (!other) return undefined;
  // "Le Monde: Macron says France and Germany want …": a report whose source speaker the draft names too
  // is told by the draft of that speaker; its claim is someone else in it.
  // (In the claim's own clause: "Osmani has said …, and Kurti told the forum …" names Kurti for another act.)
  const sameClause = (d: NameMention) => !/[;.!?]|,\s*(?:and|but|while)\b/.test(ctx.draft.text.slice(Math.min(d.end, claim.end), Math.max(d.start, claim.start)));
  if (isReport(draft.verb) && ctx.draft.names.some((d) => d.start !== claim.start && sameName(d.key, other!.person.key) && sameClause(d))) return undefined;
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
