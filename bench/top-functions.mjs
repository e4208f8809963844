#!/usr/bin/env node
// The functions a V8 CPU profile spends its own time in (self time, not counting callees), aggregated by
// function name + script URL. Reads the .cpuprofile JSON written by `node --cpu-prof` or by
// `npm run bench -- --profile DIR`.
//
//   node bench/top-functions.mjs FILE.cpuprofile [--top 10] [--json]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const file = argv.find((a) => !a.startsWith('--') && argv[argv.indexOf(a) - 1] !== '--top');
const topIndex = argv.indexOf('--top');
const top = topIndex >= 0 ? Number(argv[topIndex + 1]) : 10;
if (!file) {
  console.error('usage: node bench/top-functions.mjs FILE.cpuprofile [--top 10] [--json]');
  process.exit(2);
}

const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

// Each sample lasts until the next one; timeDeltas[i] is the gap before sample i (microseconds).
const selfUs = new Map();
const { samples = [], timeDeltas = [] } = profile;
for (let i = 0; i < samples.length; i++) {
  const next = timeDeltas[i + 1];
  const duration = next !== undefined ? next : (profile.endTime - profile.startTime) / Math.max(1, samples.length);
  selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(0, duration));
}

function shortUrl(url) {
  if (!url) return '';
  let path = url;
  try {
    if (url.startsWith('file://')) path = fileURLToPath(url);
  } catch {
    // Keep the URL as it is.
  }
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path.replace(/^.*\/node_modules\//, 'node_modules/') : rel;
}

const groups = new Map();
let totalUs = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  if (!node) continue;
  totalUs += us;
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  const key = `${name}\u0000${url}`;
  const group = groups.get(key) ?? { name, url: shortUrl(url), line: lineNumber + 1, us: 0, bestUs: 0 };
  group.us += us;
  // Several functions of one name in one file: show the line of the busiest.
  if (us > group.bestUs) Object.assign(group, { bestUs: us, line: lineNumber + 1 });
  groups.set(key, group);
}

const rows = [...groups.values()].sort((a, b) => b.us - a.us).slice(0, top);
if (argv.includes('--json')) {
  console.log(JSON.stringify({ file, totalMs: totalUs / 1000, top: rows.map(({ name, url, line, us }) => ({ name, url, line, selfMs: us / 1000, percent: (100 * us) / totalUs })) }, null, 2));
} else {
  console.log(`${file}: ${(totalUs / 1000).toFixed(0)} ms sampled, top ${rows.length} by self time`);
  rows.forEach((r, i) => {
    // Scripts compiled on load (tsx) report lines of the compiled code, which mean nothing in the source.
    const where = !r.url ? '(native)' : /\.[cm]?ts$/.test(r.url) ? r.url : `${r.url}:${r.line}`;
    console.log(`${String(i + 1).padStart(3)}. ${(r.us / 1000).toFixed(1).padStart(9)} ms ${((100 * r.us) / totalUs).toFixed(1).padStart(5)}%  ${r.name}  ${where}`);
  });
}
