// The engine's yardstick: `npm run eval` (or `npx tsx test/eval/run-eval.ts`).
//   Part A (cliff):  ../shared/bench/cliff-val.jsonl, sentence-level flagging vs human labels.
//   Part B (drafts): test/fixtures/drafts/*.labels.json, claim-level verdicts vs hand labels (the dev
//                    set: the engine was tuned while looking at it, so its figures are optimistic).
//   Part C (holdout): test/fixtures/holdout/*.labels.json, the same format and contract, labelled from
//                    the corpus alone; its mismatches have since been read, so it is no longer blind.
//   Part D (blind):  test/fixtures/blind/*.labels.json, a third set in the same format, labelled from the
//                    corpus alone without running the engine; its mismatches were read after its first run.
//   Part E (blind2): test/fixtures/blind2/*.labels.json, a fourth such set, written in session 2; its
//                    mismatches were read in session 3, after its run with the relation checks.
//   Part F (blind3): test/fixtures/blind3/*.labels.json, a fifth such set, written in session 3 without
//                    running the engine on it. Do not read its mismatches; do not tune on it.
//   Part G (blind4): test/fixtures/blind4/*.labels.json, a sixth such set, written by a helper without
//                    running the engine on it. Do not read its mismatches; do not tune on it.
//   Part H (blind5): test/fixtures/blind5/*.labels.json, a seventh such set, written by a helper without
//                    running the engine on it; its mismatches were read in session 6, after its first run.
//   Part I (blind6): test/fixtures/blind6/*.labels.json, an eighth such set, written by a helper in session 6
//                    without running the engine on it; its mismatches were read in session 6, after its first run.
//   Part J (blind7): test/fixtures/blind7/*.labels.json, a ninth such set, written by a helper in session 6
//                    without running the engine on it; its mismatches were read in session 6, after its first run.
//   Part K (blind8): test/fixtures/blind8/*.labels.json, a tenth such set, written by a helper in session 6
//                    without running the engine on it; its mismatches were read in session 6, after its first run.
//   Part L (blind9): test/fixtures/blind9/*.labels.json, an eleventh such set, written by a helper in session 6
//                    without running the engine on it. Do not read its mismatches; do not tune on it.
//   Part M (blind10): test/fixtures/blind10/*.labels.json, a twelfth such set, written by a helper in session 6
//                    without running the engine on it; first run in session 7, then read.
//   Part N (blind11): test/fixtures/blind11/*.labels.json, a thirteenth such set, written by a helper in session 7
//                    without running the engine on it; its mismatches were read in session 7, after its first run.
//   Part O (blind12): test/fixtures/blind12/*.labels.json, a fourteenth such set, written by a helper in session 7
//                    without running the engine on it; first run in session 7, then read.
//   Part P (blind13): test/fixtures/blind13/*.labels.json, a fifteenth such set, written by a helper in session 7
//                    without running the engine on it; first run in session 8, then read.
//   Part Q (blind14): test/fixtures/blind14/*.labels.json, a sixteenth such set, written by a helper in session 8
//                    without running the engine on it; first run in session 8, then read.
//   Part R (blind15): test/fixtures/blind15/*.labels.json, a seventeenth such set, written by a helper in session 8
//                    without running the engine on it; first run in session 8, then read.
//   Part S (blind16): test/fixtures/blind16/*.labels.json, an eighteenth such set, written by a helper in session 8
//                    without running the engine on it; first run in session 8, then read.
//   Part T (blind17): test/fixtures/blind17/*.labels.json, a nineteenth such set, written by a helper in session 8
//                    without running the engine on it; first run in session 8, then read.
//   Part U (blind18): test/fixtures/blind18/*.labels.json, a twentieth such set, written by a helper in session 8
//                    without running the engine on it; first run in session 8, then read.
//   Part V (blind19): test/fixtures/blind19/*.labels.json, a twenty-first such set, written by a helper in session 8
//                    without running the engine on it; first run in session 8, then read.
//   Part W (blind20): test/fixtures/blind20/*.labels.json, a twenty-second such set, written by a helper in session 8
//                    without running the engine on it; first run at the end of session 8, read in session 9.
//   blind21 to blind26: test/fixtures/blind21 to blind26, six more such sets, written by helpers in session 9
//                    without running the engine on them; first run and read in session 9.
//   blind27 to blind41: test/fixtures/blind27 to blind41, more such sets, written by helpers in session 10
//   blind42 to blind51: test/fixtures/blind42 to blind51, the same, written by helpers in session 11
//   blind52 to blind66: test/fixtures/blind52 to blind66, the same, written by helpers in session 12
//   blind67 to blind82: test/fixtures/blind67 to blind82, the same, written by helpers in session 13
//   blind83 to blind107: test/fixtures/blind83 to blind107, the same, written by helpers in session 14
//   blind108 to blind117: test/fixtures/blind108 to blind117, the same, written by helpers in session 15
//   blind118 to blind122: test/fixtures/blind118 to blind122, the same, written by helpers in session 16
//                    without running the engine on them.
// Options: --verbose (every mismatch), --json FILE (all figures), --only cliff|drafts|holdout|blind|blind2|...|blind122.
// It reports and does not gate: exit 0, except 1 when the engine cannot load or throws, a figure is NaN,
// or a part that ran processed nothing, so a broken run is visible.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runCliff, type CliffReport } from './summarySentences';
import { DRAFT_SETS, runDrafts, type DraftSet, type DraftsReport } from './drafts';
import { loadFactChecker, type FactCheckerClass } from './engine';
import { fmt, nanPaths } from './stats';

interface Options {
  verbose: boolean;
  json?: string;
  only?: Part;
}

type Part = 'cliff' | DraftSet;
const PARTS: readonly Part[] = ['cliff', ...DRAFT_SETS];
const TITLES: Record<DraftSet, string> = { drafts: 'Labelled drafts', holdout: 'Held-out drafts', blind: 'Blind drafts', blind2: 'Second blind drafts', blind3: 'Third blind drafts', blind4: 'Fourth blind drafts', blind5: 'Fifth blind drafts', blind6: 'Sixth blind drafts', blind7: 'Seventh blind drafts', blind8: 'Eighth blind drafts', blind9: 'Ninth blind drafts', blind10: 'Tenth blind drafts', blind11: 'Eleventh blind drafts', blind12: 'Twelfth blind drafts', blind13: 'Thirteenth blind drafts', blind14: 'Fourteenth blind drafts', blind15: 'Fifteenth blind drafts', blind16: 'Sixteenth blind drafts', blind17: 'Seventeenth blind drafts', blind18: 'Eighteenth blind drafts', blind19: 'Nineteenth blind drafts', blind20: 'Twentieth blind drafts', blind21: 'Twenty-first blind drafts', blind22: 'Twenty-second blind drafts', blind23: 'Twenty-third blind drafts', blind24: 'Twenty-fourth blind drafts', blind25: 'Twenty-fifth blind drafts', blind26: 'Twenty-sixth blind drafts', blind27: 'Twenty-seventh blind drafts', blind28: 'Twenty-eighth blind drafts', blind29: 'Twenty-ninth blind drafts', blind30: 'Thirtieth blind drafts', blind31: 'Thirty-first blind drafts', blind32: 'Thirty-second blind drafts', blind33: 'Thirty-third blind drafts', blind34: 'Thirty-fourth blind drafts', blind35: 'Thirty-fifth blind drafts', blind36: 'Thirty-sixth blind drafts', blind37: 'Thirty-seventh blind drafts', blind38: 'Thirty-eighth blind drafts', blind39: 'Thirty-ninth blind drafts', blind40: 'Fortieth blind drafts', blind41: 'Forty-first blind drafts', blind42: 'Forty-second blind drafts', blind43: 'Forty-third blind drafts', blind44: 'Forty-fourth blind drafts', blind45: 'Forty-fifth blind drafts', blind46: 'Forty-sixth blind drafts', blind47: 'Forty-seventh blind drafts', blind48: 'Forty-eighth blind drafts', blind49: 'Forty-ninth blind drafts', blind50: 'Fiftieth blind drafts', blind51: 'Fifty-first blind drafts', blind52: 'Fifty-second blind drafts', blind53: 'Fifty-third blind drafts', blind54: 'Fifty-fourth blind drafts', blind55: 'Fifty-fifth blind drafts', blind56: 'Fifty-sixth blind drafts', blind57: 'Fifty-seventh blind drafts', blind58: 'Fifty-eighth blind drafts', blind59: 'Fifty-ninth blind drafts', blind60: 'Sixtieth blind drafts', blind61: 'Sixty-first blind drafts', blind62: 'Sixty-second blind drafts', blind63: 'Sixty-third blind drafts', blind64: 'Sixty-fourth blind drafts', blind65: 'Sixty-fifth blind drafts', blind66: 'Sixty-sixth blind drafts', blind67: 'Sixty-seventh blind drafts', blind68: 'Sixty-eighth blind drafts', blind69: 'Sixty-ninth blind drafts', blind70: 'Seventieth blind drafts', blind71: 'Seventy-first blind drafts', blind72: 'Seventy-second blind drafts', blind73: 'Seventy-third blind drafts', blind74: 'Seventy-fourth blind drafts', blind75: 'Seventy-fifth blind drafts', blind76: 'Seventy-sixth blind drafts', blind77: 'Seventy-seventh blind drafts', blind78: 'Seventy-eighth blind drafts', blind79: 'Seventy-ninth blind drafts', blind80: 'Eightieth blind drafts', blind81: 'Eighty-first blind drafts', blind82: 'Eighty-second blind drafts', blind83: 'Eighty-third blind drafts', blind84: 'Eighty-fourth blind drafts', blind85: 'Eighty-fifth blind drafts', blind86: 'Eighty-sixth blind drafts', blind87: 'Eighty-seventh blind drafts', blind88: 'Eighty-eighth blind drafts', blind89: 'Eighty-ninth blind drafts', blind90: 'Ninetieth blind drafts', blind91: 'Ninety-first blind drafts', blind92: 'Ninety-second blind drafts', blind93: 'Ninety-third blind drafts', blind94: 'Ninety-fourth blind drafts', blind95: 'Ninety-fifth blind drafts', blind96: 'Ninety-sixth blind drafts', blind97: 'Ninety-seventh blind drafts', blind98: 'Ninety-eighth blind drafts', blind99: 'Ninety-ninth blind drafts', blind100: 'Hundredth blind drafts', blind101: 'Hundred-and-first blind drafts', blind102: 'Hundred-and-second blind drafts', blind103: 'Hundred-and-third blind drafts', blind104: 'Hundred-and-fourth blind drafts', blind105: 'Hundred-and-fifth blind drafts', blind106: 'Hundred-and-sixth blind drafts', blind107: 'Hundred-and-seventh blind drafts', blind108: 'Hundred-and-eighth blind drafts', blind109: 'Hundred-and-ninth blind drafts', blind110: 'Hundred-and-tenth blind drafts', blind111: 'Hundred-and-eleventh blind drafts', blind112: 'Hundred-and-twelfth blind drafts', blind113: 'Hundred-and-thirteenth blind drafts', blind114: 'Hundred-and-fourteenth blind drafts', blind115: 'Hundred-and-fifteenth blind drafts', blind116: 'Hundred-and-sixteenth blind drafts', blind117: 'Hundred-and-seventeenth blind drafts', blind118: 'Hundred-and-eighteenth blind drafts', blind119: 'Hundred-and-nineteenth blind drafts', blind120: 'Hundred-and-twentieth blind drafts', blind121: 'Hundred-and-twenty-first blind drafts', blind122: 'Hundred-and-twenty-second blind drafts' };
const MISMATCH_HEADINGS: Record<DraftSet, string> = {
  drafts: 'draft mismatches (label vs engine):',
  holdout: 'held-out mismatches (label vs engine; for reading, not for tuning):',
  blind: 'blind mismatches (label vs engine; read since its first run, not for tuning):',
  blind2: 'second blind mismatches (label vs engine; read in session 3, not for tuning):',
  blind3: 'third blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind4: 'fourth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind5: 'fifth blind mismatches (label vs engine; read in session 6, not for tuning):',
  blind6: 'sixth blind mismatches (label vs engine; read in session 6, not for tuning):',
  blind7: 'seventh blind mismatches (label vs engine; read in session 6, not for tuning):',
  blind8: 'eighth blind mismatches (label vs engine; read in session 6, not for tuning):',
  blind9: 'ninth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind10: 'tenth blind mismatches (label vs engine; read in session 7, not for tuning):',
  blind11: 'eleventh blind mismatches (label vs engine; read in session 7, not for tuning):',
  blind12: 'twelfth blind mismatches (label vs engine; read in session 7, not for tuning):',
  blind13: 'thirteenth blind mismatches (label vs engine; read in session 8, not for tuning):',
  blind14: 'fourteenth blind mismatches (label vs engine; read in session 8, not for tuning):',
  blind15: 'fifteenth blind mismatches (label vs engine; read in session 8, not for tuning):',
  blind16: 'sixteenth blind mismatches (label vs engine; read in session 8, not for tuning):',
  blind17: 'seventeenth blind mismatches (label vs engine; read in session 8, not for tuning):',
  blind18: 'eighteenth blind mismatches (label vs engine; read in session 8, not for tuning):',
  blind19: 'nineteenth blind mismatches (label vs engine; read in session 8, not for tuning):',
  blind20: 'twentieth blind mismatches (label vs engine; read in session 9, not for tuning):',
  blind21: 'twenty-first blind mismatches (label vs engine; read in session 9, not for tuning):',
  blind22: 'twenty-second blind mismatches (label vs engine; read in session 9, not for tuning):',
  blind23: 'twenty-third blind mismatches (label vs engine; read in session 9, not for tuning):',
  blind24: 'twenty-fourth blind mismatches (label vs engine; read in session 9, not for tuning):',
  blind25: 'twenty-fifth blind mismatches (label vs engine; read in session 9, not for tuning):',
  blind26: 'twenty-sixth blind mismatches (label vs engine; read in session 9, not for tuning):',
  blind27: 'twenty-seventh blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind28: 'twenty-eighth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind29: 'twenty-ninth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind30: 'thirtieth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind31: 'thirty-first blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind32: 'thirty-second blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind33: 'thirty-third blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind34: 'thirty-fourth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind35: 'thirty-fifth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind36: 'thirty-sixth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind37: 'thirty-seventh blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind38: 'thirty-eighth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind39: 'thirty-ninth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind40: 'fortieth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind41: 'forty-first blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind42: 'forty-second blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind43: 'forty-third blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind44: 'forty-fourth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind45: 'forty-fifth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind46: 'forty-sixth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind47: 'forty-seventh blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind48: 'forty-eighth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind49: 'forty-ninth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind50: 'fiftieth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind51: 'fifty-first blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind52: 'fifty-second blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind53: 'fifty-third blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind54: 'fifty-fourth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind55: 'fifty-fifth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind56: 'fifty-sixth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind57: 'fifty-seventh blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind58: 'fifty-eighth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind59: 'fifty-ninth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind60: 'sixtieth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind61: 'sixty-first blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind62: 'sixty-second blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind63: 'sixty-third blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind64: 'sixty-fourth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind65: 'sixty-fifth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind66: 'sixty-sixth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind67: 'sixty-seventh blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind68: 'sixty-eighth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind69: 'sixty-ninth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind70: 'seventieth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind71: 'seventy-first blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind72: 'seventy-second blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind73: 'seventy-third blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind74: 'seventy-fourth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind75: 'seventy-fifth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind76: 'seventy-sixth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind77: 'seventy-seventh blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind78: 'seventy-eighth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind79: 'seventy-ninth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind80: 'eightieth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind81: 'eighty-first blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind82: 'eighty-second blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind83: 'eighty-third blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind84: 'eighty-fourth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind85: 'eighty-fifth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind86: 'eighty-sixth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind87: 'eighty-seventh blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind88: 'eighty-eighth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind89: 'eighty-ninth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind90: 'ninetieth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind91: 'ninety-first blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind92: 'ninety-second blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind93: 'ninety-third blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind94: 'ninety-fourth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind95: 'ninety-fifth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind96: 'ninety-sixth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind97: 'ninety-seventh blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind98: 'ninety-eighth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind99: 'ninety-ninth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind100: 'hundredth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind101: 'hundred-and-first blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind102: 'hundred-and-second blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind103: 'hundred-and-third blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind104: 'hundred-and-fourth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind105: 'hundred-and-fifth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind106: 'hundred-and-sixth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind107: 'hundred-and-seventh blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind108: 'hundred-and-eighth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind109: 'hundred-and-ninth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind110: 'hundred-and-tenth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind111: 'hundred-and-eleventh blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind112: 'hundred-and-twelfth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind113: 'hundred-and-thirteenth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind114: 'hundred-and-fourteenth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind115: 'hundred-and-fifteenth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind116: 'hundred-and-sixteenth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind117: 'hundred-and-seventeenth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind118: 'hundred-and-eighteenth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind119: 'hundred-and-nineteenth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind120: 'hundred-and-twentieth blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind121: 'hundred-and-twenty-first blind mismatches (label vs engine; not for tuning: reading them spends the set):',
  blind122: 'hundred-and-twenty-second blind mismatches (label vs engine; not for tuning: reading them spends the set):',
};

const REPO = resolve(__dirname, '..', '..');
const CLIFF_FILE = resolve(REPO, '..', 'shared', 'bench', 'cliff-val.jsonl');

function parseArgs(argv: string[]): Options {
  const options: Options = { verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new Error(`${arg.split('=')[0]} needs a value`);
      return v;
    };
    if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--json' || arg.startsWith('--json=')) options.json = value();
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const part = value();
      if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}, not ${part}`);
      options.only = part as Part;
    } else if (arg === '--help' || arg === '-h') {
      console.log(`usage: run-eval [--verbose] [--json FILE] [--only ${PARTS.join('|')}]`);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function cliffTable(report: CliffReport): string[] {
  const lines = [
    `CLIFF (${report.articles} articles, ${report.seconds.toFixed(1)}s${report.errors ? `, ${report.errors} errors` : ''})`,
    '  set            n   pos  recall  spec    BA     | verbatim baseline: recall  spec    BA',
  ];
  for (const [set, f] of Object.entries(report.engine)) {
    const b = report.baseline[set];
    lines.push(
      `  ${set.padEnd(12)} ${String(f.n).padStart(4)} ${String(f.positives).padStart(4)}  ${fmt(f.recall)}  ${fmt(f.specificity)}  ${fmt(f.balancedAccuracy)} |                    ${fmt(b.recall)}  ${fmt(b.specificity)}  ${fmt(b.balancedAccuracy)}`,
    );
  }
  return lines;
}

function draftsTable(r: DraftsReport): string[] {
  const c = r.counts;
  const pct = (x: number) => `${fmt(x)}`;
  return [
    `${TITLES[r.set]} (${r.drafts} drafts, ${r.labels} labels, ${r.corpusFiles} corpus files, ${r.seconds.toFixed(1)}s${c.errors ? `, ${c.errors} errors` : ''})`,
    `  claim recall        ${pct(r.claimRecall)}  (${c.found}/${r.labels} labels found)`,
    `  flag recall         ${pct(r.flagRecall)}  (${c.tp}/${c.tp + c.fn} flagged labels flagged)`,
    `  flag precision      ${pct(r.flagPrecision)}  (${c.tp}/${c.tp + c.fp} engine flags right; ${c.unalignedFlagged} flags on unlabelled text)`,
    `  verdict accuracy    ${pct(r.verdictAccuracy)}  (${c.verdictMatches}/${r.labels}; ` +
      (['supported', 'contradicted', 'unsupported'] as const).map((v) => `${v} ${r.byVerdict[v].exact}/${r.byVerdict[v].labels}`).join(', ') + ')',
    `  suggestion accuracy ${pct(r.suggestionAccuracy)}  (${c.suggestionMatches}/${c.suggestions} contradicted labels)`,
    `  unlabelled claims   ${c.unalignedClaims} (${c.unalignedFlagged} flagged)`,
    `  weekday claims      ${c.weekdayClaims} (${c.weekdayFlagged} flagged; outside the labelling contract, not scored)`,
  ];
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  let FactChecker: FactCheckerClass;
  try {
    FactChecker = await loadFactChecker();
  } catch (err) {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }

  const problems: string[] = [];
  let cliff: CliffReport | undefined;
  const sets: Partial<Record<DraftSet, DraftsReport>> = {};

  if (options.only === undefined || options.only === 'cliff') {
    cliff = runCliff(FactChecker, CLIFF_FILE, options.verbose, log);
    if (!cliff && options.only === 'cliff') problems.push('cliff: --only cliff, but the benchmark file is missing');
    if (cliff && cliff.engine.overall.n === 0) problems.push('cliff: no sentences processed');
    if (cliff && cliff.errors > 0) problems.push(`cliff: the engine threw on ${cliff.errors} sentence(s)`);
  }
  for (const set of DRAFT_SETS) {
    if (options.only !== undefined && options.only !== set) continue;
    if (options.verbose) log(`\n${MISMATCH_HEADINGS[set]}`);
    const report = runDrafts(FactChecker, REPO, options.verbose, log, set);
    if (report.labels === 0) problems.push(`${set}: no labels processed`);
    if (report.counts.errors > 0) problems.push(`${set}: the engine threw on ${report.counts.errors} draft(s)`);
    sets[set] = report;
  }

  const figures = { cliff: cliff ?? null, ...Object.fromEntries(DRAFT_SETS.map((set) => [set, sets[set] ?? null])) };
  for (const path of nanPaths(figures)) problems.push(`figure ${path} is NaN`);

  const sections = [
    cliff && cliffTable(cliff),
    ...DRAFT_SETS.map((set) => {
      const report = sets[set];
      return report && draftsTable(report);
    }),
  ];
  for (const lines of sections) if (lines) log(`\n${lines.join('\n')}`);

  if (options.json) {
    const out = resolve(options.json);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ generated: new Date().toISOString(), ...figures, problems }, null, 2)}\n`);
    log(`\nfigures written to ${out}`);
  }
  if (problems.length > 0) {
    console.error(`\neval: broken run:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.stack ?? err.message : err);
    process.exit(1);
  },
);

