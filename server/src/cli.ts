// `factcheck check`: the engine as a command for CI and other editors. A thin adapter: arguments in,
// report out, exit code by --fail-on.
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { FactChecker, indexCorpus, type DraftLanguage } from './engine';
import { readAllowList } from './engine/allowList';
import { jsonReport } from './report/jsonReport';
import { sarifReport } from './report/sarifReport';
import { textReport } from './report/textReport';
import type { CheckedFile } from './report/summary';

const VERSION = '0.1.0';
const USAGE = `usage: factcheck check [--corpus PATH]... [--format text|json|sarif] [--fail-on contradicted|unsupported|never] [--allow FILE] FILE...

Checks every number and name in each FILE (Markdown or plain text) against the source articles in the
corpus (default ./corpus; a folder is read recursively for .txt and .md files; a file works too).

  --corpus PATH    a corpus folder or file; repeat for several
  --format F       text (default), json or sarif
  --fail-on V      exit 1 when a claim is contradicted (default), unsupported or worse, or never
  --allow FILE     names never reported (default .factcheck/allow.txt when it exists)
  -h, --help       this text
Exit status: 0 nothing reached --fail-on, 1 something did, 2 usage or I/O error.`;

class UsageError extends Error {}

function languageOf(path: string): DraftLanguage {
  return ['.md', '.markdown', '.mdx'].includes(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (command === '--version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  if (command !== 'check') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        corpus: { type: 'string', multiple: true },
        format: { type: 'string', default: 'text' },
        'fail-on': { type: 'string', default: 'contradicted' },
        allow: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format!;
  const failOn = values['fail-on']!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown --format '${format}' (text, json or sarif)`);
  if (!['contradicted', 'unsupported', 'never'].includes(failOn)) throw new UsageError(`unknown --fail-on '${failOn}' (contradicted, unsupported or never)`);
  if (positionals.length === 0) throw new UsageError('no draft file given');

  const drafts = positionals.map((path) => {
    try {
      // Editors do not count a UTF-8 BOM as a character; kept, it would shift every column of line 1.
      return { path, text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
    } catch (e) {
      throw new Error(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  });

  // Passed as given (indexCorpus resolves them) so `corpus not found: PATH` names the path the user typed.
  const roots = values.corpus ?? ['corpus'];
  const checker = new FactChecker();
  const report = await indexCorpus(checker, roots);
  for (const skipped of report.skipped) process.stderr.write(`factcheck: skipped ${skipped.path}: ${skipped.reason}\n`);
  if (checker.sourceCount === 0) throw new Error(`corpus is empty: no readable .txt or .md source in ${roots.join(', ')}`);

  const allowPath = values.allow ?? (existsSync('.factcheck/allow.txt') ? '.factcheck/allow.txt' : undefined);
  let allowedNames: string[] = [];
  if (allowPath) {
    try {
      allowedNames = readAllowList(readFileSync(allowPath, 'utf8'));
    } catch (e) {
      throw new Error(`cannot read allow list ${allowPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }

  const files: CheckedFile[] = drafts.map((d) => ({ path: d.path, claims: checker.check(d.text, languageOf(d.path), { allowedNames }).claims }));
  if (format === 'json') process.stdout.write(JSON.stringify(jsonReport(files), null, 2) + '\n');
  else if (format === 'sarif') process.stdout.write(JSON.stringify(sarifReport(files, VERSION), null, 2) + '\n');
  else process.stdout.write(textReport(files));

  const verdicts = files.flatMap((f) => f.claims.map((c) => c.verdict));
  const failed = failOn === 'contradicted' ? verdicts.includes('contradicted') : failOn === 'unsupported' ? verdicts.some((v) => v !== 'supported') : false;
  return failed ? 1 : 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    // One line, always: CI logs and wrappers show the first line of stderr.
    const message = error instanceof UsageError ? `${error.message} (see factcheck --help)` : error.message;
    process.stderr.write(`factcheck: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = 2;
  },
);
