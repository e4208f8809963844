// "Serbian Prime Minister Aleksandar Vucic" where the sources call him only "Serbian President": an
// office the draft gives a person that the sources give nobody with that qualifier, while they do give
// the person another office and give the draft's office (without the qualifier) to someone else, as a
// real office of the story. roleJudgement (nameVerdict) handles an office someone else holds.
import { isDemonym, type NameMention } from '../claims/names';
import type { NameEntry } from '../index/nameVocabulary';
import { citeLine, evidenceOf, quote, type ClaimContext, type Judgement } from './judgement';

// A past, shared or passing office is no office the person holds now ("former prime minister").
const NOT_NOW = new Set(['former', 'ex', 'then', 'acting', 'deputy', 'interim', 'outgoing', 'incoming', 'vice', 'late']);

/** "serbian prime minister" → "prime minister": the office, without the nationality or place before it. */
function officeHead(role: string, ctx: ClaimContext): string {
  const words = role.split(' ');
  let i = 0;
  while (i < words.length - 1 && (isDemonym(words[i]!) || ctx.index.names.get(words[i]!) !== undefined)) i++;
  return words.slice(i).join(' ');
}

/** Whether one office is the other or a more specific form of it ("foreign minister", "minister"). */
function sameHead(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

// Courtesy titles are no office: "Mr Kurti".
const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady']);

export function otherOfficeJudgement(claim: NameMention, roleKey: string, named: NameEntry[], ctx: ClaimContext): Judgement | undefined {
  if (roleKey.split(' ').some((w) => NOT_NOW.has(w))) return undefined;
  // A surname alone is the person of every full name ending in it ("Kurti", "Albin Kurti").
  const surname = claim.key.split(' ').pop()!;
  const entries = [...named, ...ctx.index.names.containing([surname]).filter((e) => e.tokens[e.tokens.length - 1] === surname && !named.includes(e))];
  const own = [...new Set(entries.flatMap((e) => [...e.roles.keys()]))].filter((r) => !COURTESY.has(r));
  if (own.length === 0) return undefined;
  const head = officeHead(roleKey, ctx);
  if (own.some((r) => sameHead(officeHead(r, ctx), head))) return undefined;
  // The office is one the sources give someone else ("Kosovo Prime Minister Albin Kurti"): a real office
  // of the story, not a loose word for a leader ("Serbian strongman").
  const mine = new Set(entries.map((e) => e.key));
  const holders = [...ctx.index.names.holdersOf(head), ...ctx.index.names.holdersOfNarrower(head)].filter((k) => !mine.has(k));
  if (holders.length === 0) return undefined;
  // The sentence where the sources give the person the office they hold, for the message and the evidence.
  const ownRole = own.reduce((a, b) => (b.length > a.length ? b : a));
  const ownText = entries.map((e) => e.roleTexts.get(ownRole)).find(Boolean) ?? ownRole;
  const sentence = ownSentence(entries, ownText, ctx);
  const roleText = claim.roleText ?? roleKey;
  return {
    verdict: 'contradicted',
    code: 'contradicted-name',
    message: `sources name ${claim.text} as ${ownText}, not ${roleText}` + (sentence ? ` ("${quote(sentence.text, ownText)}", ${citeLine(sentence)})` : ''),
    evidence: sentence ? [evidenceOf(sentence, ownText)] : [],
  };
}

/** How many of the person's sentences are read for the one that writes their office. */
const OWN_SENTENCES = 200;

function ownSentence(entries: NameEntry[], roleText: string, ctx: ClaimContext) {
  let read = 0;
  const lower = roleText.toLowerCase();
  for (const e of entries) {
    for (const id of e.sentenceIds) {
      if (read++ >= OWN_SENTENCES) return undefined;
      const sentence = ctx.index.cited(id);
      if (sentence?.text.toLowerCase().includes(lower)) return sentence;
    }
  }
  return undefined;
}
