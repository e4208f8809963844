import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers, formatValue, type NumberMention } from '../../../server/src/engine/claims/numbers';
import { tag } from '../../../server/src/engine/nlp/tagger';

function numbers(sentence: string): NumberMention[] {
  const found = findNumbers(sentence, tag(sentence));
  for (const n of found) assert.equal(sentence.slice(n.start, n.end), n.text, `offsets of ${n.text}`);
  return found;
}

/** The only number in a sentence. */
function one(sentence: string): NumberMention {
  const found = numbers(sentence);
  assert.equal(found.length, 1, `${sentence}: ${JSON.stringify(found.map((n) => n.text))}`);
  return found[0];
}

/** Selected fields, so one assertion shows everything that matters. */
function pick(n: NumberMention, ...keys: Array<keyof NumberMention>): Partial<NumberMention> {
  return Object.fromEntries(keys.map((k) => [k, n[k]]));
}

test('"4,000-strong mission": value 4000, counting the mission', () => {
  const n = one('NATO will boost its 4,000-strong mission.');
  assert.deepEqual(pick(n, 'text', 'value', 'numKind', 'unit', 'spelled'), { text: '4,000', value: 4000, numKind: 'count', unit: 'mission', spelled: false });
  assert.equal(one('NATO will boost its 4,000 strong mission.').unit, 'mission');
});

test('a people\'s plural is what is counted, whatever the tagger makes of the verb after it: "100 Albanians rally"', () => {
  assert.equal(one('At least 100 Albanians rally on the Mitrovica bridge.').unit, 'albanians');
  assert.equal(one('30 NATO troops were hurt.').unit, 'troop');
});

test('"Only 3.47% of eligible voters": a percentage of voters, qualified by "only"', () => {
  const n = one('Only 3.47% of eligible voters cast ballots.');
  assert.deepEqual(pick(n, 'text', 'value', 'numKind', 'unit', 'object', 'qualifier', 'percentWord'), {
    text: '3.47%', value: 3.47, numKind: 'percent', unit: 'percent', object: 'voter', qualifier: 'only', percentWord: false,
  });
});

test('percent written as a word: "3.5 percent", "90 per cent", "Thirty percent"', () => {
  const a = one('Turnout was less than 3.5 percent.');
  assert.deepEqual(pick(a, 'text', 'value', 'numKind', 'percentWord', 'qualifier'), { text: '3.5 percent', value: 3.5, numKind: 'percent', percentWord: true, qualifier: 'lessThan' });
  const b = one('Kosovo has a 90 per cent ethnic Albanian majority.');
  assert.deepEqual(pick(b, 'text', 'value', 'numKind', 'percentWord'), { text: '90 per cent', value: 90, numKind: 'percent', percentWord: true });
  const c = one('Thirty percent of voters stayed home.');
  assert.deepEqual(pick(c, 'text', 'value', 'numKind', 'percentWord', 'spelled', 'object'), { text: 'Thirty percent', value: 30, numKind: 'percent', percentWord: true, spelled: true, object: 'voter' });
});

test('ranges: "1998-1999", "2014 - 15" is 2014 to 2015, "10-15 people"', () => {
  assert.deepEqual(pick(one('The 1998-1999 war in Kosovo ended.'), 'text', 'value', 'high', 'numKind', 'unit'), { text: '1998-1999', value: 1998, high: 1999, numKind: 'range', unit: 'war' });
  assert.deepEqual(pick(one('The 2014 - 15 season was long.'), 'text', 'value', 'high', 'numKind'), { text: '2014 - 15', value: 2014, high: 2015, numKind: 'range' });
  assert.deepEqual(pick(one('Some 10-15 people came.'), 'value', 'high', 'numKind', 'unit'), { value: 10, high: 15, numKind: 'range', unit: 'people' });
});

test('a range written with an en dash is a range: "1998–1999", "1998 – 1999"; a spaced dash between unlike figures is prose', () => {
  assert.deepEqual(pick(one('The 1998–1999 war ended.'), 'text', 'value', 'high', 'numKind'), { text: '1998–1999', value: 1998, high: 1999, numKind: 'range' });
  assert.equal(one('The war of 1998 – 1999 ended.').high, 1999);
  const prose = numbers('It declared independence in 2008 – 15 years ago.');
  assert.deepEqual(prose.map((n) => [n.text, n.numKind]), [['2008', 'year'], ['15', 'count']]);
});

test('two days of a month are two dates, not a range: "26–27 May", "May 26-27"', () => {
  assert.deepEqual(numbers('26–27 May: the mayors walk in').map((n) => n.text), ['26', '27']);
  assert.deepEqual(numbers('On May 26-27 Serbs protested.').map((n) => n.text), ['26', '27']);
});

test('a share written in words is a percentage: "nine in ten" is 90%, "one in three" 33.3%', () => {
  assert.deepEqual(pick(one('About nine in ten people in Kosovo are ethnic Albanians.'), 'text', 'value', 'numKind'), { text: 'nine in ten', value: 90, numKind: 'percent' });
  assert.deepEqual(pick(one('One in three voters stayed home.'), 'text', 'value', 'numKind'), { text: 'One in three', value: 33.3, numKind: 'percent' });
});

test('scores: "2-1" and "3 - 3" keep both figures', () => {
  assert.deepEqual(pick(one('They won 2-1 at home.'), 'text', 'value', 'high', 'numKind'), { text: '2-1', value: 2, high: 1, numKind: 'score' });
  assert.deepEqual(pick(one('The score was 3 - 3 at half time.'), 'text', 'value', 'high', 'numKind'), { text: '3 - 3', value: 3, high: 3, numKind: 'score' });
});

test('times: "0530 local time" and "10:30"', () => {
  assert.deepEqual(pick(one('He entered the building at 0530 local time.'), 'text', 'value', 'numKind'), { text: '0530', value: 530, numKind: 'time' });
  assert.deepEqual(pick(one('The meeting starts at 10:30 today.'), 'text', 'value', 'numKind'), { text: '10:30', value: 1030, numKind: 'time' });
});

test('years, decades and ordinals', () => {
  assert.deepEqual(pick(one('Kosovo declared independence in 2008.'), 'text', 'value', 'numKind'), { text: '2008', value: 2008, numKind: 'year' });
  assert.deepEqual(pick(one('Wars raged in the 1990s.'), 'text', 'value', 'numKind'), { text: '1990s', value: 1990, numKind: 'decade' });
  assert.deepEqual(pick(one('He scored in the 90th minute.'), 'text', 'value', 'numKind'), { text: '90th', value: 90, numKind: 'ordinal' });
  // A year-shaped figure followed by a plural noun counts something.
  assert.deepEqual(pick(one('Some 2000 troops arrived.'), 'value', 'numKind', 'unit'), { value: 2000, numKind: 'count', unit: 'troop' });
});

test('spelled-out numbers: "Fifty-two", "a dozen", "Half a dozen", "One police officer"', () => {
  assert.deepEqual(pick(one('Fifty-two Serbs were hurt.'), 'text', 'value', 'spelled', 'numKind'), { text: 'Fifty-two', value: 52, spelled: true, numKind: 'count' });
  assert.deepEqual(pick(one('A dozen people were hurt.'), 'text', 'value', 'unit'), { text: 'A dozen', value: 12, unit: 'people' });
  assert.deepEqual(pick(one('Half a dozen police cars were damaged.'), 'text', 'value', 'unit'), { text: 'Half a dozen', value: 6, unit: 'car' });
  assert.deepEqual(pick(one('One police officer was injured.'), 'text', 'value', 'unit'), { text: 'One', value: 1, unit: 'officer' });
});

test('vague quantities and "one" as a pronoun are not numbers', () => {
  for (const sentence of [
    'A few dozen Serbs gathered outside the town hall.',
    'Dozens of ethnic Albanians gathered in Mitrovica.',
    'Several hundred Albanians demonstrated at noon.',
    'Hundreds of ethnic Serbs have gathered.',
    'It is one of the largest parties.',
    'No one was hurt.',
  ]) {
    assert.deepEqual(numbers(sentence), [], sentence);
  }
});

test('money: "£3m" is 3,000,000 pounds, "$2.5 billion" is 2.5e9 dollars', () => {
  assert.deepEqual(pick(one('The club paid £3m for him.'), 'text', 'value', 'numKind', 'currency'), { text: '£3m', value: 3_000_000, numKind: 'money', currency: '£' });
  assert.deepEqual(pick(one('The conflict cost $2.5 billion.'), 'text', 'value', 'numKind', 'currency'), { text: '$2.5 billion', value: 2_500_000_000, numKind: 'money', currency: '$' });
  assert.deepEqual(pick(one('About 1.5m people fled.'), 'value', 'numKind', 'qualifier'), { value: 1_500_000, numKind: 'count', qualifier: 'approx' });
});

test('a conversion in brackets repeats the figure before it and is not a claim', () => {
  const n = one('The tower is 198 metres (656 ft) tall.');
  assert.deepEqual(pick(n, 'text', 'value'), { text: '198', value: 198 });
});

test('a percentage in brackets after a percentage is a figure of its own, not a conversion', () => {
  const n = findNumbers('The KQZ put turnout at 3.47% (3.5% in most reports).', tag('The KQZ put turnout at 3.47% (3.5% in most reports).'));
  assert.deepEqual(n.map((m) => m.text), ['3.47%', '3.5%']);
});

test('a percentage something rounds or moves to has no noun before it: "which most outlets round to 3.5%"', () => {
  assert.equal(one('A turnout of 3.5% was reported.').object, 'turnout');
  assert.equal(one('Most outlets round to 3.5% anyway.').object, undefined);
});

test('a force\'s strength is marked: "the 4,000-strong mission", "a mission that is 700 strong"; an addition is not one', () => {
  assert.equal(one('NATO will boost its 4,000-strong mission.').strength, true);
  assert.equal(one('KFOR, a mission that is 700 strong, was reinforced.').strength, true);
  assert.equal(one('NATO will send 700 more troops.').strength, undefined);
});

test('qualifiers before a number: almost, at least, more than, up to, approximately', () => {
  assert.deepEqual(pick(one('KFor currently consists of almost 3,800 troops.'), 'text', 'value', 'qualifier', 'unit'), { text: '3,800', value: 3800, qualifier: 'almost', unit: 'troop' });
  assert.equal(one('At least 100 Albanians gathered in the city.').qualifier, 'atLeast');
  assert.equal(one('More than 50 Serbs were hurt.').qualifier, 'moreThan');
  assert.equal(one('Up to 40 troops were sent.').qualifier, 'atMost');
  assert.equal(one('The approximately 50,000 Serbs in the north object.').qualifier, 'approx');
  assert.equal(one('NATO will send 700 more troops.').qualifier, undefined);
});

test('the counted noun skips "more" and adjectives: "700 more troops", "52 ethnic Serbian protesters"', () => {
  assert.equal(one('NATO will send 700 more troops.').unit, 'troop');
  const [troops, protesters] = numbers('During which 30 NATO troops and 52 ethnic Serbian protesters were hurt.');
  assert.deepEqual([troops.text, troops.unit], ['30', 'troop']);
  assert.deepEqual([protesters.text, protesters.unit], ['52', 'protester']);
});

test('a hyphenated compound modifier is skipped for the head noun after it: "four Serb-majority mayoral elections"', () => {
  assert.equal(one('Candidates won four Serb-majority mayoral elections.').unit, 'election');
  assert.equal(one('Mayors took office in five Serb-majority municipalities.').unit, 'municipality');
  assert.equal(one('NATO sent 700 NATO-led troops.').unit, 'troop');
  assert.equal(one('They sold three state-owned companies.').unit, 'company');
  // No head noun after it: the compound's own noun is all there is.
  assert.equal(one('Candidates won in five Serb-majority.').unit, 'majority');
  // "198 metre-high": a measure, not a modifier.
  assert.equal(one('The 198 metre-high tower.').unit, 'meter');
  // A dash set off by spaces is no hyphen: "40,000 acres - of commercial forest" counts acres.
  const [hectares, acres] = numbers('At least 16,000 hectares - or 40,000 acres - of commercial forest have been lost.');
  assert.deepEqual([hectares.unit, acres.unit], ['hectare', 'acre']);
});

test('an age threshold is a bound: "people over the age of 60", "children under the age of five"', () => {
  assert.equal(one('The index ranks countries for people over the age of 60.').qualifier, 'moreThan');
  assert.equal(one('Children under the age of five were vaccinated.').qualifier, 'lessThan');
});

test('weekdays are mentions of kind weekday, numbered from Monday', () => {
  const n = one('Serbs have protested since Monday.');
  assert.deepEqual(pick(n, 'text', 'value', 'numKind', 'unit'), { text: 'Monday', value: 1, numKind: 'weekday', unit: 'day' });
  assert.equal(one('They met on Thursday.').value, 4);
  assert.equal(one('They met on Sunday.').value, 7);
});

test('every number of a sentence, in order, with exact offsets', () => {
  const found = numbers('Thirty peacekeepers and 52 Serbs were injured in violence on Monday.');
  assert.deepEqual(found.map((n) => [n.text, n.start, n.value, n.numKind]), [
    ['Thirty', 0, 30, 'count'],
    ['52', 24, 52, 'count'],
    ['Monday', 61, 1, 'weekday'],
  ]);
  assert.equal(found[0].unit, 'peacekeeper');
});

test('"a two-year contract" counts 2 years, like "a 2-year contract"', () => {
  assert.deepEqual(pick(one('It signed a 2-year contract.'), 'text', 'value', 'unit'), { text: '2', value: 2, unit: 'year' });
  assert.deepEqual(pick(one('It signed a two-year contract.'), 'text', 'value', 'unit'), { text: 'two', value: 2, unit: 'year' });
});

test('formatValue keeps the draft\'s percent style', () => {
  const source = one('Only 3.47% of eligible voters cast ballots.');
  assert.equal(formatValue(source, one('Turnout was 4.7%.')), '3.47%');
  assert.equal(formatValue(source, one('Turnout was 4.7 percent.')), '3.47 percent');
  assert.equal(formatValue(source, one('Turnout was 4.7 per cent.')), '3.47 per cent');
  const worded = one('Turnout was less than 3.5 percent.');
  assert.equal(formatValue(worded, one('Turnout was 4.7%.')), '3.5%');
});

test('formatValue writes a spelled source figure in digits for a draft that uses digits', () => {
  const thirty = one('Thirty peacekeepers were injured.');
  assert.equal(formatValue(thirty, one('52 peacekeepers were injured.')), '30');
  assert.equal(formatValue(thirty, one('Forty peacekeepers were injured.')), 'Thirty');
  assert.equal(formatValue(one('Ten thousand people marched.'), one('12,000 people marched.')), '10,000');
  assert.equal(formatValue(one('NATO will boost its 4,000-strong mission.'), one('It has 3,000 troops.')), '4,000');
});

test('"both bills" implies two bills; "both of them", "both Kosovo and Serbia" and "they both" imply no count', () => {
  const [both] = numbers('A Just Russia put forward both bills.');
  assert.deepEqual(pick(both, 'text', 'value', 'unit', 'implied'), { text: 'both', value: 2, unit: 'bill', implied: true });
  assert.deepEqual(numbers('They both agreed on both of them, in both Kosovo and Serbia.'), []);
});

test('a number naming a part ("PART TWO", "Chapter 3", "Article 5") counts nothing and is no claim', () => {
  assert.deepEqual(numbers('PART TWO - FRIDAY TO MONDAY').map((n) => n.text), []);
  assert.deepEqual(numbers('Chapter 3 tells how NATO invoked Article 5.').map((n) => n.text), []);
  assert.deepEqual(numbers('Question 4: how many troops did NATO send? 700.').map((n) => n.text), ['700']);
  // A word that is also a verb names a part only capitalised: "police question 4 men" counts men.
  assert.deepEqual(numbers('Police question 4 men and book 2 rooms.').map((n) => n.text), ['4', '2']);
  assert.deepEqual(numbers('The plan has two parts and a second part of 30 pages.').map((n) => n.text), ['two', '30']);
});

test('a figure of an addition is marked: "700 more troops", "500 additional police"; a total is not', () => {
  assert.equal(one('NATO will send 700 more troops.').increment, true);
  assert.equal(one('Police sent 500 additional officers.').increment, true);
  assert.equal(one('The mission has 3,800 troops.').increment, undefined);
  assert.equal(one('It has 3,800 troops or more.').increment, undefined);
  // Marked before the figure too: "another 4,000 troops", "a further 500".
  assert.equal(one('NATO is sending another 4,000 troops.').increment, true);
  assert.equal(one('Police sent a further 500 officers.').increment, true);
  assert.equal(one('One of the 4,000 troops was hurt.').increment, undefined);
});

test('a figure alone in its table cell counts the first plural noun of the row\'s label, an addition where the label says "extra"', () => {
  const row = (text: string) => findNumbers(text, tag(text))[0]!;
  // A people in capitals heads the label before any common noun: two Albanians, not two men.
  assert.equal(row('two : Kosovar Albanians attacked by masked men in Mitrovica').unit, 'albanians');
  assert.deepEqual(pick(row('Serb protesters hurt that day : 62'), 'unit'), { unit: 'protester' });
  const extra = row('Extra soldiers promised by NATO : 4,000');
  assert.equal(extra.unit, 'soldier');
  assert.equal(extra.increment, true);
  assert.equal(row('Soldiers in the mission : 4,000').increment, undefined);
});

test('a row label\'s first word may be a plural the tagger takes for a name, and a label\'s noun before a colon is what a percentage measures', () => {
  const first = (text: string) => findNumbers(text, tag(text))[0]!;
  assert.equal(first('Countries with troops in KFOR : 27 : check before use').unit, 'countries');
  assert.equal(first('Caption: Turnout: 35%').object, 'turnout');
});

test('"one … another" sets things apart and counts none: "at least 100 on one day and several hundred on another"', () => {
  const text = 'Albanians have rallied there this week, at least 100 on one day and several hundred on another.';
  assert.deepEqual(findNumbers(text, tag(text)).map((n) => n.text), ['100']);
  const counted = 'One police officer was injured.';
  assert.deepEqual(findNumbers(counted, tag(counted)).map((n) => n.text), ['One']);
});

test('a clock time written with a point before "in the morning" or "am" is a time: "5.30 in the morning" is 0530', () => {
  const text = 'He slipped into his office at 5.30 in the morning.';
  const [time] = findNumbers(text, tag(text));
  assert.deepEqual(pick(time!, 'text', 'value', 'numKind'), { text: '5.30', value: 530, numKind: 'time' });
  const decimal = 'Turnout was 5.30 percent.';
  assert.equal(findNumbers(decimal, tag(decimal))[0]!.numKind, 'percent');
});

test('what a force\'s possessive holds is its strength: "the mission\'s seven hundred soldiers"', () => {
  assert.equal(one("The mission's seven hundred soldiers could not be everywhere.").strength, true);
});

test('a percentage measures the head of the phrase before it: "Turnout in that vote was an official 3.5%" measures turnout', () => {
  const text = 'Turnout in that vote was an official 3.5%.';
  assert.equal(findNumbers(text, tag(text))[0]!.object, 'turnout');
});

test('a year read aloud is a year: "in two thousand and eight"; "two thousand troops" is a count', () => {
  const year = numbers('Kosovo declared independence in two thousand and eight.')[0]!;
  assert.deepEqual([year.text, year.value, year.numKind], ['two thousand and eight', 2008, 'year']);
  assert.equal(numbers('NATO sent two thousand troops.')[0]!.numKind, 'count');
  assert.equal(numbers('Turnout was just three point five per cent.')[0]!.numKind, 'percent');
});

test('a day written after its month counts days of that month, as one written before it does: "on Saturday, May 28", "Sept. 3"', () => {
  assert.deepEqual(pick(one('Kosovo Serbs asked him, on May 28, to suspend the dialogue.'), 'value', 'unit'), { value: 28, unit: 'may' });
  assert.deepEqual(pick(one('They met on 28 May.'), 'value', 'unit'), { value: 28, unit: 'may' });
  assert.equal(numbers('The report came out Sept. 3, 2023.')[0]!.unit, 'september');
  // A figure after a month that is no day of it counts what follows it.
  assert.equal(one('In May 40 soldiers were hurt.').unit, 'soldier');
});

test('a clock time after noon is on the 24-hour clock: "5.30pm" is 1730, not the sources\' 0530; "12:15 a.m." is 0015', () => {
  assert.deepEqual(pick(one('He entered the building at 5.30pm.'), 'text', 'numKind', 'value'), { text: '5.30', numKind: 'time', value: 1730 });
  assert.equal(one('He entered at 5:30 in the evening.').value, 1730);
  assert.equal(one('He entered at 5.30am.').value, 530);
  assert.equal(one('He entered at 12:15 a.m.').value, 15);
  assert.equal(one('He entered at 12:15 pm.').value, 1215);
});

test('an addition with no noun of its own adds to what the figure before it counts: "700 soldiers there, and it is now sending 4,000 more"', () => {
  const [had, more] = numbers('Nato already has about 700 soldiers there, and it is now sending 4,000 more.');
  assert.deepEqual(pick(had!, 'unit', 'increment'), { unit: 'soldier', increment: undefined });
  assert.deepEqual(pick(more!, 'unit', 'increment'), { unit: 'soldier', increment: true });
  // "more than" is a bound, not an addition.
  assert.equal(one('It has more than 40 soldiers.').increment, undefined);
});

test('a spoken ordinal after its weekday is a day of the month; elsewhere it counts nothing', () => {
  const found = findNumbers('The trouble began last Friday, the twenty-fifth, when the mayors arrived.', tag('The trouble began last Friday, the twenty-fifth, when the mayors arrived.'));
  const day = found.find((n) => n.text === 'twenty-fifth');
  assert.equal(day?.value, 25);
  assert.equal(day?.numKind, 'ordinal');
  assert.ok(!findNumbers('It was the first time in years.', tag('It was the first time in years.')).some((n) => n.text === 'first'));
});

test('a thread\'s post numbers are no figures: "1/ Friday. Trouble in …", "3/12 Saturday …"', () => {
  assert.deepEqual(numbers('1/ Friday. Thirty peacekeepers were hurt.').filter((n) => n.numKind !== 'weekday').map((n) => n.text), ['Thirty']);
  assert.deepEqual(numbers('3/12 Saturday. Kosovo Serbs asked Vucic for 52 things.').filter((n) => n.numKind !== 'weekday').map((n) => n.text), ['52']);
  // A fraction or a date is a figure, at a line's start too.
  assert.deepEqual(numbers('1/3 of the voters stayed home.').map((n) => n.text).includes('1'), true);
});

test('an age set off by commas after "now" is an age: "the former corporal, now 52, at his kitchen table"', () => {
  assert.equal(one('"I know those streets," says the former corporal, now 52, at his kitchen table.').unit, 'age');
  // Not a figure that goes on: "now 52 Serbs".
  assert.notEqual(one('The toll is now 52 Serbs hurt.').unit, 'age');
});

test('a figure standing for its noun counts the plural the copula after it names: "52 were NATO soldiers"', () => {
  const text = 'Of the injured, 52 were NATO soldiers and 30 were Serb protesters.';
  assert.deepEqual(findNumbers(text, tag(text)).map((n) => n.unit), ['soldier', 'protester']);
  const hurt = '30 were hurt and 52 were injured.';
  assert.deepEqual(findNumbers(hurt, tag(hurt)).map((n) => n.unit), [undefined, undefined]);
});

test('a possessor before the counted noun owns it: "two of Milosevic\'s allies" counts allies; a percentage\'s whole keeps its owner', () => {
  const allies = "UN judges raised the sentences of two of Milosevic's allies.";
  assert.equal(findNumbers(allies, tag(allies))[0]!.unit, 'ally');
  const share = "About 50,000, roughly 10% of Kosovo's population.";
  assert.notEqual(findNumbers(share, tag(share)).find((n) => n.text === '10%')!.object, 'population');
});

test('what befell them right after a figure counts people ("at least 10 hurt by stun grenades"), unless a noun follows or a row label names them', () => {
  assert.equal(numbers('At least 10 hurt by stun grenades and tear gas.')[0]!.unit, 'people');
  assert.equal(numbers('Police said 52 injured were taken to hospital.')[0]!.unit, 'people');
  assert.notEqual(numbers('It counted 30 injured soldiers on Monday.')[0]!.unit, 'people');
});

test('a share "of people" who voted is a turnout: "Only 3.5% of people voted"', () => {
  assert.equal(numbers('Only 3.5% of people voted, so Albanian candidates won.')[0]!.object, 'turnout');
  assert.equal(numbers('Only 3.5% of people live in the north.')[0]!.object, 'people');
});

test('"these" is no people, whatever its ending: "fifty-two of these neighbours" counts neighbours', () => {
  assert.notEqual(numbers('Fifty-two of these neighbours were hurt.')[0]!.unit, 'these');
});

test('"an election where 3.5% turned out" gives the turnout', () => {
  assert.equal(numbers('All this over an election where 3.5% turned out.')[0]!.object, 'turnout');
});
