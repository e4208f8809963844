// Dates against the sources' datelines: "Monday 29 May" and "the 2023 crisis" where the sources say
// "on Monday" in an article dated 2023-05-29.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, contextFor, datedSources, judgeFigure, seedSources } from './harness';
import { readableDate } from '../../../server/src/engine/verdicts/dateVerdict';

const DATED = buildIndex(datedSources());
const judge = judgeFigure;

test('a day of a month is supported by a source dated that day, or by its weekday counted back from the dateline', () => {
  const monday = judge(DATED, 'On Monday 29 May, Serbs protested in front of the municipality buildings in Zvecan.', '29');
  assert.equal(monday.verdict, 'supported');
  assert.match(monday.message, /corpus\/monday\.txt:1 is dated 2023-05-29/);
  const thursday = judge(DATED, 'Vucic spoke at a summit in Moldova on 1 June 2023.', '1');
  assert.equal(thursday.verdict, 'supported');
  // A Friday named in an article dated Monday 29 May is Friday 26 May.
  const friday = buildIndex({ 'a.txt': ' date 2023-05-29 Mayors entered their offices on Friday amid clashes with Serb protesters in Zvecan.\n' });
  const j = judge(friday, 'The mayors entered their offices amid clashes in Zvecan on May 26.', '26');
  assert.equal(j.verdict, 'supported');
  assert.match(j.message, /^sources put Friday on 26 May 2023 \(/);
});

test('"Monday 28 May" is contradicted where the sources\' Monday is the 29th and 28 May is a Sunday', () => {
  const j = judge(DATED, 'Monday 28 May: Serbs protested in front of the municipality buildings in Zvecan.', '28');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '29');
  assert.match(j.message, /^sources put Monday on 29 May 2023, and 28 May 2023 is a Sunday \(".*", corpus\/monday\.txt:1, dated 2023-05-29\)$/);
  // Without a weekday, a day the sources do not date is left unsupported, not contradicted.
  assert.equal(judge(DATED, 'On 27 May Serbs protested in front of the municipality buildings in Zvecan.', '27').verdict, 'unsupported');
});

test('a figure before the verb "may" is no date: "30 may have been hurt"', () => {
  const index = buildIndex({ 'a.txt': ' date 2023-05-30 On Tuesday 30 soldiers may have been hurt in Zvecan.\n' });
  assert.equal(judge(index, 'In Zvecan 30 may have been hurt on Tuesday.', '30').message.includes('is dated'), false);
});

test('a long draft sentence\'s day is supported by any of its ranked matches that dates it, not only the best five', () => {
  const summit = Array.from({ length: 8 }, (_, i) => ` date 2023-06-0${i + 1} The tracker runs from the clashes of May to the European Political Community summit in Moldova.\n`);
  const index = buildIndex({
    ...Object.fromEntries(summit.map((text, i) => [`s${i}.txt`, text])),
    'friday.txt': ' date 2023-06-01 Following violent clashes with Serb protesters on Friday, the mayors stayed.\n',
  });
  const draft = 'The tracker runs from the Friday clashes of 26 May to the European Political Community summit in Moldova.';
  const { ctx } = contextFor(index, draft);
  assert.ok(ctx.ranked.findIndex((r) => r.sentence.text.includes('Friday')) >= 5, 'the Friday sentence ranks below the best five');
  assert.equal(judge(index, draft, '26').verdict, 'supported');
});

test('a weekday the calendar does not give the day is contradicted, with the nearest such weekday', () => {
  // 1 June 2023 was a Thursday, and the article dated that day says nothing of a Wednesday.
  const j = judge(DATED, 'On Wednesday 1 June, Vucic spoke at a summit in Moldova.', '1');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.message, '1 June 2023 is a Thursday, not a Wednesday; the nearest Wednesday is 31 May 2023');
  // "31 June" would be no date: the fix replaces the day alone, so it offers none across a month.
  assert.equal(j.suggestion, undefined);
  const friday = judge(DATED, 'On Friday 3 June, Vucic spoke at a summit in Moldova.', '3');
  assert.equal(friday.suggestion, '2');
  // The calendar's weekday is no error; a wrong year beside it is the year's ("Monday 29 May 2022").
  assert.equal(judge(DATED, 'On Thursday 1 June, Vucic spoke at a summit in Moldova.', '1').verdict, 'supported');
  assert.notEqual(judge(DATED, 'On Monday 29 May 2022, Serbs protested in front of the municipality buildings in Zvecan.', '29').verdict, 'contradicted');
});

test('the draft\'s weekday on another week than the sources\' is contradicted: "sworn in on Monday 22 May" where their Monday is the 29th', () => {
  const draft = (day: number) => `Kosovo Serbs protested again on Monday ${day} May in front of the municipality buildings in Zvecan.`;
  const j = judge(DATED, draft(22), '22');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '29');
  assert.match(j.message, /^sources put Monday on 29 May 2023/);
  assert.equal(judge(DATED, draft(29), '29').verdict, 'supported');
  // A Monday a month before is another event, not this one a week off.
  assert.notEqual(judge(DATED, 'Kosovo Serbs protested again on Monday 24 April in front of the municipality buildings in Zvecan.', '24').verdict, 'contradicted');
});

test('a day after every dateline is not another week\'s where only the weekday ties it to a source: "Saturday 3 June: NATO reinforcements land"', () => {
  const index = buildIndex({ ...datedSources(), 'saturday.txt': ' date 2023-05-29 Kosovo Serbs on Saturday called on Vucic to suspend the dialogue.\n' });
  const later = judge(index, 'Saturday 3 June: NATO reinforcements begin to land.', '3');
  assert.equal(later.verdict, 'unsupported');
  // The same day with the source's event is still that event a week off.
  const same = judge(index, 'Saturday 3 June: Kosovo Serbs called on Vucic to suspend the dialogue.', '3');
  assert.equal(same.verdict, 'contradicted');
  assert.match(same.message, /^sources put Saturday on 27 May 2023/);
});

test('a short weekday is searched by its full name: "Fri 26 May" finds the source that says "on Friday"', () => {
  const index = buildIndex({
    'friday.txt': ' date 2023-05-29 Tensions rose on Friday.\n',
    ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`other${i}.txt`, ` date 2023-05-29 Officials entered municipal buildings with a police escort, report ${i}.\n`])),
  });
  assert.equal(judge(index, 'Fri 26 May: officials enter municipal buildings with a police escort.', '26').verdict, 'supported');
});

test('a bare date line a source is dated is supported: "Date: 1 June 2023"; a date in a sentence with words still needs the best matches', () => {
  assert.equal(judge(DATED, 'Date: 1 June 2023', '1').verdict, 'supported');
  assert.equal(judge(DATED, 'Date: 1 June 2023', '2023').verdict, 'supported');
  assert.notEqual(judge(DATED, 'Date: 2 June 2023', '2').verdict, 'supported');
  assert.notEqual(judge(DATED, 'On 1 June 2023 the parliament in Belgrade passed a new budget for hospitals.', '1').verdict, 'supported');
});

test('a slug line in capitals is read as a date: "HOURLY NEWS -- THURSDAY 1 JUNE 2023"', () => {
  const index = buildIndex({ ...datedSources(), 'summit.txt': ' date 2023-06-01 The leaders met on Thursday in Moldova.\n' });
  assert.equal(judge(index, 'HOURLY NEWS -- THURSDAY 1 JUNE 2023 -- FULL SCRIPT', '1').verdict, 'supported');
  assert.equal(judge(index, 'HOURLY NEWS -- FRIDAY 1 JUNE 2023 -- FULL SCRIPT', '1').verdict, 'contradicted');
});

test('a day with no weekday is contradicted where a best match like the draft sentence, sharing its figure, tells the event on another day', () => {
  const index = buildIndex({ ...datedSources(), 'clash.txt': ' date 2023-05-29 Thirty peacekeepers and 52 Serbs who protested were injured in violence on Monday.\n' });
  const j = judge(index, 'The paper noted that 52 Serbs were injured on 28 May, alongside the peacekeepers.', '28');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '29');
  assert.match(j.message, /^sources put this on Monday, 29 May 2023 \(/);
  assert.equal(judge(index, 'The paper noted that 52 Serbs were injured on 29 May, alongside the peacekeepers.', '29').verdict, 'supported');
  // A sentence about something else leaves the day open, and says it as a day, not a count of anything.
  const other = judge(index, 'The new budget law was published on 28 May.', '28');
  assert.equal(other.verdict, 'unsupported');
  assert.equal(other.message, 'no source dates anything on 28 May');
});

test('an email\'s date header: short names read as a date, and a day between the first and last datelines is a day of the story', () => {
  const index = buildIndex({ ...datedSources(), 'summit.txt': ' date 2023-06-01 The leaders met on Thursday in Moldova.\n' });
  assert.equal(readableDate('Date: Thu, 1 Jun 2023'), 'Date: Thursday, 1 June 2023');
  assert.equal(readableDate('We wed 3 times'), 'We wed 3 times');
  assert.equal(judge(index, 'Date: Thu, 1 Jun 2023', '1').verdict, 'supported');
  const within = judge(index, 'Date: Wed, 31 May 2023', '31');
  assert.equal(within.verdict, 'supported');
  assert.equal(within.message, '31 May 2023 lies within the days the sources are dated, 29 May 2023 to 1 June 2023');
  // Before the first dateline, or on a weekday the calendar does not give the day, it is not.
  assert.equal(judge(index, 'Date: Wed, 24 May 2023', '24').verdict, 'unsupported');
  assert.equal(judge(index, 'Date: Tue, 31 May 2023', '31').verdict, 'contradicted');
});

test('a clock time ties a day to the event too, and the weekday told with it is the one read: "entered at 0530 … Sunday 28 May" → 29', () => {
  const index = buildIndex({
    ...datedSources(),
    'entry.txt': ' date 2023-06-01 Following clashes on Friday, the mayor entered the municipal building at 0530 local time on Monday, before protesters could gather.\n',
  });
  const j = judge(index, 'The mayor had entered the municipal building at 0530 the previous morning, Sunday 28 May.', '28');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '29');
  assert.match(j.message, /^sources put this on Monday, 29 May 2023/);
});

test('a line of fields ending in its date, with no verb, dates the document: supported where a source is dated that day or within the datelines', () => {
  const seed = buildIndex(seedSources());
  for (const draft of ['Press statement · For immediate release · 1 June 2023', '*Emerging-markets research | Sovereign strategy | 1 June 2023*']) {
    assert.equal(judge(seed, draft, '1').verdict, 'supported', draft);
    assert.equal(judge(seed, draft, '2023').verdict, 'supported', draft);
  }
  // A sentence with a verb dates an event, which the best matches must date.
  assert.notEqual(judge(seed, 'Press statement issued on 1 June 2023 about the harvest festival.', '1').code, 'supported-number');
});

test('a wire story\'s dateline, its place in capitals, dates the document: "MITROVICA, June 1 (Reuters) –"', () => {
  const seed = buildIndex(seedSources());
  assert.equal(judge(seed, 'MITROVICA, June 1 (Reuters) - Hundreds of Albanians gathered on the bridge.', '1').verdict, 'supported');
  assert.equal(judge(seed, 'Running story. Datelined MITROVICA, June 1.', '1').verdict, 'supported');
  // A day nothing dates, where a source is dated that day, is not said to be dated by no source.
  const festival = judge(seed, 'The harvest festival opened on 1 June.', '1');
  assert.equal(festival.verdict, 'unsupported');
  assert.equal(festival.message, 'no best-matching source dates this on 1 June');
});

test('the day of the event a clock time ties outweighs another weekday its sentence names: "entered the town hall at 0530 on Friday 26 May" → 29', () => {
  const seed = buildIndex(seedSources());
  // corpus/001: "Following violent clashes with Serb protesters on Friday …, Lulzim Hetemi, entered the
  // municipal building at 0530 local time on Monday …" (dated 2023-06-01).
  const j = judge(seed, 'The same report said he entered the town hall at 0530 on Friday 26 May.', '26');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, '29');
  assert.equal(judge(seed, 'The same report said he entered the town hall at 0530 on Monday 29 May.', '29').verdict, 'supported');
  // Without the time, the Friday the sentence names is the clashes' day.
  assert.equal(judge(seed, 'Clashes with Serb protesters broke out on Friday 26 May.', '26').verdict, 'supported');
});

test('a person or a body both sentences name ties the draft\'s day to the one weekday a close best match gives it', () => {
  const seed = buildIndex(seedSources());
  // corpus/003 (dated 2023-06-01): "Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow is monitoring …".
  const peskov = judgeFigure(seed, 'On Thursday 1 June, Kremlin spokesman Dmitry Peskow says Moscow is "unconditionally supporting Serbia".', '1');
  assert.equal(peskov.verdict, 'contradicted');
  assert.match(peskov.message, /^sources put this on Wednesday, 31 May 2023/);
  assert.equal(judgeFigure(seed, 'On Thursday 1 June, United Nations judges lengthened the sentences of two allies of Slobodan Milosevic.', '1').verdict, 'contradicted');
  assert.equal(judgeFigure(seed, 'On Wednesday 31 May, Kremlin spokesman Dmitry Peskov said Moscow is "unconditionally supporting Serbia".', '31').verdict, 'supported');
  // A people, a town or a body in every sentence is no tie.
  assert.equal(judgeFigure(seed, 'Fri 26 May — Police fire tear gas as crowds of Serbs try to stop newly elected ethnic Albanian mayors from entering municipal buildings in northern Kosovo.', '26').verdict, 'supported');
  assert.equal(judgeFigure(seed, 'Thu 1 Jun — NATO soldiers behind barbed wire guard the town hall in Zubin Potok, where the mayor has stayed since Monday.', '1').verdict, 'supported');
});

test('a date whose weekday the draft gives to another of its dates is not that event\'s: "on Friday 26 May and again on Monday 30 May" leaves 26 alone, 30 is contradicted', () => {
  const seed = buildIndex(seedSources());
  const draft = 'Serb protesters tried to block them on Friday 26 May and again on Monday 30 May, when thirty peacekeepers and 62 Serbs were hurt.';
  assert.equal(judgeFigure(seed, draft, '26').verdict, 'supported');
  const monday = judgeFigure(seed, draft, '30');
  assert.equal(monday.verdict, 'contradicted');
  assert.equal(monday.suggestion, '29');
});
