// Builds a small index from hand-written sources and the context a verdict stage gets, the way
// FactChecker does, so verdict tests exercise one sentence at a time.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseSentence, combinedEvidence, WordCaseCounter, type AnalysedSentence } from '../../../server/src/engine/claims/analyse';
import { CANDIDATES, POOL, searchQuery } from '../../../server/src/engine/factChecker';
import { CorpusIndex } from '../../../server/src/engine/index/corpusIndex';
import { liteTokens } from '../../../server/src/engine/nlp/liteTokens';
import { decodeSource, sourceSentences } from '../../../server/src/engine/sources/readSource';
import { nameKey } from '../../../server/src/engine/text/fold';
import type { ClaimContext, Judgement } from '../../../server/src/engine/verdicts/judgement';
import { judgeName } from '../../../server/src/engine/verdicts/nameVerdict';
import { judgeNumber } from '../../../server/src/engine/verdicts/numberVerdict';

export function buildIndex(sources: Record<string, string>): CorpusIndex {
  const index = new CorpusIndex();
  for (const [name, text] of Object.entries(sources)) {
    const read = decodeSource(`/corpus/${name}`, new TextEncoder().encode(text), `corpus/${name}`);
    assert.ok(read.ok);
    index.add(read.document, sourceSentences(read.document, 0));
  }
  return index;
}

/** The draft sentence analysed against the index, and the context its claims are judged in. */
export function contextFor(index: CorpusIndex, draft: string, allowed: string[] = []): { analysed: AnalysedSentence; ctx: ClaimContext } {
  const draftCase = new WordCaseCounter();
  draftCase.count(liteTokens(draft));
  const analysed = analyseSentence(draft, combinedEvidence(index.wordCase, draftCase));
  // Searched by the same words as FactChecker searches by, so a test ranks the sources as a check does.
  const { ranked, pool } = index.retrieve(searchQuery(analysed), CANDIDATES, POOL);
  return { analysed, ctx: { index, draft: analysed, ranked, pool, allowed: new Set(allowed.map(nameKey)) } };
}

/** Judges the name written `nameText` in one draft sentence, as the fact checker does. */
export function judgeNamed(index: CorpusIndex, draft: string, nameText: string, allowed: string[] = []): Judgement {
  const { analysed, ctx } = contextFor(index, draft, allowed);
  const claim = analysed.names.find((n) => n.text === nameText);
  assert.ok(claim, `${nameText} in ${JSON.stringify(analysed.names.map((n) => n.text))}`);
  return judgeName(claim, ctx);
}

/** Judges the `occurrence`-th number written `numberText` in one draft sentence, as the fact checker does. */
export function judgeFigure(index: CorpusIndex, draft: string, numberText: string, occurrence = 1): Judgement {
  const { analysed, ctx } = contextFor(index, draft);
  const claim = analysed.numbers.filter((n) => n.text === numberText)[occurrence - 1];
  assert.ok(claim, `${numberText} in ${JSON.stringify(analysed.numbers.map((n) => n.text))}`);
  return judgeNumber(claim, ctx);
}

/** Two dated articles: "on Monday" dated Monday 2023-05-29, a summit dated Thursday 2023-06-01. */
export function datedSources(): Record<string, string> {
  return {
    'monday.txt': ' date 2023-05-29 Kosovo Serbs protested again on Monday in front of the municipality buildings in Zvecan.\n\nPolice in riot gear were deployed around the premises.\n',
    'thursday.txt': ' date 2023-06-01 Serbian President Aleksandar Vucic spoke at a summit in Moldova.\n',
  };
}

const SEED_CORPUS = join(__dirname, '..', '..', '..', 'corpus');

/** The seed corpus (corpus/) as name -> text, to index alone or with extra sources. */
export function seedSources(): Record<string, string> {
  return Object.fromEntries(readdirSync(SEED_CORPUS).map((f) => [f, readFileSync(join(SEED_CORPUS, f), 'utf8')]));
}
