// "the three towns of the Mitrovica District" where a best-matching source sentence lists them: "the
// municipality buildings of Zvecan, Zubin Potok, and Leposavic in the northern Mitrovica District". A
// count of places or people that a source sentence much like the draft's names one by one is that count,
// though no source writes the figure.
//
// Only small counts (two to twelve) of a noun for places or for people, against a list of exactly that
// many names of that kind (places for "towns", persons for "leaders", or the places of office holders:
// "the mayors of Zvečan and Zubin Potok") in one of the best few sentences.
import type { NumberMention } from '../claims/numbers';
import { citeLine, evidenceOf, quote, type ClaimContext, type Judgement } from './judgement';
import { namesLists } from './listVerdict';
import { sentenceOverlap, singular } from './numberContext';
import { isPersonName } from './relationVerdict';

const RANKED = 5;
/** Best matches read for a count the sources state outright in the draft's noun. */
const RIVAL_RANKED = 20;
/** How much of the draft sentence the listing sentence must share. */
const SAME_SCENE = 0.3;
// A town's seat stands for the town: "protests at three town halls" of "the municipality buildings of Zvecan, Zubin Potok, and Leposavic".
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'municipality', 'country', 'state', 'nation', 'capital', 'district', 'region', 'province', 'hall', 'building']);
const PERSON_NOUNS = new Set(['leader', 'president', 'minister', 'mayor', 'official', 'politician', 'diplomat', 'envoy', 'head']);

export function listedCountJudgement(claim: NumberMention, ctx: ClaimContext): Judgement | undefined {
  if (claim.numKind !== 'count' || claim.qualifier || claim.high !== undefined || !claim.unit) return undefined;
  if (!Number.isInteger(claim.value) || claim.value < 2 || claim.value > 12) return undefined;
  const noun = singular(claim.unit);
  const persons = PERSON_NOUNS.has(noun);
  if (!persons && !PLACE_NOUNS.has(noun)) return undefined;
  const nounAsWritten = ctx.draft.tokens.find((t) => t.start >= claim.end && t.lemma === claim.unit)?.text ?? claim.unit;
  // "three municipalities: Zvecan, Zubin Potok and Leposavic" where the sources count "four
  // municipalities": a count they state in the draft's own noun outweighs the ones they happen to name.
  const stated = ctx.ranked.slice(0, RIVAL_RANKED).some(({ sentence }) => sentence.numbers.some((n) => n.unit === claim.unit && n.numKind === 'count' && n.value !== claim.value && !n.qualifier));
  if (stated) return undefined;
  for (const { id, sentence } of ctx.ranked.slice(0, RANKED)) {
    const text = ctx.index.cited(id)?.text ?? '';
    if (sentenceOverlap(ctx.draft, sentence, claim.unit) < SAME_SCENE) continue;
    for (const list of namesLists(text, ctx.index.namesIn(id))) {
      if (list.members.length !== claim.value) continue;
      // Two capitalised words pass for a person ("Zubin Potok"): a list of places need only not be all persons.
      const allPersons = list.members.every((m) => isPersonName(m, ctx.index));
      // "The mayors of Zvečan and Zubin Potok": one office holder for each place listed.
      const holders = persons && list.before === 'of' && new RegExp(`\\b${noun}s?\\s+of\\s+$`, 'i').test(text.slice(Math.max(0, list.members[0]!.start - 40), list.members[0]!.start));
      if (allPersons !== persons && !holders) continue;
      const first = list.members[0]!.text;
      const cited = ctx.index.cited(id)!;
      return {
        verdict: 'supported',
        code: 'supported-number',
        message: `sources name ${claim.text} ${nounAsWritten}: ${list.members.map((m) => m.text).join(', ')} ("${quote(cited.text, first)}", ${citeLine(cited)})`,
        evidence: [evidenceOf(cited, first)],
      };
    }
  }
  return undefined;
}
