// What a sentence says a name did: the act's verb and the content words that say what it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, WordCaseCounter } from '../../../server/src/engine/claims/analyse';
import { predicateOf } from '../../../server/src/engine/verdicts/actPredicates';

function actOf(sentence: string, name: string) {
  const analysed = analyseSentence(sentence, new WordCaseCounter());
  const mention = analysed.names.find((n) => n.text === name);
  assert.ok(mention, `${name} in ${JSON.stringify(analysed.names.map((n) => n.text))}`);
  const act = predicateOf(analysed, mention);
  return act && { verb: act.verb, words: [...act.words].sort() };
}

test('the verb a name is the subject of, and its clause\'s content words', () => {
  const hinted = actOf('Vjosa Osmani has hinted at early local elections.', 'Vjosa Osmani');
  assert.equal(hinted?.verb, 'hint');
  assert.deepEqual(hinted?.words, ['election', 'hint', 'local']);
  // A name after a preposition is no subject.
  assert.equal(actOf('The mayors of Zubin Potok work from home.', 'Zubin Potok'), undefined);
});

test('an act written as a noun, before or after its doer, is read as the verb it names', () => {
  const decision = actOf('The decision by Germany to cancel our part in a NATO military exercise was a disappointment.', 'Germany');
  assert.equal(decision?.verb, 'decide');
  assert.ok(decision?.words.includes('cancel') && decision.words.includes('exercise'));
  assert.equal(actOf("Josep Borrell's warning to Pristina and Belgrade that European integration was at risk.", 'Josep Borrell')?.verb, 'warn');
});

test('", as Olaf Scholz said" reports the clause before it, with its names', () => {
  const as = actOf('France and Germany urged new elections as soon as possible, as Olaf Scholz said at the summit.', 'Olaf Scholz');
  assert.equal(as?.verb, 'say');
  assert.ok(as?.words.includes('france') && as.words.includes('election'));
});

test('a present-tense verb the tagger takes for a noun right after its subject is the act: "KFOR fires tear gas"', () => {
  const fires = actOf('Serbs gather to block them and KFOR fires tear gas to disperse the crowd.', 'KFOR');
  assert.equal(fires?.verb, 'fire');
  assert.ok(fires?.words.includes('gas'));
  // A plural noun after a name stays a noun: "Albin Kurti aides arrived" is no act of "aides".
  assert.equal(actOf('Yesterday Albin Kurti aides arrived in Zvecan.', 'Albin Kurti'), undefined);
});

test('what a report says is its "that" clause, however far the addressee and the place put it from the verb', () => {
  const told = actOf('President Vjosa Osmani told the GLOBSEC forum in Bratislava, Slovakia, that the police will not accept a complete withdrawal.', 'Vjosa Osmani');
  assert.equal(told?.verb, 'tell');
  assert.ok(told?.words.includes('withdrawal'));
  assert.ok(!told?.words.includes('forum'));
});

test('a light verb\'s participle after a comma is the act: "Germany has gone further, cancelling Pristina\'s participation …"', () => {
  const further = actOf("Germany has gone further, cancelling Pristina's participation in a NATO military exercise.", 'Germany');
  assert.equal(further?.verb, 'cancel');
  // A report after it is the light verb's to compare as a whole.
  assert.equal(actOf('Vjosa Osmani went further, suggesting Russia had a hand in the unrest.', 'Vjosa Osmani')?.verb, 'go');
});
