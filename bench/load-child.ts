// Loads a saved index in a process of its own, as a restarted server does: the load time and memory of a
// restart, without the heap of the process that built the index. Prints one JSON line.
//
//   node dist/bench/load-child.js <snapshot file> (bundled by run-bench.ts), or node --import tsx bench/load-child.ts
import { readFileSync } from 'node:fs';
import { FactChecker } from '../server/src/engine';

const file = process.argv[2];
if (!file) throw new Error('usage: load-child.ts <snapshot file>');
const started = performance.now();
const checker = new FactChecker();
const ok = checker.restore(readFileSync(file));
const loadMs = performance.now() - started;
console.log(JSON.stringify({ ok, loadMs, sentences: checker.sentenceCount, rssMb: process.memoryUsage().rss / 1024 / 1024 }));
