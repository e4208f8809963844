// An acronym defined against the wrong name: "The European Union Rule of Law Mission in Kosovo (KFOR)"
// where the sources write "the European Union Rule of Law Mission in Kosovo (EULEX)". The name a draft
// spells out before the bracket is looked up in the sources as written; where they give it another
// acronym in brackets, and never the draft's, the draft's acronym is contradicted.
//
// Read by text, not by name mentions: the name finder splits "… Mission in Kosovo" at "in", and the bracket
// follows its last part.
import type { NameMention } from '../claims/names';
import { foldKeepingOffsets } from '../text/fold';
import { escapeRegExp } from './relationVerdict';
import { resolve } from './nameResolve';
import { replacedName, type ClaimContext, type Judgement } from './judgement';

/** Sentences naming the spelt-out name's first part that are read for its bracket, at most. */
const SENTENCES = 300;
/** Words of a spelt-out name: capitalised, or the small words inside one ("Rule of Law Mission in Kosovo"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|in|for|the|and|on|de|du|la)$/u;
const SMALL = /^(?:of|in|for|the|and|on|de|du|la)$/;
const BRACKETED = /\(\s*([\p{Lu}.]{2,})\s*\)/u;

/** "European Union Rule of Law Mission in Kosovo" before "(KFOR)": the run of name words before the bracket. */
function spelledOut(text: string, claim: NameMention): string | undefined {
  const before = text.slice(Math.max(0, claim.start - 120), claim.start);
  const bracket = /\(\s*$/.exec(before);
  if (!bracket || !/^\s*\)/.test(text.slice(claim.end, claim.end + 3))) return undefined;
  const words = before.slice(0, bracket.index).trimEnd().split(/\s+/);
  let first = words.length;
  while (first > 0 && NAME_WORD.test(words[first - 1]!)) first--;
  while (first < words.length && SMALL.test(words[first]!.toLowerCase())) first++;
  const run = words.slice(first);
  // Two capitalised words at least: "Mission (KFOR)" alone names nothing to look up.
  return run.filter((w) => !SMALL.test(w)).length >= 2 ? run.join(' ') : undefined;
}

const fold = (s: string) => foldKeepingOffsets(s).toLowerCase();

/** The draft's acronym in brackets after a name the sources give another acronym; undefined otherwise. */
export function acronymJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  if (!/^[\p{Lu}.]{2,}$/u.test(claim.text)) return undefined;
  const long = spelledOut(ctx.draft.text, claim);
  if (!long) return undefined;
  const firstPart = ctx.draft.names.find((n) => n.end <= claim.start && long.startsWith(n.text));
  if (!firstPart) return undefined;
  // "Kosovo Liberation Army (KLA)" where the sources write "(UCK)", the name in its own language: an
  // acronym of the name's own initials is that name in the draft's language, not a wrong one.
  const initials = long.split(/\s+/).filter((w) => !SMALL.test(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('');
  if (fold(claim.text).replace(/\./g, '') === initials) return undefined;
  // Folded to lower case, the bracket's capitals are matched by letters.
  const written = new RegExp(`${escapeRegExp(fold(long)).replace(/ /g, '\\s+')}\\s*\\(\\s*[\\p{L}.]{2,}\\s*\\)`, 'u');
  const own = fold(claim.text).replace(/\./g, '');
  let other: { acronym: string; id: number } | undefined;
  let read = 0;
  for (const entry of resolve(firstPart.key, ctx)) {
    for (const id of entry.sentenceIds) {
      if (read++ >= SENTENCES) break;
      const text = ctx.index.cited(id)?.text ?? '';
      // Folding keeps offsets: the match stands where it does in the source's own text.
      const m = written.exec(fold(text));
      const acronym = m ? BRACKETED.exec(text.slice(m.index))?.[1] : undefined;
      if (!acronym) continue;
      if (fold(acronym).replace(/\./g, '') === own) return undefined;
      other ??= { acronym, id };
    }
  }
  if (!other) return undefined;
  return replacedName(claim, `write ${long} as ${other.acronym}`, ctx.index.cited(other.id)!, other.acronym);
}
