// Runs one engine check for the language server without holding the event loop longer than it must, and
// tells the caller when the result no longer matters (the document changed, the request was cancelled).
//
// A check is CPU work: a 200,000-word draft takes seconds. Where the engine offers a stepwise check
// (`checkSteps`, a generator that yields between draft sentences), it is run in slices of SLICE_MS with the
// event loop turning in between, so hovers, other drafts and edits are served meanwhile and an edit stops
// the check at the next slice. Without it, the check runs in one piece and `shouldStop` is only polled by
// the engine between sentences; edits that arrive meanwhile are seen once it returns.
import type { CheckOptions, CheckResult, DraftLanguage } from '../engine';

/** The part of FactChecker a check needs. */
export interface Checker {
  check(text: string, language: DraftLanguage, options?: CheckOptions): CheckResult;
  checkSteps?(text: string, language: DraftLanguage, options?: CheckOptions): Iterator<unknown, CheckResult, undefined>;
}

export interface RunOptions {
  allowedNames?: readonly string[];
  /** True once the result is of no use: a newer version, a newer check, a cancelled request. */
  shouldStop: () => boolean;
  /** Longest stretch of engine work between two turns of the event loop (stepwise engines only). */
  sliceMs?: number;
  /** A count of reads from the client, which grows while a message is still arriving. */
  inputActivity?: () => number;
}

const SLICE_MS = 15;
/** After a check this long, a message the client sent meanwhile may still be on its way in pieces. */
const LONG_CHECK_MS = 50;
const QUIET_MS = 5;

/** One turn of the event loop: timers, I/O and queued messages run before the caller continues. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Lets messages that arrived while the thread was busy be handled. Two turns: the first reads them off
 * the stream, the second lets the JSON-RPC layer (which dispatches one message per turn) deliver them.
 */
export async function settle(): Promise<void> {
  await yieldToEventLoop();
  await yieldToEventLoop();
}

/**
 * After a long check: waits until the client's input has been quiet for QUIET_MS (at most half a second),
 * so that an edit sent during the check (a big paste arrives in many reads) is seen before answering.
 */
async function settleInput(inputActivity: () => number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const seen = inputActivity();
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    await settle();
    if (inputActivity() === seen) return;
  }
}

/** The check's result, or undefined when `shouldStop` said so before, during or right after it. */
export async function runCheck(checker: Checker, text: string, language: DraftLanguage, options: RunOptions): Promise<CheckResult | undefined> {
  const { shouldStop } = options;
  const engineOptions: CheckOptions = {
    ...(options.allowedNames ? { allowedNames: options.allowedNames } : {}),
    isCancelled: shouldStop,
  };
  // Edits already queued would make this check stale before it starts.
  await settle();
  if (shouldStop()) return undefined;
  let result: CheckResult;
  const started = Date.now();
  if (typeof checker.checkSteps === 'function') {
    const steps = checker.checkSteps(text, language, engineOptions);
    const sliceMs = options.sliceMs ?? SLICE_MS;
    for (;;) {
      const sliceEnd = Date.now() + sliceMs;
      let step = steps.next();
      while (!step.done && Date.now() < sliceEnd) step = steps.next();
      if (step.done) {
        result = step.value;
        break;
      }
      await yieldToEventLoop();
      if (shouldStop()) {
        steps.return?.();
        return undefined;
      }
    }
  } else {
    result = checker.check(text, language, engineOptions);
  }
  // A change that arrived during the check: its result must not be shown on the new text.
  await settle();
  if (options.inputActivity && Date.now() - started > LONG_CHECK_MS && !shouldStop()) await settleInput(options.inputActivity);
  return shouldStop() ? undefined : result;
}
