// Word-case evidence that remembers what it was asked. A result found with it (a sentence's verdicts, a
// source sentence's analysis) stays valid after the corpus changes exactly while the same questions get
// the same answers, so caches can outlive a corpus change without going stale.
import type { WordCaseEvidence } from './names';

/** Each evidence question asked while finding claims, and its answer then. */
export type EvidenceAnswers = Array<[kind: 'cap' | 'low' | 'caps' | 'name', word: string, answer: number]>;

/** Whether every recorded question still gets its recorded answer. */
export function answersHold(asked: EvidenceAnswers, evidence: WordCaseEvidence): boolean {
  for (const [kind, word, answer] of asked) {
    const now =
      kind === 'cap' ? evidence.capitalisedInside(word) : kind === 'low' ? evidence.lowercase(word) : kind === 'name' ? (evidence.nameInSources?.(word) ?? 0) : (evidence.allCaps?.(word) ?? 0);
    if (now !== answer) return false;
  }
  return true;
}

/** Evidence that records every question asked of it, and its answer. */
export function recordingEvidence(evidence: WordCaseEvidence, asked: EvidenceAnswers): WordCaseEvidence {
  return {
    capitalisedInside(word) {
      const answer = evidence.capitalisedInside(word);
      asked.push(['cap', word, answer]);
      return answer;
    },
    lowercase(word) {
      const answer = evidence.lowercase(word);
      asked.push(['low', word, answer]);
      return answer;
    },
    allCaps(word) {
      const answer = evidence.allCaps?.(word) ?? 0;
      asked.push(['caps', word, answer]);
      return answer;
    },
    nameInSources(word) {
      const answer = evidence.nameInSources?.(word) ?? 0;
      asked.push(['name', word, answer]);
      return answer;
    },
  };
}
