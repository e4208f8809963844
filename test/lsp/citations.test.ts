import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyOffsetEdits,
  citationEdits,
  labelStem,
  pandocKey,
  sentenceEnd,
  type CitationRequest,
  type CitationSource,
} from '../../server/src/lsp/citations';

const troops: CitationSource = {
  displayPath: 'corpus/001_69cd343abdbbf914.txt',
  date: '2023-06-01',
  sentence: 'NATO said it would send 700 more troops to Kosovo.',
  stem: 'kosovo',
};
const mission: CitationSource = {
  displayPath: 'corpus/003_8fbeb65e4de37aad.txt',
  sentence: 'The Nato-led peacekeeping mission, KFor, currently consists of almost 3,800 troops.',
  stem: 'kosovo',
};

/** A request for the first occurrence of `claim` in `text`. */
function at(text: string, claim: string, source: CitationSource, sentence?: string): CitationRequest {
  const start = text.indexOf(claim);
  assert.ok(start >= 0, `${claim} not in text`);
  return { claim: { start, end: start + claim.length }, source, ...(sentence ? { sentence } : {}) };
}

function cite(text: string, requests: (t: string) => CitationRequest[], language: 'markdown' | 'plaintext' = 'markdown', style: 'footnote' | 'inline' | 'pandoc' = 'footnote') {
  return applyOffsetEdits(text, citationEdits(text, language, style, requests(text)));
}

test('a footnote goes after the sentence and its definition, quoting the source, at the end', () => {
  const draft = '# Kosovo\n\nNATO will send 700 more troops. It has a 4,000-strong mission.\n';
  assert.equal(
    cite(draft, (t) => [at(t, '700', troops)]),
    '# Kosovo\n\nNATO will send 700 more troops.[^kosovo-1] It has a 4,000-strong mission.\n\n' +
      '[^kosovo-1]: corpus/001_69cd343abdbbf914.txt, 2023-06-01: "NATO said it would send 700 more troops to Kosovo."\n',
  );
});

test('a new footnote never takes a label the draft already uses, and joins its definitions', () => {
  const draft =
    'Serbs protested.[^kosovo-1] Police came.[^kosovo-3]\n\nNATO will send 700 more troops.\n\n' +
    '[^kosovo-1]: my own note\n[^kosovo-3]: another note\n';
  assert.equal(
    cite(draft, (t) => [at(t, '700', troops)]),
    'Serbs protested.[^kosovo-1] Police came.[^kosovo-3]\n\nNATO will send 700 more troops.[^kosovo-2]\n\n' +
      '[^kosovo-1]: my own note\n[^kosovo-3]: another note\n' +
      '[^kosovo-2]: corpus/001_69cd343abdbbf914.txt, 2023-06-01: "NATO said it would send 700 more troops to Kosovo."\n',
  );
});

test('citing the same source sentence again reuses its footnote and adds no definition', () => {
  const once = cite('NATO will send 700 more troops.\n\nLater: 700 troops arrived.\n', (t) => [at(t, '700', troops)]);
  const twice = cite(once, (t) => [at(t, '700 troops arrived', troops)]);
  assert.equal(
    twice,
    'NATO will send 700 more troops.[^kosovo-1]\n\nLater: 700 troops arrived.[^kosovo-1]\n\n' +
      '[^kosovo-1]: corpus/001_69cd343abdbbf914.txt, 2023-06-01: "NATO said it would send 700 more troops to Kosovo."\n',
  );
  // Asking again for a sentence that already carries the footnote changes nothing.
  assert.deepEqual(citationEdits(twice, 'markdown', 'footnote', [at(twice, '700', troops)]), []);
});

test('several sources for one sentence get one reference each, numbered in order', () => {
  const draft = 'NATO sends 700 troops to its 3,800 troops.';
  assert.equal(
    cite(draft, (t) => [at(t, '700', troops), at(t, '3,800', mission), at(t, '700', troops)]),
    'NATO sends 700 troops to its 3,800 troops.[^kosovo-1][^kosovo-2]\n\n' +
      '[^kosovo-1]: corpus/001_69cd343abdbbf914.txt, 2023-06-01: "NATO said it would send 700 more troops to Kosovo."\n' +
      '[^kosovo-2]: corpus/003_8fbeb65e4de37aad.txt: "The Nato-led peacekeeping mission, KFor, currently consists of almost 3,800 troops."\n',
  );
});

test('plain text drafts get an inline citation before the full stop, whatever the style', () => {
  const draft = 'NATO will send 700 more troops. Then more.';
  const expected = 'NATO will send 700 more troops (source: corpus/001_69cd343abdbbf914.txt, 2023-06-01). Then more.';
  assert.equal(cite(draft, (t) => [at(t, '700', troops)], 'plaintext', 'footnote'), expected);
  assert.equal(cite(draft, (t) => [at(t, '700', troops)], 'markdown', 'inline'), expected);
  assert.deepEqual(citationEdits(expected, 'plaintext', 'footnote', [at(expected, '700', troops)]), []);
});

test('pandoc style cites the source file as a key', () => {
  const draft = 'NATO will send 700 more troops to its 3,800-strong force!\n';
  assert.equal(
    cite(draft, (t) => [at(t, '700', troops), at(t, '3,800', mission)], 'markdown', 'pandoc'),
    'NATO will send 700 more troops to its 3,800-strong force [@001_69cd343abdbbf914; @003_8fbeb65e4de37aad]!\n',
  );
  assert.equal(pandocKey('sources/Kosovo Élection (AP).md'), 'Kosovo-Election-AP');
});

test('a draft ending without a newline gets its reference and definitions appended cleanly', () => {
  assert.equal(
    cite('NATO will send 700 more troops.', (t) => [at(t, '700', troops)]),
    'NATO will send 700 more troops.[^kosovo-1]\n\n' +
      '[^kosovo-1]: corpus/001_69cd343abdbbf914.txt, 2023-06-01: "NATO said it would send 700 more troops to Kosovo."\n',
  );
});

test('the sentence end is found across line breaks and closing quotes', () => {
  const draft = 'He said NATO "will send\n700 more troops." Then he left.\n\nNext paragraph.';
  const start = draft.indexOf('700');
  const end = draft.indexOf(' Then');
  // The engine reports sentences with line breaks folded to spaces; the fallback still finds the end.
  assert.equal(sentenceEnd(draft, { claim: { start, end: start + 3 }, sentence: 'He said NATO "will send 700 more troops."' }), end);
  assert.equal(sentenceEnd(draft, { claim: { start, end: start + 3 } }), end);
  const noStop = 'Troops: 700\n\nNext.';
  assert.equal(sentenceEnd(noStop, { claim: { start: 8, end: 11 } }), 11);
});

test('label stems read as topics: file name words, else the opening text\'s most used capitalised word', () => {
  assert.equal(labelStem('corpus/kosovo-nato-troops.md', ''), 'kosovo-nato');
  assert.equal(
    labelStem(
      'corpus/000_9d908ecb5e6367bb.txt',
      "Dozens of ethnic Albanians have gathered in Kosovo's northern city. The Kosovo police and NATO. In Kosovo today.",
    ),
    'kosovo',
  );
  assert.equal(labelStem('123.txt', 'all lower case text'), 'source');
});
