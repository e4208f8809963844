// The pruned top-k search must return exactly what scoring every sentence returns: the same ids, the
// same scores to the bit, the same order, on corpora where the single-term bar and ties decide.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Bm25Index } from '../../../server/src/engine/index/bm25';
import { mulberry32 } from '../../../bench/recombine';

/**
 * Every sentence scored, in the arithmetic of bm25.ts (weights, idf, additions in query-term order,
 * times the terms matched), then fully sorted: the reference for the pruned search. Texts are
 * lower-case words of two or more letters, none a stop word, so a term is a word.
 */
function exhaustive(texts: Map<number, string>, query: string, limit: number): Array<{ id: number; score: number }> {
  const K = 1.2;
  const B = 0.7;
  const D = 0.5;
  const docs = new Map<number, Map<string, number>>();
  const df = new Map<string, number>();
  let totalLength = 0;
  for (const [id, text] of texts) {
    const counts = new Map<string, number>();
    for (const word of text.split(' ')) counts.set(word, (counts.get(word) ?? 0) + 1);
    docs.set(id, counts);
    totalLength += counts.size;
    for (const word of counts.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const average = totalLength / texts.size;
  const queryTerms = [...new Set(query.split(' '))];
  const out: Array<{ id: number; score: number }> = [];
  for (const [id, counts] of docs) {
    const norm = K * (1 - B + (B * counts.size) / average);
    let score = 0;
    let matched = 0;
    for (const term of queryTerms) {
      const tf = counts.get(term);
      if (!tf) continue;
      const n = df.get(term)!;
      const idf = Math.log(1 + (texts.size - n + 0.5) / (n + 0.5));
      score += idf * (D + (tf === 1 ? (K + 1) / (1 + norm) : (tf * (K + 1)) / (tf + norm)));
      matched++;
    }
    if (matched > 0) out.push({ id, score: score * matched });
  }
  return out.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
}

function assertSame(got: Array<{ id: number; score: number }>, want: Array<{ id: number; score: number }>, what: string): void {
  assert.equal(got.length, want.length, `${what}: count`);
  got.forEach((r, i) => {
    assert.equal(r.id, want[i]!.id, `${what}: id at ${i}`);
    assert.ok(Object.is(r.score, want[i]!.score), `${what}: score at ${i} (${r.score} vs ${want[i]!.score})`);
  });
}

test('random corpora and queries: the pruned search returns exactly what scoring every sentence does', () => {
  const rng = mulberry32(20261206);
  const vocabulary = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}x`);
  // Skewed vocabularies as in news text: a smooth one, with a few words in most sentences and many in a
  // handful, and one of a few words each in a fifth of the sentences and rare ones, where a sentence
  // with one rare query word can outrank the many with two common ones.
  let word = (): string => '';
  for (let corpus = 0; corpus < 4; corpus++) {
    word = corpus % 2 === 0 ? () => vocabulary[Math.floor(vocabulary.length * rng() ** 2.5)]! : () => vocabulary[rng() < 0.5 ? Math.floor(rng() * 10) : 10 + Math.floor(rng() * 290)]!;
    const texts = new Map<number, string>();
    const index = new Bm25Index();
    for (let id = 0; id < 1500; id++) {
      // Short sentences of few distinct lengths, so many share a score exactly and ties decide.
      const text = Array.from({ length: 2 + Math.floor(rng() * 6) }, word).join(' ');
      texts.set(id, text);
      index.add(id, text);
    }
    for (let round = 0; round < 2; round++) {
      for (let q = 0; q < 40; q++) {
        const query = Array.from({ length: 1 + Math.floor(rng() * 12) }, () => (rng() < 0.5 ? word() : vocabulary[Math.floor(rng() * vocabulary.length)]!)).join(' ');
        for (const limit of [1, 5, 30, 300, 5000]) assertSame(index.search(query, limit), exhaustive(texts, query, limit), `corpus ${corpus} round ${round} "${query}" / ${limit}`);
      }
      // Removals move every weight and the idfs: the bounds must follow.
      for (const id of [...texts.keys()].filter(() => rng() < 0.2)) {
        index.remove(id, texts.get(id)!);
        texts.delete(id);
      }
    }
  }
});
