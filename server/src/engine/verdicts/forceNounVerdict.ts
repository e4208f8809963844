// Whose soldiers: "violence against EULEX soldiers", "KFOR, the UN peacekeeping force", where the sources
// never give the draft's body soldiers, troops or peacekeepers, and give them to another. EULEX is a
// mission of police and judges; the soldiers are NATO's (KFOR's). A body the sources write with a force's
// noun even once is left alone, and so is a country (its soldiers may be anywhere in a story) or a people.
//
// Written by hand: what a body may have is told by the sources' own words beside its name, which no
// library reads.
import type { NameMention } from '../claims/names';
import { bestInPool, replacedName, type ClaimContext, type Judgement } from './judgement';
import { resolve } from './nameResolve';
import { isPersonName } from './relationVerdict';
import { isPeople, mayBeOneThing, writtenTogether } from './slotVerdict';

/** The nouns of an armed force, right after the draft's name ("EULEX soldiers", "UN-led peacekeeping"). */
const FORCE_AFTER = /^(?:['’]s)?(?:-led)?\s+(soldiers|troops|peacekeepers|peacekeeping)\b/i;
/** In a source, a word or two may stand between: "the NATO-led international peacekeeping mission". */
const SOURCE_FORCE_AFTER = /^(?:['’]s)?(?:-led)?\s+(?:[\p{L}-]+\s+){0,2}?(?:soldiers|troops|peacekeepers|peacekeeping)\b/iu;
/** Before the name too: "Soldiers of the peacekeeping force KFOR", "the … peacekeeping mission in Kosovo (KFOR)". */
const SOURCE_FORCE_BEFORE = /\b(?:soldiers|troops|peacekeepers|peacekeeping)\b[^.;]{0,40}$/i;
/** Sentences naming the draft's body read for a force's noun, at most. */
const OWN_SENTENCES = 300;
/** Pool sentences read for the bodies the sources give a force. */
const POOL_SENTENCES = 40;

const isAcronym = (text: string) => /^[\p{Lu}.]{2,}$/u.test(text);

export function forceNounJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.demonym || isPeople(claim)) return undefined;
  const noun = FORCE_AFTER.exec(ctx.draft.text.slice(claim.end, claim.end + 30))?.[1]?.toLowerCase();
  // A body: an acronym or a name of several words, no person; a country or a town in one word is not.
  if (!noun || !(isAcronym(claim.text) || claim.key.includes(' ')) || isPersonName(claim, ctx.index)) return undefined;
  const entries = resolve(claim.key, ctx);
  if (entries.length === 0) return undefined;
  const keys = new Set(entries.map((e) => e.key));
  let read = 0;
  for (const entry of entries) {
    for (const id of entry.sentenceIds) {
      if (read++ >= OWN_SENTENCES) break;
      const text = ctx.index.cited(id)?.text ?? '';
      const own = (n: NameMention) => SOURCE_FORCE_AFTER.test(text.slice(n.end, n.end + 50)) || SOURCE_FORCE_BEFORE.test(text.slice(Math.max(0, n.start - 50), n.start));
      if (ctx.index.namesIn(id).some((n) => keys.has(n.key) && own(n))) return undefined;
    }
  }
  // The bodies the best-matching sources give a force, the most written first.
  const rivals = new Map<string, { name: NameMention; id: number; count: number }>();
  const forced = (id: number) => {
    const text = ctx.index.cited(id)?.text ?? '';
    return ctx.index.namesIn(id).filter((n) => !n.demonym && !isPeople(n) && !keys.has(n.key) && SOURCE_FORCE_AFTER.test(text.slice(n.end, n.end + 50)));
  };
  for (const [id] of bestInPool(ctx.pool, (id) => forced(id).length > 0, POOL_SENTENCES)) {
    for (const name of forced(id)) {
      if (mayBeOneThing(claim.key, name.key, ctx) || writtenTogether(claim, name, ctx)) return undefined;
      const known = rivals.get(name.key);
      if (known) known.count++;
      else rivals.set(name.key, { name, id, count: 1 });
    }
  }
  const best = [...rivals.values()].sort((a, b) => b.count - a.count)[0];
  if (!best) return undefined;
  return replacedName(claim, `give ${noun} to ${best.name.text}`, ctx.index.cited(best.id)!, best.name.text);
}
