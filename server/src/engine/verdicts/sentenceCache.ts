// Verdicts of draft sentences, kept between checks: after an edit only the changed sentences are
// judged again. A verdict depends on the sentence, the index and the word-case evidence the claim
// finders asked about; an entry is reused only when all three are as they were.
import type { WordCaseEvidence } from '../claims/names';
import { answersHold, type EvidenceAnswers } from '../claims/recordedEvidence';
import { LruCache } from '../lruCache';
import type { Judgement } from './judgement';

export interface SentenceClaim {
  kind: 'number' | 'name';
  /** Offsets in the sentence. */
  start: number;
  end: number;
  unit?: string;
  value?: number;
  judgement: Judgement;
}

interface Entry {
  version: number;
  asked: EvidenceAnswers;
  claims: SentenceClaim[];
}

export class SentenceCache {
  private readonly entries: LruCache<string, Entry>;

  constructor(capacity = 5_000) {
    this.entries = new LruCache(capacity);
  }

  get(key: string, version: number, evidence: WordCaseEvidence): SentenceClaim[] | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version || !answersHold(entry.asked, evidence)) return undefined;
    return entry.claims;
  }

  set(key: string, version: number, asked: EvidenceAnswers, claims: SentenceClaim[]): void {
    this.entries.set(key, { version, asked, claims });
  }

  clear(): void {
    this.entries.clear();
  }
}
