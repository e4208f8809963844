import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import { readSettings, sameGlobs } from '../../server/src/lsp/settings';

test('no settings at all gives the documented defaults', () => {
  for (const raw of [undefined, null, {}]) {
    assert.deepEqual(readSettings(raw), { settings: DEFAULT_SETTINGS, problems: [] });
  }
  // A section that is not an object is a mistake: the defaults, and one problem saying so.
  for (const raw of ['nonsense', []]) {
    const { settings, problems } = readSettings(raw);
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.equal(problems.length, 1);
  }
  assert.deepEqual(DEFAULT_SETTINGS.corpus, ['corpus/**/*.{txt,md}']);
  assert.equal(DEFAULT_SETTINGS.run, 'onSave');
});

test('valid values are taken as given, including the nested severities', () => {
  const given = {
    corpus: ['sources/**/*.md'],
    languages: ['markdown'],
    run: 'onType',
    debounceMs: 0,
    severity: { contradicted: 'warning', unsupported: 'off' },
    citationStyle: 'pandoc',
    allowCorpusOutsideWorkspace: true,
  };
  const { settings, problems } = readSettings(structuredClone(given));
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, given);
});

test('each wrongly typed field falls back to its default alone, and says so', () => {
  const { settings, problems } = readSettings({
    corpus: [],
    languages: [1, 2],
    run: 'always',
    debounceMs: '300',
    severity: { contradicted: 'fatal', unsupported: 'hint' },
    citationStyle: 42,
  });
  assert.deepEqual(settings, { ...DEFAULT_SETTINGS, severity: { contradicted: 'error', unsupported: 'hint' } });
  assert.equal(problems.length, 6);
  assert.match(problems.join('\n'), /factcheck\.run: "always" is not valid; using "onSave"/);
  assert.match(problems.join('\n'), /factcheck\.severity\.contradicted/);
});

test('a single glob or language written as a string is read as a one-item list', () => {
  const { settings } = readSettings({ corpus: 'articles/*.txt', languages: 'plaintext' });
  assert.deepEqual(settings.corpus, ['articles/*.txt']);
  assert.deepEqual(settings.languages, ['plaintext']);
  assert.equal(readSettings({ debounceMs: -5 }).settings.debounceMs, DEFAULT_SETTINGS.debounceMs);
  assert.ok(sameGlobs(['a', 'b'], ['a', 'b']));
  assert.ok(!sameGlobs(['a', 'b'], ['b', 'a']));
});
