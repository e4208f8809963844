// The desktop launcher of the extension tests, for developers with internet access and a display:
// @vscode/test-electron downloads VS Code (into .vscode-test/) and runs the same suite as the code-server
// launcher. Machines that cannot download VS Code use test/e2e/suite.ts instead (npm run test:e2e).
//
//   npm run test:e2e:electron                       newest stable VS Code
//   VSCODE_VERSION=1.91.0 npm run test:e2e:electron the oldest VS Code the extension supports
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestRunFailedError, runTests } from '@vscode/test-electron';
import { bundleSuite } from './bundle';
import { QUIET_USER_SETTINGS } from './codeServer';
import { makeFixtureWorkspace } from './fixture';
import { ROOT } from './setup';

async function main(): Promise<number> {
  const extensionTestsPath = await bundleSuite();
  const scratch = mkdtempSync(join(tmpdir(), 'factcheck-e2e-electron-'));
  const workspace = makeFixtureWorkspace(ROOT, scratch);
  const userDataDir = join(scratch, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_USER_SETTINGS, null, 2));
  try {
    return await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath,
      launchArgs: [
        workspace,
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${join(scratch, 'extensions')}`,
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
      ...(process.env.FACTCHECK_E2E_GREP ? { extensionTestsEnv: { FACTCHECK_E2E_GREP: process.env.FACTCHECK_E2E_GREP } } : {}),
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[e2e electron] ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof TestRunFailedError)) {
      console.error('[e2e electron] VS Code could not be downloaded or started; code-server runs the same suite: npm run test:e2e');
    }
    process.exit(1);
  },
);
