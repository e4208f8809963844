// The corpus's word-case counts: what they count, that removing a sentence takes exactly its counts out,
// and that the saved lists keep the order words got their counts in (a snapshot must not depend on how
// the counts are kept).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WordCaseCounter } from '../../../server/src/engine/claims/analyse';
import { liteTokens } from '../../../server/src/engine/nlp/liteTokens';

const count = (counter: WordCaseCounter, text: string, sign = 1) => counter.count(liteTokens(text), sign);

test('capitals inside a sentence, lower case, and words in capitals are counted; forced capitals are not', () => {
  const counter = new WordCaseCounter();
  count(counter, 'Police said NATO troops met Hope in Pristina. Hope was there.');
  count(counter, '"Police arrived," the police said: Kosovo NATO');
  assert.equal(counter.capitalisedInside('police'), 0, 'sentence start and after an opening quote');
  assert.equal(counter.lowercase('police'), 1);
  assert.equal(counter.capitalisedInside('hope'), 1, 'after a full stop the capital is forced');
  // A word in capitals is counted as such, not as a word prose capitalises: an acronym or a shout.
  assert.equal(counter.capitalisedInside('nato'), 0);
  assert.equal(counter.allCaps('nato'), 2);

  assert.equal(counter.capitalisedInside('kosovo'), 0, 'after a colon');
  assert.equal(counter.lowercase('unknown'), 0);
  // A word the sources write only capitalised, even where capitals are forced, reads as a name; one
  // they also write in lower case does not.
  assert.equal(counter.nameInSources('hope'), 2);
  assert.equal(counter.nameInSources('police'), 0);
  count(counter, 'NATO/REINFORCEMENTS were sent.');
  assert.equal(counter.capitalisedInside('reinforcements'), 0);
  // A postscript's mark opens the sentence anew: "P.S. Coffee mornings …" forces the capital.
  count(counter, 'P.S. Coffee mornings carry on.');
  assert.equal(counter.capitalisedInside('coffee'), 0);
  // So does a lettered item's mark: "(b) Quoted positions: …".
  count(counter, '(b) Quoted positions: none.');
  assert.equal(counter.capitalisedInside('quoted'), 0);
});

test('removing a sentence takes its counts out; a word counted again is listed last', () => {
  const counter = new WordCaseCounter();
  count(counter, 'We met Hope and Kurti and the police.');
  count(counter, 'They saw Kurti.');
  assert.deepEqual(counter.toJSON().capitalised, [['hope', 1], ['kurti', 2]]);
  count(counter, 'We met Hope and Kurti and the police.', -1);
  assert.equal(counter.capitalisedInside('hope'), 0);
  assert.equal(counter.lowercase('police'), 0);
  assert.deepEqual(counter.toJSON(), { capitalised: [['kurti', 1]], lower: [['saw', 1]], capitals: [], opening: [['they', 1]] });
  count(counter, 'It was Hope, the police said.');
  count(counter, 'They saw Kurti.', -1);
  count(counter, 'They saw Kurti.', -1);
  assert.deepEqual(counter.toJSON().capitalised, [['hope', 1]]);
  assert.deepEqual(counter.toJSON().lower, [['was', 1], ['the', 1], ['police', 1], ['said', 1]]);
});

test('counts saved and loaded answer and save as before', () => {
  const counter = new WordCaseCounter();
  count(counter, 'They met UNESCO and NATO officials in Pristina and Belgrade, the NATO envoy said.');
  const saved = counter.toJSON();
  const loaded = WordCaseCounter.fromJSON(saved);
  assert.deepEqual(loaded.toJSON(), saved);
  for (const word of ['nato', 'unesco', 'pristina', 'envoy', 'met']) {
    assert.equal(loaded.capitalisedInside(word), counter.capitalisedInside(word));
    assert.equal(loaded.lowercase(word), counter.lowercase(word));
    assert.equal(loaded.allCaps(word), counter.allCaps(word));
  }
});
