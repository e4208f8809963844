// Where a scene was: a town after "in" or "at", or heading its line, against the town a source sentence much
// like the draft's sets the same scene in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, contextFor, seedSources, judgeNamed } from './harness';
import { townSlotJudgement } from '../../../server/src/engine/verdicts/townSlotVerdict';

const SEED = buildIndex(seedSources());

test('a scene\'s town: "the protest outside the city hall in Leposavic" → Zvecan, where the best match sets it', () => {
  const draft = (town: string) => `On Wednesday a peaceful protest was held outside the city hall in ${town}, 28 miles north of Pristina.`;
  const j = judgeNamed(SEED, draft('Leposavic'), 'Leposavic');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Zvecan');
  assert.match(j.message, /^sources set this in Zvecan, not Leposavic \(".*", corpus\/003_8fbeb65e4de37aad\.txt:13\)$/);
  assert.equal(judgeNamed(SEED, draft('Zvecan'), 'Zvecan').verdict, 'supported');
  // A country holds its towns: "in Kosovo" is no other town (the sources neither call it one nor list it with one).
  assert.notEqual(judgeNamed(SEED, draft('Kosovo'), 'Kosovo').verdict, 'contradicted');
});

test('a town the sources write with words as like the draft\'s is left alone', () => {
  const index = buildIndex({
    'a.txt': 'Wednesday\'s protest outside the city hall in Zvecan was peaceful.\n\nThe town of Leposavic stayed calm.\n',
    'b.txt': 'On Thursday the mayor in Leposavic said the day was peaceful too.\n\nThursday\'s protest outside the city hall in Leposavic was small.\n',
  });
  const draft = 'A peaceful protest was held on Wednesday outside the city hall in Leposavic.';
  assert.notEqual(judgeNamed(index, draft, 'Leposavic').verdict, 'contradicted');
  // Without the sentence that writes it so, the town is the sources' other one.
  const without = buildIndex({ 'a.txt': 'Wednesday\'s protest outside the city hall in Zvecan was peaceful.\n\nThe town of Leposavic stayed calm.\n' });
  assert.equal(judgeNamed(without, draft, 'Leposavic').suggestion, 'Zvecan');
});

test('a scene the sources tell in two sentences, and a town of two words: the flag "outside the city hall of Zubin Potok" → Zvecan', () => {
  // "The crowd then spread a huge Serbian flag." / "Wednesday's protest outside the city hall in Zvecan …".
  const draft = (town: string) => `Serbs unrolled a huge Serbian flag outside the city hall of ${town} on Wednesday.`;
  const j = judgeNamed(SEED, draft('Zubin Potok'), 'Zubin Potok');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Zvecan');
  assert.equal(judgeNamed(SEED, draft('Zvecan'), 'Zvecan').verdict, 'supported');
  // The sources list "Zvecan, Zubin Potok, and Leposavic": a list of towns is no town inside another.
  assert.equal(judgeNamed(SEED, draft('Leposavic'), 'Leposavic').suggestion, 'Zvecan');
});

test('the scene\'s first sentence counts toward it, "town hall" is "city hall", and a heading opens another scene', () => {
  const j = judgeNamed(SEED, 'A peaceful crowd outside the town hall in Leposavic spread a huge Serbian flag.', 'Leposavic');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Zvecan');
  // "… according to Kosovo's interior ministry." is followed by the heading "Demonstration in Mitrovica":
  // the stoning is not set in Mitrovica.
  assert.notEqual(judgeNamed(SEED, 'On Wednesday, masked men stoned two police cars in Zvečan; one officer was hurt, the interior ministry said.', 'Zvečan').verdict, 'contradicted');
});
test('the scene is looked up without the draft\'s town, whose own sentences would outrank it: the flag "in Zubin Potok" → Zvecan', () => {
  // "In the town of Zubin Potok, Kosovan police …" ranks above "The crowd then spread a huge Serbian flag."
  // for the whole sentence; the town stays a place though its two capitalised words could be a person's.
  const j = judgeNamed(SEED, 'On Wednesday, hundreds of Serbs gathered with a huge Serbian flag outside the town hall in Zubin Potok.', 'Zubin Potok');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Zvecan');
  assert.equal(judgeNamed(SEED, 'On Wednesday a crowd in Zubin Potok spread a huge Serbian flag.', 'Zubin Potok').suggestion, 'Zvecan');
  // "outside the Leposavic town hall": a town by its building.
  assert.equal(judgeNamed(SEED, 'On Wednesday hundreds of Serbs spread a huge Serbian flag outside the Leposavic town hall.', 'Leposavic').suggestion, 'Zvecan');
  // The sources' own scene in that town is left alone.
  assert.equal(judgeNamed(SEED, 'In Zubin Potok, police stand by the town hall and the crowd is peaceful.', 'Zubin Potok').verdict, 'supported');
});

test('a sentence telling several scenes is looked up by the town\'s clause: "…, the huge Serbian flag unfurled at Wednesday\'s protest in Zubin Potok, …"', () => {
  const draft =
    'The middle chapters follow the crowds: the clashes that injured thirty peacekeepers, the huge Serbian flag unfurled at Wednesday\'s protest in Zubin Potok, and the 700 extra troops NATO sent.';
  const j = judgeNamed(SEED, draft, 'Zubin Potok');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Zvecan');
});

test('a scene set a sentence or two before: "They … chanted slogans in favour of the … (UCK)" after "… parts of the city" after "the northern city of Mitrovica"', () => {
  const j = judgeNamed(SEED, 'The UCK was hailed in slogans by Albanians on the bridge in Zvecan.', 'Zvecan');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Mitrovica');
  assert.equal(judgeNamed(SEED, 'The UCK was hailed in slogans by Albanians on the bridge in Mitrovica.', 'Mitrovica').verdict, 'supported');
  // A sentence that names its own town opens no earlier scene.
  const towns = buildIndex({
    'a.txt': 'Officials met in the city of Mitrovica.\n\nIn the town of Zvecan, the crowd waved flags and sang songs.\n',
    'b.txt': 'Zvecan and Mitrovica are towns.\n',
  });
  assert.equal(judgeNamed(towns, 'In Zvecan, the crowd waved flags and sang songs.', 'Zvecan').verdict, 'supported');
});
test('a best match very like the draft that names the draft\'s town outweighs a scene set elsewhere: "NATO soldiers behind barbed wire still guarded the town hall in Leposavic"', () => {
  // "In the town of Leposaviq, NATO soldiers behind barbed-wire barriers guarded the municipal building" against
  // "Soldiers of the peacekeeping force KFOR are guarding the building while others … the center of Zvečan".
  assert.equal(judgeNamed(SEED, 'NATO soldiers behind barbed wire still guarded the town hall in Leposavic, where the mayor had stayed since Monday.', 'Leposavic').verdict, 'supported');
});

test('a best match saying nearly all the draft says, about one other town, sets it there wherever it names the town: "A few dozen Serbs gathered again outside the town hall in Leposavic" → Zvečan', () => {
  const crowd = judgeNamed(SEED, 'A few dozen Serbs gathered again outside the town hall in Leposavic, an AFP journalist reported.', 'Leposavic');
  assert.equal(crowd.verdict, 'contradicted');
  assert.equal(crowd.suggestion, 'Zvečan');
  assert.equal(judgeNamed(SEED, 'A few dozen Serbs gathered again outside the town hall in Zvečan, an AFP journalist reported.', 'Zvečan').verdict, 'supported');
  // Said of the draft's town too, in words as like the draft's: "Serbs protested … in front of the
  // municipality buildings of Zvecan, Zubin Potok, and Leposavic".
  assert.equal(judgeNamed(SEED, 'Kosovo Serbs protested again on Monday in front of the municipality building in Zubin Potok.', 'Zubin Potok').verdict, 'supported');
});

test('"fought the police" is "clashed with the police": "In Leposavic they fought the police and then NATO-led troops" → Zvecan', () => {
  const seed = buildIndex(seedSources());
  const fought = judgeNamed(seed, 'In Leposavic they fought the police and then NATO-led troops.', 'Leposavic');
  assert.equal(fought.verdict, 'contradicted');
  assert.equal(fought.suggestion, 'Zvecan');
  assert.equal(judgeNamed(seed, 'In Zvecan they fought the police and then NATO-led troops.', 'Zvecan').verdict, 'supported');
});

test('a scene the sources tell of two towns is not a third\'s: barbed wire around the town hall in Zubin Potok', () => {
  const seed = buildIndex(seedSources());
  // corpus/001: "In the town of Leposaviq, NATO soldiers behind barbed-wire barriers guarded the municipal
  // building"; corpus/004: barbed wire around the city hall of Zvečan, guarded by KFOR soldiers.
  const third = judgeNamed(seed, 'NATO soldiers stand guard behind coils of barbed wire outside the town hall in Zubin Potok.', 'Zubin Potok');
  assert.equal(third.verdict, 'contradicted');
  assert.match(third.message, /and in another town, not Zubin Potok/);
  assert.equal(judgeNamed(seed, 'NATO soldiers stand guard behind barbed wire outside the town hall in Zvecan.', 'Zvecan').verdict, 'supported');
});

test('a scene found by its whole statement is not kept in the draft\'s town by a word that town\'s own scene shares: "In Zubin Potok, Serbs clashed with the police and then with NATO-led troops" → Zvecan', () => {
  const seed = buildIndex(seedSources());
  const clash = judgeNamed(seed, 'In Zubin Potok, Serbs clashed with the police and then with NATO-led troops.', 'Zubin Potok');
  assert.equal(clash.verdict, 'contradicted');
  assert.equal(clash.suggestion, 'Zvecan');
  assert.equal(judgeNamed(seed, 'In Zvecan, Serbs clashed with the police and then with NATO-led troops.', 'Zvecan').verdict, 'supported');
  // Zubin Potok's own scene stays there.
  assert.equal(judgeNamed(seed, 'In Zubin Potok, Kosovan police stood by the town hall.', 'Zubin Potok').verdict, 'supported');
});

test('a line headed by its town tells what happened in it: "**Zubin Potok:** a few dozen Serbs gathered again outside the town hall" → Zvečan', () => {
  const seed = buildIndex(seedSources());
  const headed = judgeNamed(seed, 'Zubin Potok: a few dozen Serbs gathered again outside the town hall, an AFP journalist reports.', 'Zubin Potok');
  assert.equal(headed.verdict, 'contradicted');
  assert.equal(headed.suggestion, 'Zvečan');
  // A scene the sources tell of the heading's town too stays there.
  assert.equal(judgeNamed(seed, '| Leposavic | High | Town hall ringed with barbed wire; NATO soldiers on guard |', 'Leposavic').verdict, 'supported');
});

test('one outlet\'s report ties a scene told in other words: "an AFP journalist saw a few dozen Serbs gather again outside the town hall in Zubin Potok" → Zvečan', () => {
  const seed = buildIndex(seedSources());
  const reported = judgeNamed(seed, "They haven't quite: an AFP journalist saw a few dozen Serbs gather again outside the town hall in Zubin Potok.", 'Zubin Potok');
  assert.equal(reported.verdict, 'contradicted');
  assert.equal(reported.suggestion, 'Zvečan');
  assert.equal(judgeNamed(seed, "They haven't quite: an AFP journalist saw a few dozen Serbs gather again outside the town hall in Zvečan.", 'Zvečan').verdict, 'supported');
});

test('"In the town of Zubin Potok" sets a scene as "In Zubin Potok" does, and a two-word town is no person: "In Leposaviq, Kosovo police stood by the town hall" → Zubin Potok (corpus/001:13)', () => {
  const j = judgeNamed(SEED, 'In Leposaviq, Kosovo police stood by the town hall while locals gathered peacefully.', 'Leposaviq');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Zubin Potok');
  assert.equal(judgeNamed(SEED, 'In Zubin Potok, Kosovo police stood by the town hall while locals gathered peacefully.', 'Zubin Potok').verdict, 'supported');
  // The soldiers behind barbed wire are Leposaviq's.
  assert.equal(judgeNamed(SEED, 'In Leposaviq, NATO soldiers behind barbed wire guarded the town hall.', 'Leposaviq').verdict, 'supported');
});

test('a source sentence opening "In the town of X, …" is still read with the next one: "…outside the municipal building in Zubin Potok, where … Lulzim Hetemi has stayed" → Leposaviq', () => {
  const j = judgeNamed(SEED, 'NATO soldiers from the KFOR peacekeeping force stand behind barbed wire outside the municipal building in Zubin Potok, where ethnic Albanian mayor Lulzim Hetemi has stayed since he walked in at 5:30 a.m. on Monday.', 'Zubin Potok');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Leposaviq');
});

test('the town\'s own clause said nearly word for word is the statement about another town: "In Leposavic they fought the police and then NATO-led troops; 30 peacekeepers …" → Zvecan; not a short clause', () => {
  const slot = (draft: string, town: string) => {
    const { analysed, ctx } = contextFor(SEED, draft);
    return townSlotJudgement(analysed.names.find((n) => n.text === town)!, ctx);
  };
  assert.equal(slot('In Leposavic they fought the police and then NATO-led troops; 30 peacekeepers and 52 Serbs were hurt.', 'Leposavic')?.suggestion, 'Zvecan');
  assert.equal(slot('That follows Monday\'s clashes in Zvecan, in which thirteen peacekeepers and 52 Serb protesters were hurt.', 'Zvecan'), undefined);
});

test('the town a road leads to: "KFOR soldiers now guard the roads into Leposavic" → Zvečan ("road axes leading to the center of Zvečan")', () => {
  const j = judgeNamed(SEED, "At the Serbian List's request, KFOR soldiers now also guard the roads into Leposavic.", 'Leposavic');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Zvečan');
  assert.notEqual(judgeNamed(SEED, "At the Serbian List's request, KFOR soldiers now also guard the roads into Zvecan.", 'Zvecan').verdict, 'contradicted');
});

test('a scene read with the next sentence is not the next sentence\'s town: "… NATO soldiers are guarding the town hall, which is surrounded by barbed wire." / "The mayors of Zvečan and Zubin Potok work from their homes." leaves "barbed wire … in Zubin Potok" another town\'s', () => {
  const j = judgeNamed(SEED, 'Behind barbed wire, soldiers are guarding the town hall in Zubin Potok.', 'Zubin Potok');
  assert.equal(j.verdict, 'contradicted');
  assert.ok(['Leposaviq', 'Zvečan'].includes(j.suggestion ?? ''), j.suggestion);
  // A scene the sources set in the town, with "this city" for its name, stays there.
  assert.notEqual(judgeNamed(SEED, 'Zvecan: a KFOR soldier guards the town hall behind barbed wire and metal bars.', 'Zvecan').verdict, 'contradicted');
  assert.notEqual(judgeNamed(SEED, 'Behind barbed wire, soldiers are guarding the town hall in Leposavic.', 'Leposavic').verdict, 'contradicted');
});

test('for a scene tied by the outlet it credits, a sentence naming both towns in a list does not keep it in the draft\'s: "An AFP journalist counted a few dozen Serbs outside the town hall in Zubin Potok" → Zvečan (corpus/004:13)', () => {
  for (const town of ['Zubin Potok', 'Leposavic']) {
    const j = judgeNamed(SEED, `An AFP journalist counted a few dozen Serbs outside the town hall in ${town}, fewer than on previous days.`, town);
    assert.equal(j.verdict, 'contradicted', town);
    assert.equal(j.suggestion, 'Zvečan');
  }
  assert.notEqual(judgeNamed(SEED, 'An AFP journalist counted a few dozen Serbs outside the town hall in Zvečan, fewer than on previous days.', 'Zvečan').verdict, 'contradicted');
});
