// Who said it and to whom, judged on the seed corpus (corpus/): a quote or an interview given to the
// wrong person or outlet.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Judgement } from '../../../server/src/engine/verdicts/judgement';
import { buildIndex, seedSources, judgeNamed } from './harness';

const SEED = buildIndex(seedSources());

function judge(draft: string, nameText: string): Judgement {
  return judgeNamed(SEED, draft, nameText);
}

describe('who said it, and to whom', () => {
  test('a quote the sources give another person contradicts the draft\'s speaker', () => {
    const j = judge('Earlier, Igor Simic said: "Mayors should go and work in their offices."', 'Igor Simic');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Albin Kurti');
    assert.match(j.message, /^sources quote Albin Kurti saying this, not Igor Simic \("/);
  });

  test('the right speaker leaves the speaker alone', () => {
    assert.equal(judge('"Mayors should go and work in their offices," Kurti said.', 'Kurti').verdict, 'supported');
    assert.equal(judge('"As long as there is a violent mob outside the municipal buildings, we must have our special units," Kurti said.', 'Kurti').verdict, 'supported');
  });

  test('a source\'s "…," he said. is spoken by the one person the sentence before names', () => {
    // corpus/003: "… Kosovo Prime Minister Albin Kurti said …" then "“As long as there is a violent mob …,” he said."
    const j = judge('"As long as there is a violent mob outside the municipal buildings, we must have our special units," Vucic said.', 'Vucic');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Albin Kurti');
  });

  test('a colon opens the quotation of the one person the clause before it names', () => {
    const j = judge('The president, Vjosa Osmani, was blunter: "As long as there is a violent mob outside the municipal buildings, we must have our special units."', 'Vjosa Osmani');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Albin Kurti');
    assert.equal(judge('Kurti was blunter: "As long as there is a violent mob outside the municipal buildings, we must have our special units."', 'Kurti').verdict, 'supported');
  });

  test('a one-word quote the sources put in quotation marks only as another person\'s word', () => {
    // "Mr Blinken described violence against soldiers … as “unacceptable”."
    const j = judge('Josep Borrell called the attacks on peacekeepers "unacceptable".', 'Josep Borrell');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Antony Blinken');
    assert.match(j.message, /^sources quote Antony Blinken saying this, not Josep Borrell \("/);
    assert.equal(judge('Vucic described the violence against soldiers as "unacceptable".', 'Vucic').suggestion, 'Antony Blinken');
    // An adverb between the speaker and the verb: "which Josep Borrell rightly called …".
    assert.equal(judge('We condemn the attacks on KFOR soldiers, which Josep Borrell rightly called "unacceptable".', 'Josep Borrell').suggestion, 'Antony Blinken');
    assert.equal(judge('We condemn the attacks on KFOR soldiers, which Antony Blinken rightly called "unacceptable".', 'Antony Blinken').verdict, 'supported');
    // A worksheet's question: "Why did X call …?"
    assert.equal(judge('Why did Dmitry Peskov call the attacks on KFOR soldiers "unacceptable"?', 'Dmitry Peskov').suggestion, 'Antony Blinken');
    assert.notEqual(judge('Why did Antony Blinken call the attacks on KFOR soldiers "unacceptable"?', 'Antony Blinken').verdict, 'contradicted');
    // A slide's bullet: "X calling the violence … "unacceptable"".
    assert.equal(judge('Steffen Hebestreit calling the violence against KFOR "unacceptable".', 'Steffen Hebestreit').suggestion, 'Antony Blinken');
    // A relative clause: "…, who called the attacks … "unacceptable"".
    assert.equal(judge('We share the view of EU foreign policy chief Josep Borrell, who called the attacks on KFOR "unacceptable".', 'Josep Borrell').suggestion, 'Antony Blinken');
  });

  test('a short quote stays with the draft\'s speaker when the sources give it to them, to nobody named, or in other words', () => {
    assert.equal(judge('Blinken called the violence against soldiers "unacceptable".', 'Blinken').verdict, 'supported');
    // "what he termed “alleged mayors”": the sentence names Vučić.
    assert.equal(judge('Vucic called them "alleged mayors".', 'Vucic').verdict, 'supported');
    // "ethnic Albanian officials they call “fake” mayors": the Serbs, no named speaker.
    assert.equal(judge('Kurti called the mayors "fake".', 'Kurti').verdict, 'supported');
    // A word inside a longer quote is no one's chosen word: "normality" in Kurti's quote.
    assert.equal(judge('Vucic called for "normality".', 'Vucic').verdict, 'supported');
  });

  test('three words in a row from another\'s longer quote: "Kurti also claimed Moscow was "unconditionally supporting Serbia"" → Dmitry Peskov', () => {
    const j = judge('Kurti also claimed Moscow was "unconditionally supporting Serbia".', 'Kurti');
    assert.equal(j.verdict, 'contradicted');
    assert.equal(j.suggestion, 'Dmitry Peskov');
    assert.equal(judge('Peskov also claimed Moscow was "unconditionally supporting Serbia".', 'Peskov').verdict, 'supported');
    // Two words inside a longer quote are anyone's words: "supporting Serbia".
    assert.equal(judge('Kurti claimed Moscow was "supporting Serbia".', 'Kurti').verdict, 'supported');
  });

  test('a short quote the draft\'s speaker says elsewhere in the sources, or the sentence after, is theirs too', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Attacks on KFOR soldiers in Zvecan were reported on day ${i + 1} by the local police.`);
    const index = buildIndex({
      'a.txt': [...filler, 'Antony Blinken described the attacks on KFOR soldiers in Zvecan as “unacceptable”.'].join('\n\n'),
      'b.txt': 'Josep Borrell met ministers in Brussels on trade.\n\nHe said the new tariffs were “unacceptable”.',
    });
    const draft = 'Josep Borrell called the attacks on KFOR soldiers in Zvecan "unacceptable".';
    assert.equal(judgeNamed(index, draft, 'Josep Borrell').verdict, 'supported');
    const without = buildIndex({ 'a.txt': [...filler, 'Antony Blinken described the attacks on KFOR soldiers in Zvecan as “unacceptable”.'].join('\n\n'), 'b.txt': 'Josep Borrell met ministers in Brussels on trade.' });
    assert.equal(judgeNamed(without, draft, 'Josep Borrell').suggestion, 'Antony Blinken');
  });
});

test('a citation right after a quotation names its speaker: "… de-escalate tensions" (Borrell, 2023) → Antony Blinken', () => {
  const draft = 'Macron said France wanted new elections, and the envoy urged "all parties to take immediate actions to de-escalate tensions" (Borrell, 2023).';
  const j = judgeNamed(SEED, draft, 'Borrell');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Antony Blinken');
  assert.equal(judgeNamed(SEED, draft.replace('Borrell', 'Blinken'), 'Blinken').verdict, 'supported');
});

test('a speech verb right after the quotation, its speaker the one person named after it: "… don\'t represent anyone" said … Igor Simic', () => {
  const j = judgeNamed(SEED, 'Aleksandar Vucic said of the mayors that they "don\'t represent anyone".', 'Aleksandar Vucic');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Igor Simic');
  assert.equal(judgeNamed(SEED, 'Igor Simic said of the mayors that they "don\'t represent anyone".', 'Igor Simic').verdict, 'supported');
});

test('another person named between a speaker and the quotation may be its speaker: Kurti is not given Simic\'s "don\'t represent anyone"', () => {
  const draft = 'Prime Minister Albin Kurti said he would not back down from installing the mayors, while Igor Simich of the Serbian List said the mayors "don\'t represent anyone".';
  assert.equal(judgeNamed(SEED, draft, 'Albin Kurti').verdict, 'supported');
});

test('a quote the source\'s speaker said to the draft\'s person is not the draft person\'s: "Vucic said he talked with … Josep Borrell about "irresponsible behaviour …""', () => {
  for (const draft of [
    'Josep Borrell condemned the "irresponsible behaviour of Pristina institutions".',
    // A table row, its cells joined as the fact checker joins them.
    'Josep Borrell : EU foreign policy chief : Condemned the "irresponsible behaviour of Pristina institutions"',
  ]) {
    const j = judgeNamed(SEED, draft, 'Josep Borrell');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Aleksandar Vucic');
  }
  assert.equal(judgeNamed(SEED, 'Vucic condemned the "irresponsible behaviour of Pristina institutions".', 'Vucic').verdict, 'supported');
});

test('a speech verb in the present: "Vučić insists that the mayors "have to leave the area …"" → Igor Simic', () => {
  const j = judgeNamed(SEED, 'Vučić insists that the mayors "have to leave the area because they don\'t represent anyone".', 'Vučić');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Igor Simic');
});

test('of two quotes in one sentence, each is said by the person named nearest before it: Peskov\'s "unconditionally supporting Serbia" is not Simic\'s', () => {
  const draft = 'Igor Simic of the Serbian List tells Reuters the mayors "don\'t represent anyone", and Kremlin spokesman Dmitry Peskov says Moscow is "unconditionally supporting Serbia".';
  assert.equal(judge(draft, 'Dmitry Peskov').verdict, 'supported');
  // The same quote given to Peskov alone is still Simic's.
  const alone = judge('Kremlin spokesman Dmitry Peskov says the mayors "don\'t represent anyone".', 'Dmitry Peskov');
  assert.equal(alone.verdict, 'contradicted');
  assert.equal(alone.suggestion, 'Igor Simic');
});

test('a speaker in an apposition: "the EU\'s foreign policy chief, Josep Borrell, has complained about the "…"" → Aleksandar Vucic', () => {
  const draft = 'And the EU\'s foreign policy chief, Josep Borrell, has complained about the "irresponsible behaviour of Pristina institutions".';
  const j = judge(draft, 'Josep Borrell');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Aleksandar Vucic');
  assert.equal(judge(draft.replace('the EU\'s foreign policy chief, Josep Borrell', 'Serbia\'s president, Aleksandar Vucic'), 'Aleksandar Vucic').verdict, 'supported');
});

test('a source sentence that is all quotation goes on quoting the speaker the sentence before names: "all legitimate rights …" → Dmitry Peskov', () => {
  // corpus/003: "“We are following that, …,” Mr Peskov said …" / "“We believe that all legitimate rights and interests of Kosovo Serbs must be observed and ensured.”"
  const quote = '"all legitimate rights and interests of Kosovo Serbs must be observed and ensured"';
  const j = judge(`Vučić said ${quote}.`, 'Vučić');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Dmitry Peskov');
  assert.equal(judge(`Peskov said ${quote}.`, 'Peskov').verdict, 'supported');
});

test('a transcript line says its speaker\'s words, and a list of who said what names its speaker after a colon', () => {
  const words = 'As long as there is a violent mob outside the municipal buildings, we must have our special units.';
  for (const [draft, name] of [[`VJOSA OSMANI: ${words}`, 'VJOSA OSMANI'], [`OSMANI (archive): ${words}`, 'OSMANI']] as const) {
    const j = judge(draft, name);
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Albin Kurti', draft);
  }
  assert.equal(judge(`KURTI: ${words}`, 'KURTI').verdict, 'supported');
  const listed = judge('- "all parties to take immediate actions to de-escalate tensions": Olaf Scholz.', 'Olaf Scholz');
  assert.equal(listed.verdict, 'contradicted');
  assert.equal(listed.suggestion, 'Antony Blinken');
  assert.equal(judge('- "all parties to take immediate actions to de-escalate tensions": Antony Blinken.', 'Antony Blinken').verdict, 'supported');
});

test('a person\'s statement or appeal speaks for them: "Igor Simic\'s statement says "mayors should go …"" → Albin Kurti', () => {
  const statement = judgeNamed(SEED, 'Igor Simic\'s statement says "mayors should go and work in their offices".', 'Igor Simic');
  assert.equal(statement.verdict, 'contradicted');
  assert.equal(statement.suggestion, 'Albin Kurti');
  // "the appeal of X to Y "…"": the appeal's author, a title between.
  assert.equal(judgeNamed(SEED, 'The country backs the appeal of Igor Simic to the mayors "to go and work in their offices".', 'Igor Simic').suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(SEED, 'The country backs the appeal of Albin Kurti to the mayors "to go and work in their offices".', 'Albin Kurti').verdict, 'supported');
});

test('"The line "…" came from X" and a quote card\'s "… · X" name the speaker', () => {
  const came = judgeNamed(SEED, 'The line "as long as there is a violent mob outside the municipal buildings, we must have our special units" came from Igor Simic of the Serbian List, not from the prime minister.', 'Igor Simic');
  assert.equal(came.verdict, 'contradicted');
  assert.equal(came.suggestion, 'Albin Kurti');
  const card = judgeNamed(SEED, 'Quote card: "As long as there is a violent mob outside the municipal buildings, we must have our special units." · Aleksandar Vučić', 'Aleksandar Vučić');
  assert.equal(card.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(SEED, 'Quote card: "As long as there is a violent mob outside the municipal buildings, we must have our special units." · Albin Kurti', 'Albin Kurti').verdict, 'supported');
});

test('a short quote\'s speaker in an apposition: "The French president, Emmanuel Macron, called the attacks … "unacceptable"" → Antony Blinken', () => {
  const apposed = judgeNamed(SEED, 'The French president, Emmanuel Macron, called the attacks on peacekeepers "unacceptable".', 'Emmanuel Macron');
  assert.equal(apposed.verdict, 'contradicted');
  assert.equal(apposed.suggestion, 'Antony Blinken');
  assert.equal(judgeNamed(SEED, 'The US secretary of state, Antony Blinken, called the attacks on peacekeepers "unacceptable".', 'Antony Blinken').verdict, 'supported');
});

test('a title may stand between an attribution\'s dash and the name: "… — President Vjosa Osmani" → Albin Kurti', () => {
  const titled = judgeNamed(SEED, '"Mayors should go and work in their offices. We need normality." — President Vjosa Osmani', 'Vjosa Osmani');
  assert.equal(titled.verdict, 'contradicted');
  assert.equal(titled.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(SEED, '"Mayors should go and work in their offices." — Prime Minister Albin Kurti', 'Albin Kurti').verdict, 'supported');
});

test('a colon\'s own clause names its quote\'s speaker, past another speaker named before it: "…, and President Vjosa Osmani has been blunter still: "Mayors should go …"" → Albin Kurti', () => {
  const seed = buildIndex(seedSources());
  const blunter = judgeNamed(seed, 'Prime Minister Albin Kurti has said he will not back down from his decision to install the mayors, and President Vjosa Osmani has been blunter still: “Mayors should go and work in their offices.”', 'Vjosa Osmani');
  assert.equal(blunter.verdict, 'contradicted');
  assert.equal(blunter.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(seed, 'President Vjosa Osmani has said she will stay, and Prime Minister Albin Kurti has been blunter still: “Mayors should go and work in their offices.”', 'Albin Kurti').verdict, 'supported');
});

test('a reflexive between the speaker and the verb: "Putin himself said Moscow is "unconditionally supporting Serbia"" → Dmitry Peskov (corpus/003:51)', () => {
  const j = judgeNamed(SEED, 'Putin himself said Moscow is "unconditionally supporting Serbia", and Serbia put its army on its highest state of alert.', 'Putin');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Dmitry Peskov');
  assert.equal(judgeNamed(SEED, 'Peskov himself said Moscow is "unconditionally supporting Serbia".', 'Peskov').verdict, 'supported');
});

test('a citation after a quotation names its speaker, and a source\'s run of quotations goes back to the one who is named: "…attract my attention" (Osmani) → Albin Kurti (corpus/003:39-43)', () => {
  const j = judgeNamed(SEED, '"If there would have been peaceful protests asking for early election, that would attract my attention" (Osmani).', 'Osmani');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(SEED, '"If there would have been peaceful protests asking for early election, that would attract my attention" (Kurti).', 'Kurti').verdict, 'supported');
});

test('a longer quotation someone "called" something is theirs to say: "Igor Simic called withdrawing the mayors "the most powerful move"" → Aleksandar Vučić (corpus/001:5)', () => {
  const j = judgeNamed(SEED, 'Igor Simic called withdrawing the mayors "the most powerful move" to end the crisis.', 'Igor Simic');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Aleksandar Vučić');
  assert.equal(judgeNamed(SEED, 'Vučić called withdrawing the mayors "the most powerful move" to end the crisis.', 'Vučić').verdict, 'supported');
});

test('a name right after the quotation with where it was said after a comma is its speaker: ""…ensured." Vucic, on a conference call with reporters." → Dmitry Peskov (corpus/003:51-53)', () => {
  const j = judgeNamed(SEED, '"We believe that all legitimate rights and interests of Kosovo Serbs must be observed and ensured." Vucic, on a conference call with reporters.', 'Vucic');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Dmitry Peskov');
});

test('a line\'s speaker says its short quote, and a short quote told with "he said" is the speaker named before: "Josep Borrell (EU): … "unacceptable"" → Antony Blinken; "| Vjosa Osmani, president | … "a violent mob" … |" → Albin Kurti', () => {
  const line = judgeNamed(SEED, 'Josep Borrell (EU): violence against KFOR troops is "unacceptable".', 'Josep Borrell');
  assert.equal(line.verdict, 'contradicted');
  assert.equal(line.suggestion, 'Antony Blinken');
  const row = judgeNamed(SEED, 'Vjosa Osmani, president : Told a forum in Bratislava the special units stay while "a violent mob" remains : Access to Western capitals', 'Vjosa Osmani');
  assert.equal(row.verdict, 'contradicted');
  assert.equal(row.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(SEED, 'Kurti told a forum in Bratislava the special units stay while "a violent mob" remains.', 'Kurti').verdict, 'supported');
});

test('whose words a quotation is, by a possessive or a colon\'s clause running on to it: "Josep Borrell\'s description … as "unacceptable"" → Antony Blinken; "quoted President Vjosa Osmani: withdrawing the mayors would be "the most powerful move"" → Aleksandar Vučić', () => {
  const described = judgeNamed(SEED, 'Josep Borrell\'s description of the attacks on soldiers as "unacceptable" came up twice.', 'Josep Borrell');
  assert.equal(described.verdict, 'contradicted');
  assert.equal(described.suggestion, 'Antony Blinken');
  const colon = judgeNamed(SEED, 'The deputy quoted President Vjosa Osmani: withdrawing the mayors would be "the most powerful move" to end the crisis.', 'Vjosa Osmani');
  assert.equal(colon.verdict, 'contradicted');
  assert.equal(colon.suggestion, 'Aleksandar Vučić');
  assert.equal(judgeNamed(SEED, 'The deputy quoted President Vucic: withdrawing the mayors would be "the most powerful move" to end the crisis.', 'Vucic').verdict, 'supported');
});

test('a speaker\'s party may stand before the verb, and a title after a line\'s speaker: "Igor Simic of the Serbian List, the largest Serb party in Kosovo, has called … "alleged mayors"" → Aleksandar Vučić; "Vjosa Osmani, prime minister: … "Mayors should go …"" → Albin Kurti', () => {
  const party = judgeNamed(SEED, 'Igor Simic of the Serbian List, the largest Serb party in Kosovo, has called the new office-holders "alleged mayors" and wants them withdrawn.', 'Igor Simic');
  assert.equal(party.verdict, 'contradicted');
  assert.equal(party.suggestion, 'Aleksandar Vučić');
  const line = judgeNamed(SEED, 'Vjosa Osmani, prime minister: will not back down; "Mayors should go and work in their offices."', 'Vjosa Osmani');
  assert.equal(line.verdict, 'contradicted');
  assert.equal(line.suggestion, 'Albin Kurti');
  assert.equal(judgeNamed(SEED, 'Albin Kurti, prime minister: will not back down; "Mayors should go and work in their offices."', 'Albin Kurti').verdict, 'supported');
});

test('a relative clause\'s speaker: "it was President Vjosa Osmani who said the special units must stay "as long as there is a violent mob …"" → Albin Kurti; "Albin Kurti, who said …" is his own', () => {
  const cleft = judge('And it was President Vjosa Osmani who said the special units must stay "as long as there is a violent mob outside the municipal buildings".', 'Vjosa Osmani');
  assert.equal(cleft.verdict, 'contradicted');
  assert.equal(cleft.suggestion, 'Albin Kurti');
  assert.notEqual(judge('We heard from Albin Kurti, who said the special units must stay "as long as there is a violent mob outside the municipal buildings".', 'Albin Kurti').verdict, 'contradicted');
});

test('a correction naming whose a quotation "was": ""Mayors should go and work in their offices" was Osmani, not the prime minister" → Albin Kurti', () => {
  const j = judge('"Mayors should go and work in their offices" was Osmani, not the prime minister.', 'Osmani');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Albin Kurti');
  assert.notEqual(judge('"Mayors should go and work in their offices" was Kurti, not the president.', 'Kurti').verdict, 'contradicted');
});

test('"…?" asked Vučić names the quote\'s speaker, and a source quote closed by a mistyped opening mark ("…them?“, he added.") is still its pronoun speaker\'s', () => {
  // corpus/004: "“We need normalcy… What is the point of having public buildings … if we don’t use them?“, he added." after Kurti's line.
  const quote = '"What is the point of having public buildings for government officials if we don\'t use them?"';
  for (const draft of [`${quote} asked Vučić.`, `${quote} said Vučić.`, `Vučić asked: ${quote}`]) {
    const j = judge(draft, 'Vučić');
    assert.equal(j.verdict, 'contradicted', draft);
    assert.equal(j.suggestion, 'Albin Kurti');
  }
  assert.equal(judge(`${quote} asked Kurti.`, 'Kurti').verdict, 'supported');
});

test('a table row\'s later cell that tags its own speaker is not the first cell\'s quote: "| Koha Ditore | Kurti: "We need normalcy" |"', () => {
  for (const words of ['We need normalcy', 'Mayors should go and work in their offices']) {
    assert.notEqual(judge(`Koha Ditore : Kurti: "${words}"`, 'Koha Ditore').verdict, 'contradicted', words);
  }
  // The first cell may add the person's party after a comma.
  const party = judge('Lulzim Hetemi, Serbian List : representation : the mayors "don\'t represent anyone"', 'Lulzim Hetemi');
  assert.equal(party.verdict, 'contradicted');
  assert.equal(party.suggestion, 'Igor Simic');
  // With no name in the later cell, the first cell's person says it.
  assert.equal(judge('Igor Simic : "Mayors should go and work in their offices"', 'Igor Simic').verdict, 'contradicted');
});

test('"As Vučić put it, these mayors "don\'t represent anyone"" gives the quote to Vučić → Igor Simic', () => {
  const j = judge('As Vučić put it, these mayors "don\'t represent anyone".', 'Vučić');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Igor Simic');
  assert.notEqual(judge('As Igor Simic put it, these mayors "don\'t represent anyone".', 'Igor Simic').verdict, 'contradicted');
});
