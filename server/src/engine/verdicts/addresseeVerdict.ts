// To whom it was said: "Vučić says he complained to Antony Blinken about the "irresponsible behaviour of
// Pristina institutions"" where the source sentence with those words has him talk "with EU foreign policy
// chief Josep Borrell". attributionVerdict weighs who spoke; this, whom they spoke to.
//
// Only a person the draft sentence addresses ("to", "with", "told", "asked", "urged", a title between)
// outside its quotation, where the draft quotes words enough to tie it to one source sentence; against
// the best matches quoting those words that address one other person and never the draft's.
import type { NameMention } from '../claims/names';
import { oncePerDraft, replacedName, type ClaimContext, type Judgement } from './judgement';
import { ADDRESSED_BEFORE, longestSharedRun, quoteSpans, wordsIn } from './attributionVerdict';
import { fullName, isPersonName, sameName } from './relationVerdict';

const RANKED = 10;
/** Words a quotation needs to tie a draft sentence to one source sentence, and the run the two must share. */
const MIN_QUOTE_WORDS = 4;
const SHARED_RUN = 6;

const outside = (n: NameMention, spans: Array<[number, number]>) => !spans.some(([a, b]) => n.start >= a && n.end <= b);

/** The persons a sentence addresses, outside its quotations. */
function addressed(text: string, names: NameMention[], spans: Array<[number, number]>, isPerson: (n: NameMention) => boolean): NameMention[] {
  return names.filter((n) => !n.demonym && outside(n, spans) && isPerson(n) && ADDRESSED_BEFORE.test(text.slice(Math.max(0, n.start - 50), n.start)));
}

const draftAddress = oncePerDraft((ctx) => {
  const { text, names } = ctx.draft;
  const spans = quoteSpans(text);
  const quotes = spans.map(([a, b]) => wordsIn(text.slice(a, b))).filter((w) => w.length >= MIN_QUOTE_WORDS);
  const people = quotes.length > 0 ? addressed(text, names, spans, (n) => isPersonName(n, ctx.index)) : [];
  return { quotes, people };
});

export function addresseeJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const { quotes, people } = draftAddress(ctx);
  if (!people.some((p) => p.start === claim.start)) return undefined;
  let other: { person: NameMention; id: number } | undefined;
  for (const { id } of ctx.ranked.slice(0, RANKED)) {
    const text = ctx.index.cited(id)?.text ?? '';
    const spans = quoteSpans(text);
    const said = quotes.some((q) => spans.some(([a, b]) => longestSharedRun(q, wordsIn(text.slice(a, b))) >= Math.min(SHARED_RUN, q.length)));
    if (!said) continue;
    const names = ctx.index.namesIn(id);
    if (names.some((n) => sameName(n.key, claim.key))) return undefined;
    for (const person of addressed(text, names, spans, (n) => isPersonName(n, ctx.index))) {
      if (ctx.draft.names.some((d) => sameName(d.key, person.key))) continue;
      if (other && !sameName(other.person.key, person.key)) return undefined;
      other ??= { person, id };
    }
  }
  if (!other) return undefined;
  const suggestion = claim.key.includes(' ') ? fullName(other.person.key, ctx) : other.person.text;
  return replacedName(claim, `have this said to ${suggestion}`, ctx.index.cited(other.id)!, suggestion);
}
