// Which corpus names a draft's name stands for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from '../../../server/src/engine/verdicts/nameResolve';
import { buildIndex, contextFor, seedSources } from './harness';

const SEED = buildIndex(seedSources());
const keys = (key: string) => resolve(key, contextFor(SEED, 'Kosovo.').ctx).map((e) => e.key);

test('a surname, an alias the sources define, the other grammatical number and the alias table', () => {
  assert.ok(keys('vjosa').includes('vjosa osmani'));
  assert.ok(keys('kqz').includes('kosovo central election commission'));
  assert.ok(keys('serb').some((k) => k.startsWith('serb')));
  assert.ok(keys('un').includes('united nations'));
});

test('an acronym the sources never write is the body its initials spell, not a person; a leading nationality word adds nothing', () => {
  assert.deepEqual(keys('kla'), ['kosovo liberation army']);
  assert.deepEqual(keys('ak'), []);
  assert.ok(keys('kosovar kfor').includes('kfor'));
  assert.deepEqual(keys('gazivoda'), []);
});
