// Issue 6, bad sources through the language server: a corpus folder holding every kind of file writers drop
// into it. Each bad one is named in the log with why it was skipped, and drafts are checked against the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { LogMessageParams, ShowMessageParams } from 'vscode-languageserver-protocol';
import { TROOPS_SOURCE } from '../../server/drafts';
import { LspSession, makeWorkspace, removeWorkspace, writeFile } from '../../server/harness';

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

function logLines(s: LspSession): string[] {
  return s.notificationsOf<LogMessageParams>('window/logMessage').map((m) => m.message);
}

test('every bad file in the corpus is skipped with a logged reason; the draft is checked against the rest', async () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Pristina hosted 1,234 delegates.\r\n', 'utf16le')]);
  const ws = makeWorkspace(
    {
      'corpus/nato.txt': TROOPS_SOURCE,
      'corpus/crlf.md': '# Zvecan\r\n\r\nZvecan has 9,012 residents.\r\n',
      'corpus/empty.txt': '',
      'corpus/latin1.txt': 'placeholder',
      'corpus/scan.txt': 'placeholder',
      'corpus/secret.txt': 'Only its owner may read this: 7,777 files.',
    },
    false,
  );
  try {
    writeFileSync(join(ws, 'corpus/latin1.txt'), Buffer.from('Caf\xe9 owners counted 4,321 visitors.', 'latin1'));
    writeFileSync(join(ws, 'corpus/scan.txt'), Buffer.from('%PDF-1.4\n\x00\x01\x02', 'latin1'));
    writeFileSync(join(ws, 'corpus/utf16.txt'), utf16);
    writeFileSync(join(ws, 'corpus/long-line.txt'), 'The day was calm. '.repeat(60_000) + 'Leposavic reported 3,456 arrivals.');
    execFileSync('truncate', ['-s', String(50 * 1024 * 1024), join(ws, 'corpus/dump.txt')]);
    mkdirSync(join(ws, 'corpus/loop'));
    symlinkSync(join(ws, 'corpus'), join(ws, 'corpus/loop/back'));
    symlinkSync(join(ws, 'corpus/loop/self.txt'), join(ws, 'corpus/loop/self.txt'));
    // Thousands of tiny files.
    for (let i = 0; i < 2000; i++) writeFile(ws, `corpus/tiny/${String(i).padStart(4, '0')}.txt`, `Tiny note ${i}.`);
    chmodSync(join(ws, 'corpus/secret.txt'), 0o000);
    // root reads anything: the unreadable file is only unreadable to another user, so run the server as one.
    if (isRoot) chmodSync(ws, 0o755);
    const s = await LspSession.start({ workspace: ws, ...(isRoot ? { spawn: { uid: NOBODY, gid: NOBODY }, processId: null } : {}) });
    try {
      const draft = [
        'NATO will send 600 more troops to Kosovo.',
        'Pristina hosted 1,234 delegates.',
        'Zvecan has 9,012 residents.',
        'Leposavic reported 3,456 arrivals.',
        'Owners counted 4,321 visitors and 7,777 files.',
      ].join('\n');
      const uri = await s.open(join(ws, 'draft.md'), draft);
      const { diagnostics } = await s.waitForDiagnostics(uri, () => true, 120_000);
      const doc = s.doc(uri);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, doc.getText(d.range)]),
        [
          ['contradicted-number', '600'],
          ['unsupported-number', '4,321'],
          ['unsupported-number', '7,777'],
        ],
        'checked against the readable sources, the UTF-16 and CRLF ones and the 1 MB line among them',
      );
      const log = logLines(s).join('\n');
      for (const expected of [
        'Skipped corpus/empty.txt: empty file',
        'Skipped corpus/latin1.txt: not valid UTF-8 text',
        'Skipped corpus/scan.txt: binary file (PDF)',
        'Skipped corpus/dump.txt: larger than 20 MB',
        'Skipped corpus/secret.txt: permission denied',
        'Skipped corpus/loop/self.txt: symbolic link loop',
        'Indexed 2004 source(s) in ws, skipped 6.',
      ]) {
        assert.ok(log.includes(expected), `log has "${expected}":\n${log}`);
      }
      // The server is still answering.
      assert.ok(await s.hover(uri, 0, 15));
    } finally {
      await s.stop();
    }
  } finally {
    removeWorkspace(ws);
  }
});

test('a corpus outside the workspace (globs, linked files, a linked folder) is refused unless the user allows it', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'factcheck-outside-'));
  writeFile(outside, 'private/notes.txt', 'Gracanica counted 8,642 ballots.\n');
  writeFile(outside, 'linked/diary.txt', 'Strpce counted 2,468 ballots.\n');
  writeFile(outside, 'absolute/memo.txt', 'Novo Brdo counted 1,357 ballots.\n');
  const ws = makeWorkspace({ 'corpus/nato.txt': TROOPS_SOURCE }, false);
  symlinkSync(join(outside, 'private/notes.txt'), join(ws, 'corpus/notes.txt'));
  symlinkSync(join(outside, 'linked'), join(ws, 'corpus/linked'));
  const corpus = ['corpus/**/*.txt', `../${basename(outside)}/private/*.txt`, `${outside}/absolute/*.txt`];
  const draft = 'Gracanica counted 8,642 ballots. Strpce counted 2,468 ballots. Novo Brdo counted 1,357 ballots.\n';
  const numbers = async (allow: boolean) => {
    const s = await LspSession.start({ workspace: ws, settings: { corpus, allowCorpusOutsideWorkspace: allow } });
    try {
      const uri = await s.open(join(ws, 'draft.md'), draft);
      const { diagnostics } = await s.waitForDiagnostics(uri);
      const codes = diagnostics.filter((d) => /number/.test(String(d.code))).map((d) => [s.doc(uri).getText(d.range), d.code]);
      await s.hover(uri, 0, 0); // a round trip: every message sent before the diagnostics has arrived
      return { codes, messages: s.notificationsOf<ShowMessageParams>('window/showMessage').map((m) => m.message), log: logLines(s) };
    } finally {
      await s.stop();
    }
  };
  try {
    const refused = await numbers(false);
    assert.deepEqual(refused.codes, [
      ['8,642', 'unsupported-number'],
      ['2,468', 'unsupported-number'],
      ['1,357', 'unsupported-number'],
    ]);
    assert.equal(refused.messages.length, 2, refused.messages.join('\n'));
    for (const glob of corpus.slice(1)) {
      assert.ok(refused.messages.some((m) => m.includes(`"${glob}" leads outside the workspace folder`) && m.includes('factcheck.allowCorpusOutsideWorkspace')));
    }
    const log = refused.log.join('\n');
    assert.match(log, /Skipped corpus\/notes\.txt: outside the workspace folder/);
    assert.match(log, /Skipped corpus\/linked: outside the workspace folder/);
    assert.match(log, /Indexed 1 source\(s\) in ws, skipped 2\./);

    const allowed = await numbers(true);
    assert.deepEqual(allowed.codes, [], 'with the user setting on, all three are read');
    assert.deepEqual(allowed.messages, []);
  } finally {
    removeWorkspace(ws);
    removeWorkspace(outside);
  }
});
