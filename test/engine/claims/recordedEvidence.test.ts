// Evidence that remembers its questions: a cached analysis stays valid exactly while the answers hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordCaseCounter } from '../../../server/src/engine/claims/analyse';
import { answersHold, recordingEvidence, type EvidenceAnswers } from '../../../server/src/engine/claims/recordedEvidence';
import { liteTokens } from '../../../server/src/engine/nlp/liteTokens';

test('a recorded answer that the corpus changes no longer holds, whichever question it was', () => {
  const corpus = new WordCaseCounter();
  corpus.count(liteTokens('They met President Macron in Paris.'));
  const asked: EvidenceAnswers = [];
  const evidence = recordingEvidence(corpus, asked);
  assert.equal(evidence.nameInSources!('macron'), 1);
  assert.equal(evidence.allCaps!('nato'), 0);
  assert.ok(answersHold(asked, corpus));
  // A source that writes "macron" in lower case: the sources no longer write it only as a name.
  corpus.count(liteTokens('The letter had a macron over it.'));
  assert.equal(answersHold(asked, corpus), false);
  corpus.count(liteTokens('The letter had a macron over it.'), -1);
  assert.ok(answersHold(asked, corpus));
});
