// Part B: the labelled drafts. Twenty-two sets, scored the same way: `drafts` (test/fixtures/drafts, the dev
// set the engine was tuned on), `holdout` (test/fixtures/holdout, labelled from the corpus alone; no
// longer blind), `blind` (test/fixtures/blind, labelled from the corpus alone; its mismatches have been
// read since its first run), `blind2` (test/fixtures/blind2, the same, never tuned on), `blind3`
// (test/fixtures/blind3, written in session 3 without running the engine, never tuned on), `blind4`
// (test/fixtures/blind4, written without running the engine; read since), `blind5` (test/fixtures/blind5,
// the same; read in session 6 after its first run), `blind6` (test/fixtures/blind6, written in session 6
// without running the engine; read in session 6 after its first run), `blind7` (test/fixtures/blind7, the
// same), `blind8` (the same), `blind9` (test/fixtures/blind9, written in session 6 without running the
// engine, never tuned on), `blind10` (test/fixtures/blind10, the same; first run and read in session 7) and
// `blind11` (test/fixtures/blind11, written in session 7 without running the engine; read after its first run)
// and `blind12` (test/fixtures/blind12, the same; first run and read at the end of session 7) and `blind13`
// (test/fixtures/blind13, written in session 7 without running the engine; first run and read in session 8) and
// `blind14` (test/fixtures/blind14, written in session 8 without running the engine; first run and read in session 8)
// and `blind15` to `blind20` (test/fixtures/blind15 to blind20, the same; blind15 to blind19 read in session 8,
// blind20 first run at the end of session 8 and read in session 9) and `blind21` to `blind26` (the same, written
// and read in session 9), `blind27` to `blind41` (the same, written in session 10), `blind42` to `blind51`
// (the same, written in session 11) and `blind52` to `blind66` (the same, written in session 12) and `blind67` to `blind82` (the same, written in session 13) and `blind83` to `blind107` (the same, written in session 14) and `blind108` to `blind117` (the same, written in session 15) and `blind118` to `blind122` (the same, written in session 16). The corpus
// is indexed once per set; each draft is checked and the engine's claims are aligned with the labels by span
// (label text + occurrence).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedClaim, Verdict } from '../../server/src/engine/types';
import type { FactCheckerClass } from './engine';
import { labelSpan, languageOf, loadLabelledDrafts, type ClaimLabel } from './labels';
import { lineCol, oneLine, ratio, sameValue } from './stats';

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/** The labelled sets, each a folder under test/fixtures. */
export const DRAFT_SETS = ['drafts', 'holdout', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31', 'blind32', 'blind33', 'blind34', 'blind35', 'blind36', 'blind37', 'blind38', 'blind39', 'blind40', 'blind41', 'blind42', 'blind43', 'blind44', 'blind45', 'blind46', 'blind47', 'blind48', 'blind49', 'blind50', 'blind51', 'blind52', 'blind53', 'blind54', 'blind55', 'blind56', 'blind57', 'blind58', 'blind59', 'blind60', 'blind61', 'blind62', 'blind63', 'blind64', 'blind65', 'blind66', 'blind67', 'blind68', 'blind69', 'blind70', 'blind71', 'blind72', 'blind73', 'blind74', 'blind75', 'blind76', 'blind77', 'blind78', 'blind79', 'blind80', 'blind81', 'blind82', 'blind83', 'blind84', 'blind85', 'blind86', 'blind87', 'blind88', 'blind89', 'blind90', 'blind91', 'blind92', 'blind93', 'blind94', 'blind95', 'blind96', 'blind97', 'blind98', 'blind99', 'blind100', 'blind101', 'blind102', 'blind103', 'blind104', 'blind105', 'blind106', 'blind107', 'blind108', 'blind109', 'blind110', 'blind111', 'blind112', 'blind113', 'blind114', 'blind115', 'blind116', 'blind117', 'blind118', 'blind119', 'blind120', 'blind121', 'blind122'] as const;
export type DraftSet = (typeof DRAFT_SETS)[number];

export interface DraftsReport {
  set: DraftSet;
  seconds: number;
  drafts: number;
  corpusFiles: number;
  labels: number;
  /** Labels the engine found (an engine claim overlaps the label's span). */
  claimRecall: number;
  /** Over claims: label flagged (not supported) vs engine flagged. */
  flagRecall: number;
  flagPrecision: number;
  /** Engine verdict equals the label's, over all labels (a label the engine missed counts as wrong). */
  verdictAccuracy: number;
  /** Over contradicted labels with a suggestion: the engine suggests the same value or spelling. */
  suggestionAccuracy: number;
  counts: {
    tp: number;
    fn: number;
    fp: number;
    found: number;
    verdictMatches: number;
    suggestions: number;
    suggestionMatches: number;
    /** Engine claims overlapping no label (markup, words the labels do not count as claims…). */
    unalignedClaims: number;
    unalignedFlagged: number;
    /** Weekday claims: outside the labelling contract, so not scored. */
    weekdayClaims: number;
    weekdayFlagged: number;
    errors: number;
  };
  byVerdict: Record<Verdict, { labels: number; exact: number; found: number }>;
  byKind: Record<string, { labels: number; found: number; verdictMatches: number }>;
}

const SEVERITY: Record<Verdict, number> = { supported: 0, unsupported: 1, contradicted: 2 };

export function runDrafts(
  FactChecker: FactCheckerClass,
  repoRoot: string,
  verbose: boolean,
  log: (line: string) => void,
  set: DraftSet = 'drafts',
): DraftsReport {
  const started = Date.now();
  const corpusDir = join(repoRoot, 'corpus');
  const checker = new FactChecker();
  const corpusFiles = readdirSync(corpusDir)
    .filter((name) => statSync(join(corpusDir, name)).isFile())
    .sort();
  for (const name of corpusFiles) {
    const path = join(corpusDir, name);
    const skipped = checker.updateSource(path, readFileSync(path), `corpus/${name}`);
    if (skipped) log(`${set}: corpus/${name} was not indexed: ${skipped.reason}`);
  }

  const drafts = loadLabelledDrafts(join(repoRoot, 'test', 'fixtures', set));
  const c = { tp: 0, fn: 0, fp: 0, found: 0, verdictMatches: 0, suggestions: 0, suggestionMatches: 0, unalignedClaims: 0, unalignedFlagged: 0, weekdayClaims: 0, weekdayFlagged: 0, errors: 0 };
  const byVerdict: DraftsReport['byVerdict'] = {
    supported: { labels: 0, exact: 0, found: 0 },
    unsupported: { labels: 0, exact: 0, found: 0 },
    contradicted: { labels: 0, exact: 0, found: 0 },
  };
  const byKind: DraftsReport['byKind'] = {};
  let labels = 0;

  for (const draft of drafts) {
    const name = draft.labels.draft;
    let claims: CheckedClaim[] = [];
    try {
      claims = checker.check(draft.text, languageOf(draft.draftPath)).claims;
    } catch (err) {
      c.errors++;
      log(`${set}: check threw on ${name}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
    const spans = draft.labels.claims.map((label) => labelSpan(draft.text, label));
    const overlaps = (claim: CheckedClaim, span: { start: number; end: number } | undefined) =>
      span !== undefined && claim.offsets.start < span.end && span.start < claim.offsets.end;
    const where = (offset: number) => {
      const { line, col } = lineCol(draft.text, offset);
      return `${name}:${line + 1}:${col + 1}`;
    };

    draft.labels.claims.forEach((label, i) => {
      labels++;
      const aligned = claims.filter((claim) => overlaps(claim, spans[i]));
      const engineVerdict = combinedVerdict(aligned);
      const labelFlagged = label.verdict !== 'supported';
      const engineFlagged = engineVerdict !== undefined && engineVerdict !== 'supported';
      if (labelFlagged && engineFlagged) c.tp++;
      else if (labelFlagged) c.fn++;
      else if (engineFlagged) c.fp++;
      if (aligned.length > 0) c.found++;
      const verdictOk = engineVerdict === label.verdict;
      if (verdictOk) c.verdictMatches++;
      const v = byVerdict[label.verdict];
      v.labels++;
      if (verdictOk) v.exact++;
      if (aligned.length > 0) v.found++;
      const k = (byKind[label.kind] ??= { labels: 0, found: 0, verdictMatches: 0 });
      k.labels++;
      if (aligned.length > 0) k.found++;
      if (verdictOk) k.verdictMatches++;

      const fixing = aligned.find((claim) => claim.verdict === 'contradicted' && claim.suggestion) ?? aligned.find((claim) => claim.suggestion);
      const suggestion = fixing?.suggestion;
      let suggestionOk = true;
      if (label.verdict === 'contradicted' && label.suggestion) {
        c.suggestions++;
        suggestionOk = sameValue(suggestion, label.suggestion) || sameValue(fixedLabelText(draft.text, spans[i], fixing), label.suggestion);
        if (suggestionOk) c.suggestionMatches++;
      }
      if (verbose && (!verdictOk || !suggestionOk)) {
        log(`  ${where(spans[i]?.start ?? 0)} "${label.text}" #${label.occurrence} (${label.kind}) label ${describeLabel(label)} | engine ${describeEngine(aligned, engineVerdict, suggestion)}`);
      }
    });

    for (const claim of claims) {
      if (spans.some((span) => overlaps(claim, span))) continue;
      // The labelling contract leaves weekdays out; the engine checks them as dates. They are counted
      // apart, neither right nor wrong by these labels.
      if (WEEKDAY.test(claim.text)) {
        c.weekdayClaims++;
        if (claim.verdict !== 'supported') c.weekdayFlagged++;
        continue;
      }
      c.unalignedClaims++;
      if (claim.verdict !== 'supported') {
        c.unalignedFlagged++;
        c.fp++;
        if (verbose) log(`  ${where(claim.offsets.start)} "${claim.text}" (${claim.kind}) not a labelled claim | engine ${claim.verdict}: ${oneLine(claim.message, 160)}`);
      }
    }
  }

  return {
    set,
    seconds: (Date.now() - started) / 1000,
    drafts: drafts.length,
    corpusFiles: corpusFiles.length,
    labels,
    claimRecall: ratio(c.found, labels),
    flagRecall: ratio(c.tp, c.tp + c.fn),
    flagPrecision: ratio(c.tp, c.tp + c.fp),
    verdictAccuracy: ratio(c.verdictMatches, labels),
    suggestionAccuracy: ratio(c.suggestionMatches, c.suggestions),
    counts: c,
    byVerdict,
    byKind,
  };
}

/** The most severe verdict among the engine claims on one label (contradicted > unsupported > supported). */
function combinedVerdict(aligned: CheckedClaim[]): Verdict | undefined {
  let best: Verdict | undefined;
  for (const claim of aligned) if (best === undefined || SEVERITY[claim.verdict] > SEVERITY[best]) best = claim.verdict;
  return best;
}

function describeLabel(label: ClaimLabel): string {
  return label.verdict === 'contradicted' ? `contradicted → "${label.suggestion}"` : label.verdict;
}

/**
 * The label's text once the engine's quick fix is applied, where the engine reports a part of it: the
 * fix on "1997" inside a label "1997-1999" makes it "1998-1999", which is what the label asks for.
 */
function fixedLabelText(text: string, span: { start: number; end: number } | undefined, claim: CheckedClaim | undefined): string | undefined {
  if (!span || !claim?.suggestion || claim.offsets.start < span.start || claim.offsets.end > span.end) return undefined;
  return text.slice(span.start, claim.offsets.start) + claim.suggestion + text.slice(claim.offsets.end, span.end);
}

function describeEngine(aligned: CheckedClaim[], verdict: Verdict | undefined, suggestion: string | undefined): string {
  if (verdict === undefined) return 'no claim here';
  const texts = aligned.map((claim) => `"${claim.text}"`).join(' + ');
  const sugg = suggestion ? ` → "${suggestion}"` : '';
  const why = aligned.find((claim) => claim.verdict === verdict)?.message ?? '';
  return `${texts} ${verdict}${sugg}: ${oneLine(why, 140)}`;
}
