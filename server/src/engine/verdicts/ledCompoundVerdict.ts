// Who leads it: "the NATO-led dialogue" where every source that writes a "-led dialogue" writes "the
// EU-led dialogue". A compound "X-led <noun>" names what the sources hold fixed, whatever else the draft
// sentence is about ("asked Vučić to suspend the NATO-led dialogue" matches the Serbs' request best, which
// names no leader): the sentences writing the compound are looked up by it.
//
// Only where every such source sentence names one leader, never the draft's, nor another name of it
// ("NATO-led KFOR" is NATO's and KFOR's).
import type { NameMention } from '../claims/names';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { escapeRegExp, samePlace } from './relationVerdict';
import { mayBeOneThing } from './slotVerdict';

/** Source sentences read for the compound, best first. */
const LOOKED_UP = 20;
const LED_AFTER = /^-led\s+(\p{L}+)/u;

export function ledCompoundJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const noun = LED_AFTER.exec(ctx.draft.text.slice(claim.end, claim.end + 30))?.[1]?.toLowerCase();
  if (!noun) return undefined;
  const compound = new RegExp(`-led\\s+${escapeRegExp(noun)}\\b`, 'i');
  let other: { name: NameMention; id: number } | undefined;
  for (const { id } of ctx.index.rank(`led ${noun}`, LOOKED_UP)) {
    const text = ctx.index.cited(id)?.text ?? '';
    if (!compound.test(text)) continue;
    for (const name of ctx.index.namesIn(id)) {
      if (!compound.test(text.slice(name.end, name.end + noun.length + 8)) || !text.startsWith('-led', name.end)) continue;
      if (samePlace(name, claim) || mayBeOneThing(claim.key, name.key, ctx)) return undefined;
      if (other && !samePlace(other.name, name)) return undefined;
      other ??= { name, id };
    }
  }
  if (!other) return undefined;
  return replacedName(claim, `write the ${other.name.text}-led ${noun}`, ctx.index.cited(other.id)!, other.name.text);
}
