// An act given to the wrong person in the writer's own words: "Osmani has hinted at early local elections"
// where the sources have Kurti hint at them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

const CABINET = {
  'a.txt':
    'Finance Minister Anna Berg resigned on Tuesday after a row over the pension reform.\n\n' +
    'Prime Minister Lars Holm, speaking in parliament, said the government would survive, and promised a vote on the budget in May.\n\n' +
    'Opposition leader Eva Lund called for early elections.\n',
};

test('a person given another\'s act is contradicted, with the person the sources give it to', () => {
  const j = judgeNamed(buildIndex(CABINET), 'Opposition leader Eva Lund resigned after a row over the pension reform.', 'Eva Lund');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.code, 'contradicted-name');
  assert.equal(j.suggestion, 'Anna Berg');
  assert.match(j.message, /^sources say this of Anna Berg, not Eva Lund \(".*", corpus\/a\.txt:1\)$/);
  // After an apposition, and in a second verb of the clause ("said …, and promised …").
  assert.equal(judgeNamed(buildIndex(CABINET), 'Eva Lund, the opposition leader, promised a vote on the budget in May.', 'Eva Lund').suggestion, 'Lars Holm');
  assert.equal(judgeNamed(buildIndex(CABINET), 'Finance Minister Anna Berg resigned after a row over the pension reform.', 'Anna Berg').verdict, 'supported');
});

test('on the seed corpus: "Kosovo\'s President, Vjosa Osmani, has hinted at early local elections" → Albin Kurti', () => {
  const j = judgeNamed(SEED, "Kosovo's President, Vjosa Osmani, has hinted at early local elections.", 'Vjosa Osmani');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(SEED, 'Albin Kurti has hinted at early local elections.', 'Albin Kurti').verdict, 'supported');
});

test('no act is read from a list, a name after a preposition, a bare "said", or sources that give it to two people', () => {
  const index = buildIndex({
    ...CABINET,
    'b.txt': 'Anna Berg and Lars Holm met the unions, and Lars Holm resigned from the party board after a row over the pension reform.\n',
  });
  assert.notEqual(judgeNamed(index, 'Opposition leader Eva Lund resigned after a row over the pension reform.', 'Eva Lund').verdict, 'contradicted', 'two people resigned in the sources');
  assert.notEqual(judgeNamed(buildIndex(CABINET), 'Eva Lund said the government would survive.', 'Eva Lund').verdict, 'contradicted', '"said" alone ties no two statements');
  const places = buildIndex({ 'c.txt': 'Protesters gathered in front of the town halls of Zvecan, Zubin Potok, and Leposavic, trying to stop the new mayors from entering their offices.\n' });
  assert.notEqual(judgeNamed(places, 'Mayor Lulzim Hetemi tried to stop the new mayors from entering their offices.', 'Lulzim Hetemi').verdict, 'contradicted', 'a place in a list is no subject');
});

test('what a report says is the act: "Osmani has said she will not back down" → Albin Kurti; a relative "who said" too', () => {
  const j = judgeNamed(SEED, 'Vjosa Osmani has said she will not back down on the mayors.', 'Vjosa Osmani');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(SEED, 'Albin Kurti has said he will not back down on the mayors.', 'Albin Kurti').verdict, 'supported');
  const vote = buildIndex({ ...CABINET, 'b.txt': 'Lars Holm said the government would survive the budget vote in parliament.\n' });
  const who = judgeNamed(vote, 'We heard from Eva Lund, who said the government would survive the budget vote.', 'Eva Lund');
  assert.equal(who.suggestion, 'Lars Holm');
  // A report against an act: "said" in the draft, "resigned" in the sources, ties nothing.
  assert.notEqual(judgeNamed(buildIndex(CABINET), 'Eva Lund said she resigned after a row over the pension reform.', 'Eva Lund').suggestion, 'Anna Berg');
});
