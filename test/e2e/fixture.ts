// The workspace the end-to-end tests open: a fresh copy of corpus/ and a few drafts, in a temporary folder
// per run, so a run never dirties the repository. Verdicts against the seed corpus (checked with the CLI):
//   wrong.md   600 (sources: 700 more troops) is contradicted, Marko Petrovic is in no source; the rest is right.
//   cite.md    every claim supported, 700 more troops by corpus/001 (line 17).
//   typing*.md every claim supported, until the tests type a wrong figure.
//   disk.md    52 ethnic Serbian protesters, supported by corpus/001 line 17 alone.
//   draft.md   the README's example draft (examples/draft.md), for the UI pass and its screenshots.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const WRONG = [
  '# NATO sends reinforcements',
  '',
  'NATO said it would send 600 more troops to Kosovo to boost its 4,000-strong mission.',
  '',
  'Marko Petrovic warned that Serbia would not stand idle.',
  '',
].join('\n');

export const CITE = 'NATO will send 700 more troops to Kosovo.\n';
export const TYPING = '# Notes\n\nKFOR has a 4,000-strong mission in Kosovo.\n';
export const DISK = 'During the clashes, 52 ethnic Serbian protesters were hurt.\n';

/** The source that alone supports DISK, and the edit that makes it say otherwise. */
export const DISK_SOURCE = 'corpus/001_69cd343abdbbf914.txt';
export const DISK_SOURCE_EDIT = { from: 'and 52 ethnic Serbian protesters', to: 'and 25 ethnic Serbian protesters' };

/** Workspace settings: checks on save (the default, spelled out) with a short pause for onType. */
export const WORKSPACE_SETTINGS = {
  'factcheck.run': 'onSave',
  'factcheck.debounceMs': 300,
  'files.autoSave': 'off',
};

/**
 * Writes a fresh workspace (in a new folder under the system's temp folder unless `parent` is given) and
 * returns its path. `only` limits the drafts to those named, without workspace settings: the UI pass
 * shows a writer's folder, corpus/ and one draft, in its screenshots.
 */
export function makeFixtureWorkspace(root: string, parent = mkdtempSync(join(tmpdir(), 'factcheck-e2e-')), only?: string[]): string {
  const workspace = join(parent, 'workspace');
  mkdirSync(workspace, { recursive: true });
  cpSync(join(root, 'corpus'), join(workspace, 'corpus'), { recursive: true });
  const drafts: Record<string, string> = {
    'wrong.md': WRONG,
    'cite.md': CITE,
    'typing-on-save.md': TYPING,
    'typing-on-type.md': TYPING,
    'disk.md': DISK,
    'draft.md': readFileSync(join(root, 'examples', 'draft.md'), 'utf8'),
  };
  for (const [name, text] of Object.entries(drafts)) {
    if (!only || only.includes(name)) writeFileSync(join(workspace, name), text);
  }
  if (!only) {
    mkdirSync(join(workspace, '.vscode'));
    writeFileSync(join(workspace, '.vscode', 'settings.json'), `${JSON.stringify(WORKSPACE_SETTINGS, null, 2)}\n`);
  }
  return workspace;
}
