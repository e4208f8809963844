// The server's check runner: a stepwise engine check runs in slices with the event loop turning between
// them, stops at the next slice once it is stale, and no result for a stale document is ever returned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckOptions, CheckResult } from '../../../server/src/engine';
import { runCheck, type Checker } from '../../../server/src/lsp/checkRunner';

const EMPTY: CheckResult = { claims: [] };

/** An engine whose check takes `steps` sentences of about 1 ms each. */
function steppable(steps: number, log: string[]): Checker & { done: number; closed: boolean } {
  const fake = {
    done: 0,
    closed: false,
    check(): CheckResult {
      throw new Error('the stepwise check should be used');
    },
    *checkSteps(): Generator<void, CheckResult, undefined> {
      try {
        for (let i = 0; i < steps; i++) {
          const until = Date.now() + 1;
          while (Date.now() < until) {
            // a sentence's worth of work
          }
          fake.done++;
          log.push('step');
          yield;
        }
        return EMPTY;
      } finally {
        fake.closed = true;
      }
    },
  };
  return fake;
}

test('a stepwise check runs in slices: other work runs between them', async () => {
  const log: string[] = [];
  const checker = steppable(60, log);
  const ticker = setInterval(() => log.push('tick'), 0);
  try {
    const result = await runCheck(checker, 'text', 'markdown', { shouldStop: () => false, sliceMs: 5 });
    assert.equal(result, EMPTY);
  } finally {
    clearInterval(ticker);
  }
  assert.equal(checker.done, 60);
  const firstStep = log.indexOf('step');
  const lastStep = log.lastIndexOf('step');
  assert.ok(log.slice(firstStep, lastStep).includes('tick'), 'the event loop turned while the check ran');
});

test('a stepwise check stops at the next slice once it is stale, and returns nothing', async () => {
  const checker = steppable(1000, []);
  let stale = false;
  setTimeout(() => (stale = true), 20);
  const result = await runCheck(checker, 'text', 'markdown', { shouldStop: () => stale, sliceMs: 5 });
  assert.equal(result, undefined);
  assert.ok(checker.done < 1000, `stopped after ${checker.done} of 1000 sentences`);
  assert.ok(checker.closed, 'the engine was told to abandon the check');
});

test('an engine without steps is run in one piece, polling the same stop condition', async () => {
  let polls = 0;
  let stale = false;
  const checker: Checker = {
    check(_text, _language, options?: CheckOptions): CheckResult {
      for (let i = 0; i < 5; i++) if (options?.isCancelled?.()) break;
      polls++;
      return EMPTY;
    },
  };
  assert.equal(await runCheck(checker, 'text', 'plaintext', { shouldStop: () => stale }), EMPTY);
  // Stale when it starts (an edit was queued): the engine is not even asked.
  stale = true;
  assert.equal(await runCheck(checker, 'text', 'plaintext', { shouldStop: () => stale }), undefined);
  assert.equal(polls, 1);
});

test('a document that changes while a check runs gets no result for its old text', async () => {
  let version = 1;
  const checker: Checker = {
    check(): CheckResult {
      // The edit arrives while the engine works; the runner lets it land before answering.
      setImmediate(() => (version = 2));
      return EMPTY;
    },
  };
  const result = await runCheck(checker, 'text', 'markdown', { shouldStop: () => version !== 1 });
  assert.equal(result, undefined);
});

test('after a long check, an edit still arriving in pieces is waited for before answering', async () => {
  let version = 1;
  let reads = 0;
  const checker: Checker = {
    check(): CheckResult {
      const until = Date.now() + 60;
      while (Date.now() < until) {
        // a long check
      }
      // A big paste: read in pieces over the next 40 ms, the edit only applies once all has arrived.
      const arrival = setInterval(() => reads++, 1);
      setTimeout(() => {
        clearInterval(arrival);
        version = 2;
      }, 40);
      return EMPTY;
    },
  };
  const result = await runCheck(checker, 'text', 'markdown', { shouldStop: () => version !== 1, inputActivity: () => reads });
  assert.equal(result, undefined);
});
