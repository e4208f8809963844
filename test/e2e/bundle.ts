// Bundles the extension tests (test/e2e/suite/*.ts) into CommonJS for VS Code's extension host, which
// loads plain JavaScript: test/e2e/.artifacts/suite/index.js (the `run()` module) and one *.test.js per
// test file. `vscode` comes from the extension host; mocha from node_modules, so the runner and the
// tests share one instance.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, ROOT } from './setup';

export const SUITE_DIR = join(ARTIFACTS, 'suite');
export const SUITE_INDEX = join(SUITE_DIR, 'index.js');

export async function bundleSuite(): Promise<string> {
  const source = join(ROOT, 'test', 'e2e', 'suite');
  const entries = readdirSync(source).filter((f) => f === 'index.ts' || f.endsWith('.test.ts'));
  rmSync(SUITE_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries.map((f) => join(source, f)),
    outdir: SUITE_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE_INDEX;
}

if (require.main === module) {
  bundleSuite().then(
    (index) => console.log(index),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
