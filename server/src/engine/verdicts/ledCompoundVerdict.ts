// Who leads it: "the NATO-led dialogue" where every source that writes a "-led dialogue" writes "the
// EU-led dialogue". A compound "X-led <noun>" names what the sources hold fixed, whatever else the draft
// sentence is about ("asked Vučić to suspend the NATO-led dialogue" matches the Serbs' request best, which
// names no leader): the sentences writing the compound are looked up by it.
//
// Only where every such source sentence names one leader, never the draft's, nor another name of it
// ("NATO-led KFOR" is NATO's and KFOR's).
//
// The same holds for whose gathering it is: "the European Union summit in Chisinau" where the only
// source to name a summit's host body writes "a European Political Community summit".
import type { NameMention } from '../claims/names';
import { replacedName, type ClaimContext, type Judgement } from './judgement';
import { escapeRegExp, samePlace } from './relationVerdict';
import { mayBeOneThing } from './slotVerdict';
import { isBody } from './swapVerdict';

/** Source sentences read for the compound, best first. */
const LOOKED_UP = 20;
const LED_AFTER = /^-led\s+(\p{L}+)/u;

// Gatherings a body holds: "a European Political Community summit", "a NATO military exercise".
// An adjective of its kind may stand between: "an EU military exercise" against "a NATO military exercise".
const GATHERING_KIND = '(?:(?:military|joint|naval|political|security|annual|international)\\s+)?';
const GATHERING_AFTER = new RegExp(`^\\s+${GATHERING_KIND}(summit|forum|conference|congress|exercise|drill)s?\\b`, 'i');

export function ledCompoundJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const after = ctx.draft.text.slice(claim.end, claim.end + 30);
  const led = LED_AFTER.exec(after)?.[1]?.toLowerCase();
  // A body's gathering, not a place's ("the Chisinau summit" says where it was).
  const gathering = led || !isBody(claim) ? undefined : GATHERING_AFTER.exec(after)?.[1]?.toLowerCase();
  const noun = led ?? gathering;
  if (!noun) return undefined;
  const compound = new RegExp(`${led ? '-led' : ''}\\s+${led ? '' : GATHERING_KIND}${escapeRegExp(noun)}s?\\b`, 'i');
  let other: { name: NameMention; id: number } | undefined;
  for (const { id } of ctx.index.rank(`${led ? 'led ' : ''}${noun}`, LOOKED_UP)) {
    const text = ctx.index.cited(id)?.text ?? '';
    if (!compound.test(text)) continue;
    for (const name of ctx.index.namesIn(id)) {
      const rest = text.slice(name.end, name.end + noun.length + 24);
      if (!compound.test(rest) || (led ? !text.startsWith('-led', name.end) : rest.search(compound) !== 0 || !isBody(name))) continue;
      if (samePlace(name, claim) || mayBeOneThing(claim.key, name.key, ctx)) return undefined;
      if (other && !samePlace(other.name, name)) return undefined;
      other ??= { name, id };
    }
  }
  if (!other) return undefined;
  return replacedName(claim, led ? `write the ${other.name.text}-led ${noun}` : `name the ${noun} ${other.name.text}'s`, ctx.index.cited(other.id)!, other.name.text);
}
