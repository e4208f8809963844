// To whom a person spoke: "Igor Simic spoke to AFP" where the sources have him speak to Reuters ("Igor
// Simic, speaking to the Reuters agency"). Reads the draft sentence's best BM25 matches, as untagged text
// with the index's names.
import type { NameMention } from '../claims/names';
import type { CorpusIndex } from '../index/corpusIndex';
import { citeLine, evidenceOf, oncePerDraft, quote, type ClaimContext, type Judgement } from './judgement';
import { resolve } from './nameResolve';
import { fullName, isPersonName, sameName, samePlace } from './relationVerdict';
import { sentenceOverlap } from './numberContext';

/** How many of the best-matching source sentences are searched for the interview. */
const RANKED = 10;
/** How much of the draft sentence an interview's sentence must say to be the same statement. */
const SAME_STATEMENT = 0.3;
// "and he said it to Reuters", "Kurti's line "Mayors should go …" was given to Reuters": the words said, then to whom.
export const SPOKE_TO = /\b(?:told|spoke to|speaking to|talking to|talked to|said to|sa(?:id|ys)\s+(?:it|this|that)\s+to|(?:was|were|is)\s+given\s+to|in an interview with|interviewed by)\s+(?:the\s+|an?\s+)?$/i;
// What may follow the outlet: "the Reuters agency", "AFP journalists", the end of the clause, or what was
// said ("told AFP the mayors ...", "spoke to AFP and said"). "Kurti told Kosovo Albanian media" names no outlet.
const OUTLET_END = /^(?:\s+(?:news\s+)?(?:agency|journalists?|reporters?|correspondents?|newspaper|broadcaster|television|TV|radio)\b|\s*[,.;:)!?]|\s+(?:that|the|on|in|about|last|this)\b|\s+and\s+[a-z]|\s*$)/;

const INTERVIEW_WORD = /\b(?:told|spoke|speaking|talking|talked|said to|sa(?:id|ys)\s+(?:it|this|that)\s+to|given to|interview)|,\s*to\s/i;
const CITED_TO = /\(\s*([^(),]{2,40}?),\s*to\s+(?:the\s+)?$/;
// ""Mayors should go …." Albin Kurti, to Reuters": an attribution line after the quotation.
const LINE_TO = /["”»][.!?]?\s*([^(),"“”]{2,40}?),\s*to\s+(?:the\s+)?$/;
const INTERVIEW_WITH = /^(?:['’]s)?\s+(?:(?:exclusive|recent|brief|short)\s+)?interviews?\s+with\s+/i;

const draftInterviews = oncePerDraft((ctx) => (INTERVIEW_WORD.test(ctx.draft.text) ? interviews(ctx.draft.text, ctx.draft.names, ctx.index) : []));

/** (person, outlet) pairs: "Igor Simic, speaking to the Reuters agency", "Simic told AFP the mayors ...". */
function interviews(text: string, names: NameMention[], index: CorpusIndex): Array<{ speaker: NameMention; outlet: NameMention }> {
  const out: Array<{ speaker: NameMention; outlet: NameMention }> = [];
  for (const mention of names) {
    // "Kurti told Kosovar media": a people's or a place's media are an outlet, named with their noun.
    const media = /^\s+media\b/.exec(text.slice(mention.end, mention.end + 8));
    const outlet = media ? { ...mention, end: mention.end + media[0].length, text: `${mention.text} media`, key: `${mention.key} media` } : mention;
    if ((outlet.demonym && !media) || isPersonName(mention, index)) continue;
    // "AFP's interview with Igor Simic", "a Reuters interview with him": the person follows.
    const owned = text.slice(outlet.end, outlet.end + 40).match(INTERVIEW_WITH);
    if (owned) {
      const speaker = names.find((n) => n.start === outlet.end + owned[0].length && isPersonName(n, index));
      if (speaker) out.push({ speaker, outlet });
      continue;
    }
    // ""Mayors should go …" (Kurti, to Reuters)": a citation in brackets names the speaker and the outlet.
    const before = text.slice(Math.max(0, outlet.start - 50), outlet.start);
    const cited = CITED_TO.exec(before) ?? LINE_TO.exec(before);
    if (cited && /^\s*(?:\)|[.;]?\s*$)/.test(text.slice(outlet.end))) {
      const at = outlet.start - cited[0].length + cited[0].indexOf(cited[1]!);
      const speaker = names.find((n) => n.start === at && isPersonName(n, index));
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

const isMedia = (outlet: NameMention) => outlet.key.endsWith(' media');

export function outletJudgement(claim: NameMention, ctx: ClaimContext): Judgement | undefined {
  const draft = draftInterviews(ctx).find((r) => r.outlet.start === claim.start);
  if (!draft) return undefined;
  const own = [draft.speaker.key, ...resolve(draft.speaker.key, ctx).map((e) => e.key)];
  let other: { outlet: NameMention; id: number } | undefined;
  for (const { id } of ctx.ranked.slice(0, RANKED)) {
    const text = ctx.index.cited(id)?.text ?? '';
    if (!INTERVIEW_WORD.test(text)) continue;
    // An interview about something else ("Kurti told Kosovar media" the mayors should work, where the draft
    // has him tell RTK he will not back down) says nothing of whom this was said to.
    if (sentenceOverlap(ctx.draft, ctx.index.sentence(id)!, undefined) < SAME_STATEMENT) continue;
    for (const r of interviews(text, ctx.index.namesIn(id), ctx.index)) {
      if (!own.some((k) => sameName(r.speaker.key, k))) continue;
      if (samePlace(r.outlet, claim)) return undefined;
      // "Kosovar media" and "Kosovo Albanian media": the local media, however a source calls them.
      if (other && !samePlace(other.outlet, r.outlet) && !(isMedia(other.outlet) && isMedia(r.outlet))) return undefined;
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
