// To whom a person spoke: "Igor Simic spoke to AFP" where the sources have him speak to Reuters ("Igor
// Simic, speaking to the Reuters agency"). Reads the draft sentence's best BM25 matches, as untagged text
// with the index's names.
import type { NameMention } from '../claims/names';
import type { CorpusIndex } from '../index/corpusIndex';
import { citeLine, evidenceOf, oncePerDraft, quote, type ClaimContext, type Judgement } from './judgement';
import { resolve } from './nameVerdict';
import { fullName, isPersonName, sameName, samePlace } from './relationVerdict';

/** How many of the best-matching source sentences are searched for the interview. */
const RANKED = 10;
export const SPOKE_TO = /\b(?:told|spoke to|speaking to|talking to|talked to|said to|in an interview with|interviewed by)\s+(?:the\s+|an?\s+)?$/i;
// What may follow the outlet: "the Reuters agency", "AFP journalists", the end of the clause, or what was
// said ("told AFP the mayors ...", "spoke to AFP and said"). "Kurti told Kosovo Albanian media" names no outlet.
const OUTLET_END = /^(?:\s+(?:news\s+)?(?:agency|journalists?|reporters?|correspondents?|newspaper|broadcaster|television|TV|radio)\b|\s*[,.;:)!?]|\s+(?:that|the|on|in|about|last|this)\b|\s+and\s+[a-z]|\s*$)/;

const INTERVIEW_WORD = /\b(?:told|spoke|speaking|talking|talked|said to|interview)/i;
const INTERVIEW_WITH = /^(?:['’]s)?\s+(?:(?:exclusive|recent|brief|short)\s+)?interviews?\s+with\s+/i;

const draftInterviews = oncePerDraft((ctx) => (INTERVIEW_WORD.test(ctx.draft.text) ? interviews(ctx.draft.text, ctx.draft.names, ctx.index) : []));

/** (person, outlet) pairs: "Igor Simic, speaking to the Reuters agency", "Simic told AFP the mayors ...". */
function interviews(text: string, names: NameMention[], index: CorpusIndex): Array<{ speaker: NameMention; outlet: NameMention }> {
  const out: Array<{ speaker: NameMention; outlet: NameMention }> = [];
  for (const outlet of names) {
    if (outlet.demonym || isPersonName(outlet, index)) continue;
    // "AFP's interview with Igor Simic", "a Reuters interview with him": the person follows.
    const owned = text.slice(outlet.end, outlet.end + 40).match(INTERVIEW_WITH);
    if (owned) {
      const speaker = names.find((n) => n.start === outlet.end + owned[0].length && isPersonName(n, index));
      if (speaker) out.push({ speaker, outlet });
      continue;
    }
    const verb = text.slice(Math.max(0, outlet.start - 40), outlet.start).match(SPOKE_TO);
    if (!verb || !OUTLET_END.test(text.slice(outlet.end))) continue;
    const verbAt = outlet.start - verb[0].length;
    // The person speaking: the nearest one named before the verb.
    const speaker = names.filter((n) => n.end <= verbAt && isPersonName(n, index)).pop();
    if (speaker) out.push({ speaker, outlet });
  }
  return out;
}

export function outletJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const draft = draftInterviews(ctx).find((r) => r.outlet.start === claim.start);
  if (!draft) return undefined;
  const own = [draft.speaker.key, ...resolve(draft.speaker.key, ctx).map((e) => e.key)];
  let other: { outlet: NameMention; id: number } | undefined;
  for (const { id } of ctx.ranked.slice(0, RANKED)) {
    const text = ctx.index.cited(id)?.text ?? '';
    if (!INTERVIEW_WORD.test(text)) continue;
    for (const r of interviews(text, ctx.index.namesIn(id), ctx.index)) {
      if (!own.some((k) => sameName(r.speaker.key, k))) continue;
      if (samePlace(r.outlet, claim)) return undefined;
      if (other && !samePlace(other.outlet, r.outlet)) return undefined;
      other ??= { outlet: r.outlet, id };
    }
  }
  if (!other) return undefined;
  const sentence = ctx.index.cited(other.id)!;
  const speaker = fullName(draft.speaker.key, ctx);
  return {
    verdict: 'contradicted',
    code: 'contradicted-name',
    message: `sources have ${speaker} speak to ${other.outlet.text}, not ${claim.text} ("${quote(sentence.text, other.outlet.text)}", ${citeLine(sentence)})`,
    suggestion: other.outlet.text,
    evidence: [evidenceOf(sentence, other.outlet.text)],
  };
}
