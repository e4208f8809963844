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

test('a report\'s names tell it from another: "Scholz said France and Germany want new elections" → Emmanuel Macron', () => {
  const j = judgeNamed(SEED, 'Olaf Scholz said France and Germany want new elections soon.', 'Olaf Scholz');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Emmanuel Macron');
  assert.equal(judgeNamed(SEED, 'Emmanuel Macron said France and Germany want new elections soon.', 'Emmanuel Macron').verdict, 'supported');
  // An act's names are its setting, any actor's: "scored a Champions League goal" is no one's alone.
  const goals = buildIndex({ 'a.txt': 'Messi raised his game, becoming the first player to score five goals in a Champions League fixture against Bayer Leverkusen.\n' });
  assert.notEqual(judgeNamed(goals, "Luis Suarez scored Barcelona's 400th Champions League goal.", 'Luis Suarez').verdict, 'contradicted');
});

test('a body\'s statement given to another body is contradicted: "NATO said … low turnout" → EU; another name of it is not', () => {
  const j = judgeNamed(SEED, 'NATO said afterwards that so low a turnout offered no long-term political solution.', 'NATO');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'EU');
  assert.equal(judgeNamed(SEED, 'The EU said afterwards that so low a turnout offered no long-term political solution.', 'EU').verdict, 'supported');
  // KFOR is the NATO-led force the sources name beside NATO: its act is NATO's too.
  const force = buildIndex({
    'a.txt': 'NATO said it would send 700 more troops to its peacekeeping mission in northern Kosovo.\n\nThe NATO-led KFOR mission patrols the north.\n',
  });
  assert.notEqual(judgeNamed(force, 'KFOR said it would send 700 more troops to its peacekeeping mission in northern Kosovo.', 'KFOR').verdict, 'contradicted');
  // "adding that …" further on is another clause of the report, not what was said first.
  const added = buildIndex({ 'a.txt': 'Serbian President Aleksandar Vucic said he talked with EU foreign policy chief Josep Borrell about Pristina, adding that Kosovo representatives did not want to meet Serbian leaders at the summit.\n\nFrench President Emmanuel Macron and German Chancellor Olaf Scholz spoke in Paris.\n' });
  assert.notEqual(judgeNamed(added, 'Chancellor Olaf Scholz and President Emmanuel Macron will meet both leaders at the summit.', 'Emmanuel Macron').verdict, 'contradicted');
});

test('a body given another\'s act: "EULEX fenced the town halls" → KFOR, from "Police and KFOR fenced town halls"; "has since urged" too', () => {
  const fenced = judgeNamed(SEED, 'EULEX fenced the town halls.', 'EULEX');
  assert.equal(fenced.verdict, 'contradicted');
  assert.equal(fenced.suggestion, 'KFOR');
  const urged = judgeNamed(SEED, 'EULEX has since urged both sides to engage in the EU-led dialogue.', 'EULEX');
  assert.equal(urged.suggestion, 'KFOR');
  assert.equal(judgeNamed(SEED, 'KFOR has since urged both sides to engage in the EU-led dialogue.', 'KFOR').verdict, 'supported');
  // Bodies in a list act together: lists are listVerdict's.
  assert.notEqual(judgeNamed(SEED, 'Police, EULEX and KFOR fenced the town halls.', 'EULEX').verdict, 'contradicted');
});

test('a long apposition is skipped to the verb: "the U.S., the most outspoken supporter of …, decided to cancel" → "Germany cancelled" is the U.S.\'s act', () => {
  const j = judgeNamed(SEED, "Germany has cancelled Pristina's participation in a NATO military exercise.", 'Germany');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'U.S.');
  // Another name of the same country is no other actor.
  assert.equal(judgeNamed(SEED, "Washington has cancelled Pristina's participation in a NATO military exercise.", 'Washington').verdict, 'supported');
});

test('a phrasal verb the tagger splits into particles is the act: "President Vjosa Osmani will not back down on the mayors" → Albin Kurti', () => {
  const j = judgeNamed(SEED, 'The minister regrets that President Vjosa Osmani will not back down on the mayors.', 'Vjosa Osmani');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(SEED, 'The minister regrets that Prime Minister Albin Kurti will not back down on the mayors.', 'Albin Kurti').verdict, 'supported');
});

test('a report written as a noun is a report: "the KFOR line that low turnout offers no long-term political solutions" → EU', () => {
  const j = judgeNamed(SEED, 'Quote the KFOR line that low turnout offers no long-term political solutions.', 'KFOR');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'EU');
  assert.equal(judgeNamed(SEED, "Quote the EU's statement that low turnout offers no long-term political solutions.", 'EU').verdict, 'supported');
});

test('a noun the draft shortens from the source\'s still ties the act: "Pristina\'s part" for "Pristina\'s participation"', () => {
  const j = judgeNamed(SEED, "France has cancelled Pristina's part in a NATO exercise.", 'France');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'U.S.');
});

test('", and" before another subject ends the act: "The EU has cancelled Pristina\'s part in a NATO exercise, and the bloc\'s foreign policy chief has spoken to Vučić" → U.S.', () => {
  const j = judgeNamed(SEED, "The EU has already cancelled Pristina's part in a NATO exercise, and the bloc's foreign policy chief has spoken to Vučić.", 'EU');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'U.S.');
  // ", and she …" too: what she said next is another clause.
  assert.equal(judgeNamed(buildIndex(CABINET), 'Eva Lund promised a vote on the budget in May, and she called it a fair deal.', 'Eva Lund').suggestion, 'Lars Holm');
});

test('an act written as a noun after its doer\'s possessive is that act: "Josep Borrell\'s warning … that European integration was at risk" → Antony Blinken', () => {
  const j = judgeNamed(SEED, "Josep Borrell's warning to Pristina and Belgrade that European integration was at risk.", 'Josep Borrell');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Antony Blinken');
  assert.equal(judgeNamed(SEED, "Antony Blinken's warning to Pristina and Belgrade that European integration was at risk.", 'Antony Blinken').verdict, 'supported');
  // "call … for the alleged mayors to be withdrawn" is Vučić's: the noun "call" is the verb "called".
  assert.equal(judgeNamed(SEED, "Osmani's call for the alleged mayors to be withdrawn was echoed in Belgrade.", 'Osmani').suggestion, 'Aleksandar Vučić');
  assert.equal(judgeNamed(SEED, "Vučić's call for the alleged mayors to be withdrawn was echoed in Belgrade.", 'Vučić').verdict, 'supported');
  // The act's words end where an aside on the whole clause begins: ", a sign that …".
  const decision = judgeNamed(SEED, "the European Union's decision to cancel Pristina's participation in a NATO military exercise, a sign that installing the mayors carries a cost;", 'European Union');
  assert.equal(decision.verdict, 'contradicted');
  assert.equal(decision.suggestion, 'U.S.');
  // A possessive before any other noun is no act: "Borrell's office in Brussels".
  assert.equal(judgeNamed(SEED, "Josep Borrell's office in Brussels said European integration was at risk.", 'Josep Borrell').verdict, 'supported');
});

test('what a quotation before "Mr Peskov said" says is what he said: "Putin said it himself this week: Russia is unconditionally supporting Serbia" → Peskov', () => {
  const j = judgeNamed(SEED, 'And Putin said it himself this week: Russia is unconditionally supporting Serbia.', 'Putin');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Peskov');
  assert.equal(judgeNamed(SEED, 'Peskov said it himself this week: Russia is unconditionally supporting Serbia.', 'Peskov').verdict, 'supported');
  // A one-word name the sources write after a title ("despotic President Putin") is a person's, so a
  // person is compared with it; without the manner adverb, "supporting Serbia" is too little to tie.
  assert.notEqual(judgeNamed(SEED, 'Putin said Russia is supporting Serbia.', 'Putin').verdict, 'contradicted');
});

test('"called on" and "urged" write one act: "Macron\'s call on "all parties" to de-escalate" → Antony Blinken, who "urged all parties to … de-escalate"', () => {
  const j = judgeNamed(SEED, 'Compare Macron\'s call on "all parties" to de-escalate.', 'Macron');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Antony Blinken');
  assert.equal(judgeNamed(SEED, 'Blinken called on all parties to take immediate actions to de-escalate tensions.', 'Blinken').verdict, 'supported');
});

test('a passive\'s agent did what the clause before "by" says: "Town halls fenced off by police and EULEX" → KFOR', () => {
  const j = judgeNamed(SEED, 'Town halls were fenced off by police and EULEX.', 'EULEX');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'KFOR');
  assert.equal(judgeNamed(SEED, 'Town halls were fenced off by police and KFOR.', 'KFOR').verdict, 'supported');
  // "by" after no participle is no passive: "a report by EULEX on the town halls".
  assert.notEqual(judgeNamed(SEED, 'Read a report by EULEX on the fenced town halls.', 'EULEX').verdict, 'contradicted');
});

test('a participle opening an aside belongs to it: "Osmani, speaking at a security forum, said Kosovo police will not accept …" → Albin Kurti', () => {
  const j = judgeNamed(SEED, "Osmani, speaking at a security forum, said Kosovo police will not accept the Serbs' demands for a complete withdrawal.", 'Osmani');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(SEED, "Kurti, speaking at a security forum, said Kosovo police will not accept the Serbs' demands for a complete withdrawal.", 'Kurti').verdict, 'supported');
});

test('a name that only qualifies a noun of the act is not its doer: "NATO has cancelled Pristina\'s part in a military exercise" → U.S. ("a NATO military exercise")', () => {
  const j = judgeNamed(SEED, "NATO has cancelled Pristina's part in a military exercise.", 'NATO');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'U.S.');
  // Named beside the doer, before the act, the name still leaves the draft alone.
  const index = buildIndex({ 'a.txt': 'Osmani and Kurti hinted at the possibility of early local elections in the north.\n' });
  assert.notEqual(judgeNamed(index, 'Vjosa Osmani hinted at the possibility of early local elections in the north.', 'Vjosa Osmani').verdict, 'contradicted');
});

test('"dropped" writes the act "cancelled", and an aside after a comma is no part of it: "The EU has dropped Pristina from a NATO military exercise, the sharpest rebuke so far" → U.S.', () => {
  const j = judgeNamed(SEED, 'The EU has dropped Pristina from a NATO military exercise, the sharpest rebuke so far.', 'EU');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'U.S.');
  assert.equal(judgeNamed(SEED, 'The U.S. has dropped Pristina from a NATO military exercise, the sharpest rebuke so far.', 'U.S.').verdict, 'supported');
});

test('an unknown person doing what the sources say a known one did: "Spokeswoman Maria Zakharova told reporters on a conference call" → Dmitry Peskov', () => {
  // "“…,” Mr Peskov said in a conference call with reporters": the quotation and where it was said.
  const j = judgeNamed(SEED, 'The Kremlin sided with the Serbs. Spokeswoman Maria Zakharova told reporters on a conference call that Moscow was unconditionally supporting Serbia.', 'Maria Zakharova');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Dmitry Peskov');
  assert.equal(judgeNamed(SEED, 'Maria Zakharova told reporters in Moscow that the weather was fine.', 'Maria Zakharova').verdict, 'unsupported');
});

test('an act needs less of its words than a report: "EULEX urged both capitals to return to the EU-led dialogue" → KFOR ("KFOR urges Belgrade and Pristina to engage in the EU-led dialogue")', () => {
  const j = judgeNamed(SEED, 'EULEX urged both capitals to return to the EU-led dialogue.', 'EULEX');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'KFOR');
  assert.equal(judgeNamed(SEED, 'KFOR urged both capitals to return to the EU-led dialogue.', 'KFOR').verdict, 'supported');
});

test('"called … unacceptable" describes, "called on" urges: Blinken calling violence "unacceptable" is not Vučić calling on Kosovo to withdraw the mayors', () => {
  assert.equal(judgeNamed(SEED, 'Antony Blinken called violence against KFor "unacceptable".', 'Antony Blinken').verdict, 'supported');
  const j = judgeNamed(SEED, 'Antony Blinken called on Kosovo authorities to withdraw the alleged mayors to defuse the crisis.', 'Antony Blinken');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Aleksandar Vučić');
});

test('an unknown body written as an acronym doing what a known one did: "The OSCE said afterwards that low turnout did not provide long-term political solutions" → EU', () => {
  const j = judgeNamed(SEED, 'The OSCE said afterwards that low turnout did not provide long-term political solutions.', 'OSCE');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'EU');
  assert.equal(judgeNamed(SEED, 'The OSCE said its monitors would return next spring.', 'OSCE').verdict, 'unsupported');
});

test('a body named with its noun acts: "KFOR fired tear gas" → Kosovo police ("Kosovo police fired tear gas to disperse them")', () => {
  for (const draft of ['KFOR fired tear gas at Serbs blocking the officials.', 'It was KFOR that fired tear gas at Serbs blocking the officials.']) {
    const j = judgeNamed(SEED, draft, 'KFOR');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Kosovo police');
  }
  assert.equal(judgeNamed(SEED, 'EULEX officers had fired tear gas at the crowds.', 'EULEX').suggestion, 'Kosovo police');
  assert.equal(judgeNamed(SEED, 'Kosovo police fired tear gas at Serbs blocking the officials.', 'Kosovo').verdict, 'supported');
});

test('a body joined to another subject shares its act, and a phrasal verb alone is no shared act', () => {
  // "The United States and the European Union have recently stepped up efforts to resolve the dispute".
  assert.equal(judgeNamed(SEED, 'Albanians gathered on the bridge in Mitrovica, where Kosovo police and KFOR units have stepped up security.', 'KFOR').verdict, 'supported');
  assert.equal(judgeNamed(SEED, 'On the bridge, KFOR units have stepped up security.', 'KFOR').verdict, 'supported');
  // After another's verb, "and" opens a clause with a subject of its own: KFOR is no partner of "them".
  for (const draft of ['Serbs gathered to block them and KFOR fired tear gas to disperse the crowd.', 'The mayors tried to get into their offices on Thursday 25 May and KFOR fired tear gas; on Monday 29 May they were sworn in.']) {
    const clause = judgeNamed(SEED, draft, 'KFOR');
    assert.equal(clause.verdict, 'contradicted', draft);
    assert.equal(clause.suggestion, 'Kosovo police', draft);
  }
});

test('what a warning says is part of the act: "Josep Borrell warned Pristina and Belgrade that they were putting European integration at risk" → Antony Blinken', () => {
  const j = judgeNamed(SEED, 'Josep Borrell warned Pristina and Belgrade that they were putting European integration at risk.', 'Josep Borrell');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Antony Blinken');
  assert.equal(judgeNamed(SEED, 'Antony Blinken warned Pristina and Belgrade that they were putting European integration at risk.', 'Antony Blinken').verdict, 'supported');
});

test('a warning reports as "said" does: "NATO warned after the vote that low turnout did not provide municipalities with long-term political solutions" → EU', () => {
  const j = judgeNamed(SEED, 'NATO warned after the vote that low turnout did not provide municipalities with long-term political solutions.', 'NATO');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'EU');
  assert.equal(judgeNamed(SEED, 'The EU warned after the vote that low turnout did not provide municipalities with long-term political solutions.', 'EU').verdict, 'supported');
  // What is warned must be what the source says: another warning is no report of this one.
  assert.equal(judgeNamed(SEED, 'NATO warned that the violence could spread to other towns in the north.', 'NATO').verdict, 'supported');
});

test('", and stun grenades were used" is a clause of its own, not more of the act: "EULEX officers fired tear gas to disperse the crowd, and …" → Kosovo police', () => {
  const draft = 'When the new mayors first tried to enter their offices on Friday 26 May, EULEX officers fired tear gas to disperse the crowd, and stun grenades were used.';
  const j = judgeNamed(SEED, draft, 'EULEX');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Kosovo police');
});

test('a report verb ending the sentence after ", Name" reports the sentence before it: "…, Scholz said." → Emmanuel Macron', () => {
  const draft = (who: string) => `France and Germany urged the leaders of Kosovo and Serbia to organise new elections as soon as possible, ${who} said.`;
  const j = judgeNamed(SEED, draft('Scholz'), 'Scholz');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Emmanuel Macron');
  assert.equal(judgeNamed(SEED, draft('Macron'), 'Macron').verdict, 'supported');
});

test('"asked both leaders to organise" is the sources\' "urged the leaders … to organise": Blinken → Emmanuel Macron', () => {
  const asked = judgeNamed(SEED, 'Blinken also asked both leaders to organise new elections as soon as possible.', 'Blinken');
  assert.equal(asked.verdict, 'contradicted');
  assert.equal(asked.suggestion, 'Emmanuel Macron');
  // A question asked is no request the sources tell.
  assert.equal(judgeNamed(SEED, 'Kurti asked reporters whether the mayors would stay.', 'Kurti').verdict, 'supported');
});

test('a name opening a hyphened modifier in the source is not its doer: "The EU urges … the EU-led dialogue" → KFOR', () => {
  const eu = judgeNamed(SEED, 'The EU urges Belgrade and Pristina to return to the EU-led dialogue.', 'EU');
  assert.equal(eu.verdict, 'contradicted');
  assert.equal(eu.suggestion, 'KFOR');
});

test('a person joined to another person or a pronoun by "and" acts as one of two, and is left alone', () => {
  // Macron said France and Germany urged new elections: Scholz is the other of the two.
  assert.equal(judgeNamed(SEED, 'Emmanuel Macron and Olaf Scholz have asked for new elections "as soon as possible".', 'Olaf Scholz').verdict, 'supported');
  assert.equal(judgeNamed(SEED, "Emmanuel Macron said he and Olaf Scholz had asked for Serbia's election rules to be clarified.", 'Olaf Scholz').verdict, 'supported');
  // Alone, Scholz is given what Macron said.
  assert.equal(judgeNamed(SEED, 'Scholz said France and Germany had asked both leaders to organise new elections as soon as possible.', 'Scholz').verdict, 'contradicted');
});

test('"added that" reports as "said" does, and ", as Olaf Scholz said …" reports the clause before it', () => {
  // corpus/000: "Speaking at a political summit in Moldova, Macron added that France and Germany had also asked
  // for Kosovo's election rules to be clarified."
  const added = judgeNamed(SEED, "At the summit in Moldova, Olaf Scholz said France and Germany had asked for Serbia's election rules to be clarified.", 'Olaf Scholz');
  assert.equal(added.verdict, 'contradicted');
  assert.equal(added.suggestion, 'Emmanuel Macron');
  const as = judgeNamed(SEED, 'It was France and Germany that urged Kosovo and Serbia to organise new elections as soon as possible, as Olaf Scholz said at the summit in Moldova.', 'Olaf Scholz');
  assert.equal(as.suggestion, 'Emmanuel Macron');
  assert.equal(judgeNamed(SEED, 'It was France and Germany that urged Kosovo and Serbia to organise new elections as soon as possible, as Emmanuel Macron said at the summit in Moldova.', 'Emmanuel Macron').verdict, 'supported');
});

test('an act written as a noun before its doer is that act: "The decision by Germany to cancel our part in a NATO military exercise" → U.S.', () => {
  const decision = judgeNamed(SEED, 'The decision by Germany to cancel our part in a NATO military exercise was a disappointment, not a break.', 'Germany');
  assert.equal(decision.verdict, 'contradicted');
  assert.equal(decision.suggestion, 'U.S.');
  assert.equal(judgeNamed(SEED, 'The decision by the U.S. to cancel our part in a NATO military exercise was a disappointment.', 'U.S.').verdict, 'supported');
});

test('a person opening a line before a colon says the clause after it: "CHY: Scholz: France and Germany want new elections" → Emmanuel Macron', () => {
  const line = judgeNamed(SEED, 'CHY: Scholz: France and Germany want new elections "as soon as possible"', 'Scholz');
  assert.equal(line.verdict, 'contradicted');
  assert.equal(line.suggestion, 'Emmanuel Macron');
  assert.equal(judgeNamed(SEED, 'CHY: Macron: France and Germany want new elections "as soon as possible"', 'Macron').verdict, 'supported');
  // A place before a colon heads a list of what is there: no one speaks.
  assert.equal(judgeNamed(SEED, 'Zvečan: barbed wire and metal bars around the town hall, KFOR soldiers on guard.', 'Zvečan').verdict, 'supported');
});

test('", and stun grenades left …" is a clause of its own with its own verb: "KFOR fired tear gas to disperse them, and stun grenades left at least 10 people hurt" → Kosovo police', () => {
  const fired = judgeNamed(SEED, 'KFOR fired tear gas to disperse them, and stun grenades left at least 10 people hurt.', 'KFOR');
  assert.equal(fired.verdict, 'contradicted');
  assert.equal(fired.suggestion, 'Kosovo police');
});

test('"kicked … out of", "excluded … from" write the cancelling of a participation: "Germany kicked Kosovo out of a NATO military exercise" → U.S.', () => {
  const kicked = judgeNamed(SEED, 'Germany kicked Kosovo out of a NATO military exercise.', 'Germany');
  assert.equal(kicked.verdict, 'contradicted');
  assert.equal(kicked.suggestion, 'U.S.');
  assert.equal(judgeNamed(SEED, 'Germany excluded Kosovo from a NATO military exercise.', 'Germany').suggestion, 'U.S.');
  assert.equal(judgeNamed(SEED, 'The U.S. kicked Kosovo out of a NATO military exercise.', 'U.S.').verdict, 'supported');
});

test('a refusal given to another person is contradicted: the negation is part of the act ("has said she will not back down")', () => {
  const seed = buildIndex(seedSources());
  const refusal = judgeNamed(seed, "Kosovo's President, Vjosa Osmani, has said she will not back down.", 'Vjosa Osmani');
  assert.equal(refusal.verdict, 'contradicted');
  assert.equal(refusal.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(seed, 'Prime Minister Albin Kurti has said he will not back down.', 'Albin Kurti').verdict, 'supported');
});

test('what was said is compared whatever its capitals: "Mayors should go …" in the source, "the mayors should go …" in the draft', () => {
  const seed = buildIndex(seedSources());
  const said = judgeNamed(seed, 'Osmani said the mayors should go and work in their offices.', 'Osmani');
  assert.equal(said.verdict, 'contradicted');
  assert.equal(said.suggestion, 'Kurti');
  assert.equal(judgeNamed(seed, 'Kurti said the mayors should go and work in their offices.', 'Kurti').verdict, 'supported');
});

test('a light verb before the act leaves the act to its participle: "Vjosa Osmani went further, suggesting Russia had a hand in the unrest" → Albin Kurti', () => {
  const seed = buildIndex(seedSources());
  const further = judgeNamed(seed, 'Vjosa Osmani went further, suggesting Russia had a hand in the unrest.', 'Vjosa Osmani');
  assert.equal(further.verdict, 'contradicted');
  assert.equal(further.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(seed, 'Albin Kurti went further, suggesting Russia had a hand in the unrest.', 'Albin Kurti').verdict, 'supported');
});

test('a best match with the draft body as its subject and the act\'s words leaves it alone, however its clauses read: "Serbia is sending more troops to the border"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeNamed(seed, 'Serbia is sending more troops to the border.', 'Serbia').verdict, 'supported');
  // The object of another's verb is no doer: "urged both Pristina and Belgrade to ease tensions, warning …"
  // gives Belgrade no warning.
  assert.notEqual(judgeNamed(seed, 'The EU has warned both capitals that they are putting their hopes of European integration at risk.', 'EU').suggestion, 'Belgrade');
});

test('a force the sources name by its common noun is a doer: "KFOR blocked the bridge …" → police; the best match\'s other words tell the act\'s setting', () => {
  const seed = buildIndex(seedSources());
  const bridge = judgeNamed(seed, 'In Mitrovica, KFOR blocked the bridge to stop Albanian protesters crossing to the north side.', 'KFOR');
  assert.equal(bridge.verdict, 'contradicted');
  assert.equal(bridge.suggestion, 'police');
  // A person is never answered with a force.
  assert.notEqual(judgeNamed(seed, 'In Mitrovica, Kurti blocked the bridge to stop Albanian protesters crossing to the north side.', 'Kurti').suggestion, 'police');
});

test('whom words were told is no part of what was said: "Scholz told reporters that France and Germany wanted new elections …" → Emmanuel Macron', () => {
  const seed = buildIndex(seedSources());
  const told = judgeNamed(seed, 'Scholz told reporters that France and Germany wanted new elections as soon as possible.', 'Scholz');
  assert.equal(told.verdict, 'contradicted');
  assert.equal(told.suggestion, 'Emmanuel Macron');
  assert.equal(judgeNamed(seed, 'Macron told reporters that France and Germany wanted new elections as soon as possible.', 'Macron').verdict, 'supported');
});

test('a force named by its people ("Kosovan police forces") is a doer too; a draft naming the force itself is left alone', () => {
  const seed = buildIndex(seedSources());
  const standing = judgeNamed(seed, 'In Zubin Potok, KFOR troops could be seen standing by the town hall.', 'KFOR');
  assert.equal(standing.verdict, 'contradicted');
  assert.equal(standing.suggestion, 'Kosovan police');
  assert.equal(judgeNamed(seed, 'In Zubin Potok, Kosovo police could be seen standing by the town hall.', 'Kosovo').verdict, 'supported');
});

test('a speaker line retells any act of the speaker\'s, in its own words: "Josep Borrell : Both sides are putting European integration at risk" (a table row) → Antony Blinken', () => {
  const seed = buildIndex(seedSources());
  const row = judgeNamed(seed, 'Josep Borrell : Both sides are putting European integration at risk', 'Josep Borrell');
  assert.equal(row.verdict, 'contradicted');
  assert.equal(row.suggestion, 'Antony Blinken');
  assert.equal(judgeNamed(seed, 'Antony Blinken : Both sides are putting European integration at risk', 'Antony Blinken').verdict, 'supported');
});

test('the one quoted "as saying" says what follows: "He quoted Igor Simic as saying the mayors should go and work in their offices" → Kurti', () => {
  const seed = buildIndex(seedSources());
  const quoted = judgeNamed(seed, 'He quoted Igor Simic as saying the mayors should go and work in their offices.', 'Igor Simic');
  assert.equal(quoted.verdict, 'contradicted');
  // A full name is answered with a full name.
  assert.equal(quoted.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(seed, 'He quoted Kurti as saying the mayors should go and work in their offices.', 'Kurti').verdict, 'supported');
});

test('a name after ", and" opens a clause of its own, no object of the verb before: "…, Vučić called for … to be withdrawn, and Olaf Scholz said France and Germany wanted new elections" → Emmanuel Macron', () => {
  const seed = buildIndex(seedSources());
  const clause = judgeNamed(seed, 'At the summit in Chisinau, Aleksandar Vučić called for the "alleged mayors" to be withdrawn, and Olaf Scholz said France and Germany wanted new elections.', 'Olaf Scholz');
  assert.equal(clause.verdict, 'contradicted');
  assert.equal(clause.suggestion, 'Emmanuel Macron');
});

test('a country after a preposition in the act only sets it: "Kosovo has put its army on its highest state of alert" → Serbia, whose act sends troops "to the border with Kosovo" (corpus/003:55)', () => {
  const j = judgeNamed(SEED, 'NATO is sending 700 more troops to its 4,000-strong KFOR mission, and Kosovo has put its army on its highest state of alert and moved soldiers to the border.', 'Kosovo');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Serbia');
  assert.equal(judgeNamed(SEED, 'NATO is sending 700 more troops, and Serbia has put its army on its highest state of alert and moved soldiers to the border.', 'Serbia').verdict, 'supported');
});

test('a report of what two named others want is that report, however much the draft adds: "Scholz said on arrival in Moldova that France and Germany want new elections and clearer election rules" → Macron (corpus/000:12)', () => {
  for (const [draft, name] of [
    ['Scholz said on arrival in Moldova that France and Germany want new elections and clearer election rules.', 'Scholz'],
    ['Olaf Scholz says France and Germany want fresh elections in the north within three months.', 'Olaf Scholz'],
  ] as const) {
    const j = judgeNamed(SEED, draft, name);
    assert.equal(j.verdict, 'contradicted', draft);
    assert.match(j.suggestion ?? '', /Macron/);
  }
  assert.equal(judgeNamed(SEED, 'Macron said on arrival in Moldova that France and Germany want new elections and clearer election rules.', 'Macron').verdict, 'supported');
  // An outlet heading its line retells the report: its speaker is named in it.
  assert.notEqual(judgeNamed(SEED, 'Le Monde: Macron says France and Germany want new elections "as soon as possible".', 'Le Monde').verdict, 'contradicted');
});

test('a body spelt out before its bracketed name, with the day before its verb, is the act\'s doer: "(KFOR) on Monday urged … to de-escalate" → KFOR for "EULEX urged both sides to de-escalate" (corpus/002:1)', () => {
  const j = judgeNamed(SEED, 'EULEX urged both sides to de-escalate.', 'EULEX');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'KFOR');
  assert.notEqual(judgeNamed(SEED, 'KFOR urged both sides to de-escalate.', 'KFOR').verdict, 'contradicted');
  const index = buildIndex({ 'a.txt': 'The European Union Rule of Law Mission (EULEX) on Tuesday opened a new office in Pristina.\n' });
  assert.equal(judgeNamed(index, 'KFOR opened a new office in Pristina.', 'KFOR').suggestion, 'EULEX');
});

test('"hinted that early local elections are possible" is the act "hinted at the possibility of early local elections" (corpus/003:39), in a list line\'s "Name, title: act" too', () => {
  for (const draft of ['Vjosa Osmani has hinted that early local elections are possible if protests stay peaceful.', 'Vjosa Osmani, president: has hinted that early local elections are possible if protests stay peaceful.']) {
    const j = judgeNamed(SEED, draft, 'Vjosa Osmani');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Albin Kurti');
  }
  assert.notEqual(judgeNamed(SEED, 'Albin Kurti has hinted that early local elections are possible if protests stay peaceful.', 'Albin Kurti').verdict, 'contradicted');
});

test('a participle the tagger leaves as a noun is the act\'s verb: "Kosovan police forces could be seen standing by the town hall" (corpus/001:13) → Kosovan police for KFOR', () => {
  const j = judgeNamed(SEED, 'In Zubin Potok, KFOR soldiers stood by the town hall.', 'KFOR');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Kosovan police');
  // A noun a verb names is no act of it: "the meeting will take place …" (corpus/003:31) is Hebestreit's report, no one's meeting.
  const meet = 'Emmanuel Macron and Chancellor Olaf Scholz are to meet Osmani and Vučić on the sidelines of the European Political Community in Chisinau on Thursday, government spokesman Stefan Hebestreit told reporters.';
  assert.notEqual(judgeNamed(SEED, meet, 'Olaf Scholz').verdict, 'contradicted');
});
