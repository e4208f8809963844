// Preloaded into the language server (`node --require guard.cjs dist/server.js`) by the security tests.
// Records, as JSON lines in $FACTCHECK_GUARD_LOG, every file the process reads, lists or writes and every
// attempt to reach the network or start a process; network and process attempts also throw, so they
// cannot succeed quietly. CommonJS on purpose: it must patch the modules before the server loads them.
'use strict';
const fs = require('node:fs');

const logPath = process.env.FACTCHECK_GUARD_LOG;
if (!logPath) throw new Error('FACTCHECK_GUARD_LOG is not set');
const logFd = fs.openSync(logPath, 'a');
const writeSync = fs.writeSync;

function record(kind, api, target) {
  writeSync(logFd, JSON.stringify({ kind, api, target: target === undefined ? null : String(target) }) + '\n');
}

function pathOf(arg) {
  if (typeof arg === 'string') return arg;
  if (arg instanceof URL) return arg.pathname;
  if (Buffer.isBuffer(arg)) return arg.toString();
  return `fd:${arg}`;
}

function wrap(object, name, kind, describe = (args) => pathOf(args[0])) {
  const original = object[name];
  if (typeof original !== 'function') return;
  object[name] = function guarded(...args) {
    record(kind, name, describe(args));
    if (kind === 'network' || kind === 'process') throw new Error(`factcheck guard: ${kind} access refused (${name})`);
    return original.apply(this, args);
  };
}

// Files: reading contents, listing folders, writing.
for (const name of ['readFile', 'readFileSync', 'open', 'openSync', 'createReadStream', 'opendir', 'opendirSync']) wrap(fs, name, 'read');
for (const name of ['readdir', 'readdirSync']) wrap(fs, name, 'list');
for (const name of ['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'mkdir', 'mkdirSync', 'rm', 'rmSync', 'unlink', 'unlinkSync', 'rename', 'renameSync', 'createWriteStream', 'copyFile', 'copyFileSync']) {
  wrap(fs, name, 'write');
}
for (const name of ['readFile', 'open', 'opendir']) wrap(fs.promises, name, 'read');
wrap(fs.promises, 'readdir', 'list');
for (const name of ['writeFile', 'appendFile', 'mkdir', 'rm', 'unlink', 'rename', 'copyFile']) wrap(fs.promises, name, 'write');

// Network.
const describeTarget = (args) => {
  const a = args[0];
  if (a && typeof a === 'object' && !(a instanceof URL)) return JSON.stringify({ host: a.host ?? a.hostname, port: a.port, path: a.path });
  return String(a);
};
const net = require('node:net');
for (const name of ['connect', 'createConnection', 'createServer']) wrap(net, name, 'network', describeTarget);
wrap(net.Socket.prototype, 'connect', 'network', describeTarget);
for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  for (const name of ['request', 'get', 'createServer']) wrap(m, name, 'network', describeTarget);
}
wrap(require('node:tls'), 'connect', 'network', describeTarget);
wrap(require('node:http2'), 'connect', 'network', describeTarget);
wrap(require('node:dgram'), 'createSocket', 'network', describeTarget);
const dns = require('node:dns');
for (const name of Object.keys(dns).filter((k) => /^(lookup|resolve)/.test(k))) wrap(dns, name, 'network', describeTarget);
for (const name of Object.keys(dns.promises).filter((k) => /^(lookup|resolve)/.test(k))) wrap(dns.promises, name, 'network', describeTarget);
if (typeof globalThis.fetch === 'function') wrap(globalThis, 'fetch', 'network', describeTarget);

// Processes and threads: a source article must never get anything run.
const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) wrap(childProcess, name, 'process', describeTarget);
const workers = require('node:worker_threads');
const OriginalWorker = workers.Worker;
workers.Worker = function Worker(...args) {
  record('process', 'Worker', describeTarget(args));
  throw new Error('factcheck guard: process access refused (Worker)');
};
workers.Worker.prototype = OriginalWorker.prototype;
record('start', 'guard', process.pid);
