// Checks that the labelled drafts the eval scores against are well-formed (see labels.ts for the format):
// the dev set (test/fixtures/drafts), the held-out set (test/fixtures/holdout) and the blind sets
// (test/fixtures/blind, test/fixtures/blind2, test/fixtures/blind3, test/fixtures/blind4, test/fixtures/blind5,
// test/fixtures/blind6, test/fixtures/blind7, test/fixtures/blind8, test/fixtures/blind9, test/fixtures/blind10,
// test/fixtures/blind11, test/fixtures/blind12, test/fixtures/blind13, test/fixtures/blind14,
// test/fixtures/blind15, test/fixtures/blind16, test/fixtures/blind17, test/fixtures/blind18,
// test/fixtures/blind19, test/fixtures/blind20, test/fixtures/blind21, test/fixtures/blind22,
// test/fixtures/blind23 to test/fixtures/blind122).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, VERDICTS, isWholeWordAt, labelSpan, loadLabelledDrafts, validateLabelFile, wholeWordOccurrences } from './labels';

const FIXTURES = join(__dirname, '..', 'fixtures');
/** Each set: its folder, how many drafts it must hold at least, and the word range of a draft. */
const SETS = [
  { name: 'drafts', minDrafts: 6, words: [120, 300] },
  { name: 'holdout', minDrafts: 5, words: [150, 300] },
  { name: 'blind', minDrafts: 4, words: [150, 300] },
  { name: 'blind2', minDrafts: 4, words: [150, 300] },
  { name: 'blind3', minDrafts: 4, words: [150, 300] },
  { name: 'blind4', minDrafts: 4, words: [150, 300] },
  { name: 'blind5', minDrafts: 4, words: [150, 300] },
  { name: 'blind6', minDrafts: 4, words: [150, 300] },
  { name: 'blind7', minDrafts: 4, words: [150, 300] },
  { name: 'blind8', minDrafts: 4, words: [150, 300] },
  { name: 'blind9', minDrafts: 4, words: [150, 300] },
  { name: 'blind10', minDrafts: 4, words: [150, 300] },
  { name: 'blind11', minDrafts: 4, words: [150, 300] },
  { name: 'blind12', minDrafts: 4, words: [150, 300] },
  { name: 'blind13', minDrafts: 4, words: [150, 300] },
  { name: 'blind14', minDrafts: 4, words: [350, 600] },
  { name: 'blind15', minDrafts: 4, words: [350, 600] },
  { name: 'blind16', minDrafts: 4, words: [350, 600] },
  { name: 'blind17', minDrafts: 4, words: [350, 600] },
  { name: 'blind18', minDrafts: 4, words: [350, 600] },
  { name: 'blind19', minDrafts: 4, words: [350, 600] },
  { name: 'blind20', minDrafts: 4, words: [350, 600] },
  { name: 'blind21', minDrafts: 4, words: [350, 600] },
  { name: 'blind22', minDrafts: 4, words: [350, 600] },
  { name: 'blind23', minDrafts: 4, words: [350, 600] },
  { name: 'blind24', minDrafts: 4, words: [350, 600] },
  { name: 'blind25', minDrafts: 4, words: [350, 600] },
  { name: 'blind26', minDrafts: 4, words: [350, 600] },
  { name: 'blind27', minDrafts: 4, words: [350, 600] },
  { name: 'blind28', minDrafts: 4, words: [350, 600] },
  { name: 'blind29', minDrafts: 4, words: [350, 600] },
  { name: 'blind30', minDrafts: 4, words: [350, 600] },
  { name: 'blind31', minDrafts: 4, words: [350, 600] },
  { name: 'blind32', minDrafts: 4, words: [350, 600] },
  { name: 'blind33', minDrafts: 4, words: [350, 600] },
  { name: 'blind34', minDrafts: 4, words: [350, 600] },
  { name: 'blind35', minDrafts: 4, words: [350, 600] },
  { name: 'blind36', minDrafts: 4, words: [350, 600] },
  { name: 'blind37', minDrafts: 4, words: [350, 600] },
  { name: 'blind38', minDrafts: 4, words: [350, 600] },
  { name: 'blind39', minDrafts: 4, words: [350, 600] },
  { name: 'blind40', minDrafts: 4, words: [350, 600] },
  { name: 'blind41', minDrafts: 4, words: [350, 600] },
  { name: 'blind42', minDrafts: 4, words: [350, 600] },
  { name: 'blind43', minDrafts: 4, words: [350, 600] },
  { name: 'blind44', minDrafts: 4, words: [350, 600] },
  { name: 'blind45', minDrafts: 4, words: [350, 600] },
  { name: 'blind46', minDrafts: 4, words: [350, 600] },
  { name: 'blind47', minDrafts: 4, words: [350, 600] },
  { name: 'blind48', minDrafts: 4, words: [350, 600] },
  { name: 'blind49', minDrafts: 4, words: [350, 600] },
  { name: 'blind50', minDrafts: 4, words: [350, 600] },
  { name: 'blind51', minDrafts: 4, words: [350, 600] },
  { name: 'blind52', minDrafts: 4, words: [350, 600] },
  { name: 'blind53', minDrafts: 4, words: [350, 600] },
  { name: 'blind54', minDrafts: 4, words: [350, 600] },
  { name: 'blind55', minDrafts: 4, words: [350, 600] },
  { name: 'blind56', minDrafts: 4, words: [350, 600] },
  { name: 'blind57', minDrafts: 4, words: [350, 600] },
  { name: 'blind58', minDrafts: 4, words: [350, 600] },
  { name: 'blind59', minDrafts: 4, words: [350, 600] },
  { name: 'blind60', minDrafts: 4, words: [350, 600] },
  { name: 'blind61', minDrafts: 4, words: [350, 600] },
  { name: 'blind62', minDrafts: 4, words: [350, 600] },
  { name: 'blind63', minDrafts: 4, words: [350, 600] },
  { name: 'blind64', minDrafts: 4, words: [350, 600] },
  { name: 'blind65', minDrafts: 4, words: [350, 600] },
  { name: 'blind66', minDrafts: 4, words: [350, 600] },
  { name: 'blind67', minDrafts: 4, words: [350, 600] },
  { name: 'blind68', minDrafts: 4, words: [350, 600] },
  { name: 'blind69', minDrafts: 4, words: [350, 600] },
  { name: 'blind70', minDrafts: 4, words: [350, 600] },
  { name: 'blind71', minDrafts: 4, words: [350, 600] },
  { name: 'blind72', minDrafts: 4, words: [350, 600] },
  { name: 'blind73', minDrafts: 4, words: [350, 600] },
  { name: 'blind74', minDrafts: 4, words: [350, 600] },
  { name: 'blind75', minDrafts: 4, words: [350, 600] },
  { name: 'blind76', minDrafts: 4, words: [350, 600] },
  { name: 'blind77', minDrafts: 4, words: [350, 600] },
  { name: 'blind78', minDrafts: 4, words: [350, 600] },
  { name: 'blind79', minDrafts: 4, words: [350, 600] },
  { name: 'blind80', minDrafts: 4, words: [350, 600] },
  { name: 'blind81', minDrafts: 4, words: [350, 600] },
  { name: 'blind82', minDrafts: 4, words: [350, 600] },
  { name: 'blind83', minDrafts: 4, words: [350, 600] },
  { name: 'blind84', minDrafts: 4, words: [350, 600] },
  { name: 'blind85', minDrafts: 4, words: [350, 600] },
  { name: 'blind86', minDrafts: 4, words: [350, 600] },
  { name: 'blind87', minDrafts: 4, words: [350, 600] },
  { name: 'blind88', minDrafts: 4, words: [350, 600] },
  { name: 'blind89', minDrafts: 4, words: [350, 600] },
  { name: 'blind90', minDrafts: 4, words: [350, 600] },
  { name: 'blind91', minDrafts: 4, words: [350, 600] },
  { name: 'blind92', minDrafts: 4, words: [350, 600] },
  { name: 'blind93', minDrafts: 4, words: [350, 600] },
  { name: 'blind94', minDrafts: 4, words: [350, 600] },
  { name: 'blind95', minDrafts: 4, words: [350, 600] },
  { name: 'blind96', minDrafts: 4, words: [350, 600] },
  { name: 'blind97', minDrafts: 4, words: [350, 600] },
  { name: 'blind98', minDrafts: 4, words: [350, 600] },
  { name: 'blind99', minDrafts: 4, words: [350, 600] },
  { name: 'blind100', minDrafts: 4, words: [350, 600] },
  { name: 'blind101', minDrafts: 4, words: [350, 600] },
  { name: 'blind102', minDrafts: 4, words: [350, 600] },
  { name: 'blind103', minDrafts: 4, words: [350, 600] },
  { name: 'blind104', minDrafts: 4, words: [350, 600] },
  { name: 'blind105', minDrafts: 4, words: [350, 600] },
  { name: 'blind106', minDrafts: 4, words: [350, 600] },
  { name: 'blind107', minDrafts: 4, words: [350, 600] },
  { name: 'blind108', minDrafts: 4, words: [350, 600] },
  { name: 'blind109', minDrafts: 4, words: [350, 600] },
  { name: 'blind110', minDrafts: 4, words: [350, 600] },
  { name: 'blind111', minDrafts: 4, words: [350, 600] },
  { name: 'blind112', minDrafts: 4, words: [350, 600] },
  { name: 'blind113', minDrafts: 4, words: [350, 600] },
  { name: 'blind114', minDrafts: 4, words: [350, 600] },
  { name: 'blind115', minDrafts: 4, words: [350, 600] },
  { name: 'blind116', minDrafts: 4, words: [350, 600] },
  { name: 'blind117', minDrafts: 4, words: [350, 600] },
  { name: 'blind118', minDrafts: 4, words: [350, 600] },
  { name: 'blind119', minDrafts: 4, words: [350, 600] },
  { name: 'blind120', minDrafts: 4, words: [350, 600] },
  { name: 'blind121', minDrafts: 4, words: [350, 600] },
  { name: 'blind122', minDrafts: 4, words: [350, 600] },
] as const;

test('whole-word occurrences ignore matches inside words and longer numbers', () => {
  const text = 'Kosovo, Kosovo\'s KosovoX 700 3,700 700.5 1700 700-strong 3.5% Zvečan';
  assert.deepEqual(wholeWordOccurrences(text, 'Kosovo'), [0, 8]);
  assert.deepEqual(wholeWordOccurrences(text, '700').map((i) => text.slice(i - 1, i + 4)), [' 700 ', ' 700-']);
  assert.equal(wholeWordOccurrences(text, '3.5%').length, 1);
  assert.equal(wholeWordOccurrences(text, 'Zve').length, 0);
  assert.ok(isWholeWordAt('U.S. troops', 'U.S.', 0));
  assert.deepEqual(labelSpan('a 700 b 700', { text: '700', occurrence: 2 }), { start: 8, end: 11 });
  assert.equal(labelSpan('a 700', { text: '700', occurrence: 2 }), undefined);
});

for (const set of SETS) {
  const dir = join(FIXTURES, set.name);

  test(`the ${set.name} set exists`, () => {
    assert.ok(existsSync(dir), `${dir} is missing`);
    const drafts = loadLabelledDrafts(dir);
    assert.ok(drafts.length >= set.minDrafts, `expected at least ${set.minDrafts} labelled drafts in ${set.name}, found ${drafts.length}`);
    assert.ok(drafts.some((d) => d.draftPath.endsWith('.txt')), `one ${set.name} draft should be plain text`);
  });

  for (const d of existsSync(dir) ? loadLabelledDrafts(dir) : []) {
    const name = `${set.name}/${d.labelsPath.slice(dir.length + 1)}`;
    test(`${name} is well-formed`, () => {
      assert.ok(d.labelsPath.endsWith(d.labels.draft.replace(/\.[^.]+$/, '.labels.json')), `${name} names draft ${d.labels.draft}`);
      const problems = validateLabelFile(d.labels, d.text, name);
      assert.deepEqual(problems, []);
      for (const c of d.labels.claims) {
        assert.ok((VERDICTS as readonly string[]).includes(c.verdict));
        assert.ok((KINDS as readonly string[]).includes(c.kind));
      }
      const words = d.text.split(/\s+/).filter(Boolean).length;
      const [min, max] = set.words;
      assert.ok(words >= min && words <= max, `${d.labels.draft} has ${words} words (${min}-${max} expected)`);
    });
  }
}
