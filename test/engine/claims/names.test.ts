import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combinedEvidence, WordCaseCounter } from '../../../server/src/engine/claims/analyse';
import { findNames, isDemonym, type NameMention, type WordCaseEvidence } from '../../../server/src/engine/claims/names';
import { tag } from '../../../server/src/engine/nlp/tagger';
import { nameKey } from '../../../server/src/engine/text/fold';

const noEvidence = new WordCaseCounter();

/** How a small corpus writes its words: "police", "unrest", "demonstration" in lower case; "Hope", "Macron" as names. */
const corpusCase = new WordCaseCounter();
for (const sentence of [
  'Kosovo police were deployed and the unrest spread after the demonstration.',
  'The regional unrest was condemned by the police chief.',
  'They met Hope in Pristina before the elections.',
  'French president Emmanuel Macron said so.',
]) {
  corpusCase.count(tag(sentence));
}

function names(sentence: string, evidence: WordCaseEvidence = noEvidence): NameMention[] {
  const found = findNames(sentence, tag(sentence), evidence);
  for (const n of found) {
    assert.equal(sentence.slice(n.start, n.end), n.text, `offsets of ${n.text}`);
    assert.equal(n.key, nameKey(n.text));
  }
  return found;
}

function texts(sentence: string, evidence: WordCaseEvidence = noEvidence): string[] {
  return names(sentence, evidence).map((n) => n.text);
}

function named(sentence: string, text: string): NameMention {
  const found = names(sentence).find((n) => n.text === text);
  assert.ok(found, `${text} in ${JSON.stringify(names(sentence).map((n) => n.text))}`);
  return found;
}

test('multi-word names are one mention: "Zubin Potok", "Kosovo Central Election Commission"', () => {
  assert.deepEqual(texts('Mayors were installed in Zubin Potok on Monday.'), ['Zubin Potok']);
  assert.deepEqual(texts('Only 3.47% of eligible voters cast ballots, according to the Kosovo Central Election Commission (KQZ).'), [
    'Kosovo Central Election Commission',
    'KQZ',
  ]);
});

test('a lower-case connector joins a name: "Rule of Law Mission"', () => {
  const found = texts('The European Union Rule of Law Mission in Kosovo (EULEX) was deployed.');
  assert.deepEqual(found, ['European Union Rule of Law Mission', 'Kosovo', 'EULEX']);
});

test('accented names keep their spelling and share a key with the plain spelling', () => {
  const vucic = named('Serbian President Aleksandar Vučić called on Kosovo authorities.', 'Aleksandar Vučić');
  assert.equal(vucic.key, 'aleksandar vucic');
  assert.equal(vucic.key, named('Serbian President Aleksandar Vucic called on Kosovo authorities.', 'Aleksandar Vucic').key);
  assert.deepEqual(names('Protesters gathered in Zvečan and Leposavić.').map((n) => n.key), ['zvecan', 'leposavic']);
});

test('acronyms are names, also at the start of a sentence: KFOR, NATO, U.S.', () => {
  assert.deepEqual(texts('KFOR troops guarded the town hall.'), ['KFOR']);
  assert.deepEqual(texts('The NATO-led KFOR mission has increased its presence.'), ['NATO', 'KFOR']);
  assert.deepEqual(texts('Days of unrest in northern Kosovo have prompted NATO to act.', corpusCase), ['Kosovo', 'NATO']);
  const us = names('The U.S. decided to cancel the exercise.');
  assert.deepEqual(us.map((n) => [n.text, n.key]), [['U.S.', 'us']]);
});

test('a role before a name is kept apart from it: "French President Olaf Scholz"', () => {
  const found = names('French President Olaf Scholz met the leaders.');
  assert.equal(found.length, 1);
  assert.deepEqual(found[0], { start: 17, end: 28, text: 'Olaf Scholz', key: 'olaf scholz', role: ['french', 'president'], roleText: 'French President' });
});

test('"Kosovo Prime Minister Albin Kurti": the country and the person are two names', () => {
  const found = names('Kosovo Prime Minister Albin Kurti said he will not back down.');
  assert.deepEqual(found.map((n) => n.text), ['Kosovo', 'Albin Kurti']);
  assert.deepEqual(found[1].role, ['kosovo', 'prime', 'minister']);
  assert.equal(found[1].roleText, 'Kosovo Prime Minister');
  assert.equal(found[0].role, undefined);
});

test('a possessive title and a title set off by commas are roles: "Kosovo\'s Prime Minister, Vjosa Osmani, who …"', () => {
  for (const sentence of ["Kosovo's Prime Minister Vjosa Osmani spoke.", "We heard Kosovo's Prime Minister, Vjosa Osmani, who spoke.", "The words of Kosovo's Prime Minister, Vjosa Osmani."]) {
    const osmani = names(sentence).find((n) => n.text === 'Vjosa Osmani')!;
    assert.deepEqual([osmani.role, osmani.roleText], [['kosovo', 'prime', 'minister'], "Kosovo's Prime Minister"], sentence);
  }
  // A list after the comma gives its members no title.
  assert.equal(names('They met the Prime Minister, Vucic and Osmani.').find((n) => n.text === 'Vucic')?.role, undefined);
});

test('titles in lower case and other titles: "French president", "Kremlin spokesman", "Mr"', () => {
  assert.deepEqual(named('French president Emmanuel Macron said France and Germany agreed.', 'Emmanuel Macron').role, ['french', 'president']);
  assert.deepEqual(named('Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow is watching.', 'Dmitry Peskov').role, ['kremlin', 'spokesman']);
  assert.deepEqual(named('Mr Blinken described violence against soldiers.', 'Blinken').role, ['mr']);
  assert.deepEqual(named('Spokesman Steffen Hebestreit told reporters in Berlin.', 'Steffen Hebestreit').role, ['spokesman']);
});

test('"US Secretary of State Antony Blinken": "of State" belongs to the title, not the name', () => {
  const blinken = named('US Secretary of State Antony Blinken urged both sides to ease tensions.', 'Antony Blinken');
  assert.deepEqual(blinken.role, ['us', 'secretary', 'of', 'state']);
  assert.equal(blinken.roleText, 'US Secretary of State');
});

test('title words alone are not names', () => {
  const found = texts('The President and the Prime Minister met Chancellor Olaf Scholz.');
  assert.deepEqual(found, ['Olaf Scholz']);
});

test('sentence-initial ordinary words are not names', () => {
  assert.deepEqual(texts('Police in riot gear were deployed around the premises.', corpusCase), []);
  assert.deepEqual(texts('Police in riot gear were deployed around the premises.'), []);
  assert.deepEqual(texts("Unrest in Kosovo's north has intensified.", corpusCase), ['Kosovo']);
  assert.deepEqual(texts('Regional unrest has intensified.', corpusCase), []);
  assert.deepEqual(texts('Demonstration in Mitrovica', corpusCase), ['Mitrovica']);
  assert.deepEqual(texts('Stun grenades and tear gas were used.'), []);
  assert.deepEqual(texts('Other stars were also there.'), []);
});

test('a sentence-initial word the texts capitalise mid-sentence is a name; unknown words are names', () => {
  assert.deepEqual(texts('Hope said she would stay in Pristina.', corpusCase), ['Hope', 'Pristina']);
  assert.deepEqual(texts('Hope said she would stay in Pristina.'), ['Pristina']); // no evidence: an ordinary word
  // "macron" is an English word (the accent mark): only the corpus's capitals make it a name.
  assert.deepEqual(texts('Macron added that France and Germany had also asked.', corpusCase), ['Macron', 'France', 'Germany']);
  assert.deepEqual(texts('Vucic said he talked with Josep Borrell.'), ['Vucic', 'Josep Borrell']);
  assert.deepEqual(texts('Hetemi entered the building at dawn.'), ['Hetemi']);
});

test('weekdays and months are not names', () => {
  assert.deepEqual(texts('Serbs protested on Monday and again in March.', corpusCase), ['Serbs']);
  assert.deepEqual(texts('The vote was held in April, and the mayors took office on Friday.'), []);
});

test('nationality words are flagged as demonyms; places are not', () => {
  const found = names('He met Serbian leaders and Americans in Kosovo.');
  assert.deepEqual(found.map((n) => [n.text, n.demonym ?? false]), [['Serbian', true], ['Americans', true], ['Kosovo', false]]);
  assert.equal(isDemonym('albanians'), true);
  assert.equal(isDemonym('serbs'), true);
  assert.equal(isDemonym('french'), true);
  // Nationality words the "-ian", "-ese", "-ish" endings do not catch.
  assert.equal(isDemonym('german'), true);
  assert.equal(isDemonym('germany'), false);
  assert.equal(isDemonym('mexicans'), true);
  assert.equal(isDemonym('kosovo'), false);
  assert.equal(isDemonym('serbia'), false);
});

test('"CLICK HERE" is shouting, not a name, while an acronym next to it still is', () => {
  assert.deepEqual(texts('CLICK HERE to read more about KFOR.'), ['KFOR']);
  assert.deepEqual(texts('Read more: CLICK HERE'), []);
});

test('a common word before a bare title names a post, not a body ("Orchestra manager"), unless a name follows or the sources write the word only capitalised ("Kremlin spokesman")', () => {
  assert.deepEqual(texts('Orchestra manager'), []);
  assert.deepEqual(texts('Logistics Officer'), []);
  assert.deepEqual(texts('Kremlin spokesman Dmitry Peskov said so.'), ['Kremlin', 'Dmitry Peskov']);
  const sources = new WordCaseCounter();
  sources.count(tag('Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow is monitoring the situation.'));
  assert.deepEqual(texts('Kremlin spokesman', sources), ['Kremlin']);
});

test('a wire slug\'s long or plural common word in capitals is shouted even alone: "NATO/REINFORCEMENTS"; acronyms the lexicon knows stay names', () => {
  assert.deepEqual(texts('KFOR/REINFORCEMENTS 700 more troops on their way.'), ['KFOR']);
  assert.deepEqual(texts('The CONTESTANT said nothing.'), []);
  assert.deepEqual(texts('They met envoys of UNESCO and UNICEF in Pristina.'), ['UNESCO', 'UNICEF', 'Pristina']);
  // A lone letter left after it is no initial: "CONTESTANT B."
  assert.deepEqual(texts('Speakers: HOST, CONTESTANT A, CONTESTANT B.'), []);
  assert.deepEqual(texts('We spoke to B. in Zvecan.'), ['Zvecan']);
});

test('shouting past a possessive ("TODAY\'S LEAD"), while an acronym stays a name', () => {
  assert.deepEqual(texts("1. TODAY'S LEAD"), []);
  assert.deepEqual(texts("They met UNESCO's envoy.", corpusCase), ['UNESCO']);
});

test('a past form the lexicon lacks is no name at a note\'s start: "Archived from …", while "Ahmed", "Fred" stay names', () => {
  assert.deepEqual(names("Archived from a regional reporter's account.").map((n) => n.text), []);
  assert.deepEqual(names('Sourced from the agency copy.').map((n) => n.text), []);
  assert.deepEqual(names('Ahmed said the talks had failed.').map((n) => n.text), ['Ahmed']);
  assert.deepEqual(names('Fred said the talks had failed.').map((n) => n.text), ['Fred']);
});

test('an -ing form or a compound of people the lexicon lacks is no name at a sentence start: "Volunteering in …", "Spokespeople are …"', () => {
  assert.deepEqual(names('Volunteering in northern Kosovo: your questions answered').map((n) => n.text), ['Kosovo']);
  assert.deepEqual(names('Spokespeople are available for interview.').map((n) => n.text), []);
  assert.deepEqual(names('Policemen stood by the town hall.').map((n) => n.text), []);
  // A short stem stays open: "Harding" is a surname before it is "hard" + "-ing".
  assert.deepEqual(names('Harding said the talks had failed.').map((n) => n.text), ['Harding']);
});

test('"the High Representative, Josep Borrell", "the Special Representative, Miroslav Lajčák": offices, not names', () => {
  assert.deepEqual(names('He shares the assessment of the High Representative, Josep Borrell, that Pristina must act.').map((n) => n.text), ['Josep Borrell', 'Pristina']);
  assert.deepEqual(names('He supports the efforts of the Special Representative, Miroslav Lajčák, to bring calm.').map((n) => n.text), ['Miroslav Lajčák']);
  // Before a name that is no title, the words stay the name's: "the Special Tribunal".
  assert.deepEqual(names('The Special Tribunal met in The Hague.').map((n) => n.text).slice(0, 1), ['Special Tribunal']);
});

test('a lone adjective capitalised as a rating or a verdict is no name: "| Zvečan | High |", "Verdict: Misleading", "raised to *High*"', () => {
  assert.deepEqual(names('Zvečan : High : Daily Serb protests outside the town hall').map((n) => n.text), ['Zvečan', 'Serb']);
  assert.deepEqual(names('Verdicts run from True through Partly false and Misleading to False.').map((n) => n.text), []);
  assert.deepEqual(names('The north was raised to High; the rest stays at Moderate.').map((n) => n.text), []);
  // An adjective the texts capitalise inside sentences again and again is a name there.
  const counted = new WordCaseCounter();
  for (const s of ['The Balkan country voted.', 'A Balkan summit met.']) counted.count(tag(s));
  assert.deepEqual(names('Balkan leaders met.', counted).map((n) => n.text), ['Balkan']);
});

test('a regular plural the lexicon lacks is no name at a sentence start: "Lorries", "Hauliers", "Depots"; "Edwards" is one where it is capitalised inside a sentence', () => {
  assert.deepEqual(names('Lorries already on the road north will wait at our yard.').map((n) => n.text), []);
  assert.deepEqual(names('Hauliers say the roads north are closed.').map((n) => n.text), []);
  assert.deepEqual(names('Depots near the border stay shut.').map((n) => n.text), []);
  const counted = new WordCaseCounter();
  counted.count(tag('The minister met Huw Edwards in Cardiff.'));
  assert.deepEqual(names('Edwards said the talks had failed.', counted).map((n) => n.text), ['Edwards']);
  // A people, and a plural place the texts capitalise elsewhere, stay names.
  assert.deepEqual(names('Serbs protested again.').map((n) => n.text), ['Serbs']);
  const alps = new WordCaseCounter();
  alps.count(tag('Snow fell in the Alps overnight.'));
  assert.deepEqual(names('Alps resorts reopened.', alps).map((n) => n.text), ['Alps']);
  // An unknown word that is no plural of a known one stays a name.
  assert.deepEqual(names('Jenkins said the talks had failed.').map((n) => n.text), ['Jenkins']);
});

test('a field label in title case ("Status:", "Turnout:") is no name, even where lines run into one sentence; "Kurti:" is', () => {
  const memo = 'For: the desk Re: tonight Status: checked against the agency copy';
  const counted = new WordCaseCounter();
  counted.count(tag(memo));
  assert.deepEqual(names(memo, counted).map((n) => n.text), [], 'its own capital before a colon is no evidence of a name');
  assert.deepEqual(names('Turnout: 3.5% of voters.').map((n) => n.text), []);
  assert.deepEqual(names('Kurti: we will not back down.').map((n) => n.text), ['Kurti']);
  // After "the" or "for" a capital before a colon ends a phrase on a name: "Peskov for the Kremlin: …".
  const kremlin = new WordCaseCounter();
  kremlin.count(tag('Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow is monitoring the situation.'));
  assert.deepEqual(names('Same day, Peskov for the Kremlin: "We are following that."', kremlin).map((n) => n.text), ['Peskov', 'Kremlin']);
});

test('a script\'s production cue in brackets ("[SOUNDBITE, TRANSLATED]", "[MUSIC]") is no name; names beside a cue, and an acronym in brackets, still are', () => {
  assert.deepEqual(texts('[SOUNDBITE, TRANSLATED]'), []);
  assert.deepEqual(texts('[MUSIC] Kurti spoke in Pristina.'), ['Kurti', 'Pristina']);
  const natoInCapitals = new WordCaseCounter();
  natoInCapitals.count(tag('The NATO mission sent more troops.'));
  assert.deepEqual(texts('The alliance [NATO] sent more troops.', natoInCapitals), ['NATO'], 'an acronym the sources write in capitals');
});

test('a name after a prefix the tagger keeps whole ("pro-Putin graffiti", "an anti-NATO rally") is a name, at its own offsets', () => {
  const found = names('He blamed Russia, pointing to pro-Putin graffiti at an anti-NATO rally.');
  assert.deepEqual(found.map((n) => n.text), ['Russia', 'Putin', 'NATO']);
  assert.deepEqual(texts('A pro-Serbian crowd gathered.'), [], 'a nationality word after the prefix is no name');
});

test('words that only end like a nationality word are names: a newspaper, a given name', () => {
  const found = names('The Guardian quoted Brian Jones and Adrian in Pristina.');
  assert.deepEqual(found.map((n) => [n.text, n.demonym ?? false]), [['Guardian', false], ['Brian Jones', false], ['Adrian', false], ['Pristina', false]]);
  assert.equal(isDemonym('guardians'), false);
  assert.equal(isDemonym('serbians'), true);
});

test('the combining form of a nationality ("Franco-German") is no name; a hyphenated pair of places is', () => {
  assert.deepEqual(texts('They backed the Franco-German request and the Sino-Russian pact.'), []);
  assert.deepEqual(texts('Troops moved to the Kosovo-Serbia border.'), ['Kosovo', 'Serbia']);
});

test('"US" stays a name in a draft that also says "let us", where the sources write US in capitals', () => {
  const counts = new WordCaseCounter();
  counts.count(tag('The US envoy met them.'));
  counts.count(tag('Let us be clear about it.'));
  assert.deepEqual(texts('They welcomed the call by US envoy Gabriel Escobar.', counts), ['US', 'Gabriel Escobar']);
});

test('a form of address is a title: "Madam President" names nobody', () => {
  assert.deepEqual(texts('Madam President, colleagues, the crisis in Zvecan goes on.'), ['Zvecan']);
  assert.deepEqual(texts('Madam Speaker, Kurti has spoken.'), ['Kurti']);
});

test('a long form spelled out before its acronym is one name: "Organization for Security and Co-operation in Europe (OSCE)"', () => {
  assert.deepEqual(texts('Monitors from the Organization for Security and Co-operation in Europe (OSCE) watched.'), ['Organization for Security and Co-operation in Europe', 'OSCE']);
  assert.deepEqual(texts("Sussex's Police and Crime Commissioner (PCC) spoke."), ['Sussex', 'Police and Crime Commissioner', 'PCC']);
  // Initials that do not spell the acronym join nothing.
  assert.deepEqual(texts('Leaders of Bosnia and Herzegovina (BiH) voted.'), ['Bosnia', 'Herzegovina', 'BiH']);
});

test('"Hundreds of Serbs" and "the Government" name nobody; "Hundreds of Serbs" still names the Serbs', () => {
  assert.deepEqual(texts('Hundreds of Serbs rally outside the city hall in Zvecan.'), ['Serbs', 'Zvecan']);
  const counts = new WordCaseCounter();
  counts.count(tag('The Government has made no assessment; the Government condemns the violence.'));
  assert.deepEqual(texts('The Government condemns the violence in Zvecan.', counts), ['Zvecan']);
  // An institution's full name is a name: "Kosovo Government", "Ministry of Defence".
  assert.deepEqual(texts('The Ministry of Defence and the Kosovo Government spoke.'), ['Ministry of Defence', 'Kosovo Government']);
});

test('a plural is no head of a name: "Memories of Slobodan Milosevic" names Slobodan Milosevic; "Council of Europe" stays one name', () => {
  assert.deepEqual(texts('Memories of Slobodan Milosevic run deep.'), ['Slobodan Milosevic']);
  assert.deepEqual(texts('Council of Europe officials met.'), ['Council of Europe']);
});

test('a first and last name end a name before "of": "Albin Kurti of Vetevendosje"; "Rule of Law" and "Bank of England" join', () => {
  assert.deepEqual(texts("Kosovo's prime minister, Albin Kurti of Vetevendosje, says the protesters admire Putin."), ['Kosovo', 'Albin Kurti', 'Vetevendosje', 'Putin']);
  assert.deepEqual(texts('The European Union Rule of Law Mission was there.'), ['European Union Rule of Law Mission']);
  assert.deepEqual(texts('The Bank of England raised rates.'), ['Bank of England']);
});

test('a tag line\'s separator opens a clause: "Poster abstract · Panel: Media and conflict · Authors withheld" has no name', () => {
  assert.deepEqual(texts('Poster abstract · Panel: Media and conflict · Authors withheld for blind review'), []);
});

test('a people "of" a place is two words, not one name: "the Serbs of Mitrovica"; "the Editor" is a title', () => {
  assert.deepEqual(names('Why the roughly 50,000 Serbs of Mitrovica look to Belgrade.').map((n) => n.text), ['Serbs', 'Mitrovica', 'Belgrade']);
  assert.deepEqual(names('The Bank of England raised rates.').map((n) => n.text), ['Bank of England']);
  assert.deepEqual(names('Letters to the Editor').map((n) => n.text), []);
  assert.deepEqual(names('The Editor replies: we accept that.').map((n) => n.text), []);
});

test('a lettered paragraph\'s letter is no name: "E. On Monday 29 May, …"; an initial before a surname still is one', () => {
  assert.deepEqual(names('E. On Monday I was in Zvecan.').map((n) => n.text), ['Zvecan']);
  assert.deepEqual(names('E.').map((n) => n.text), []);
  assert.deepEqual(names('E. Smith said the talks had failed.').map((n) => n.text), ['E. Smith']);
});

test('a transcript\'s speaker named by a title ("MP:"), an office\'s words ("The Federal Minister for Foreign Affairs") and a hyphenated common word ("De-escalation") are no names', () => {
  assert.deepEqual(names('MP: And KFOR used tear gas.').map((n) => n.text), ['KFOR']);
  assert.deepEqual(names('KURTI: We will not back down.').map((n) => n.text), ['KURTI']);
  assert.deepEqual(names('The Federal Minister for Foreign Affairs spoke with Antony Blinken.').map((n) => n.text), ['Antony Blinken']);
  assert.deepEqual(names('The Federal Reserve raised rates.').map((n) => n.text), ['Federal Reserve']);
  assert.deepEqual(names('De-escalation. Both called on all parties to calm down.').map((n) => n.text), []);
  assert.deepEqual(names('Follow-up talks are planned.').map((n) => n.text), []);
});

test('an office for two is a title: "Presidents Vjosa Osmani and Aleksandar Vučić"; a plural that names a team or a league stays', () => {
  assert.deepEqual(names('They were due to meet Presidents Vjosa Osmani and Aleksandar Vučić.').map((n) => n.text), ['Vjosa Osmani', 'Aleksandar Vučić']);
  assert.deepEqual(names('He watched Queens Park Rangers lose in the Champions League.').map((n) => n.text), ['Queens Park Rangers', 'Champions League']);
});

test('a short weekday ("Wed.", "Mon") and a nationality ("Moldovan", "Slovak") are no names; a line all in capitals shouts its common words', () => {
  assert.deepEqual(names('A few dozen people outside the town hall, smaller than Wed. Reuters Wed had the same count.').map((n) => n.text), ['Reuters']);
  assert.deepEqual(names('The Moldovan and Slovak leaders met in Chisinau.').filter((n) => !n.demonym).map((n) => n.text), ['Chisinau']);
  assert.deepEqual(names('ON BELGRADE / OUTSIDERS').map((n) => n.text), ['BELGRADE']);
});

test('a script cue of two letters ("[VT]") and an office of several words ("the Secretary of State for Foreign Affairs") are no names', () => {
  assert.deepEqual(names('[VT]').map((n) => n.text), []);
  assert.deepEqual(names('To ask the Secretary of State for Foreign Affairs what he has made of the violence.').map((n) => n.text), []);
  assert.deepEqual(names('The Ministry of Foreign Affairs of Serbia said so.').map((n) => n.text), ['Ministry of Foreign Affairs of Serbia']);
});

test('a common word numbered by a letter labels a part of the document: "Section B", "Part A"; an initial inside a name stays', () => {
  assert.deepEqual(names('Section B: Attribution').map((n) => n.text), []);
  assert.deepEqual(names('See Part A below.').map((n) => n.text), []);
  assert.deepEqual(names('John F Kennedy spoke.').map((n) => n.text), ['John F Kennedy']);
});

test('a comparative the lexicon lacks is no name at a sentence start ("Quieter is not the same as calm."); an acronym the corpus writes in capitals stays one in a shouted headline', () => {
  assert.deepEqual(names('Quieter is not the same as calm.').map((n) => n.text), []);
  assert.deepEqual(names('Calmest of all was Zvecan.').map((n) => n.text), ['Zvecan']);
  const corpus = new WordCaseCounter();
  corpus.count(tag('NATO sent more troops to Kosovo.'));
  assert.deepEqual(names('NATO RUSHES 700 TROOPS INTO KOSOVO POWDER KEG', corpus).map((n) => n.text), ['NATO', 'KOSOVO']);
  // Without the corpus's capitals, a shouted word the lexicon knows is no name.
  assert.ok(!names('NATO RUSHES 700 TROOPS INTO KOSOVO POWDER KEG').some((n) => n.text === 'NATO'));
});

test('a letter\'s own offices named by their common nouns are no names: "… presents its compliments to the Embassies and Missions"', () => {
  assert.deepEqual(texts('The Ministry of Foreign Affairs presents its compliments to the Embassies and Missions accredited to it.'), ['Ministry of Foreign Affairs']);
  assert.deepEqual(texts('The Ministry has instructed its Embassy and its Liaison Office to stay in contact with the OSCE Mission.'), ['OSCE Mission']);
  assert.deepEqual(texts('*Directorate-General for Political Affairs*'), []);
  // A ministry named by its portfolio, and an office with a name of its own, stay names.
  assert.deepEqual(texts('According to the Interior Ministry, the British Embassy in Belgrade was open.'), ['Interior Ministry', 'British Embassy', 'Belgrade']);
  assert.deepEqual(texts('The advice of the Foreign Office has not changed.'), ['Foreign Office']);
  assert.deepEqual(texts('Excellencies, dear friends, ladies and gentlemen,'), []);
  // A meeting's own officers, in its minutes.
  assert.deepEqual(texts('Present: the Chair (the Mayor), the Deputy Mayor, councillors, the Town Clerk; members of the public.'), []);
});

test('a titled person "of" a country is the person and the country: "President Emmanuel Macron of France"', () => {
  assert.deepEqual(texts('The Ministry welcomes the call of President Emmanuel Macron of France and of Germany.'), ['Emmanuel Macron', 'France', 'Germany']);
  assert.deepEqual(texts('Mayor Lulzim Hetemi of Leposavic stayed.'), ['Lulzim Hetemi', 'Leposavic']);
  // No title: a body "of" something stays one name.
  assert.deepEqual(texts('The Kosovo Agency of Statistics said so.'), ['Kosovo Agency of Statistics']);
});

test('a common word opening a log line before a full name is no part of it: "Backs Igor Simic: …"', () => {
  assert.deepEqual(texts('Backs Igor Simic: the mayors "don\'t represent anyone".'), ['Igor Simic']);
  assert.deepEqual(texts('"Thanks Igor Simic," he said.'), ['Igor Simic']);
});

test('a point of the compass alone is no name: "the West should press both capitals", "South-East European politics"', () => {
  assert.deepEqual(texts('That is the opening the West should use.'), []);
  assert.deepEqual(texts('Serbs in the North reject it.'), ['Serbs']);
  // Part of a place's name, it stays: "North Mitrovica", "the West Bank".
  assert.deepEqual(texts('Serbs in North Mitrovica held talks on the West Bank.'), ['Serbs', 'North Mitrovica', 'West Bank']);
});

test('a log\'s own short labels are no names: "CHY: …" opening a line, "STRAP = strapline" in its key', () => {
  assert.deepEqual(texts('Key: STRAP = strapline, CHY = chyron, TICKER = crawl (items split by //)'), []);
  assert.ok(!texts('CHY: Scholz: France and Germany want new elections.').includes('CHY'));
  // A longer word there is a speaker's name, to check; so is an acronym the sources write in capitals.
  assert.deepEqual(texts('DRITON: I was there.'), ['DRITON']);
  const sources = new WordCaseCounter();
  sources.count(tag('Only 3.47% voted, according to the Kosovo Central Election Commission (KQZ).'));
  assert.deepEqual(texts('KQZ: turnout was 3.47%.', sources), ['KQZ']);
});

test('a quiz\'s answer letter and a postscript\'s mark are no initials: "A. Antony Blinken", "P.S. Kosovo declared …"', () => {
  assert.deepEqual(texts('A. Antony Blinken, the US secretary of state.'), ['Antony Blinken', 'US']);
  assert.deepEqual(texts('Q. With whom did Vucic talk? A. Josep Borrell.'), ['Vucic', 'Josep Borrell']);
  assert.deepEqual(texts('P.S. Kosovo declared independence in 2008.'), ['Kosovo']);
  // The mark is no name either, and the word after it opens the sentence again.
  assert.deepEqual(texts('P.S. A few of you asked whether Serbia has put its army on alert.'), ['Serbia']);
  assert.deepEqual(texts('P.S. Coffee mornings carry on as usual in the church hall.'), []);
  assert.deepEqual(texts('N.B. Remember the staff are in touch with the embassy.'), []);
  // Inside a sentence an initial stays part of the name.
  assert.deepEqual(texts('The report by J. Borrell was read.'), ['J. Borrell']);
});

test('a lettered item\'s mark opens its line; a salutation\'s common words and a bare title\'s acronym are no names', () => {
  assert.deepEqual(texts('(b) Quoted positions: Antony Blinken called the violence unacceptable.'), ['Antony Blinken']);
  assert.deepEqual(texts('iv) Figures from the KQZ.'), ['KQZ']);
  assert.deepEqual(texts('Dear Parents and Carers,'), []);
  assert.deepEqual(texts('Dear Mr Kurti,'), ['Kurti']);
  assert.deepEqual(texts('For: the MP'), []);
  assert.deepEqual(texts('The MP Lulzim Hetemi spoke.'), ['MP Lulzim Hetemi']);
});

test('weekdays in the plural are no names: "on Tuesdays and Fridays"', () => {
  assert.deepEqual(texts('The club meets on Tuesdays and Fridays in Pristina.'), ['Pristina']);
});

test('a transcript\'s lettered speakers are no names: "Speakers: HOST, CONTESTANT A, CONTESTANT B."', () => {
  assert.deepEqual(texts('Speakers: HOST, CONTESTANT A, CONTESTANT B.'), []);
  assert.deepEqual(texts('CONTESTANT B: Was it AFP?'), ['AFP']);
});

test('a chat\'s emoji ends a sentence: the capital after it is forced, "for today ❤️ Lunch at ours"', () => {
  const draft = new WordCaseCounter();
  const line = 'Mum: Ok enough news for today ❤️ Lunch at ours on Sunday for everyone in Kosovo.';
  draft.count(tag(line));
  assert.deepEqual(texts(line, draft), ['Kosovo']);
  // A name after an emoji stays one.
  assert.deepEqual(texts('Be careful 🙏 Kurti is in Bratislava.', draft), ['Kurti', 'Bratislava']);
});

test('a short common plural opening a clause is no name: "afternoon: Subs want the election date"', () => {
  assert.deepEqual(texts('afternoon: Subs want the election date.'), []);
});

test('two common words written as one are no name as a field label: "**Keywords:** …"', () => {
  assert.deepEqual(texts('Keywords: boycott; turnout; municipal legitimacy'), []);
  // A short name two short words make by chance stays a speaker's name.
  assert.deepEqual(texts('Mirela: I was on the bridge.'), ['Mirela']);
  // Inside a sentence a compound-looking name stays one.
  assert.deepEqual(texts('The delegation flew on to Greenland.'), ['Greenland']);
});

test('a cable\'s office named by its town is the town: "From: Embassy Pristina"', () => {
  assert.deepEqual(texts('From: Embassy Pristina, political section'), ['Pristina']);
  // An office joined to its country by "of" stays whole.
  assert.deepEqual(texts('The Embassy of Serbia in Pristina said so.'), ['Embassy of Serbia', 'Pristina']);
});

test('the middle of a rating scale, a parliament\'s "Member" and a chat\'s "Bro:" are no names', () => {
  assert.deepEqual(names('Likelihood and impact are scored High, Medium or Low.').map((n) => n.text), []);
  assert.deepEqual(names('Attacks on vehicles : Medium : Medium : Masked men threw stones at two police cars').map((n) => n.text), []);
  assert.deepEqual(names('Prepared for Members ahead of the debate on Kosovo.').map((n) => n.text), ['Kosovo']);
  assert.deepEqual(names('Bro: and Vucic has put the army on alert').map((n) => n.text), ['Vucic']);
  assert.deepEqual(names('Mum: It feels like Mitrovica all over again').map((n) => n.text), ['Mitrovica']);
  assert.deepEqual(names('Love, Grandma').map((n) => n.text), []);
  // A name of the scale's words stays one: "Medium Rare Ltd" is not one word alone.
  assert.ok(names('We ate at Medium Rare Ltd in Pristina.').some((n) => n.text.startsWith('Medium')));
});

test('"Merkel of Germany" is a surname and whose country it is; "Bank of England" and "University of Pristina" stay one name', () => {
  assert.deepEqual(names('Two leaders, Merkel of Germany and Lajcak of Slovakia, said so.').map((n) => n.text), ['Merkel', 'Germany', 'Lajcak', 'Slovakia']);
  assert.deepEqual(names('The Bank of England and the University of Pristina met.').map((n) => n.text), ['Bank of England', 'University of Pristina']);
  // A surname the lexicon knows ("macron") that the sources only write as a name is a surname too.
  assert.deepEqual(texts('President Macron of France and Chancellor Scholz were due to meet them.', corpusCase), ['Macron', 'France', 'Scholz']);
  assert.deepEqual(texts('Macron of France was due to meet them.', corpusCase), ['Macron', 'France']);
  assert.deepEqual(texts('The leaders, Emmanuel Macron of France and Olaf Scholz of Germany, were due to meet them.', corpusCase), ['Emmanuel Macron', 'France', 'Olaf Scholz', 'Germany']);
  // The draft's own capitals are no such evidence: "the Council of Europe" stays whole.
  const draftCase = new WordCaseCounter();
  draftCase.count(tag('They met at the Council of Europe summit.'));
  assert.deepEqual(texts('They met at the Council of Europe summit.', combinedEvidence(corpusCase, draftCase)), ['Council of Europe']);
});

test('a common noun numbering a thing ("outside Door 2", "Gate 5") and a shouted "NO" are no names', () => {
  assert.deepEqual(names('Licensed taxis for Mitrovica wait outside Door 2.').map((n) => n.text), ['Mitrovica']);
  assert.deepEqual(names('NO readout yet from Chisinau.').map((n) => n.text), ['Chisinau']);
  // A name before a number stays one: "Zvecan 28 miles north".
  assert.deepEqual(names('The road runs past Zvecan 28 miles north.').map((n) => n.text), ['Zvecan']);
});
