// A real name swapped inside a list: the best-matching source sentence lists the draft's other members
// with another name, in the same words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, contextFor, seedSources, judgeNamed } from './harness';
import { namesLists } from '../../../server/src/engine/verdicts/listVerdict';

const SEED = buildIndex(seedSources());

const MINISTERS = {
  'a.txt':
    'The finance ministers of France and Spain signed the fishing deal in Brussels on Friday after a night of talks.\n\n' +
    'Italy abstained, and Portugal asked for more time to study the quotas.\n',
};
const BOTH = {
  ...MINISTERS,
  'b.txt': 'The finance ministers of France and Italy signed the fishing deal in Brussels on Friday, a spokesman said.\n',
};

test('a list member the best-matching source sentence replaces with another name is contradicted', () => {
  const j = judgeNamed(buildIndex(MINISTERS), 'The finance ministers of France and Italy signed the fishing deal in Brussels.', 'Italy');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.code, 'contradicted-name');
  assert.equal(j.suggestion, 'Spain');
  assert.match(j.message, /^sources list Spain here, not Italy \(".*", corpus\/a\.txt:1\)$/);
  // The member the sources list too stays supported.
  assert.equal(judgeNamed(buildIndex(MINISTERS), 'The finance ministers of France and Italy signed the fishing deal in Brussels.', 'France').verdict, 'supported');
});

test('on the seed corpus: "the mayors of Zvečan and Leposavic work from home", also after another preposition', () => {
  for (const draft of [
    'In Zubin Potok, police guard the town hall; the mayors of Zvečan and Leposavic work from home.',
    'His counterparts in Zvečan and Leposavic work from home.',
  ]) {
    const j = judgeNamed(SEED, draft, 'Leposavic');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Zubin Potok');
  }
  assert.equal(judgeNamed(SEED, 'The mayors of Zvečan and Zubin Potok work from home.', 'Zubin Potok').verdict, 'supported');
});

test('never when a source sentence as like the draft\'s lists the draft\'s member', () => {
  assert.equal(judgeNamed(buildIndex(BOTH), 'The finance ministers of France and Italy signed the fishing deal in Brussels.', 'Italy').verdict, 'supported');
});

test('a list in other words, or of another length, is left alone', () => {
  const index = buildIndex(MINISTERS);
  assert.equal(judgeNamed(index, 'Fishermen from France and Italy protested outside parliament over the quotas.', 'Italy').verdict, 'supported');
  assert.equal(judgeNamed(index, 'The finance ministers of France, Portugal and Italy signed the fishing deal in Brussels.', 'Italy').verdict, 'supported');
});

test('lists are names joined by "and" or "or"; "Chisinau, Moldova" is a place in its country', () => {
  const listed = (text: string) => {
    const { analysed } = contextFor(SEED, text);
    return namesLists(text, analysed.names).map((l) => [l.before, ...l.members.map((m) => m.text)]);
  };
  assert.deepEqual(listed('The buildings of Zvecan, Zubin Potok, and Leposavic were guarded.'), [['of', 'Zvecan', 'Zubin Potok', 'Leposavic']]);
  assert.deepEqual(listed('Leaders met in Chisinau, Moldova on Thursday.'), []);
});

test('a nationality before a title is no list member: "Macron and German Chancellor Olaf Scholz" lists Macron and Scholz', () => {
  const j = judgeNamed(SEED, 'Macron and Scholz are expected to meet him and Kosovo President Vjosa Osmani on the sidelines.', 'Scholz');
  assert.equal(j.verdict, 'supported');
});

test('"both" before a list leaves its leading word: "urged Pristina and Moscow to ease tensions" → Belgrade ("urged both Pristina and Belgrade")', () => {
  const j = judgeNamed(SEED, 'Blinken urged Pristina and Moscow to ease tensions.', 'Moscow');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Belgrade');
  assert.equal(judgeNamed(SEED, 'Blinken urged Pristina and Belgrade to ease tensions.', 'Belgrade').verdict, 'supported');
});

test('two subject lists are compared by their whole sentences: "France and the United States want new elections …" → Germany', () => {
  const seed = buildIndex(seedSources());
  const wrong = judgeNamed(seed, 'France and the United States want new elections as soon as possible.', 'United States');
  assert.equal(wrong.verdict, 'contradicted');
  assert.equal(wrong.suggestion, 'Germany');
  assert.equal(judgeNamed(seed, 'France and Germany want new elections as soon as possible.', 'Germany').verdict, 'supported');
  // A subject list in a sentence that says something else is left alone.
  assert.equal(judgeNamed(seed, 'France and the United States have stepped up efforts to resolve the dispute.', 'United States').verdict, 'supported');
});

test('two lists in sentences saying nearly the same are compared by the sentences: "crimes in Croatia and Serbia" → Bosnia', () => {
  const seed = buildIndex(seedSources());
  const crimes = judgeNamed(seed, 'United Nations judges raise sentences for two Milosevic allies over crimes in Croatia and Serbia.', 'Serbia');
  assert.equal(crimes.verdict, 'contradicted');
  assert.equal(crimes.suggestion, 'Bosnia');
  assert.equal(judgeNamed(seed, 'United Nations judges raise sentences for two Milosevic allies over crimes in Croatia and Bosnia.', 'Bosnia').verdict, 'supported');
  // A sentence mostly of names says too little to be compared whole.
  assert.equal(judgeNamed(seed, 'A week between Zvecan, Leposavic and Mitrovica.', 'Mitrovica').verdict, 'supported');
});

test('a list in a clause of its own after a semicolon is matched by that clause: "Town halls fenced with barbed wire; the mayors of Zvečan and Leposavic working from home" → Zubin Potok', () => {
  const j = judgeNamed(SEED, 'Town halls fenced with barbed wire; the mayors of Zvečan and Leposavic working from home.', 'Leposavic');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Zubin Potok');
  assert.equal(judgeNamed(SEED, 'Town halls fenced with barbed wire; the mayors of Zvečan and Zubin Potok working from home.', 'Zubin Potok').verdict, 'supported');
});

test('a list opening its sentence after "The" is a subject list: "The United States and Germany want new elections as soon as possible" → France (corpus/000:12)', () => {
  const j = judgeNamed(SEED, 'The United States and Germany want new elections as soon as possible.', 'United States');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'France');
  assert.equal(judgeNamed(SEED, 'France and Germany want new elections as soon as possible.', 'France').verdict, 'supported');
});

test('a subject list in a clause joined by ", and" is matched by its clause: "…, and France and the United States want new elections as soon as possible" → Germany', () => {
  const j = judgeNamed(SEED, 'Prime Minister Albin Kurti has hinted at early local elections, and France and the United States want new elections as soon as possible.', 'United States');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Germany');
  assert.equal(judgeNamed(SEED, 'Prime Minister Albin Kurti has hinted at early local elections, and France and Germany want new elections as soon as possible.', 'Germany').verdict, 'supported');
});

test('a call\'s agents after "by" are a subject list: "the call by France and the United States for new elections as soon as possible" → Germany', () => {
  const j = judgeNamed(SEED, '- the call by France and the United States for new elections as soon as possible;', 'United States');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Germany');
});

test('a list after a semicolon or in a table row\'s cell leads as its clause or its label says: "…; France and the United States want new elections" → Germany; "| Mayors working from home | Zvecan and Leposavic |" → Zubin Potok', () => {
  const clause = judgeNamed(SEED, "Washington has cancelled Kosovo's part in a NATO exercise; France and the United States want new elections as soon as possible.", 'United States');
  assert.equal(clause.suggestion, 'Germany');
  const cell = judgeNamed(SEED, 'Mayors working from home : Zvecan and Leposavic', 'Leposavic');
  assert.equal(cell.verdict, 'contradicted');
  assert.equal(cell.suggestion, 'Zubin Potok');
  assert.equal(judgeNamed(SEED, 'Mayors working from home : Zvecan and Zubin Potok', 'Zubin Potok').verdict, 'supported');
});
