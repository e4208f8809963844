// Bundles the extension client, the language server and the CLI into dist/.
// The server and CLI share the engine; wink's model is large, so it is bundled once per entry point.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const entries = [
  { in: 'server/src/cli.ts', out: 'cli' },
  { in: 'server/src/server.ts', out: 'server' },
  { in: 'client/src/extension.ts', out: 'extension' },
].filter((e) => existsSync(e.in));

const options = {
  entryPoints: entries.map((e) => ({ in: e.in, out: e.out })),
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's table has Node 20 without \p{...} in regular expressions (it has had them since Node 10),
  // so it rewrote every /\p{L}/u literal as new RegExp(...), built again on every call: a regex
  // compiled per token on the checking path.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: true,
  external: ['vscode'],
  logLevel: 'warning',
  banner: { js: '#!/usr/bin/env node' },
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
