// A figure credited to the wrong source: "3.47% of voters cast ballots, per the EULEX" where the
// sentences giving 3.47% say "according to the Kosovo Central Election Commission (KQZ)". The name after
// "according to" or "per" says who gave the figure; where the sources credit the draft's figure to one
// other name and never to the draft's, the draft's name is contradicted.
//
// Read from the draft sentence's best few BM25 matches that state one of its figures, untagged (their
// indexed names): a figure alone ("two") ties a draft sentence to many a source sentence about another thing.
import type { NameMention } from '../claims/names';
import { oncePerDraft, replacedName, type ClaimContext, type Judgement } from './judgement';
import { samePlace } from './relationVerdict';

/** The best-matching source sentences read. */
const RANKED = 5;
const CREDIT_BEFORE = /\b(?:according\s+to|per)\s+(?:the\s+|an?\s+)?$/i;

// The credited name ends the phrase: "according to the KQZ.", "per the EULEX |". In "according to US envoy
// Gabriel Escobar" or "Kosovo's interior ministry" the name only qualifies who is credited.
const CREDIT_ENDS = /^\s*(?:[.,;:!?)|(\]]|$)/;

/** The name a text credits with what it states: a name right after "according to" or "per" that ends the phrase. */
function creditIn(text: string, names: NameMention[]): NameMention | undefined {
  return names.find((n) => !n.demonym && CREDIT_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)) && CREDIT_ENDS.test(text.slice(n.end)));
}

const draftCredit = oncePerDraft((ctx) => creditIn(ctx.draft.text, ctx.draft.names));

/** The draft's credited name where the sources credit its figure only to another; undefined otherwise. */
export function creditJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const credit = draftCredit(ctx);
  if (!credit || credit.start !== claim.start || ctx.draft.numbers.length === 0) return undefined;
  const stated = ctx.draft.numbers.map((n) => ctx.index.sentencesWithValue(n.value));
  const stating = ctx.ranked.slice(0, RANKED).filter((r) => stated.some((ids) => ids.has(r.id)));
  let other: { name: NameMention; id: number } | undefined;
  for (const { id } of stating) {
    const text = ctx.index.cited(id)?.text ?? '';
    const names = ctx.index.namesIn(id);
    const sourceCredit = creditIn(text, names);
    if (!sourceCredit) continue;
    // A source crediting the draft's name, or naming it beside its own credit ("the KQZ ... EULEX"), leaves the draft alone.
    if (samePlace(sourceCredit, claim) || names.some((n) => samePlace(n, claim))) return undefined;
    if (other && !samePlace(other.name, sourceCredit)) return undefined;
    other ??= { name: sourceCredit, id };
  }
  if (!other) return undefined;
  const cited = ctx.index.cited(other.id)!;
  return replacedName(claim, `credit this figure to ${other.name.text}`, cited, other.name.text);
}
