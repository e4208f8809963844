// Checks that the labelled drafts the eval scores against are well-formed (see labels.ts for the format).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, VERDICTS, isWholeWordAt, labelSpan, loadLabelledDrafts, validateLabelFile, wholeWordOccurrences } from './labels';

const DRAFTS = join(__dirname, '..', 'fixtures', 'drafts');

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

test('the labelled drafts exist', () => {
  assert.ok(existsSync(DRAFTS), `${DRAFTS} is missing`);
  const drafts = loadLabelledDrafts(DRAFTS);
  assert.ok(drafts.length >= 6, `expected at least 6 labelled drafts, found ${drafts.length}`);
  assert.ok(drafts.some((d) => d.draftPath.endsWith('.txt')), 'one draft should be plain text');
});

for (const d of existsSync(DRAFTS) ? loadLabelledDrafts(DRAFTS) : []) {
  const name = d.labelsPath.slice(DRAFTS.length + 1);
  test(`${name} is well-formed`, () => {
    assert.ok(d.labelsPath.endsWith(d.labels.draft.replace(/\.[^.]+$/, '.labels.json')), `${name} names draft ${d.labels.draft}`);
    const problems = validateLabelFile(d.labels, d.text, name);
    assert.deepEqual(problems, []);
    for (const c of d.labels.claims) {
      assert.ok((VERDICTS as readonly string[]).includes(c.verdict));
      assert.ok((KINDS as readonly string[]).includes(c.kind));
    }
    const words = d.text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 120 && words <= 300, `${d.labels.draft} has ${words} words (120-300 expected)`);
  });
}
