// The benchmark's data generator (bench/generate.ts): deterministic, the sizes asked for, written only
// under os.tmpdir(). It recombines ../shared/bench/cliff-val.jsonl, which lives outside the repo; where
// that file is missing (a clone on its own) the tests recombine the five seed articles of corpus/ instead,
// so they run everywhere. No timing is asserted here.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DRAFT_WORDS, articleText, makeCorpus, makeDraft, oneCharEdits, writeCorpus } from '../../bench/generate';
import { DEFAULT_CLIFF, loadArticles, mulberry32, nudgeNumber } from '../../bench/recombine';
import { splitSentences } from '../../server/src/engine/text/sentences';

// FACTCHECK_TEST_SEED_ARTICLES=1 runs the seed-article path where the CLIFF file exists too.
const hasCliff = existsSync(DEFAULT_CLIFF) && !process.env.FACTCHECK_TEST_SEED_ARTICLES;
let cliff: string[][] = [];

/** The seed corpus's articles split into sentences, as loadArticles splits CLIFF's. */
function seedArticles(): string[][] {
  const dir = join(__dirname, '..', '..', 'corpus');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8').replace(/^ date \S+\s*/, '');
      return splitSentences(text, { lineBreaks: 'markdown' })
        .map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim())
        .filter((s) => s.length > 0);
    });
}
const folders: string[] = [];

/** A fresh folder for generated files; always under the OS temp folder, never in the repo. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-bench-test-'));
  folders.push(dir);
  return dir;
}

function filesOf(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

before(() => {
  cliff = hasCliff ? loadArticles() : seedArticles();
});
after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('the PRNG and number changes', () => {
  test('mulberry32 gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    assert.deepEqual(seqA, Array.from({ length: 5 }, b));
    assert.notDeepEqual(seqA, Array.from({ length: 5 }, c));
    assert.ok(seqA.every((x) => x >= 0 && x < 1));
  });

  test('a nudged number differs from the original and keeps its format', () => {
    const rng = mulberry32(7);
    for (const raw of ['0', '3', '26', '700', '4,000', '1,250,000', '3.47', '12.5']) {
      for (let i = 0; i < 20; i++) {
        const out = nudgeNumber(raw, rng);
        assert.notEqual(out, raw);
        assert.equal(out.includes(','), raw.includes(','), `${raw} → ${out}`);
        assert.equal(out.includes('.'), raw.includes('.'), `${raw} → ${out}`);
      }
    }
  });
});

describe('the corpus', () => {
  test('the same seed writes identical files; another seed writes other files', () => {
    const one = scratch();
    const two = scratch();
    const three = scratch();
    writeCorpus(one, makeCorpus(cliff, 40, 1));
    writeCorpus(two, makeCorpus(cliff, 40, 1));
    writeCorpus(three, makeCorpus(cliff, 40, 2));
    assert.deepEqual(filesOf(one), filesOf(two));
    assert.notDeepEqual([...filesOf(one).values()], [...filesOf(three).values()]);
  });

  test('has the number of articles asked for, each dated on its first line, and reports its size', () => {
    for (const count of [1, 25, 100]) {
      const dir = scratch();
      const stats = writeCorpus(dir, makeCorpus(cliff, count));
      const files = filesOf(dir);
      assert.equal(files.size, count);
      assert.equal(stats.articles, count);
      assert.equal(stats.bytes, [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0));
      assert.ok(stats.sentences >= count * 6, `${stats.sentences} sentences for ${count} articles`);
      for (const text of files.values()) assert.match(text.split('\n')[0]!, /^ date \d{4}-\d{2}-\d{2}$/);
    }
  });

  test('a larger corpus starts with the smaller one, so drafts are the same for every size', () => {
    const small = makeCorpus(cliff, 10).map(articleText);
    const large = makeCorpus(cliff, 120).map(articleText);
    assert.deepEqual(large.slice(0, 10), small);
    assert.equal(makeDraft(makeCorpus(cliff, 100), cliff, 500).text, makeDraft(makeCorpus(cliff, 120), cliff, 500).text);
  });

  test('is recombined: articles mix sentences and vary numbers rather than repeat the sources', () => {
    const sources = new Set(cliff.map((sentences) => sentences.join(' ')));
    const texts = makeCorpus(cliff, 50).map((a) => a.paragraphs.flat().join(' '));
    assert.equal(texts.filter((t) => sources.has(t)).length, 0);
    assert.equal(new Set(texts).size, texts.length);
  });

  test('is written under the OS temp folder, never into the repo', () => {
    const dir = realpathSync(scratch());
    const temp = realpathSync(tmpdir());
    assert.ok(dir.startsWith(temp + sep), `${dir} is not under ${temp}`);
    const repo = resolve(__dirname, '..', '..');
    assert.ok(relative(repo, dir).startsWith('..'), `${dir} is inside the repo`);
  });
});

describe('the drafts', () => {
  test('have the words asked for, deterministically, with a mix of kept and changed sentences', () => {
    const articles = makeCorpus(cliff, 100);
    for (const words of DRAFT_WORDS) {
      const draft = makeDraft(articles, cliff, words);
      assert.equal(draft.text, makeDraft(articles, cliff, words).text);
      assert.ok(draft.words >= words && draft.words <= words * 1.05 + 80, `${draft.words} words for ${words}`);
      const { sentences, kept, ...changed } = draft.mix;
      const changedCount = Object.values(changed).reduce((a, b) => a + b, 0);
      assert.equal(kept + changedCount, sentences);
      assert.ok(kept > sentences / 2, `${kept} of ${sentences} kept`);
      if (words >= 3000) for (const [kind, n] of Object.entries(changed)) assert.ok(n > 0, `no ${kind} in the ${words}-word draft`);
    }
  });

  test('one-character edits insert one letter inside a paragraph, each at another place', () => {
    const text = makeDraft(makeCorpus(cliff, 100), cliff, 3000).text;
    const edits = oneCharEdits(text, 20);
    assert.equal(edits.length, 20);
    const places = new Set<number>();
    for (const edited of edits) {
      assert.equal(edited.length, text.length + 1);
      let at = 0;
      while (edited[at] === text[at]) at++;
      assert.equal(edited.slice(at + 1), text.slice(at));
      assert.match(edited[at]!, /[a-z]/);
      const line = edited.slice(edited.lastIndexOf('\n', at) + 1, edited.indexOf('\n', at));
      assert.ok(!line.startsWith('#') && line.trim().length > 0, 'edits are inside prose paragraphs');
      places.add(at);
    }
    assert.equal(places.size, 20);
  });
});
