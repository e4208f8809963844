// A known place or body standing where the best-matching source sentence has another: "EULEX soldiers"
// for "NATO soldiers", "the EU-led peacekeeping force" for "the NATO-led peacekeeping force".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, contextFor, judgeNamed, seedSources } from './harness';
import { slotJudgement } from '../../../server/src/engine/verdicts/slotVerdict';

const SEED = buildIndex(seedSources());

test('on the seed corpus: "guarded by EULEX soldiers" → NATO; "NATO soldiers" stays supported', () => {
  const draft = 'In Leposavic the mayor works behind barbed wire guarded by EULEX soldiers.';
  const j = judgeNamed(SEED, draft, 'EULEX');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.code, 'contradicted-name');
  assert.equal(j.suggestion, 'NATO');
  assert.match(j.message, /^sources have NATO here, not EULEX \(".*barbed-wire.*", corpus\/001_69cd343abdbbf914\.txt:9\)$/);
  assert.equal(judgeNamed(SEED, draft.replace('EULEX', 'NATO'), 'NATO').verdict, 'supported');
});

test('on the seed corpus: "the EU-led peacekeeping force" → Nato; the "EU-led dialogue" stays supported', () => {
  const j = judgeNamed(SEED, 'KFOR is the EU-led peacekeeping force; it already had almost 3,800 troops.', 'EU');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion?.toUpperCase(), 'NATO');
  assert.equal(judgeNamed(SEED, 'KFOR urged Belgrade and Pristina to engage in the EU-led dialogue.', 'EU').verdict, 'supported');
});

test('another name of the same thing is no swap: an acronym, a longer form, a name written beside it', () => {
  const clubs = buildIndex({
    'c.txt':
      'Tony Fernandes spoke of his despair after his Queens Park Rangers team threw away a lead, with the Rangers chairman watching from the stands.\n\n' +
      'Queens Park Rangers drew 3-3 at Villa Park.\n\nQPR are 17th in the table.\n',
  });
  assert.equal(judgeNamed(clubs, 'The QPR chairman spoke of his despair after the team threw away a lead.', 'QPR').verdict, 'supported');
  // KFOR soldiers are NATO soldiers: the sources write "the NATO-led KFOR mission".
  assert.notEqual(judgeNamed(SEED, 'In Leposavic the mayor works behind barbed wire guarded by KFOR soldiers.', 'KFOR').verdict, 'contradicted');
});

test('a shared preposition alone ties nothing: "troops to KFOR" against "troops to Kosovo"', () => {
  assert.equal(judgeNamed(SEED, 'NATO said it would send 700 more troops to KFOR to boost its 4,000-strong mission.', 'KFOR').verdict, 'supported');
});

test('"the UN-led peacekeeping force" → Nato, as "EU-led" is', () => {
  const j = judgeNamed(SEED, 'The UN-led peacekeeping force KFOR has about 3,800 troops.', 'UN');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Nato');
});

test('a preposition tied to two content words is a slot: "declared independence from Yugoslavia" → Serbia', () => {
  const j = judgeNamed(SEED, 'Kosovo declared independence from Yugoslavia in 2008.', 'Yugoslavia');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Serbia');
  assert.equal(judgeNamed(SEED, 'Kosovo declared independence from Serbia in 2008.', 'Serbia').verdict, 'supported');
});

test('a name the sources also write with those words is left alone', () => {
  const guarded = 'EULEX officers guarded the town hall in Leposavic on Monday.\n\n';
  const draft = 'KFOR officers guarded the town hall in Leposavic on Monday.';
  const slot = (sources: string) => {
    const { analysed, ctx } = contextFor(buildIndex({ 'a.txt': sources }), draft);
    return slotJudgement(analysed.names.find((n) => n.text === 'KFOR')!, ctx);
  };
  assert.equal(slot(`${guarded}KFOR troops patrolled the roads.\n`)?.suggestion, 'EULEX');
  // The slot alone: that EULEX officers, not KFOR's, guarded that town hall is actorVerdict's to say.
  assert.equal(slot(`${guarded}KFOR officers guarded the bridge in Mitrovica.\n`), undefined);
});

test('a best match naming the draft\'s name in another slot leaves this one open: "the NATO-led dialogue" → EU, though the best match has "the NATO-led international peacekeeping mission"', () => {
  const j = judgeNamed(SEED, 'KFOR urged both capitals back into the NATO-led dialogue.', 'NATO');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'EU');
  assert.equal(judgeNamed(SEED, 'The NATO-led peacekeeping mission urged calm.', 'NATO').verdict, 'supported');
});

test('a nationality adjective qualifying the words the draft runs on stands where the draft has a name: "putting NATO integration at risk" → European', () => {
  const seed = buildIndex(seedSources());
  const integration = judgeNamed(seed, 'Antony Blinken urged Pristina and Belgrade to ease tensions, warning that they were putting NATO integration at risk.', 'NATO');
  assert.equal(integration.verdict, 'contradicted');
  assert.equal(integration.suggestion, 'European');
  // A nationality word with one word in common is a people, no rival: "NATO soldiers" stays NATO's.
  assert.equal(judgeNamed(seed, 'NATO soldiers guarded the town hall in Leposaviq.', 'NATO').verdict, 'supported');
});

test('an adverb of time beside the name says when, not what: "Police and EULEX then fenced the town halls" → KFOR', () => {
  const seed = buildIndex(seedSources());
  const then = judgeNamed(seed, 'Police and EULEX then fenced the town halls.', 'EULEX');
  assert.equal(then.verdict, 'contradicted');
  assert.equal(then.suggestion, 'KFOR');
  assert.equal(judgeNamed(seed, 'Police and KFOR then fenced the town halls.', 'KFOR').verdict, 'supported');
});

test('two names a clause relates ("Belgrade has the backing of Russia") are two things: "suggested that Belgrade may have a hand" → Russia', () => {
  const seed = buildIndex(seedSources());
  const hand = judgeNamed(seed, 'Kurti also suggested that Belgrade may have a hand in the flare-up.', 'Belgrade');
  assert.equal(hand.verdict, 'contradicted');
  assert.equal(hand.suggestion, 'Russia');
  assert.equal(judgeNamed(seed, 'Kurti also suggested that Russia may have a hand in the flare-up.', 'Russia').verdict, 'supported');
});

test('the partner of the same body in a pair is a slot: "guarded by police and EULEX" against "by the Kosovo police and NATO\'s Peacekeeping Force"', () => {
  const seed = buildIndex(seedSources());
  const partner = judgeNamed(seed, 'In Mitrovica, at least 100 Albanians gather on the main bridge over the Ibre, guarded by police and EULEX.', 'EULEX');
  assert.equal(partner.verdict, 'contradicted');
  assert.equal(partner.suggestion, 'NATO');
  assert.equal(judgeNamed(seed, 'In Mitrovica, at least 100 Albanians gather on the main bridge over the Ibre, guarded by police and KFOR.', 'KFOR').verdict, 'supported');
});

test('a possessive\'s slot: "asked for Serbia\'s election rules to be clarified" → Kosovo; two countries the sources write close are still two', () => {
  const seed = buildIndex(seedSources());
  const rules = judgeNamed(seed, "Macron added that France and Germany had also asked for Serbia's election rules to be clarified.", 'Serbia');
  assert.equal(rules.verdict, 'contradicted');
  assert.equal(rules.suggestion, 'Kosovo');
  assert.equal(judgeNamed(seed, "Macron added that France and Germany had also asked for Kosovo's election rules to be clarified.", 'Kosovo').verdict, 'supported');
});

test('four words the same in a row tie a slot with few other words alike: "shows Belgrade may have a hand in the flare-up" → Russia (corpus/003:45)', () => {
  const j = judgeNamed(SEED, 'REACTION: Albin Kurti, at a security forum in Bratislava, says graffiti praising Putin shows Belgrade may have a hand in the flare-up.', 'Belgrade');
  assert.equal(j.verdict, 'contradicted');
  assert.equal(j.suggestion, 'Russia');
  assert.equal(judgeNamed(SEED, 'REACTION: Albin Kurti, at a security forum in Bratislava, says graffiti praising Putin shows Russia may have a hand in the flare-up.', 'Russia').verdict, 'supported');
});
