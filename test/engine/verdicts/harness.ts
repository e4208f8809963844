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

const SEED_CORPUS = join(__dirname, '..', '..', '..', 'corpus');

/** The seed corpus (corpus/) as name -> text, to index alone or with extra sources. */
export function seedSources(): Record<string, string> {
  return Object.fromEntries(readdirSync(SEED_CORPUS).map((f) => [f, readFileSync(join(SEED_CORPUS, f), 'utf8')]));
}
