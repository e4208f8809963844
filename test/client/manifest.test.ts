// The extension's manifest is what VS Code shows a user (settings UI, command palette): it must
// document exactly the settings and commands the client and server implement, with the same defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClientCommands, DEFAULT_SETTINGS } from '../../server/src/protocol';
import { readSettings } from '../../server/src/lsp/settings';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
const properties: Record<string, { default: unknown; enum?: string[]; scope?: string }> = manifest.contributes.configuration.properties;

test('every factcheck setting is documented, per resource, with the default the server uses', () => {
  const flat: Record<string, unknown> = {
    'factcheck.corpus': DEFAULT_SETTINGS.corpus,
    'factcheck.languages': DEFAULT_SETTINGS.languages,
    'factcheck.run': DEFAULT_SETTINGS.run,
    'factcheck.debounceMs': DEFAULT_SETTINGS.debounceMs,
    'factcheck.severity.contradicted': DEFAULT_SETTINGS.severity.contradicted,
    'factcheck.severity.unsupported': DEFAULT_SETTINGS.severity.unsupported,
    'factcheck.citationStyle': DEFAULT_SETTINGS.citationStyle,
    'factcheck.allowCorpusOutsideWorkspace': DEFAULT_SETTINGS.allowCorpusOutsideWorkspace,
  };
  assert.deepEqual(Object.keys(properties).sort(), Object.keys(flat).sort());
  for (const [key, value] of Object.entries(flat)) {
    assert.deepEqual(properties[key]!.default, value, key);
    // Reading outside the workspace is the user's call alone: machine scope ignores workspace settings.
    const scope = key === 'factcheck.allowCorpusOutsideWorkspace' ? 'machine' : 'resource';
    assert.equal(properties[key]!.scope, scope, `${key} is read per ${scope}`);
  }
});

test('every value the settings UI offers is one the server accepts', () => {
  for (const [key, property] of Object.entries(properties)) {
    for (const value of property.enum ?? []) {
      const path = key.replace(/^factcheck\./, '').split('.');
      const raw = path.length === 2 ? { [path[0]!]: { [path[1]!]: value } } : { [path[0]!]: value };
      assert.deepEqual(readSettings(raw).problems, [], `${key}: ${value}`);
    }
  }
  assert.deepEqual(properties['factcheck.severity.unsupported']!.enum, ['error', 'warning', 'information', 'hint', 'off']);
});

test('the palette has the four Fact Check commands the client registers', () => {
  const commands: Array<{ command: string; title: string; category: string }> = manifest.contributes.commands;
  assert.deepEqual(
    commands.map((c) => [c.command, `${c.category}: ${c.title}`]),
    [
      [ClientCommands.checkDocument, 'Fact Check: Check Current Document'],
      [ClientCommands.reindex, 'Fact Check: Re-index Sources'],
      [ClientCommands.showOutput, 'Fact Check: Show Output'],
      [ClientCommands.restartServer, 'Fact Check: Restart Server'],
    ],
  );
  const client = readFileSync(join(__dirname, '../../client/src/extension.ts'), 'utf8');
  for (const key of Object.keys(ClientCommands)) assert.match(client, new RegExp(`registerCommand\\(ClientCommands\\.${key}\\b`));
});

test('the extension starts for drafts, runs on VS Code 1.91, and ships the server as factcheck-ls', () => {
  assert.deepEqual(manifest.activationEvents, DEFAULT_SETTINGS.languages.map((l) => `onLanguage:${l}`));
  const [major, minor] = String(manifest.engines.vscode).replace(/^\^/, '').split('.').map(Number);
  assert.ok(major === 1 && minor! <= 91, `engines.vscode ${manifest.engines.vscode} must accept 1.91`);
  assert.equal(manifest.main, './dist/extension.js');
  assert.equal(manifest.bin['factcheck-ls'], './dist/server.js');
});
