// A figure credited to the wrong source: "3.47% of voters cast ballots, per the EULEX" where the
// sentences giving 3.47% say "according to the Kosovo Central Election Commission (KQZ)". The name after
// "according to" or "per" says who gave the figure; where the sources credit the draft's figure to one
// other name and never to the draft's, the draft's name is contradicted.
//
// Read from the draft sentence's best few BM25 matches that state one of its figures, untagged (their
// indexed names): a figure alone ("two") ties a draft sentence to many a source sentence about another thing.
import type { AnalysedSentence } from '../claims/analyse';
import { isDemonym, type NameMention } from '../claims/names';
import type { NumberMention } from '../claims/numbers';
import { dateOf } from './dateVerdict';
import { addMatchesOf, oncePerDraft, replacedName, type ClaimContext, type Judgement } from './judgement';
import { isPersonName, samePlace } from './relationVerdict';
import { sentenceOverlap, unitKey } from './numberContext';
import { sameDigits } from './figureValues';
import { SPOKE_TO } from './interviewVerdict';

/** The best-matching source sentences read. */
const RANKED = 5;
/** How much of the draft sentence a source sentence must share to say the same, where no figure ties them. */
const SAME_STATEMENT = 0.5;
/**
 * Two sentences stating the draft's figure that credit it to two names: the one sharing this many times
 * more of the draft's words is the draft's statement ("two" is in many a sentence).
 */
const CLEARLY_CLOSER = 2;
/** How far fewer shared words a sentence stating more of the draft's figures may have and still be closer. */
const FIGURES_OUTWEIGH = 1.5;
// "… 3.47% of eligible voters cast ballots, says EULEX.": a credit after the statement, at its end.
// "(figure from EULEX)", "data by the KQZ": whose figure it is.
// "I read in Reuters that …", "reported by AFP": the outlet that carried it.
// "… and attributes it to EULEX": the body a writer credits the figure to.
// "the count of "a few dozen" came from a Reuters journalist": whose it was.
const CREDIT_BEFORE = /(?:\b(?:according\s+to|per|read\s+(?:it\s+)?in|reported\s+by|c(?:ame|omes)\s+from|attribut(?:e|es|ed|ing)\s+(?:it|them|this|both|the\s+\w+)\s+to|credit(?:s|ed|ing)?\s+(?:it|them|this|the\s+\w+)\s+to|(?:figures?|data|numbers?|count|tally|estimates?)\s+(?:from|by))|,\s*(?:says|said|reports|reported))\s+(?:the\s+|an?\s+)?$/i;
// "…, EULEX said.", "…, the KQZ reported": a report verb after the name, ending the sentence.
const TRAILING_BEFORE = /[^\s,],\s*(?:the\s+)?$/;
// A clause's end will do: "…, Reuters reports; EULEX officers guard …", a table cell's (" : ").
const TRAILING_REPORT = /^\s+(?:said|says|reported|reports|added|confirmed)\s*(?:[.!]?\s*$|;|:\s)/;
// "thinned to a few dozen by a Reuters count", "on an AFP tally": the outlet whose count it is.
const COUNT_AFTER = /^\s+(?:count|tally|estimate|reckoning|figures?)\b/i;
const BY_A_BEFORE = /\b(?:by|on|in)\s+(?:an?|the)\s+$/i;
// "the EULEX figure is 3.47%", "The Reuters count was a few dozen": whose figure, as its subject.
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;
const COUNT_SUBJECT_AFTER = /^\s+(?:count|tally|estimate|figures?)(?:\s+(?:for|of|on)\s+[^,.;:]{1,30}?)?\s+(?:is|was|were|are|puts|put|gives|gave|stands|stood)\b/i;
const BRACKET_END = /^\s+\p{L}+\s*\)/u;
const APPOSITION_END = /^\s+\p{L}+\s*(?:[.;)|]|$)/u;
// "at the request of the Serbian List": who asked for what the sentence says was done, read the same way.
// "Kurti said "Mayors should go and work in their offices" to Reuters": the quotation between the verb and its outlet.
const SAID_QUOTE_TO = /\b(?:said|says)\s*[,:]?\s*["“][^"“”]{1,140}["”]\s*to\s+(?:the\s+)?$/;
const QUOTED_BY = /^\s+(?:has|had|quotes|quoted)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:of\s+the\s+(?:[\p{Lu}][\p{L}'’-]*\s+){1,3})?(?:as\s+)?(?:saying|say)\b/u;
const REQUEST_BEFORE = /\bat\s+the\s+(?:request|invitation|behest)\s+of\s+(?:the\s+)?$/i;

// "at the request of the Kosovo government, after …", "at the request of Pristina after masked men …",
// "at the request of Kosovo's interior ministry": a request's name may carry its body's noun (the
// message names both, as written), and the clause may go on.
const REQUEST_ENDS = /^((?:['’]s)?\s+(?:\p{L}+\s+)?(?:government|police|ministry|authorities|officials|leadership))?(?:['’]s)?(?:\s*[.,;:!?)]|\s*$|\s+(?:after|following|on|when|since|amid)\b)/iu;

// The credited name ends the phrase: "according to the KQZ.", "per the EULEX |". In "according to US envoy
// Gabriel Escobar" or "Kosovo's interior ministry" the name only qualifies who is credited.
const CREDIT_ENDS = /^\s*(?:[.,;:!?)|(\]]|$)|^\s+(?:news\s+)?(?:agency|journalists?|reporters?|correspondents?)\b|^\s+that\b/;
// "a Reuters journalist reported", "AFP reporters counted": the outlet whose journalist gave it.
// "the Reuters reporter's note that …": the journalist's own account.
// "A Reuters reporter at the town hall counted …", "a Reuters reporter has counted …", "… later counted":
// where they were, an auxiliary and an adverb may stand between.
const JOURNALIST_CREDIT = /^\s+(?:news\s+)?(?:agency|journalists?|reporters?|colleagues?|correspondents?|photographers?|cameram[ae]n|camera\s+crews?|crews?|stringers?|producers?|guys?|man|woman|team)(?:(?:\s+(?:at|in|outside|on|near)\s+[^,.;:]{1,30}?)?\s+(?:has\s+|have\s+|had\s+)?(?:(?:later|then|also|again|\p{L}+ly)\s+)?(?:reported|reports|said|says|counted|counts|wrote|saw|estimated)\b|['’]s\s+(?:note|notes|report|account|count|estimate|story)\b)/u;

// "3.47% by EULEX's count", "on the KQZ's figures": a possessive credit.
// "… one officer was hurt is KFOR's account", "by the ministry's version".
const POSSESSIVE_CREDIT = /^['’]s\s+(?:count|counts|figures?|estimates?|tally|data|numbers|reckoning|calculations?|account|version)\b/i;

// "according to Kosovo's interior ministry": a source credits a body the name only qualifies.
const QUALIFIED_CREDIT = /^['’]s\s+((?:[a-z]+\s+){0,2}(?:ministry|government|office|police|authorities|presidency|commission|army|military))\b(?=\s*(?:[.,;:!?)]|$))/;

// "Serbia's interior ministry says …", "KFOR says …", "Reuters counted …": a body or an outlet opening the
// sentence as the subject of a report (a person who says a figure is a speaker, not a credit).
// "Reuters puts the crowd (in Zvečan) at a few dozen" too.
// "Serbia's interior ministry: one officer hurt …", "AFP: a few dozen Serbs …": a chyron's credit before a
// colon, a body's noun or an acronym (a town before a colon heads what is there: "Zvecan: KFOR soldiers …").
const SUBJECT_CREDIT = /^(?:['’]s\s+(?:[a-z]+\s+){0,2}(?:ministry|government|office|police|authorities|presidency|commission|army|military)\b)?\s+(?:says|said|reports|reported|counted|counts|estimates|estimated|(?:puts|put)\s+(?:the\s+)?[a-z]+(?:\s+[^\s,.;:]+){0,3}?\s+at|ha[sd]\s+(?:only\s+)?(?:a\s+few|about|some|around|several|hundreds|dozens|\d))\b|^['’]s\s+(?:[a-z]+\s+){0,2}(?:ministry|government|office|police|authorities|presidency|commission|army|military):(?=\s)/;
const ACRONYM_COLON = /^:\s/;
// At the sentence's or a clause's opening: "…; Reuters puts the crowd at a few dozen.", "Reuters has a few
// dozen Serbs back outside the town hall"
// "But Serbia's interior ministry says …": a conjunction may open it.
// After a short adverbial opening too: "On the ground, Reuters counted …" (not a clause of its own: "One
// police officer was injured, and EULEX said …").
const SENTENCE_OPENING = /(?:^|[;:—–]\s)\s*(?:[-*>•]\s*)*(?:(?:on|in|at|back|earlier|later|today|yesterday|by|after|before|from|overnight)\b[^,;:]{0,25},\s+)?(?:(?:but|and|yet|so|meanwhile|now|still),?\s+)?(?:the\s+)?$/i;

// "Kurti told Reuters …", "speaking to the Reuters agency" (SPOKE_TO): the outlet a speaker gave the words
// to credits them as much as "according to" does. Only for a name that is no person: "Macron told Vucic"
// names whom he spoke to, not who reported it.
// "told Kosovo Albanian media", "told Kosovar television": the outlet named by its country.
const MEDIA_AFTER = /^\s+(?:news\s+)?(?:media|press|television|TV|radio|outlets?|newspapers?)\b/;

const DEMONYM_BODY = /^\s+(?:police|government|authorities|officials|army|military|ministry|media)\b(?=\s*(?:[.,;:!?)]|$))/;

interface Credit {
  name: NameMention;
  /** Credited with what the sentence states, or the one who asked for what it says was done. */
  kind: 'credit' | 'request';
  /** The body credited, where the name only qualifies it: "Kosovo's interior ministry". */
  body?: string;
  /** Credited as the subject of a report opening the sentence ("KFOR says …"). */
  subject?: boolean;
  /** The outlet a speaker told it to ("told Reuters"), as the fix writes it: "Kosovo Albanian media". */
  told?: string;
  /** The body's noun after a requesting name ("the Kosovo government"): no fix replaces the name alone. */
  noun?: string;
}

/**
 * The name a text credits with what it states: a name right after "according to" or "per" that ends the
 * phrase, or one whose count or figures they are; with `qualified`, also a body the name qualifies
 * ("Kosovo's interior ministry", "Kosovar police"). Or the name at whose request something was done.
 */
function creditIn(text: string, names: NameMention[], isPerson: (n: NameMention) => boolean, qualified = false, subjects = false): Credit | undefined {
  for (const n of names) {
    // "AFP has Igor Simić of the Serbian List saying …", "Reuters quoted Kurti as saying …": the outlet
    // that carried a person's words, as "told AFP" is.
    if (!n.demonym && !isPerson(n) && QUOTED_BY.test(text.slice(n.end, n.end + 80))) return { name: n, kind: 'credit', told: n.text };
    if (SPOKE_TO.test(text.slice(Math.max(0, n.start - 30), n.start)) || SAID_QUOTE_TO.test(text.slice(Math.max(0, n.start - 160), n.start))) {
      const media = MEDIA_AFTER.exec(text.slice(n.end, n.end + 20))?.[0];
      if (media || (!n.demonym && !isPerson(n))) return { name: n, kind: 'credit', told: `${n.text}${media ?? ''}` };
      continue;
    }
    // A person opening the sentence ("Kurti said …") is its speaker, no credit: the outlet after may be one.
    if (subjects && !n.demonym && !isPerson(n) && SENTENCE_OPENING.test(text.slice(0, n.start))) {
      const subject = SUBJECT_CREDIT.exec(text.slice(n.end, n.end + 60)) ?? (/^[\p{Lu}.]{2,}$/u.test(n.text) ? ACRONYM_COLON.exec(text.slice(n.end, n.end + 2)) : null);
      if (subject) {
        const body = /^['’]s\s+[a-z ]*?(?=\s+(?:says|said|reports|reported|counted|counts|estimates|estimated|puts|put)\b|:)/.exec(subject[0])?.[0];
        return { name: n, kind: 'credit', subject: true, ...(body ? { body: `${n.text}${body}` } : {}) };
      }
    }
    const before = text.slice(Math.max(0, n.start - 30), n.start);
    const credited = CREDIT_BEFORE.test(before);
    // "according to Kosovar police": a body named by its nationality.
    if (n.demonym) {
      const body = qualified && credited ? DEMONYM_BODY.exec(text.slice(n.end)) : null;
      if (body) return { name: n, kind: 'credit', body: `${n.text}${body[0]}` };
      continue;
    }
    // "… injuring one officer, EULEX said.": a body or an outlet reporting what the sentence said before it.
    if (TRAILING_BEFORE.test(before) && TRAILING_REPORT.test(text.slice(n.end)) && !isPerson(n)) return { name: n, kind: 'credit' };
    const ends = CREDIT_ENDS.test(text.slice(n.end));
    const requested = REQUEST_BEFORE.test(before) ? REQUEST_ENDS.exec(text.slice(n.end, n.end + 40)) : null;
    if (requested) return { name: n, kind: 'request', ...(requested[1] ? { noun: requested[1] } : {}) };
    const body = qualified && credited ? QUALIFIED_CREDIT.exec(text.slice(n.end)) : null;
    if (body) return { name: n, kind: 'credit', body: `${n.text}${text.slice(n.end, n.end + body[0].length)}` };
    // "3.47% (EULEX figure)", "(the KFOR figure)": whose figure, in brackets after it.
    // ", the EU figure." after it too: an apposition naming whose figure it is; and "the EULEX figure is …".
    const counted =
      COUNT_AFTER.test(text.slice(n.end, n.end + 20)) &&
      (BY_A_BEFORE.test(before) || (/\(\s*(?:the\s+|an?\s+)?$/i.test(before) && BRACKET_END.test(text.slice(n.end, n.end + 20))) || (/,\s*the\s+$/i.test(before) && APPOSITION_END.test(text.slice(n.end, n.end + 20))) || (THE_BEFORE.test(before) && COUNT_SUBJECT_AFTER.test(text.slice(n.end, n.end + 30))));
    if ((ends && credited) || counted || POSSESSIVE_CREDIT.test(text.slice(n.end, n.end + 20)) || JOURNALIST_CREDIT.test(text.slice(n.end, n.end + 80))) {
      return { name: n, kind: 'credit' };
    }
  }
  return undefined;
}

// Every name the draft credits: "He spoke to AFP; the count … came from a Reuters journalist" credits two.
const draftCredits = oncePerDraft((ctx) =>
  ctx.draft.names.map((n) => creditIn(ctx.draft.text, [n], (m) => isPersonName(m, ctx.index), true, true)).filter((c): c is Credit => c !== undefined),
);

/** "Serbia's interior ministry" → "interior ministry": the body a qualified credit names. */
const bodyWords = (body: string) => body.replace(/^.*?['’]s\s+/, '').toLowerCase();

const CLAUSE_BREAK = /[;—–]/;
// "… since 0530 on Monday, and a few dozen Serbs gathered …, where a Reuters reporter counted them": a
// clause joined by ", and" or ", but" is another statement, with figures of its own.
const JOINED_CLAUSE = /,\s+(?:and|but|while|whereas)\s+$/;

/** The draft's figures in the clause of its credited name, dates and years left out. */
function creditedFigures(ctx: ClaimContext, name: NameMention): NumberMention[] {
  const { text } = ctx.draft;
  let from = name.start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!) && !JOINED_CLAUSE.test(text.slice(Math.max(0, from - 8), from))) from--;
  let to = name.end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!) && !JOINED_CLAUSE.test(text.slice(Math.max(0, to - 7), to + 1))) to++;
  // "In Zvečan, 28 kilometres north of Pristina, a Reuters reporter counted …": a distance places the
  // scene; no one credited is counting it.
  return ctx.draft.numbers.filter((n) => n.start >= from && n.end <= to && n.numKind !== 'year' && n.numKind !== 'weekday' && !dateOf(n, text) && !DISTANCE_UNITS.has(n.unit ?? ''));
}
const DISTANCE_UNITS = new Set(['mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter']);

/** How much of the draft sentence a source sentence giving the same crowd estimate must share. */
const SAME_ESTIMATE = 0.35;
const VAGUE_COUNT = /\b(?:a\s+few|several|some)\s+(?:dozen|hundred|thousand)\b/i;
const VAGUE_COUNT_OF = /\b(?:a\s+few|several|some)\s+(?:dozen|hundred|thousand)\s+\p{L}+/iu;
const VAGUE_COUNT_BARE = /\b(?:a\s+few|several|some)\s+(?:dozen|hundred|thousand)(?=\s+(?:by|on|in|at|according|,|\.|$)|[,.;]|$)/i;

/** Words a source sentence needs for the draft to say the same by holding most of them. */
const STATEMENT_WORDS = 4;

const CLAUSE_QUERY_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/**
 * The draft sentence's clause that holds `at`, as a context of its own: from the last ", and" or ";"
 * before it to the next ";" or cell after it.
 */
function clauseOf(ctx: ClaimContext, at: number): ClaimContext | undefined {
  const { tokens } = ctx.draft;
  let from = 0;
  for (let k = 0; k < tokens.length && tokens[k]!.start < at; k++) {
    if (tokens[k]!.text === ';' || (tokens[k]!.text === ',' && tokens[k + 1]?.pos === 'CCONJ')) from = k + 1;
  }
  // It ends where the next one begins: "…; the mayor works from home : Tense" is another clause, another cell.
  let to = tokens.findIndex((t) => t.start > at && (t.text === ';' || t.text === ':'));
  if (to < 0) to = tokens.length;
  return from === 0 && to === tokens.length ? undefined : { ...ctx, draft: { ...ctx.draft, tokens: tokens.slice(from, to) } };
}

/**
 * Whether a source sentence says what the draft sentence says: it holds most of the draft's words, or the
 * draft holds most of its own, in a longer sentence ("A Reuters journalist's count of a few dozen Serbs
 * outside the town hall in Zvečan was the only crowd figure taken up …").
 */
function sameStatement(ctx: ClaimContext, sentence: AnalysedSentence): boolean {
  const overlap = sentenceOverlap(ctx.draft, sentence, undefined);
  if (overlap >= SAME_STATEMENT) return true;
  // "thinned to a few dozen by a Reuters count" and "a few dozen Serbs gathered …, according to an AFP
  // journalist": a crowd estimate in the same words is the count's own tie, as a figure would be.
  const estimate = VAGUE_COUNT.exec(ctx.draft.text)?.[0].toLowerCase();
  if (estimate && overlap >= SAME_ESTIMATE && sentence.text.toLowerCase().includes(estimate)) return true;
  // "the Reuters reporter's note that only a few dozen Serbs turned out in Zvečan": the same estimate of
  // the same people in a place both name is one count, whatever else the sentences say.
  // "the crowds in Zvečan thinned to a few dozen by a Reuters count": an estimate with no noun of its own
  // is of the crowd the place's sentence counts so.
  const counted = (VAGUE_COUNT_BARE.exec(ctx.draft.text) ?? VAGUE_COUNT_OF.exec(ctx.draft.text))?.[0].toLowerCase();
  if (counted && sentence.text.toLowerCase().includes(counted) && ctx.draft.names.some((d) => !d.demonym && sentence.names.some((n) => !n.demonym && samePlace(n, d)))) return true;
  const words = sentence.tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'PROPN').length;
  return words >= STATEMENT_WORDS && sentenceOverlap(sentence, ctx.draft, undefined) >= SAME_STATEMENT;
}

const LIST_JOIN = /^\s*(?:,|and|or|&|\/)\s*(?:and\s+)?$/;

function listedTogether(text: string, a: NameMention, b: NameMention): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return LIST_JOIN.test(text.slice(first.end, second.start));
}

/** The draft's credited name where the sources credit its figure only to another; undefined otherwise. */
export function creditJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const credit = draftCredits(ctx).find((c) => c.name.start === claim.start);
  if (!credit || (credit.subject && isPersonName(claim, ctx.index))) return undefined;
  // The draft's figure may itself be wrong by a slip ("3.74%" credited to the wrong body): the source's
  // credit for the figure it slipped from still says who gave it.
  // Without a figure ("a few dozen Serbs gathered, a Reuters journalist reported"), a sentence that says
  // much the same ties them instead.
  // Only the figures of the credit's own clause, and no dates: in "… 28 miles north of Pristina; Reuters
  // puts the crowd at a few dozen" or "… on Wednesday 1 June", no figure is what Reuters gave.
  const figures = creditedFigures(ctx, credit.name);
  const best: Array<{ id: number; readonly sentence: AnalysedSentence }> = ctx.ranked.slice(0, RANKED);
  const statesFigure = (id: number) => figures.some((n) => ctx.index.mayStateValue(id, (v) => v === n.value || sameDigits(v, n.value)));
  // "In Zvečan, a town of about 7,000 people 38 miles north of Pristina, a few dozen Serbs gathered …,
  // according to a Reuters reporter": where no best match states the clause's figures, they are not
  // what was credited, and a sentence saying the same ties the credit instead.
  const byFigures = figures.length > 0 && best.some((r) => statesFigure(r.id));
  // But a sentence with a figure of the kind the draft credits ("3.47% of eligible voters" for the draft's
  // "4.8%") gives another figure: which is right is the number verdict's, and who gave it stays open.
  const otherFigure = (sentence: AnalysedSentence) => sentence.numbers.some((n) => figures.some((f) => f.numKind === n.numKind));
  // "two police cars" are not the "two Kosovar Albanians" of another report: people and things are not
  // counted alike ("two vehicles" may be the draft's cars).
  const people = (unit: string | undefined) => !!unit && isDemonym(unitKey(unit)!);
  const countsAsDraft = (sentence: AnalysedSentence) =>
    sentence.numbers.some((n) => figures.some((f) => (n.value === f.value || sameDigits(n.value, f.value)) && (!f.unit || !n.unit || people(f.unit) === people(n.unit))));
  // A request is its own clause's: "Barbed wire … around the city hall, and KFOR soldiers are posted on the
  // roads … at the request of Belgrade" says of the request what its last clause says.
  // So is any credit's: "Simic spoke to Reuters; the count of a few dozen Serbs in Zvečan is AFP's".
  const clause = clauseOf(ctx, credit.name.start);
  // The clause's own best matches too: "Barbed wire … round the town hall; KFOR on the roads … at the
  // request of EULEX" ranks the barbed wire first.
  if (clause) {
    const words = clause.draft.tokens.filter((t) => CLAUSE_QUERY_POS.has(t.pos) && (t.end <= claim.start || t.start >= claim.end)).map((t) => t.text);
    addMatchesOf(best, ctx, words, RANKED);
  }
  const saysSame = (sentence: AnalysedSentence) => sameStatement(ctx, sentence) || (clause !== undefined && sameStatement(clause, sentence));
  const stating = best.filter((r) => (byFigures ? statesFigure(r.id) && countsAsDraft(r.sentence) : saysSame(r.sentence) && !otherFigure(r.sentence)));
  const byWords = !byFigures;
  let other: { name: NameMention; id: number; overlap: number; figures: number; body?: string; told?: string } | undefined;
  for (const { id } of stating) {
    const text = ctx.index.cited(id)?.text ?? '';
    const names = ctx.index.namesIn(id);
    const found = creditIn(text, names, (n) => isPersonName(n, ctx.index), true);
    if (!found || found.kind !== credit.kind) continue;
    // "according to Serbia's interior ministry" is compared only with another country's interior
    // ministry: the draft's name is the qualifier, and only a qualifier can replace it.
    if (credit.body !== undefined && (found.body === undefined || bodyWords(found.body) !== bodyWords(credit.body))) continue;
    const sourceCredit = found.name;
    // A source crediting the draft's name, or naming it beside its own credit ("the KQZ ... EULEX"), leaves the draft alone.
    if (samePlace(sourceCredit, claim) || names.some((n) => samePlace(n, claim))) return undefined;
    const overlap = sentenceOverlap(ctx.draft, ctx.index.sentence(id)!, undefined);
    const figures = ctx.draft.numbers.filter((n) => ctx.index.mayStateValue(id, (v) => v === n.value)).length;
    const candidate = { name: sourceCredit, id, overlap, figures, ...(found.body ? { body: found.body } : {}), ...(found.told ? { told: found.told } : {}) };
    if (other && (!samePlace(other.name, sourceCredit) || other.body !== found.body)) {
      // The sentence clearly closer to the draft's, by its words or by stating more of its figures with as many words.
      const closer = (a: typeof candidate, b: typeof candidate) => a.overlap >= CLEARLY_CLOSER * b.overlap || (a.figures > b.figures && FIGURES_OUTWEIGH * a.overlap >= b.overlap);
      // Two sentences saying the draft's very words, each crediting another ("told Kosovar media", "told
      // Kosovo Albanian media"), both gainsay the draft's credit: the better-ranked one is cited.
      if (closer(other, candidate) || byWords) continue;
      if (!closer(candidate, other)) return undefined;
      other = candidate;
    }
    other ??= candidate;
  }
  // "told AFP and Reuters": the draft credits the source's name too, listed beside its own.
  if (!other || ctx.draft.names.some((n) => samePlace(n, other.name) && listedTogether(ctx.draft.text, claim, n))) return undefined;
  const cited = ctx.index.cited(other.id)!;
  if (credit.body !== undefined) return replacedName(claim, `credit this to ${other.body}`, cited, other.name.text);
  if (other.body) return replacedName(claim, `credit this to ${other.body}`, cited, other.body);
  if (credit.told !== undefined) {
    const outlet = other.told ?? other.name.text;
    return replacedName(claim, `have this said to ${outlet}`, cited, outlet);
  }
  const saying = credit.kind === 'request' ? `have this done at the request of ${other.name.text}` : `credit this ${byWords ? 'report' : 'figure'} to ${other.name.text}`;
  // "at the request of the Kosovo government": "the Serbian List government" would be no fix.
  if (credit.noun) {
    const { suggestion: _dropped, ...judged } = replacedName({ text: `${claim.text}${credit.noun}` }, saying, cited, other.name.text);
    return judged;
  }
  // The draft writes an acronym ("EULEX"), and the source spells its own out beside it ("the Kosovo
  // Central Election Commission (KQZ)"): the fix keeps the draft's style.
  const acronym = /^[\p{Lu}.]{2,}$/u.test(claim.text) ? cited.text.slice(other.name.end).match(/^\s*\(([\p{Lu}.]{2,})\)/u)?.[1] : undefined;
  return replacedName(claim, saying, cited, acronym ?? other.name.text);
}
