import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../../server/src/engine/claims/numbers';
import { tag } from '../../../server/src/engine/nlp/tagger';
import { buildIndex, judgeFigure, seedSources } from './harness';
import { valuesAgree } from '../../../server/src/engine/verdicts/figureValues';

const judge = judgeFigure;

const KOSOVO = buildIndex({
  'a.txt': [
    '30 peacekeepers and 52 Serbs were injured in violence on Monday.',
    'NATO said it would send 700 more troops to Kosovo to boost its 4,000-strong mission.',
    'Only 3.47% of eligible voters cast ballots, according to the Kosovo Central Election Commission (KQZ).',
  ].join('\n'),
});

test('the same value for the same thing is supported, citing the source sentence', () => {
  const j = judge(KOSOVO, 'NATO will send 700 more troops to Kosovo.', '700');
  assert.equal(j.verdict, 'supported');
  assert.equal(j.code, 'supported-number');
  assert.equal(j.suggestion, undefined);
  assert.equal(j.evidence[0].value, '700');
  assert.equal(j.evidence[0].sentence, 'NATO said it would send 700 more troops to Kosovo to boost its 4,000-strong mission.');
  assert.equal(j.evidence[0].displayPath, 'corpus/a.txt');
  assert.equal(j.evidence[0].range.start.line, 1);
  assert.match(j.message, /corpus\/a\.txt:2\b/); // lines are shown 1-based
  assert.match(j.message, /700 more troops/);
});

test('"4,000-strong mission" and "52 Serbs" are supported', () => {
  assert.equal(judge(KOSOVO, 'NATO has a 4,000-strong mission in Kosovo.', '4,000').verdict, 'supported');
  assert.equal(judge(KOSOVO, '52 Serbs were injured in the violence.', '52').verdict, 'supported');
});

test('another value for the same thing is contradicted, with the source value as suggestion', () => {
  const j = judge(KOSOVO, 'NATO will send 900 more troops to Kosovo.', '900');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.code, 'contradicted-number');
  assert.equal(j.suggestion, '700');
  assert.equal(j.evidence[0].value, '700');
  assert.equal(j.evidence[0].range.start.line, 1);
  assert.match(j.message, /corpus\/a\.txt:2\b/);
});

test('"52 peacekeepers" where sources say 30 peacekeepers and 52 Serbs is contradicted: 30', () => {
  const j = judge(KOSOVO, '52 peacekeepers were injured in the violence.', '52');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.code, 'contradicted-number');
  assert.equal(j.suggestion, '30');
  assert.equal(j.evidence[0].value, '30');
});

test('a value the sources give only for something else is unsupported', () => {
  const j = judge(KOSOVO, 'The commission employs 700 staff.', '700');
  assert.equal(j.verdict, 'unsupported');
  assert.equal(j.code, 'unsupported-number');
  assert.equal(j.suggestion, undefined);
  assert.equal(j.evidence[0].value, '700');
  assert.match(j.message, /700 more troops/);
});

test('a value no source gives is unsupported', () => {
  const j = judge(KOSOVO, 'The bridge over the Ibar is 198 metres long.', '198');
  assert.equal(j.verdict, 'unsupported');
  assert.equal(j.code, 'unsupported-number');
  assert.ok(j.evidence.every((e) => e.value === undefined), 'no source value to cite');
});

test('percentages: suggestions keep the draft\'s style, rounding is allowed', () => {
  const sign = judge(KOSOVO, 'Only 4.7% of eligible voters cast ballots.', '4.7%');
  assert.equal(sign.verdict, 'contradicted');
  assert.equal(sign.suggestion, '3.47%');
  const word = judge(KOSOVO, 'Only 4.7 percent of eligible voters cast ballots.', '4.7 percent');
  assert.equal(word.verdict, 'contradicted');
  assert.equal(word.suggestion, '3.47 percent');
  assert.equal(judge(KOSOVO, 'Only 3.5% of eligible voters cast ballots.', '3.5%').verdict, 'supported');
  assert.equal(judge(KOSOVO, 'Only 3.47 per cent of eligible voters cast ballots.', '3.47 per cent').verdict, 'supported');
});

test('a spelled-out source figure is suggested in digits to a draft that writes digits', () => {
  const index = buildIndex({ 's.txt': 'Thirty peacekeepers were injured in the clashes on Monday.\n' });
  const digits = judge(index, '40 peacekeepers were injured in the clashes.', '40');
  assert.equal(digits.verdict, 'contradicted');
  assert.equal(digits.suggestion, '30');
  assert.equal(digits.evidence[0].value, 'Thirty');
  const words = judge(index, 'Forty peacekeepers were injured in the clashes.', 'Forty');
  assert.equal(words.suggestion, 'Thirty');
  assert.equal(judge(index, '30 peacekeepers were injured in the clashes.', '30').verdict, 'supported');
});

test('qualified figures: "more than 50" fits 52, "almost 3,800" fits 3,800', () => {
  assert.equal(judge(KOSOVO, 'More than 50 Serbs were injured in the violence.', '50').verdict, 'supported');
  const index = buildIndex({ 'k.txt': 'The Nato-led peacekeeping mission, KFor, currently consists of almost 3,800 troops.\n' });
  assert.equal(judge(index, 'KFor consists of 3,800 troops.', '3,800').verdict, 'supported');
  assert.equal(judge(index, 'KFor consists of 5,000 troops.', '5,000').verdict, 'contradicted');
});

test('a weekday that differs for the same event is contradicted', () => {
  const j = judge(KOSOVO, '30 peacekeepers were injured in violence on Tuesday.', 'Tuesday');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Monday');
  assert.equal(judge(KOSOVO, '30 peacekeepers were injured in violence on Monday.', 'Monday').verdict, 'supported');
});

test('the message for an unsupported weekday does not call it "day"', () => {
  const j = judge(KOSOVO, 'The bridge reopened on Friday.', 'Friday');
  assert.equal(j.verdict, 'unsupported');
  assert.doesNotMatch(j.message, /Friday day/);
});

test('evidence is best first: the closest sentence leads, whatever its place in the file', () => {
  const index = buildIndex({
    'p.txt': ' date 2023-06-01 Some 700 troops marched in a parade in Brussels last year.\n\nThe weather was mild.\n\nNATO said it would send 700 more troops to Kosovo after the clashes.\n',
  });
  const j = judge(index, 'NATO will send 700 more troops to Kosovo after the clashes.', '700');
  assert.equal(j.verdict, 'supported');
  assert.ok(j.evidence.length >= 1);
  assert.equal(j.evidence[0].sentence, 'NATO said it would send 700 more troops to Kosovo after the clashes.');
  assert.deepEqual(j.evidence.map((e) => e.range.start.line), [4, 0]);
  assert.equal(j.evidence[0].date, '2023-06-01');
  assert.match(j.message, /corpus\/p\.txt:5\b/);
});

test('a figure the sources only bound is unsupported: "at least 10 people" neither states nor contradicts eleven', () => {
  const index = buildIndex({ 'b.txt': 'Stun grenades and tear gas were used, which caused injuries to at least 10 people.' });
  const j = judge(index, 'Stun grenades and tear gas injured eleven people.', 'eleven');
  assert.equal(j.verdict, 'unsupported');
  assert.equal(j.suggestion, undefined);
  assert.equal(judge(index, 'Stun grenades and tear gas injured more than 10 people.', '10').verdict, 'supported', 'a bound the draft gives itself is still met');
  const n = (sentence: string) => findNumbers(sentence, tag(sentence))[0];
  assert.equal(valuesAgree(n('There were 52 Serbs.'), n('More than 50 Serbs.')), false, 'the source\'s bound does not state the draft\'s figure');
});

test('a figure narrowed by a name ("1,100 Italian soldiers") is not contradicted by a source figure that never speaks of it', () => {
  const italians = judge(KOSOVO, 'The NATO mission in Kosovo includes 1,100 Italian soldiers.', '1,100');
  assert.notEqual(italians.verdict, 'contradicted');
  assert.equal(judge(KOSOVO, 'The NATO mission in Kosovo includes 1,100 soldiers.', '1,100').verdict, 'contradicted', 'the same figure for the whole mission is');
});

test('"100 people" is the sources\' "100 Albanians" only where the words around the figures agree', () => {
  const index = buildIndex({
    'c.txt': 'At least 100 Albanians gathered on Thursday on the main bridge over the Ibre River.\n\nStun grenades and tear gas caused injuries to at least 10 people.\n',
  });
  assert.equal(judge(index, 'At least 100 people gathered on the bridge over the Ibre River.', '100').verdict, 'supported');
  assert.notEqual(judge(index, 'Stun grenades and tear gas caused injuries to at least 100 people.', '100').verdict, 'supported');
});

test('two figures swapped between their nouns are each contradicted by the other ("52 soldiers and 30 Serbs")', () => {
  const draft = 'The clashes injured 52 KFOR soldiers and 30 Serb protesters.';
  const index = buildIndex({ 'a.txt': 'After clashes on Monday, during which 30 NATO troops and 52 ethnic Serbian protesters were hurt, NATO said it would send 700 more troops.\n' });
  const soldiers = judge(index, draft, '52');
  assert.equal(soldiers.verdict, 'contradicted');
  assert.equal(soldiers.suggestion, '30');
  const protesters = judge(index, draft, '30');
  assert.equal(protesters.verdict, 'contradicted');
  assert.equal(protesters.suggestion, '52');
  // The draft's other figure still shields one of its own kind: both times, "08:05" is not 05:30's slip.
  const times = buildIndex({ 'a.txt': 'The mayor entered the building at 0530 local time on Monday.\n' });
  assert.notEqual(judge(times, 'At 08:05 on Monday the mayor was in the building he had entered at 05:30.', '08:05').verdict, 'contradicted');
});

test('the suggestion is the sources\' exact figure where the best match has only a bound of it', () => {
  const index = buildIndex({
    'a.txt': 'Days after clashes that injured 30 soldiers and more than 50 Serbs, hundreds gathered again.\n\n' + 'On Monday 30 peacekeepers and 52 Serbs were hurt in the clashes.\n',
  });
  const j = judge(index, 'Days after clashes that injured 30 soldiers and 38 Serbs, hundreds gathered again.', '38');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '52');
});

test('a span of years that overlaps the sources\' span for the same war is contradicted: "in 1997-1999" → 1998-1999', () => {
  const index = buildIndex({ 'a.txt': 'Milosevic also led Serbia during its 1998-1999 war in Kosovo.\n' });
  const j = judge(index, 'Colleagues, this region has seen war before, in 1997-1999.', '1997-1999');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '1998-1999');
  assert.equal(judge(index, 'Colleagues, this region has seen war before, in 1998-1999.', '1998-1999').verdict, 'supported');
});

test('"more than 50" is not 50: a draft\'s 50 is contradicted, and the exact figure is suggested', () => {
  const index = buildIndex({ 'a.txt': 'The clashes injured 30 soldiers and more than 50 Serbs.\n\nOn Monday 30 peacekeepers and 52 Serbs were hurt.\n' });
  const j = judge(index, 'The clashes injured 30 soldiers and 50 Serbs.', '50');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '52');
  // valuesAgree(claim, source): the source's "more than 50" does not state 50; its "at least 50" may.
  assert.equal(valuesAgree(firstNumber('50 Serbs'), firstNumber('more than 50 Serbs')), false);
  assert.equal(valuesAgree(firstNumber('more than 50 Serbs'), firstNumber('more than 50 Serbs')), true);
  assert.equal(valuesAgree(firstNumber('50 Serbs'), firstNumber('at least 50 Serbs')), true);
  assert.equal(firstNumber('people over the age of 60').qualifier, 'moreThan');
});

function firstNumber(sentence: string) {
  return findNumbers(sentence, tag(sentence))[0]!;
}

test('the suggestion for a slip of the keys is the figure slipped from, where the best match only rounds it', () => {
  const index = buildIndex({
    'a.txt': 'The Serbs boycotted the April election, allowing ethnic Albanians to win despite a turnout of less than 3.5 percent.\n\nOnly 3.47% of eligible voters cast ballots, according to the election commission.\n',
  });
  const j = judge(index, 'The Serbs boycotted the April election; turnout was 3.74%.', '3.74%');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '3.47%');
});

test('a year named as a span\'s end or start is checked against that end or start: "ended in 1998" → 1999', () => {
  const index = buildIndex({ 'a.txt': 'The 1998-1999 war in Kosovo erupted when ethnic Albanian separatists launched a rebellion against Serbia.\n\nKosovo declared independence in 2008.\n' });
  const ended = judge(index, 'The war in Kosovo between Serbian forces and Albanian separatists ended in 1998.', '1998');
  assert.equal(ended.verdict, 'contradicted');
  assert.equal(ended.suggestion, '1999');
  assert.match(ended.message, /^sources say 1998-1999 war, which ended in 1999 \(/);
  assert.equal(judge(index, 'The war in Kosovo between Serbian forces and Albanian separatists ended in 1999.', '1999').verdict, 'supported');
  assert.equal(judge(index, 'The war in Kosovo erupted in 1999 when Albanian separatists launched a rebellion.', '1999').suggestion, '1998');
  // A year within the span, with no such word: the war was on then.
  assert.equal(judge(index, 'Albanian separatists fought the war in Kosovo in 1999.', '1999').verdict, 'supported');
});

test('an addition is not the total: "sending 3,800 more troops" → 700, where the mission is "almost 3,800 troops"', () => {
  const index = buildIndex({
    'a.txt': 'NATO said it will send 700 more troops to northern Kosovo after the clashes on Monday.\n\nThe Nato-led peacekeeping mission, KFor, currently consists of almost 3,800 troops.\n',
  });
  const j = judge(index, 'After the clashes, NATO is now sending 3,800 more troops to northern Kosovo.', '3,800');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '700');
  assert.equal(judge(index, 'After the clashes, NATO is now sending 700 more troops to northern Kosovo.', '700').verdict, 'supported');
  assert.equal(judge(index, 'The peacekeeping mission, KFor, has almost 3,800 troops.', '3,800').verdict, 'supported');
  // The sources' total alone, with no addition of that noun, still supports the figure.
  const total = buildIndex({ 'a.txt': 'The Nato-led peacekeeping mission, KFor, currently consists of almost 3,800 troops.\n' });
  assert.equal(judge(total, 'KFor now has 3,800 more troops in the peacekeeping mission.', '3,800').verdict, 'supported');
});

test('a strength is not an addition: "the 700-strong mission" → 4,000, and "4,000 more troops" beside it → 700', () => {
  const seed = buildIndex(seedSources());
  const swapped = "How did NATO's 700-strong mission come to need 4,000 more troops?";
  const strength = judge(seed, swapped, '700');
  assert.equal(strength.verdict, 'contradicted');
  assert.equal(strength.suggestion, '4,000');
  const addition = judge(seed, swapped, '4,000');
  assert.equal(addition.verdict, 'contradicted');
  assert.equal(addition.suggestion, '700');
  // "a mission that is 700 strong", with the sources' other figure beside it in brackets.
  const beside = judge(seed, 'NATO is sending more troops to KFOR, a mission that is 700 strong (another report says almost 3,800).', '700');
  assert.equal(beside.verdict, 'contradicted');
  assert.equal(beside.suggestion, '4,000');
  // What a force has is its strength: "NATO has only 700 soldiers in Kosovo".
  const has = judge(seed, 'NATO has only 700 soldiers in Kosovo.', '700');
  assert.equal(has.verdict, 'contradicted');
  assert.equal(has.suggestion, '4,000');
  assert.equal(judge(seed, 'NATO will send 700 more soldiers to Kosovo.', '700').verdict, 'supported');
  // Written the right way round, both are supported.
  const right = "How did NATO's 4,000-strong mission come to need 700 more troops?";
  assert.equal(judge(seed, right, '4,000').verdict, 'supported');
  assert.equal(judge(seed, right, '700').verdict, 'supported');
});

test('a percentage to two places few sentences state is the same figure whatever noun it hangs on ("turnout in the April vote at 3.47%")', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, '**KQZ**: the Kosovo Central Election Commission, which put turnout in the April vote at 3.47%.', '3.47%');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /3\.47% of eligible voters/);
});

test('news words for an election count elections: "won all four mayoral contests" / "four Serb-majority mayoral elections"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judge(seed, "Candidates from Kosovo's ethnic Albanian majority won all four mayoral contests in April.", 'four').verdict, 'supported');
  assert.equal(judge(seed, "Candidates from Kosovo's ethnic Albanian majority won all five mayoral contests in April.", 'five').verdict, 'contradicted');
});

test('the draft\'s own rounding of a figure it states is that figure: "3.47%, which most reports round to 3.5%"', () => {
  const seed = buildIndex(seedSources());
  const draft = 'The KQZ put turnout at 3.47%, a figure most reports round to 3.5%.';
  const j = judge(seed, draft, '3.5%');
  assert.equal(j.verdict, 'supported');
  // The sources round it too, and say so of turnout.
  assert.match(j.message, /3\.5% election turnout/);
  // Not the other way round: an exact figure is no rounding of a coarser one.
  assert.doesNotMatch(judge(seed, draft, '3.47%').message, /^rounds/);
  // In brackets, as most reports give it.
  assert.equal(judge(seed, 'Serbs boycotted the April vote; the KQZ put turnout at 3.47% (3.5% in most reports).', '3.5%').verdict, 'supported');
});

test('a slip in a percentage to two places is that figure on any noun, and its rounding stays right: "the KQZ\'s figure of 3.43%, which most outlets round to 3.5%"', () => {
  const seed = buildIndex(seedSources());
  const draft = "It quotes the KQZ's figure of 3.43%, which most outlets round to 3.5%, and the EU's verdict that low turnout solved nothing.";
  const slip = judge(seed, draft, '3.43%');
  assert.equal(slip.verdict, 'contradicted');
  assert.equal(slip.suggestion, '3.47%');
  const rounding = judge(seed, draft, '3.5%');
  assert.equal(rounding.verdict, 'supported');
  assert.match(rounding.message, /^rounds 3\.47%, as sources do: /);
  // A two-place figure the slip rule does not reach: no digit of 3.47 mistyped.
  assert.equal(judge(seed, "It quotes the KQZ's figure of 5.12%, and the EU's verdict that low turnout solved nothing.", '5.12%').verdict, 'unsupported');
});

test('a figure for another fate is no figure for the same people: "police arrested 15 people" is not contradicted by "injuries to at least 10 people"', () => {
  const index = buildIndex({
    'a.txt': 'Stun grenades and tear gas were used, which caused injuries to at least 10 people after a police vehicle was set on fire.\n',
  });
  const arrested = judge(index, "Police arrested 15 people after a police vehicle was set on fire and tear gas was used.", '15');
  assert.equal(arrested.verdict, 'unsupported');
  assert.equal(arrested.suggestion, undefined);
  // The same fate, another figure: contradicted.
  assert.equal(judge(index, 'Stun grenades and tear gas injured 25 people after a police vehicle was set on fire.', '25').verdict, 'contradicted');
  // Nor does the very figure for another fate support it.
  const same = buildIndex({ 'a.txt': 'Police said 12 people were injured after a police vehicle was set on fire.\n' });
  assert.equal(judge(same, 'Police said 12 people were arrested after a police vehicle was set on fire.', '12').verdict, 'unsupported');
  assert.equal(judge(same, 'Police said 12 people were hurt after a police vehicle was set on fire.', '12').verdict, 'supported');
});

test('an election of a mayor counts one: "four Albanian mayors" is supported by "four Serb-majority mayoral elections", "five" contradicted', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judge(seed, 'Ethnic Albanian candidates won all four mayoralties.', 'four').verdict, 'supported');
  assert.equal(judge(seed, 'The April vote that Serbs boycotted left four Albanian mayors installed in Serb-majority towns.', 'four').verdict, 'supported');
  const five = judge(seed, 'The April vote that Serbs boycotted left five Albanian mayors installed in Serb-majority towns.', 'five');
  assert.equal(five.verdict, 'contradicted');
  assert.equal(five.suggestion, 'four');
});

test('a share whose whole each sentence names in other words: "the Albanian majority, about 90% of Kosovo\'s population" / "Kosovo\'s 90% ethnic Albanian majority"', () => {
  const seed = buildIndex(seedSources());
  const draft = (share: number) => `Candidates from the Albanian majority, about ${share}% of Kosovo's population, won all of the mayoralties.`;
  assert.equal(judge(seed, draft(90), '90%').verdict, 'supported');
  const wrong = judge(seed, draft(80), '80%');
  assert.equal(wrong.verdict, 'contradicted');
  assert.equal(wrong.suggestion, '90%');
  // Without the source's noun among the draft's words, a share of another whole stays apart.
  assert.notEqual(judge(seed, "About 90% of Kosovo's population voted for the mayoralties.", '90%').verdict, 'supported');
});

test('a common noun opening the sentence is what its percentage measures, though the tagger takes it for a name: "Turnout was 3.5%"', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, 'Turnout was 3.5%, and ethnic Albanian candidates took every seat.', '3.5%');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /turnout was only 3\.5%|3\.5% election turnout/);
});

test('people the draft names by the nationality the source counts: "Albanian rallies of at least 100 people" / "at least 100 Albanians"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judge(seed, 'Albanian rallies of at least 100 people were held on the bridge.', '100').verdict, 'supported');
  assert.notEqual(judge(seed, 'Serb rallies of at least 100 people were held on the bridge.', '100').verdict, 'supported');
});

test('a figure with nothing but a rare noun beside it is that noun\'s figure: "Turnout was about 4.5%." → 3.5%', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, 'Turnout was about 4.5%.', '4.5%');
  assert.equal(j.verdict, 'contradicted');
  assert.match(j.suggestion ?? '', /^3\.(5|47)%$/);
  assert.equal(judge(seed, 'Turnout was 3.5%.', '3.5%').verdict, 'supported');
});

test('bounds on one figure pointing apart contradict, with the sources\' bound named and no figure to suggest: "fewer than 100" / "at least 100"', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, 'On Thursday fewer than 100 Albanians gathered on the main bridge in Mitrovica.', '100');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, undefined);
  assert.match(j.message, /^sources say at least 100 Albanians/);
  assert.equal(judge(seed, 'On Thursday at least 100 Albanians gathered on the main bridge in Mitrovica.', '100').verdict, 'supported');
  assert.equal(judge(seed, 'On Thursday more than 100 Albanians gathered on the main bridge in Mitrovica.', '100').verdict, 'supported');
});

test('a zero dropped is a slip of the keys: "Roughly 5,000 Serbs live in the north" → 50,000; towns count the municipalities they are', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, 'Roughly 5,000 Serbs live in the north of Kosovo.', '5,000');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '50,000');
  assert.equal(judge(seed, 'In April Albanian candidates won all four towns.', 'four').verdict, 'supported');
});

test('field labels say nothing of a figure: "Caption: Turnout: 35%" is a slip of 3.5% turnout', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, 'Caption: Turnout: 35%', '35%');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '3.5%');
});

test('a conflict counts as a war: "the 1998-1999 conflict" / "the 1998-1999 war"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judge(seed, 'The last war in Kosovo was the 1998-1999 conflict, which ended after Nato bombing.', '1998-1999').verdict, 'supported');
});

test('two strengths of a force are tied by little more than their noun: "they only have 700 soldiers here" → 4,000', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, 'My question is about NATO. I read they only have 700 soldiers here.', '700');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '4,000');
  assert.equal(judgeFigure(seed, 'My question is about NATO. I read they will send 700 more soldiers here.', '700').verdict, 'supported');
});

test('a percentage cut to fewer places in a long sentence is contradicted with the sources\' exact figure, not their rounding: "barely 3.4% … turned out" → 3.47%', () => {
  const seed = buildIndex(seedSources());
  const j = judgeFigure(seed, "When Serbs in the north boycotted April's local elections, barely 3.4% of eligible voters turned out, and ethnic Albanian candidates took all four Serb-majority municipalities.", '3.4%');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '3.47%');
});

test('people named by a nationality are the sources\' count of that people only at a like size: "1.8 million people … 90% ethnic Albanian" is no rally of "100 Albanians"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'For scale, Kosovo has about 1.8 million people and is 90% ethnic Albanian.', '1.8 million').verdict, 'unsupported');
});

test('a count the sources state in the draft\'s own noun outweighs the names they list: "three municipalities: Zvecan, Zubin Potok and Leposavic" → four', () => {
  const seed = buildIndex(seedSources());
  const j = judgeFigure(seed, 'In April, Serbs in the north boycotted extraordinary local elections in three municipalities: Zvecan, Zubin Potok and Leposavic.', 'three');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'four');
});

test('a percentage is not compared with one that measures what the draft never names: a survey\'s "71%" is no "3.5% election turnout"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, '| Prime Minister Albin Kurti was right to install the new mayors | 71% |', '71%').verdict, 'unsupported');
  // A whole the draft words otherwise is still the same whole.
  assert.equal(judgeFigure(seed, '| Albanian share of the population | 95% |', '95%').suggestion, '90%');
});

test('a share written in words is weighed as the percentage it is: "nine in ten" people are ethnic Albanians (90%), "eight in ten" is contradicted', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'About nine in ten people in Kosovo are ethnic Albanians.', 'nine in ten').verdict, 'supported');
  const eight = judgeFigure(seed, 'About eight in ten people in Kosovo are ethnic Albanians.', 'eight in ten');
  assert.equal(eight.verdict, 'contradicted');
  assert.equal(eight.suggestion, '90%');
});

test('"already on their way" is an addition: "on top of the 4,000 already on their way" is not the sources\' 4,000-strong mission', () => {
  const seed = buildIndex(seedSources());
  // corpus/000: "… additional troops on top of 700 already on their way to the Balkan country to boost its 4,000 strong mission."
  const j = judgeFigure(seed, 'NATO is sending 700 more troops, on top of the 4,000 already on their way.', '4,000');
  assert.notEqual(j.verdict, 'supported');
  assert.match(j.message, /4,000 strong mission/);
  assert.equal(judgeFigure(seed, 'NATO is sending more troops, on top of the 700 already on their way.', '700').verdict, 'supported');
});

test('a percentage to two places few sentences state is the same figure in a long sentence that shares few words', () => {
  const seed = buildIndex(seedSources());
  const draft = 'Drawing on reporting from late May and early June 2023, it traces how a vote with a turnout of 3.47%, boycotted by Serbs, produced ethnic Albanian mayors in four municipalities.';
  assert.equal(judgeFigure(seed, draft, '3.47%').verdict, 'supported');
});

test('a day of a month is no figure of anything else: "on Saturday, May 28" is not supported by "28 miles north"', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, 'Serbs gathered near the city hall on May 28, the paper said.', '28');
  assert.notEqual(j.verdict, 'supported');
  assert.doesNotMatch(j.message, /miles/);
  assert.equal(judge(seed, 'The city hall in Zvecan lies 28 miles north of Pristina.', '28').verdict, 'supported');
});

test('an addition told with no noun is compared with the sources\' additions: "has about 700 soldiers there, and it is now sending 4,000 more" → 700', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, 'Nato already has about 700 soldiers there, and it is now sending 4,000 more.', '4,000');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '700');
  assert.equal(judge(seed, 'NATO has almost 3,800 troops there and is sending 700 more.', '700').verdict, 'supported');
});

test('a fraction said with no noun and no "per cent" is the sources\' percentage: "3.47, if you want the KQZ\'s figure"', () => {
  const seed = buildIndex(seedSources());
  for (const draft of ["ANALYST: 3.5. 3.47, if you want the KQZ's figure.", 'Officially 3.5 percent, or 3.47 to be exact, according to the Central Election Commission.']) {
    const j = judge(seed, draft, '3.47');
    assert.equal(j.verdict, 'supported', draft);
    assert.match(j.message, /^sources say 3\.47% of eligible voters/);
  }
  // A fraction with a noun of its own measures that noun.
  assert.notEqual(judge(seed, 'The pipe was 3.47 metres long.', '3.47').verdict, 'supported');
});

test('a year the sources\' span holds, with the span\'s own noun, is supported: "During the 1998 war" by "its 1998-1999 war"', () => {
  const seed = buildIndex(seedSources());
  const j = judge(seed, 'During the 1998 war, NATO bombed Serbia.', '1998');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /^sources say 1998-1999 war/);
  assert.notEqual(judge(seed, 'The 1997 war was short.', '1997').verdict, 'supported');
});

test('two figures of one source sentence given each to the other\'s noun are both contradicted, however few words they share', () => {
  const seed = buildIndex(seedSources());
  // corpus/001: "… during which 30 NATO troops and 52 ethnic Serbian protesters were hurt".
  const swapped = 'On Monday 29 May, in Zvečan, 52 soldiers of KFOR were injured, and 30 Serb protesters with them.';
  assert.equal(judgeFigure(seed, swapped, '30').suggestion, '52');
  assert.equal(judgeFigure(seed, swapped, '52').suggestion, '30');
  const right = 'In Zvečan 30 soldiers of KFOR were injured, and 52 Serb protesters with them.';
  assert.equal(judgeFigure(seed, right, '30').verdict, 'supported');
  assert.equal(judgeFigure(seed, right, '52').verdict, 'supported');
});

test('a share of one people is not the sources\' share of another: "90 percent Serb" against "90% ethnic Albanian majority"', () => {
  const seed = buildIndex(seedSources());
  const serb = judgeFigure(seed, 'So the winners are ethnic Albanian mayors, in towns that are 90 percent Serb.', '90 percent');
  assert.equal(serb.verdict, 'unsupported');
  assert.match(serb.message, /^sources give 90 percent only for something else: 90% ethnic Albanian majority/);
  assert.equal(judgeFigure(seed, 'Kosovo is 90 percent Albanian.', '90 percent').verdict, 'supported');
});

test('a year of a decade the sources name is no other figure, and a span\'s noun beside a year ties it to the span', () => {
  const seed = buildIndex(seedSources());
  // corpus/003: "during the wars in the 1990s" and "its 1998-1999 war in Kosovo".
  const ended = judgeFigure(seed, 'What ended in 1999 was the war, after NATO bombing forced Serbia to pull out.', '1999');
  assert.equal(ended.verdict, 'supported');
  assert.match(ended.message, /^sources say 1998-1999 war, which ended in 1999/);
  assert.equal(judgeFigure(seed, 'People here remember the war that ended in 1999.', '1999').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'People here remember the war that ended in 1998.', '1998').suggestion, '1999');
  // A war named across a parenthesis and a comma is not the year's.
  assert.equal(judgeFigure(seed, '**Background reading:** Noel Malcolm, *Kosovo: A Short History* (1998), for the background to the war.', '1998').verdict, 'unsupported');
});

test('"NATO soldiers, 52 of whom were hurt": the noun before the comma is what the figure counts', () => {
  const seed = buildIndex(seedSources());
  const whom = judgeFigure(seed, 'Then they attacked NATO soldiers, 52 of whom were hurt.', '52');
  assert.equal(whom.verdict, 'contradicted');
  assert.equal(whom.suggestion, '30');
  assert.equal(judgeFigure(seed, 'Then they attacked NATO soldiers, 30 of whom were hurt.', '30').verdict, 'supported');
});

test('a fraction of a percent said with nothing it measures is the sources\' figure: "You keep writing "about 3.5%"", "Fine, three and a half."', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'You keep writing "about 3.5%" as if nobody had done the count.', '3.5%').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'REPORTER: Fine, three and a half.', 'three and a half').verdict, 'supported');
  // Said of something else, it is not.
  assert.equal(judgeFigure(seed, 'Inflation hit 3.5% last year.', '3.5%').verdict, 'unsupported');
});

test('"one cop hurt" counts the sources\' "One police officer … injured"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'Masked men stoned two police cars yesterday, one cop hurt.', 'one').verdict, 'supported');
});

test('a large figure said with no noun names the sources\' figure of that value; an addition does not', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'ANALYST: Fifty thousand, give or take.', 'Fifty thousand').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'About 40,000 live up there.', '40,000').verdict, 'unsupported');
  // Said of "people", where the sources count a people: "fifty thousand people" are the 50,000 Serbs.
  assert.equal(judgeFigure(seed, 'You cannot run four towns against fifty thousand people with riot police forever.', 'fifty thousand').verdict, 'supported');
  // "on top of the 4,000 already on their way" is an addition, not the mission's 4,000.
  assert.notEqual(judgeFigure(seed, 'NATO is sending 700 more troops, on top of the 4,000 already on their way.', '4,000').verdict, 'supported');
});

test('the sources\' very figure bounded the other way is contradicted, though another source\'s figure fits the bound: "more than 3,800" against "almost 3,800 troops"', () => {
  const seed = buildIndex(seedSources());
  const more = judgeFigure(seed, 'NATO is sending 700 extra troops to its peacekeeping force, KFOR, which already has more than 3,800.', '3,800');
  assert.equal(more.verdict, 'contradicted');
  assert.match(more.message, /almost 3,800 troops/);
  // The bound replacing the figure cannot mend: nothing is suggested.
  assert.equal(more.suggestion, undefined);
  assert.equal(judgeFigure(seed, 'KFOR already has almost 3,800 troops.', '3,800').verdict, 'supported');
  // The same noun ties them, however few other words the sentences share.
  assert.equal(judgeFigure(seed, 'The mission has more than 3,800 soldiers.', '3,800').verdict, 'contradicted');
  // A bound no source writes the other way is judged by the figures it fits.
  assert.equal(judgeFigure(seed, 'NATO had more than 3,500 troops in its Kosovo mission.', '3,500').verdict, 'supported');
});

test('vehicles set on fire are not vehicles stoned: "two police vehicles were set on fire" is not the sources\' two stoned police cars', () => {
  const seed = buildIndex(seedSources());
  assert.notEqual(judgeFigure(seed, 'Stun grenades and tear gas were used, and at least 10 people were hurt after two police vehicles were set on fire.', 'two').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'Masked men threw stones at two police cars on Wednesday.', 'two').verdict, 'supported');
  // People hurt beside a count of vehicles say nothing of the vehicles.
  assert.equal(judgeFigure(seed, 'Interior ministry: 2 police cars stoned, 1 officer hurt.', '2').verdict, 'supported');
});

test('reinforcements are troops added: "600 reinforcements" against "700 more troops"', () => {
  const seed = buildIndex(seedSources());
  const more = judgeFigure(seed, 'NATO is sending 600 reinforcements to Kosovo.', '600');
  assert.equal(more.verdict, 'contradicted');
  assert.equal(more.suggestion, '700');
  assert.equal(judgeFigure(seed, 'The 700 reinforcements should stay until the mayors leave.', '700').verdict, 'supported');
});

test('a bare source figure counts what its sentence counts: "under 700 words" is not "700 already on their way" (troops), "23 changes" may be "Twenty-three of them"', () => {
  const seed = buildIndex(seedSources());
  const words = judgeFigure(seed, 'Keep news stories under 700 words until the summit is over.', '700');
  assert.equal(words.verdict, 'unsupported');
  assert.equal(judgeFigure(seed, 'NATO is sending 700 more troops on top of the ones already there.', '700').verdict, 'supported');
  const partitive = buildIndex({ 'corpus/rugby.txt': 'Mark McCall wants warriors. Twenty-three of them, to be exact, if every player in his squad gets on the field.' });
  assert.equal(judgeFigure(partitive, 'Mark McCall wants 23 warriors on the field.', '23').verdict, 'supported');
});

test('a decade holding the sources\' span of the same thing is that span: "the late-1990s war" against "the 1998-1999 war"', () => {
  const seed = buildIndex(seedSources());
  const j = judgeFigure(seed, 'The Kosovo Liberation Army, the Albanian guerrillas of the late-1990s war.', '1990s');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /1998-1999 war/);
  assert.notEqual(judgeFigure(seed, 'The Kosovo Liberation Army fought in the 1980s war.', '1980s').verdict, 'supported');
});

test('a municipality\'s council or town hall counts as the municipality: "won all four councils", "Four Town Halls" are the four municipalities', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'The Serbs boycotted the April elections, so Albanians won all four councils.', 'four').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'Chapter summary: Four Town Halls and a Bridge', 'Four').verdict, 'supported');
  const five = judgeFigure(seed, 'The Serbs boycotted the April elections, so Albanians won all five councils.', 'five');
  assert.equal(five.verdict, 'contradicted');
  assert.equal(five.suggestion, 'four');
});

test('a share of the voters who took part is the turnout: "barely 3.5% of voters took part" against "a 3.5% election turnout"', () => {
  const seed = buildIndex(seedSources());
  const draft = 'After the Serbs boycotted the April elections, in which barely 3.5% of voters took part, ethnic Albanian mayors were brought into three Serb-majority municipalities under an escort of KFOR troops.';
  assert.equal(judgeFigure(seed, draft, '3.5%').verdict, 'supported');
  assert.equal(judgeFigure(seed, draft.replace('3.5%', '35%'), '35%').verdict, 'contradicted');
});

test('men and lads are people, whom the words around them name: "two Albanian lads got jumped by masked men" are the two Kosovar Albanians attacked', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judgeFigure(seed, 'On the Serb side two Albanian lads got jumped by masked men, according to the Kosovo police.', 'two').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'In Mitrovica, two Albanian men were attacked by masked men.', 'two').verdict, 'supported');
});

test('counts said in other words are the sources\' counts: "fifty-two of our Serb neighbours were injured", "at least 10 hurt by stun grenades", "Only 3.5% of people voted"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judge(seed, 'Thirty peacekeepers and fifty-two of our Serb neighbours were injured in Zvecan.', 'fifty-two').verdict, 'supported');
  assert.equal(judge(seed, 'Casualties: at least 10 hurt by stun grenades and tear gas.', '10').verdict, 'supported');
  assert.equal(judge(seed, 'Only 3.5% of people voted, so Albanian candidates won.', '3.5%').verdict, 'supported');
  // The same figures given to other people are still not the sources'.
  assert.notEqual(judge(seed, 'Thirty peacekeepers and fifty-two of our Albanian neighbours were injured in Zvecan.', 'fifty-two').verdict, 'supported');
});

test('a share the draft gives the people the sources\' share is of: "a country that is 90% Albanian", "Albanians are 90% of Kosovo as a whole" against "Kosovo\'s 90% ethnic Albanian majority"; not a turnout beside the people\'s name', () => {
  const seed = buildIndex(seedSources());
  for (const [draft, figure] of [
    ['But the roughly 50,000 Serbs in the north, in a country that is 90% Albanian, have rejected independence since 2008.', '90%'],
    ['That is how Albanian candidates won in Serb-majority towns: Albanians are 90% of Kosovo as a whole.', '90%'],
  ]) assert.equal(judge(seed, draft, figure).verdict, 'supported', draft);
  assert.equal(judge(seed, 'Ethnic Albanians, 95% of Kosovo as a whole, won every post.', '95%').suggestion, '90%');
  assert.notEqual(judge(seed, 'The Serbs boycotted them, so turnout was tiny (about 3.5%) and ethnic Albanian mayors won.', '3.5%').verdict, 'contradicted');
});
