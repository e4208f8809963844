// Where it happened, judged on the seed corpus (corpus/): a summit, a meeting or a speech the draft puts in
// another place than the best-matching sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Judgement } from '../../../server/src/engine/verdicts/judgement';
import { buildIndex, seedSources, judgeNamed } from './harness';

const SEED = buildIndex(seedSources());

function judge(draft: string, nameText: string): Judgement {
  return judgeNamed(SEED, draft, nameText);
}

const KURTI_QUOTE = '"As long as there is a violent mob outside the municipal buildings, we must have our special units,"';

test('a named summit in another place than the sources\' is contradicted, with their place', () => {
  const j = judge('Aleksandar Vučić, arriving at the European Political Community summit in Slovakia, said withdrawing the mayors would be the most powerful move.', 'Slovakia');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.code, 'contradicted-name');
  assert.equal(j.suggestion, 'Moldova');
  assert.match(j.message, /^sources have the summit in Moldova, not Slovakia \(".*", corpus\/001_69cd343abdbbf914\.txt:5\)$/);
});

test('the summit\'s sentence need not be the best match: "he said at the summit in Slovakia" → Moldova', () => {
  // The best match is the call for the "alleged mayors" to go; the summit in Moldova ranks third.
  const j = judge('He wants the "alleged mayors" withdrawn, Vučić said at the summit in Slovakia.', 'Slovakia');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Moldova');
  assert.equal(judge('Aleksandar Vučić wants the "alleged mayors" withdrawn, he said at the summit in Moldova.', 'Moldova').verdict, 'supported');
});

test('a meeting placed in the next source sentence: "would meet both leaders in Bratislava"', () => {
  const j = judge('A German government spokesperson said Chancellor Olaf Scholz and President Emmanuel Macron would meet both leaders in Bratislava on Thursday.', 'Bratislava');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Chisinau');
});

test('an event set on the attribution line of a quote the sources give to "he said": "— Kurti, at an international security forum in Chisinau" → Bratislava', () => {
  const j = judge(`${KURTI_QUOTE.replace(/,"$/, '."')} — Kurti, at an international security forum in Chisinau`, 'Chisinau');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Bratislava');
  assert.equal(judge(`${KURTI_QUOTE.replace(/,"$/, '."')} — Kurti, at an international security forum in Bratislava`, 'Bratislava').verdict, 'supported');
});

test('a speech placed elsewhere: the quote\'s source sentence says "he said", the one before it where', () => {
  const j = judge(`${KURTI_QUOTE} Prime Minister Albin Kurti said in Berlin.`, 'Berlin');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Bratislava');
  assert.match(j.message, /^sources have Albin Kurti speaking in Bratislava, not Berlin/);
});

test('the sources\' places stay supported, also a city the sources place in their country', () => {
  for (const [draft, place] of [
    ['Vučić, speaking on arrival at the European Political Community summit in Moldova, said such a step would be the most powerful move.', 'Moldova'],
    ['Vučić, speaking on arrival at the European Political Community summit in Chisinau, said such a step would be the most powerful move.', 'Chisinau'],
    ['Chancellor Olaf Scholz and President Emmanuel Macron would meet both leaders in Moldova on Thursday.', 'Moldova'],
    [`${KURTI_QUOTE} Prime Minister Albin Kurti said in Slovakia.`, 'Slovakia'],
    ['Spokesman Steffen Hebestreit told reporters in Berlin that the leaders would meet.', 'Berlin'],
  ]) {
    assert.equal(judge(draft, place).verdict, 'supported', draft);
  }
});

test('a place without an event word, or another person\'s speech, is left alone', () => {
  // Protests happen in many places of one story: no event word for them. (A crowd counted as the sources
  // count it, "100 Albanians", or told in the scene's own words, "on the bridge", is tied to its scene's
  // town by scenePlaceVerdict.)
  assert.equal(judge('Serbs protested again in Leposavic.', 'Leposavic').verdict, 'supported');
  assert.equal(judge('Crowds gathered in Zubin Potok.', 'Zubin Potok').verdict, 'supported');
  // The best match has Hebestreit speak in Berlin, which says nothing about where Osmani spoke.
  assert.equal(judge('Vjosa Osmani told reporters in Bratislava that the meeting will take place on the sidelines of the summit.', 'Bratislava').verdict, 'supported');
});

test('a briefing is a speech: "Hebestreit, who briefed reporters in Chisinau" against his "told reporters in Berlin"', () => {
  const j = judge('The German line came from government spokesman Steffen Hebestreit, who briefed reporters in Chisinau.', 'Chisinau');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Berlin');
  assert.equal(judge('Spokesman Steffen Hebestreit briefed reporters in Berlin.', 'Berlin').verdict, 'supported');
});

test('a name before "meet" is its subject, not a qualifier of the meeting; the place may stand seven words on', () => {
  for (const draft of [
    'Macron and Olaf Scholz meet both leaders in Bratislava on Thursday.',
    'On Thursday 1 June Macron and Olaf Scholz meet the leaders of Serbia and Kosovo in Bratislava.',
  ]) {
    const j = judge(draft, 'Bratislava');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Chisinau');
  }
  assert.equal(judge('On Thursday 1 June Macron and Olaf Scholz meet the leaders of Serbia and Kosovo in Chisinau.', 'Chisinau').verdict, 'supported');
});

test('a place opening the sentence, then its speaker and a word of speech: "In Bratislava, Vučić called … "the most powerful move"" → Moldova', () => {
  const draft = (place: string) => `In ${place}, Vučić called the withdrawal of the "alleged mayors" "the most powerful move" to end the crisis.`;
  const j = judge(draft('Bratislava'), 'Bratislava');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Moldova');
  assert.equal(judge(draft('Moldova'), 'Moldova').verdict, 'supported');
  // A place opening a sentence whose person does no speaking is left alone.
  assert.notEqual(judge('In Bratislava, Vučić met the withdrawal of the "alleged mayors" with silence.', 'Bratislava').verdict, 'contradicted');
});

test('an announcement is a speech, and a misspelt speaker is still the speaker: "Stefan Hebestreit, announced it to reporters in Chisinau" → Berlin', () => {
  const j = judge('The German government spokesman, Stefan Hebestreit, announced it to reporters in Chisinau.', 'Chisinau');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Berlin');
  assert.match(j.message, /^sources have Steffen Hebestreit speaking in Berlin, not Chisinau/);
  assert.equal(judge('The German government spokesman, Steffen Hebestreit, announced it to reporters in Berlin.', 'Berlin').verdict, 'supported');
});

test('the best match\'s next sentences that write the event are read: "Vucic arrives at the summit in Bratislava and wants the "alleged mayors" gone" → Moldova', () => {
  const j = judge('Thursday: Vucic arrives at the summit in Bratislava and wants the "alleged mayors" gone.', 'Bratislava');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Moldova');
  assert.equal(judge('Thursday: Vucic arrives at the summit in Moldova and wants the "alleged mayors" gone.', 'Moldova').verdict, 'supported');
});

test('a place after both a speech and an event word is left alone where the sources have the speech there: "Hebestreit announced the meeting in Berlin"', () => {
  assert.equal(judge('The German spokesman, Steffen Hebestreit, announced the meeting in Berlin.', 'Berlin').verdict, 'supported');
  const j = judge('The German spokesman, Steffen Hebestreit, announced the meeting in Bratislava.', 'Bratislava');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Chisinau');
});

test('the meeting told over two sentences of another article: "would meet Osmani and Vučić in Bratislava" → Chisinau ("… plan to meet …" / "… the meeting in Chisinau")', () => {
  const j = judge('Macron and Scholz would meet Osmani and Vučić in Bratislava.', 'Bratislava');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Chisinau');
  assert.equal(judge('Macron and Scholz would meet Osmani and Vučić in Chisinau.', 'Chisinau').verdict, 'supported');
});

test('a confirmation is a speech: "Stefan Hebestreit confirmed the meeting in Berlin" may be where he spoke, as the sources have him', () => {
  assert.equal(judge('A German government spokesman, Stefan Hebestreit, confirmed the meeting in Berlin.', 'Berlin').verdict, 'supported');
  assert.equal(judge('Macron and Scholz confirmed they would meet the two leaders in Bratislava.', 'Bratislava').suggestion, 'Chisinau');
});

test('a place inside what was said is not where it was said: "Stefan Hebestreit said it would take place on the sidelines in Chisinau"', () => {
  const reported = judgeNamed(SEED, "Berlin announced the meeting; the chancellor's spokesman, Stefan Hebestreit, said it would take place on the sidelines in Chisinau.", 'Chisinau');
  assert.equal(reported.verdict, 'supported');
  // Where he spoke, said so, is still compared with the sources' Berlin.
  assert.equal(judgeNamed(SEED, 'Stefan Hebestreit told reporters in Chisinau that the meeting will take place.', 'Chisinau').verdict, 'contradicted');
});

test('a named summit against the sources\' unnamed one in the same sentence\'s report: "At the European Political Community summit in Bratislava, President Emmanuel Macron said …" → Moldova', () => {
  const named = judgeNamed(SEED, 'At the European Political Community summit in Bratislava, President Emmanuel Macron said France and Germany wanted new elections as soon as possible and clearer election rules.', 'Bratislava');
  assert.equal(named.verdict, 'contradicted');
  assert.equal(named.suggestion, 'Moldova');
  // A summit the sources name otherwise is another summit: "the NATO summit" stays unjudged by an EU one.
  assert.notEqual(judgeNamed(SEED, 'At the NATO summit in Vilnius, leaders met.', 'Vilnius').verdict, 'contradicted');
});

test('a meeting the best match holds on the sidelines of a summit is where the summit is: "Macron and Scholz are meeting Vucic and Osmani today in Bratislava" → Moldova', () => {
  const seed = buildIndex(seedSources());
  const meeting = judgeNamed(seed, 'Macron and Scholz are meeting Vucic and Osmani today in Bratislava.', 'Bratislava');
  assert.equal(meeting.verdict, 'contradicted');
  assert.equal(meeting.suggestion, 'Moldova');
  assert.equal(judgeNamed(seed, 'Macron and Scholz are meeting Vucic and Osmani today in Moldova.', 'Moldova').verdict, 'supported');
});

test('a speech joined right after the place is said there: "Kurti stood up in Chisinau and said …" → Bratislava', () => {
  const seed = buildIndex(seedSources());
  const joined = judgeNamed(seed, "Kurti stood up in Chisinau and said the special police stay as long as there's a violent mob outside.", 'Chisinau');
  assert.equal(joined.verdict, 'contradicted');
  assert.equal(joined.suggestion, 'Bratislava');
  assert.equal(judgeNamed(seed, "Kurti stood up in Bratislava and said the special police stay as long as there's a violent mob outside.", 'Bratislava').verdict, 'supported');
});

test('an event named after the place: "Leaders gathered in Bratislava for the European Political Community summit" → Moldova', () => {
  const j = judgeNamed(SEED, 'Leaders gathered in Bratislava for the European Political Community summit.', 'Bratislava');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Moldova');
  assert.equal(judgeNamed(SEED, 'Leaders gathered in Chisinau for the European Political Community summit.', 'Chisinau').verdict, 'supported');
});

test('a call "made by" a person in a place is their speech there: "made by President Macron in Bratislava" → Moldova (corpus/000:12)', () => {
  const j = judgeNamed(SEED, 'We support the call by France and Germany, made by President Macron in Bratislava, for new elections in the north as soon as possible.', 'Bratislava');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Moldova');
  assert.equal(judgeNamed(SEED, 'We support the call by France and Germany, made by President Macron in Moldova, for new elections in the north as soon as possible.', 'Moldova').verdict, 'supported');
});

test('a speech whose speaker is a pronoun is tied to the sources\' speech by its words: "Speaking in Chisinau, however, he hinted at early local elections" → Bratislava', () => {
  for (const [draft, place] of [
    ['Kurti is not backing down. Speaking in Chisinau, however, he hinted at early local elections.', 'Chisinau'],
    ['Clip from his speech in Chisinau: "As long as there is a violent mob outside the municipal buildings, we must have our special units."', 'Chisinau'],
  ] as const) {
    const j = judgeNamed(SEED, draft, place);
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Bratislava');
  }
  assert.equal(judgeNamed(SEED, 'Speaking in Bratislava, he hinted at early local elections.', 'Bratislava').verdict, 'supported');
  // A named event at the same place is the place's: "as he said on arriving at the summit in Slovakia" → Moldova.
  assert.equal(judgeNamed(SEED, 'Vučić wants the "alleged mayors" withdrawn, as he said on arriving at the summit in Slovakia.', 'Slovakia').suggestion, 'Moldova');
});

test('a name before a gathering\'s noun names the gathering, not its place: "at European Political Community summit in Chisinau"', () => {
  const seed = buildIndex(seedSources());
  assert.notEqual(judgeNamed(seed, 'Macron and Scholz to meet Serbian and Kosovo leaders at European Political Community summit in Chisinau', 'European Political Community').verdict, 'contradicted');
  assert.equal(judgeNamed(seed, 'Macron and Scholz to meet Serbian and Kosovo leaders at European Political Community summit in Bratislava', 'Bratislava').verdict, 'contradicted');
});

test('"told the authorities in Pristina to pull out …" places the authorities, not the speech; "said in Pristina" places the speech', () => {
  const told = 'Today Serbia\'s president, Aleksandar Vučić, told the authorities in Pristina to pull out what he called "alleged mayors".';
  assert.notEqual(judge(told, 'Pristina').verdict, 'contradicted');
  assert.equal(judge('Speaking in Pristina, Aleksandar Vučić called on Kosovo to pull out what he called "alleged mayors".', 'Pristina').verdict, 'contradicted');
});
