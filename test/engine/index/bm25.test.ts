// Ranking of source sentences: the hand-written BM25+ index must rank exactly as the formula says, keep
// doing so after removals, and survive a save and load.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Bm25Index } from '../../../server/src/engine/index/bm25';
import { mulberry32 } from '../../../bench/recombine';

const SENTENCES = [
  'NATO said it would send 700 more troops to Kosovo.',
  'Thirty peacekeepers and 52 Serbs were injured in Kosovo.',
  'The peacekeepers of the NATO mission were attacked by protesters.',
  'Voters in northern Kosovo stayed away from the ballot.',
  'Only 3.47% of eligible voters cast ballots.',
];

function indexOf(texts: string[]): Bm25Index {
  const index = new Bm25Index();
  texts.forEach((text, id) => index.add(id, text));
  return index;
}

/** BM25+ as minisearch computes it, by brute force over every document: the reference ranking. */
function reference(texts: Map<number, string>, query: string): Array<{ id: number; score: number }> {
  const terms = (text: string) => text.toLowerCase().split(/[\n\r\p{Z}\p{P}]+/u).filter((t) => t.length >= 2 && !['the', 'of', 'in', 'and', 'to', 'it', 'by', 'said', 'would', 'were', 'from'].includes(t));
  const lengths = new Map([...texts].map(([id, t]) => [id, new Set(t.split(/[\n\r\p{Z}\p{P}]+/u).filter(Boolean)).size]));
  const average = [...lengths.values()].reduce((a, b) => a + b, 0) / texts.size;
  const queryTerms = [...new Set(terms(query))];
  const out: Array<{ id: number; score: number }> = [];
  for (const [id, text] of texts) {
    const own = terms(text);
    let score = 0;
    let matched = 0;
    for (const term of queryTerms) {
      const tf = own.filter((t) => t === term).length;
      if (tf === 0) continue;
      const df = [...texts.values()].filter((t) => terms(t).includes(term)).length;
      const idf = Math.log(1 + (texts.size - df + 0.5) / (df + 0.5));
      score += idf * (0.5 + (tf * 2.2) / (tf + 1.2 * (1 - 0.7 + (0.7 * lengths.get(id)!) / average)));
      matched++;
    }
    if (matched > 0) out.push({ id, score: score * matched });
  }
  return out.sort((a, b) => b.score - a.score || a.id - b.id);
}

test('the sentence sharing the rarest words ranks first; one sharing none is not returned', () => {
  const index = indexOf(SENTENCES);
  const ranked = index.search('How many peacekeepers were injured?', 10);
  assert.equal(ranked[0]!.id, 1);
  assert.deepEqual(ranked.map((r) => r.id).sort(), [1, 2], 'only sentences sharing a word');
  assert.equal(index.search('weather forecast', 10).length, 0);
});

test('accents and case are folded, stop words and one-letter words are not searched by', () => {
  const index = indexOf(['Aleksandar Vučić spoke.', 'The mayor of Zvečan spoke.']);
  assert.equal(index.search('VUCIC', 1)[0]!.id, 0);
  assert.equal(index.search('zvecan', 1)[0]!.id, 1);
  assert.equal(index.search('the of a', 5).length, 0);
});

test('scores and order match the BM25+ formula on a random corpus, ties going to the earlier sentence', () => {
  const rng = mulberry32(7);
  const words = ['kosovo', 'serbia', 'troops', 'mayor', 'vote', 'police', 'border', 'talks', 'nato', 'protest', 'north', 'election'];
  const texts = new Map<number, string>();
  for (let id = 0; id < 400; id++) {
    const n = 3 + Math.floor(rng() * 8);
    texts.set(id, Array.from({ length: n }, () => words[Math.floor(rng() * words.length)]).join(' ') + '.');
  }
  const index = new Bm25Index();
  for (const [id, text] of texts) index.add(id, text);
  for (const query of ['kosovo troops', 'mayor vote police border', 'nato', 'north election talks serbia']) {
    for (const limit of [1, 30, 300, 1000]) {
      const got = index.search(query, limit);
      const want = reference(texts, query).slice(0, limit);
      assert.deepEqual(got.map((r) => r.id), want.map((r) => r.id), `${query} / ${limit}`);
      got.forEach((r, i) => assert.ok(Math.abs(r.score - want[i]!.score) < 1e-9));
    }
  }
});

test('a removed sentence is gone from results and from the statistics of the others', () => {
  const texts = new Map(SENTENCES.map((t, i) => [i, t]));
  const index = indexOf(SENTENCES);
  index.remove(2, SENTENCES[2]!);
  texts.delete(2);
  assert.equal(index.size, 4);
  const got = index.search('NATO peacekeepers', 10);
  assert.ok(!got.some((r) => r.id === 2));
  const want = reference(texts, 'NATO peacekeepers');
  assert.deepEqual(got.map((r) => r.id), want.map((r) => r.id));
  got.forEach((r, i) => assert.ok(Math.abs(r.score - want[i]!.score) < 1e-9));
});

test('an index saved as arrays and loaded again ranks the same, and takes new sentences', () => {
  const index = indexOf(SENTENCES);
  index.remove(4, SENTENCES[4]!);
  const loaded = Bm25Index.fromData(index.toData());
  for (const query of ['NATO troops', 'voters ballot Kosovo', 'peacekeepers']) assert.deepEqual(loaded.search(query, 10), index.search(query, 10));
  loaded.add(10, 'NATO troops troops troops.');
  assert.equal(loaded.search('troops', 1)[0]!.id, 10);
});

test('a term whose last sentence was removed comes back, under any spelling, at the end of the saved terms', () => {
  const index = new Bm25Index();
  index.add(0, 'Kosovo peace');
  index.add(1, 'war');
  index.remove(0, 'Kosovo peace');
  assert.deepEqual(index.toData().terms, ['war']);
  assert.deepEqual(index.search('kosovo', 5), []);
  index.add(2, 'KOSOVO talks, Kosovo KOSOVO');
  assert.deepEqual(index.toData().terms, ['war', 'kosovo', 'talks']);
  assert.deepEqual(index.search('Kosovo', 5).map((r) => r.id), [2]);
  assert.deepEqual([...index.toData().tfs], [1, 3, 1]);
  // Distinct words as written, not terms: KOSOVO, talks, Kosovo.
  assert.equal(index.toData().lengths[2], 3);
});
