// Verdict on one name: supported where the corpus names the same entity (in any spelling it uses
// itself, or by a part of a full name it uses), contradicted where the sources give the person's stated
// role to someone else or spell the name differently, unsupported where no source names it.
import type { NameMention } from '../claims/names';
import { isDemonym } from '../claims/names';
import type { IndexedSentence } from '../index/corpusIndex';
import { preferredForm, type NameEntry } from '../index/nameVocabulary';
import { editDistance, nameKey } from '../text/fold';
import { citeLine, evidenceOf, MAX_EVIDENCE, quote, relatedness, type ClaimContext, type Judgement } from './judgement';
import { placeAliases } from './placeAliases';

// Titles that say nothing about an office: "Mr Kurti" is not a role to check.
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'st', 'saint', 'father']);

function sentencesOf(entries: NameEntry[], ctx: ClaimContext): IndexedSentence[] {
  const ids = new Set<number>();
  for (const e of entries) for (const id of e.sentenceIds) ids.add(id);
  return [...ids]
    .map((id) => ctx.index.sentence(id)!)
    .filter(Boolean)
    .map((s) => ({ s, r: relatedness(ctx, s) }))
    .sort((a, b) => b.r - a.r)
    .map((x) => x.s);
}

function entriesFor(keys: string[], ctx: ClaimContext): NameEntry[] {
  return keys.map((k) => ctx.index.names.get(k)).filter((e): e is NameEntry => !!e);
}

/** Entries that name what `key` names: the same key, an alias, or a full name it is part of. */
export function resolve(key: string, ctx: ClaimContext): NameEntry[] {
  const { names } = ctx.index;
  const tokens = key.split(' ');
  const last = tokens[tokens.length - 1];
  // "Olympic" and "Rio Olympics", "Serb" and "Serbs": one name.
  const otherNumber = [...tokens.slice(0, -1), last.endsWith('s') ? last.slice(0, -1) : `${last}s`];
  for (const variant of [tokens, otherNumber]) {
    const direct = entriesFor([variant.join(' '), ...names.aliasesOf(variant.join(' '))], ctx);
    if (direct.length > 0) return direct;
    const containing = names.containing(variant);
    if (containing.length > 0) return containing;
  }
  const aliases = entriesFor(placeAliases(key), ctx);
  if (aliases.length > 0) return aliases;
  // "Scottish SPCA" where the corpus says "SPCA": a leading nationality word adds nothing to check.
  if (tokens.length > 1 && isDemonym(tokens[0])) return resolve(tokens.slice(1).join(' '), ctx);
  return [];
}

/**
 * Names in the sources that end with the draft name's surname: another full name ("Luke Wells" for a
 * draft's "Liam Wells") contradicts it; the surname alone ("Howe" for "Eddie Howe") leaves the first
 * name unsupported.
 */
function bySurname(key: string, ctx: ClaimContext): { alone: NameEntry[]; others: NameEntry[] } {
  const tokens = key.split(' ');
  if (tokens.length < 2) return { alone: [], others: [] };
  const surname = tokens[tokens.length - 1];
  const withSurname = ctx.index.names.containing([surname]).filter((e) => e.tokens[e.tokens.length - 1] === surname);
  // Another first name only contradicts a name of the same shape ("Luke Wells" / "Liam Wells"), not
  // "Champions League" / "Chinese Super League".
  return { alone: withSurname.filter((e) => e.tokens.length === 1), others: withSurname.filter((e) => e.tokens.length === tokens.length) };
}

/** A name the sources write in lower case or inside other words ("police and crime commissioner"). */
function inRankedText(claim: NameMention, ctx: ClaimContext): IndexedSentence | undefined {
  const phrase = claim.key;
  return ctx.ranked.slice(0, 5).map((r) => r.sentence).find((s) => ` ${nameKey(s.text)} `.includes(` ${phrase} `));
}

function initialsOf(key: string): string {
  return key
    .split(' ')
    .filter((w) => !['of', 'and', 'the', 'for'].includes(w))
    .map((w) => w[0])
    .join('');
}

/** Whether two spellings are close enough to be one name misspelled. */
function closeSpelling(a: string, b: string): boolean {
  const ta = a.split(' ');
  const tb = b.split(' ');
  if (ta.length !== tb.length) return false;
  let differing = 0;
  for (let i = 0; i < ta.length; i++) {
    if (ta[i] === tb[i]) continue;
    differing++;
    const allowed = Math.max(ta[i].length, tb[i].length) >= 7 ? 2 : 1;
    if (ta[i][0] !== tb[i][0] || ta[i].length < 4 || editDistance(ta[i], tb[i], allowed) > allowed) return false;
  }
  return differing === 1 || (ta.length === 1 && differing === 1);
}

function roleJudgement(claim: NameMention, entries: NameEntry[], ctx: ClaimContext): Judgement | undefined {
  const role = claim.role?.filter((w) => !COURTESY.has(w));
  if (!role || role.length === 0) return undefined;
  const roleKey = role.join(' ');
  const ownRoles = new Set<string>();
  for (const e of entries) for (const r of e.roles.keys()) ownRoles.add(r);
  const fits = [...ownRoles].some((r) => r === roleKey || r.endsWith(` ${roleKey}`) || roleKey.endsWith(` ${r}`));
  if (fits || ownRoles.size === 0) return undefined;
  const own = new Set(entries.map((e) => e.key));
  const holders = ctx.index.names.holdersOf(roleKey).filter((k) => !own.has(k) && !own.has(k.split(' ').pop()!));
  if (holders.length === 0) return undefined;
  const holder = ctx.index.names.get(holders[0])!;
  const holderSentences = sentencesOf([holder], ctx);
  const ownSentences = sentencesOf(entries, ctx);
  const ownRole = [...ownRoles][0];
  const suggestion = preferredForm(holder);
  return {
    verdict: 'contradicted',
    code: 'contradicted-name',
    message: `sources give the role ${roleKey} to ${suggestion}, and call ${claim.text} ${ownRole}` +
      (holderSentences[0] ? ` ("${quote(holderSentences[0].text)}", ${citeLine(holderSentences[0])})` : ''),
    suggestion,
    evidence: [...holderSentences.slice(0, 2), ...ownSentences.slice(0, 1)].map((s) => evidenceOf(s, s === ownSentences[0] ? claim.text : suggestion)),
  };
}

export function judgeName(claim: NameMention, ctx: ClaimContext): Judgement {
  if (ctx.allowed.has(claim.key)) {
    return { verdict: 'supported', code: 'supported-name', message: `${claim.text} is on the allowed list`, evidence: [] };
  }
  let entries = resolve(claim.key, ctx);
  // "Ulster Defence Regiment (UDR)": the draft defines an acronym the sources use.
  const acronym = ctx.draft.text.slice(claim.end).match(/^\s*\(\s*([\p{Lu}][\p{L}.]{1,9})\s*\)/u)?.[1];
  if (entries.length === 0 && acronym && initialsOf(claim.key) === nameKey(acronym).replace(/ /g, '')) entries = resolve(nameKey(acronym), ctx);
  const surname = entries.length === 0 ? bySurname(claim.key, ctx) : undefined;
  if (entries.length === 0) {
    const written = inRankedText(claim, ctx);
    if (written) {
      return { verdict: 'supported', code: 'supported-name', message: `written in ${citeLine(written)} ("${quote(written.text)}")`, evidence: [evidenceOf(written, claim.text)] };
    }
  }
  if (entries.length > 0) {
    const role = roleJudgement(claim, entries, ctx);
    if (role) return role;
    const sentences = sentencesOf(entries, ctx);
    const best = sentences[0];
    return {
      verdict: 'supported',
      code: 'supported-name',
      message: best ? `named in ${citeLine(best)} ("${quote(best.text)}")` : `named in the sources`,
      evidence: sentences.slice(0, MAX_EVIDENCE).map((s) => evidenceOf(s, preferredForm(entries[0]))),
    };
  }
  if (surname && surname.others.length > 0) {
    const other = surname.others[0];
    const suggestion = preferredForm(other);
    const sentences = sentencesOf([other], ctx);
    return {
      verdict: 'contradicted',
      code: 'contradicted-name',
      message: `sources name ${suggestion}` + (sentences[0] ? ` ("${quote(sentences[0].text)}", ${citeLine(sentences[0])})` : ''),
      suggestion,
      evidence: sentences.slice(0, MAX_EVIDENCE).map((s) => evidenceOf(s, suggestion)),
    };
  }
  const similar = ctx.index.names.similar(claim.key).filter((e) => closeSpelling(claim.key, e.key) || e.tokens.some((t) => closeSpelling(claim.key, t)));
  if (similar.length > 0) {
    const entry = similar[0];
    // A surname alone that is close to a token of a full name is corrected to that token.
    const suggestion = closeSpelling(claim.key, entry.key) ? preferredForm(entry) : preferredForm(entry).split(' ').find((w) => closeSpelling(claim.key, nameKey(w)));
    const sentences = sentencesOf([entry], ctx);
    return {
      verdict: 'contradicted',
      code: 'misspelled-name',
      message: `sources spell it ${suggestion}` + (sentences[0] ? ` ("${quote(sentences[0].text)}", ${citeLine(sentences[0])})` : ''),
      suggestion: suggestion ?? preferredForm(entry),
      evidence: sentences.slice(0, MAX_EVIDENCE).map((s) => evidenceOf(s, preferredForm(entry))),
    };
  }
  if (surname && surname.alone.length > 0) {
    const alone = preferredForm(surname.alone[0]);
    const sentences = sentencesOf(surname.alone, ctx);
    return {
      verdict: 'unsupported',
      code: 'unsupported-name',
      message: `sources say only ${alone}` + (sentences[0] ? ` (${citeLine(sentences[0])})` : ''),
      evidence: sentences.slice(0, MAX_EVIDENCE).map((s) => evidenceOf(s, alone)),
    };
  }
  const related = ctx.ranked[0];
  return {
    verdict: 'unsupported',
    code: 'unsupported-name',
    message: `no source mentions ${claim.text}`,
    evidence: related && related.relevance > 0 ? [evidenceOf(related.sentence)] : [],
  };
}
