// The extension tests' entry point, loaded by VS Code's extension host (`extensionTestsPath`) under both
// launchers: @vscode/test-electron (desktop VS Code) and test/e2e/run.ts (code-server). Bundled by
// test/e2e/bundle.ts into test/e2e/.artifacts/suite/ next to the *.test.js files it runs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export const SUITE_STARTS = '[factcheck e2e] the suite starts';

export function run(): Promise<void> {
  // Each test polls with its own deadlines; this timeout only stops a hung test.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  const grep = process.env.FACTCHECK_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  // The launchers print the extension host's console from this line on (before it: the workbench's own).
  console.log(SUITE_STARTS);
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}
