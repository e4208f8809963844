// Whose goal or stake a noun names: a qualifier swapped in a statement the sources make nearly word for word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, contextFor, judgeNamed, seedSources } from './harness';
import { qualifierJudgement } from '../../../server/src/engine/verdicts/qualifierVerdict';

const SEED = buildIndex(seedSources());

function qualifier(draft: string, name: string) {
  const { analysed, ctx } = contextFor(SEED, draft);
  const claim = analysed.names.find((n) => n.text === name);
  assert.ok(claim, `${name} in ${draft}`);
  return qualifierJudgement(claim, ctx);
}

test('"their NATO aspirations", "hopes of NATO integration" where Blinken warned of "aspirations of European integration" → European', () => {
  for (const draft of [
    'US Secretary of State Antony Blinken urged Pristina and Belgrade to ease tensions, warning that they were putting their NATO aspirations at risk.',
    'Antony Blinken urges both sides to ease tensions, warning they risk their hopes of NATO integration.',
  ]) {
    const j = judgeNamed(SEED, draft, 'NATO');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'European');
  }
});

test('another noun beside the qualifier, or a best match naming the draft\'s name, leaves it alone', () => {
  // "fought both police and NATO peacekeepers": "Kosovo police" qualifies another noun than "peacekeepers".
  assert.equal(qualifier('That day Serbs tried to storm the municipal offices in Zvečan and fought both police and NATO peacekeepers.', 'NATO'), undefined);
  // "a NATO military exercise" is the sources' own.
  assert.equal(qualifier("The U.S. cancelled Pristina's participation in a NATO military exercise.", 'NATO'), undefined);
  // A person's name is the attribution stages'.
  assert.equal(qualifier('Blinken warned they were putting their Kurti aspirations at risk.', 'Kurti'), undefined);
});

test('another noun for the same stake is that phrase: "hopes of NATO membership" against "aspirations of European integration" (corpus/000:11)', () => {
  const j = judgeNamed(SEED, 'Antony Blinken has warned both Pristina and Belgrade that they are putting their hopes of NATO membership at risk.', 'NATO');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'European');
  // A noun of another stake is no such phrase.
  assert.notEqual(judgeNamed(SEED, 'Antony Blinken has warned both Pristina and Belgrade that they are putting their hopes of NATO funding at risk.', 'NATO').verdict, 'contradicted');
});
