// A body put in another's statement, judged on the seed corpus (corpus/): "EULEX now guards the roads
// into the centre of Zvečan" where the best match says it of KFOR and no sentence naming EULEX says it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, judgeNamed, seedSources } from './harness';

const SEED = buildIndex(seedSources());

test('a body given the statement a best match tells of one other body is contradicted, with that body', () => {
  // corpus/004: "Soldiers of the peacekeeping force KFOR are guarding the building while others have been
  // deployed on road axes leading to the center of Zvečan, at the request of the Serbian List …"
  const j = judgeNamed(SEED, 'EULEX now guards the roads into the centre of Zvečan at the request of the Serbian List.', 'EULEX');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'KFOR');
  assert.match(j.message, /^sources say this of KFOR, not EULEX \(".*", corpus\/004_ccf526d3e15ee97c\.txt:15\)$/);
  assert.equal(judgeNamed(SEED, 'KFOR now guards the roads into the centre of Zvečan at the request of the Serbian List.', 'KFOR').verdict, 'supported');
});

test('no swap where the body is named by a sentence saying as much, or only qualifies or locates, or the statement is another body\'s the draft names', () => {
  // corpus/002: "… along with the European Union Rule of Law Mission in Kosovo (EULEX) and KFOR personnel."
  assert.equal(judgeNamed(SEED, 'Police in riot gear were deployed around the premises, along with EULEX personnel.', 'EULEX').verdict, 'supported');
  // "the EU-led dialogue" qualifies a process: no doer to swap for.
  assert.equal(judgeNamed(SEED, 'NATO urged Belgrade and Pristina to engage in the EU-led dialogue to reduce tensions.', 'EU').verdict, 'supported');
  // A credit or a report's author is another stage's to weigh, or no doer: "according to EULEX", "a report by EULEX".
  assert.notEqual(judgeNamed(SEED, 'Read a report by EULEX on the fenced town halls.', 'EULEX').verdict, 'contradicted');
  // A short fragment says too little to tell whose statement it is.
  assert.equal(judgeNamed(SEED, 'EULEX on the ground.', 'EULEX').verdict, 'supported');
});

test('names listed together share a statement: "EULEX and KFOR fenced …" leaves both alone', () => {
  assert.notEqual(judgeNamed(SEED, 'EULEX and KFOR now guard the roads into the centre of Zvečan at the request of the Serbian List.', 'EULEX').verdict, 'contradicted');
});

test('the possessor of what an act is done to: "cancelled Serbia\'s part in a NATO military exercise" → Pristina', () => {
  // corpus/001: "… the U.S., the most outspoken supporter of Kosovo's 2008 independence from Serbia, decided
  // to cancel Pristina's participation in a NATO military exercise."
  const j = judgeNamed(SEED, "The U.S. has cancelled Serbia's part in a NATO military exercise.", 'Serbia');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Pristina');
  assert.match(j.message, /^sources have Pristina's participation here, not Serbia/);
  assert.equal(judgeNamed(SEED, "The U.S. has cancelled Pristina's part in a NATO military exercise.", 'Pristina').verdict, 'supported');
  // Another thing of the same place is no swap: "Serbia's army" is no participation.
  assert.notEqual(judgeNamed(SEED, "Serbia's army was put on its highest state of alert.", 'Serbia').verdict, 'contradicted');
});

test('a statement in the first person plural is the body the sentence beside it names: "We call on all sides …" / "… KFOR is ready …"', () => {
  const j = judgeNamed(SEED, 'A report on Monday said the EU had urged "all sides to refrain from actions that could inflame tensions".', 'EU');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'KFOR');
  assert.equal(judgeNamed(SEED, 'A report on Monday said KFOR had urged "all sides to refrain from actions that could inflame tensions".', 'KFOR').verdict, 'supported');
});

test('a comma ending an opening phrase is no list: "At the request of the Serbian List, EULEX is guarding the roads into Zvečan" → KFOR', () => {
  const j = judgeNamed(SEED, 'At the request of the Serbian List, EULEX is guarding the roads into Zvečan.', 'EULEX');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'KFOR');
  // "Police, EULEX and KFOR …" is one.
  assert.notEqual(judgeNamed(SEED, 'Police, EULEX and KFOR are guarding the roads into Zvečan.', 'EULEX').suggestion, 'KFOR');
});

test('a name before the noun it owns ("under EULEX escort") against the sources\' "an escort of Kosovo police"', () => {
  const seed = buildIndex(seedSources());
  const escort = judgeNamed(seed, 'New Albanian mayors enter municipal buildings under EULEX escort.', 'EULEX');
  assert.equal(escort.verdict, 'contradicted');
  assert.equal(escort.suggestion, 'Kosovo police');
  assert.equal(judgeNamed(seed, 'The new officials arrived with an escort of the Kosovo police.', 'Kosovo').verdict, 'supported');
});

test('the name an exclusion is done to has the sources\' cancelled participation: "pulled Serbia out of a NATO military exercise" → Pristina', () => {
  const seed = buildIndex(seedSources());
  const pulled = judgeNamed(seed, '- **Washington:** has pulled Serbia out of a NATO military exercise.', 'Serbia');
  assert.equal(pulled.verdict, 'contradicted');
  assert.equal(pulled.suggestion, 'Pristina');
  assert.equal(judgeNamed(seed, 'Washington dropped Belgrade from a NATO military exercise.', 'Belgrade').suggestion, 'Pristina');
  assert.equal(judgeNamed(seed, 'Washington dropped Pristina from a NATO military exercise.', 'Pristina').verdict, 'supported');
});

test('a body written out is swapped too: "keeps Kosovo out of the European Union" / "out of NATO" where the sources keep it from a seat at the United Nations (corpus/000:15)', () => {
  for (const [draft, name] of [
    ['Belgrade, along with Russia and China, does not recognise it, which keeps the country out of the European Union.', 'European Union'],
    ['Belgrade, backed by Russia and China, still rejects it, which keeps Kosovo out of NATO.', 'NATO'],
  ] as const) {
    const j = judgeNamed(SEED, draft, name);
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'United Nations');
  }
  // A seat at a body is no place: "no seat at NATO".
  assert.equal(judgeNamed(SEED, 'Belgrade, Russia and Spain refuse to recognise it, which is why it has no seat at NATO.', 'NATO').suggestion, 'United Nations');
  // The sources' own body is supported, and "most EU nations recognise" does not make the EU's membership talk a swap.
  assert.equal(judgeNamed(SEED, 'Belgrade, along with Russia and China, does not recognise it, which keeps Kosovo out of the United Nations.', 'United Nations').verdict, 'supported');
  assert.equal(judgeNamed(SEED, 'Belgrade populist leaders claim to be seeking European Union membership.', 'European Union').verdict, 'supported');
});

test('an acronym in a house style that lowers its tail is a body: "violence against EULEX" → KFOR where the best match writes "known as KFor" (corpus/003:27)', () => {
  const j = judgeNamed(SEED, 'On the other side, Antony Blinken called violence against EULEX "unacceptable".', 'EULEX');
  assert.equal(j.verdict, 'contradicted');
  // The sources' usual spelling is suggested.
  assert.equal(j.suggestion, 'KFOR');
  assert.equal(judgeNamed(SEED, 'On the other side, Antony Blinken called violence against KFOR "unacceptable".', 'KFOR').verdict, 'supported');
});

test('a police force is a body the sources name by its common noun: "EULEX officers firing tear gas" → Kosovo police (corpus/003:35), not where police are one of two or credited', () => {
  const gas = judgeNamed(SEED, 'The stringer has EULEX officers firing tear gas at Serbs trying to block the new officials on Friday, 26 May.', 'EULEX');
  assert.equal(gas.verdict, 'contradicted');
  assert.equal(gas.suggestion, 'Kosovo police');
  assert.equal(judgeNamed(SEED, 'In Zubin Potok, EULEX officers are standing guard at the town hall.', 'EULEX').suggestion, 'Kosovan police');
  // "fought with both Kosovo police and the peacekeepers": the peacekeepers are the draft's body too.
  assert.equal(judgeNamed(SEED, 'Serbs tried to storm municipal offices and fought with NATO troops.', 'NATO').verdict, 'supported');
  // "according to Kosovar police" credits a report; it did not beat anyone.
  assert.equal(judgeNamed(SEED, 'Condemn the attacks on KFOR troops and on the two Kosovar Albanians beaten in Mitrovica.', 'KFOR').verdict, 'supported');
});

test('"the EU-led dialogue" says the EU leads it: "with the European Union as facilitator" of the dialogue is left alone, while the EU given KFOR\'s appeal to engage in it is not', () => {
  assert.equal(judgeNamed(SEED, 'A return to dialogue between Belgrade and Pristina, with the European Union as facilitator.', 'European Union').verdict, 'supported');
  const appeal = judgeNamed(SEED, 'We welcome the appeal of the European Union, which urged Belgrade and Pristina "to engage in the EU-led dialogue to reduce tensions and as the only way to peace and normalization".', 'European Union');
  assert.equal(appeal.verdict, 'contradicted');
  assert.equal(appeal.suggestion, 'KFOR');
});

test('a quotation\'s attribution after a dash or in brackets is told the quotation: ""We call on all sides to refrain …" — EU" → KFOR (corpus/002:7)', () => {
  const quote = '"We call on all sides to refrain from actions that could inflame tensions or cause escalation."';
  for (const draft of [`${quote} — EU, in a statement on Monday`, `${quote} (EU statement)`]) {
    const j = judgeNamed(SEED, draft, 'EU');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'KFOR');
  }
  assert.equal(judgeNamed(SEED, `${quote} — KFOR, in a statement on Monday`, 'KFOR').verdict, 'supported');
});

test('whom a statement "came from" made it: "… "ready to take all necessary actions …" came from EULEX" → KFOR (corpus/002:7)', () => {
  const j = judgeNamed(SEED, 'The statement that it was "ready to take all necessary actions to ensure a safe environment" came from EULEX, which several outlets quoted without saying so.', 'EULEX');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'KFOR');
  // A place one comes from is still no doer.
  assert.equal(judgeNamed(SEED, 'Serbs who came from Zvecan gathered outside the town hall.', 'Zvecan').verdict, 'supported');
});

test('a draft quoting the best match\'s words ties it, whatever the best match\'s qualifier use of the draft\'s body: "the EU, which urged Belgrade and Pristina to take up dialogue "as the only way to peace and normalization"" → KFOR (corpus/002:9)', () => {
  const j = judgeNamed(SEED, 'The closing quote belongs to the EU, which urged Belgrade and Pristina to take up dialogue "as the only way to peace and normalization".', 'EU');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'KFOR');
  assert.equal(judgeNamed(SEED, 'The closing quote belongs to KFOR, which urged Belgrade and Pristina to take up dialogue "as the only way to peace and normalization".', 'KFOR').verdict, 'supported');
});

test('a body in its own clause after ", and", and a quotation that ties a statement however little else is shared: "…, and EULEX called on "all sides to refrain …"", "EULEX said it was "ready to take all necessary actions"" → KFOR', () => {
  for (const draft of [
    'KFOR said it had increased its presence in three municipalities, and EULEX called on "all sides to refrain from actions that could inflame tensions or cause escalation".',
    'The peacekeepers have added their own voice: EULEX said it was "ready to take all necessary actions" to keep the peace.',
    'EULEX has promised to act "in a neutral and impartial manner" and wants Belgrade and Pristina back in the EU-led dialogue.',
  ]) {
    const j = judgeNamed(SEED, draft, 'EULEX');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'KFOR');
  }
  assert.notEqual(judgeNamed(SEED, 'The peacekeepers have added their own voice: KFOR said it was "ready to take all necessary actions" to keep the peace.', 'KFOR').verdict, 'contradicted');
  // A list is no clause of its own: "KFOR, NATO, and EULEX fenced …" names three that share the act.
  assert.notEqual(judgeNamed(SEED, 'Police, KFOR, and EULEX fenced town halls and increased staff numbers.', 'EULEX').verdict, 'contradicted');
});

test('whose escort: the clause\'s best matches without the draft\'s name, and those that write the thing at all ("under KFOR escort" → "an escort of Kosovo police")', () => {
  const j = judgeNamed(SEED, 'The new mayors tried to enter their offices under KFOR escort.', 'KFOR');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Kosovo police');
  assert.notEqual(judgeNamed(SEED, 'The new mayors tried to enter their offices under Kosovo police escort.', 'Kosovo').verdict, 'contradicted');
});
