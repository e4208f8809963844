// The engine end to end on the seed corpus: the examples the product promises, and re-indexing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { FactChecker, type CheckedClaim } from '../../server/src/engine';

const corpusDir = join(__dirname, '..', '..', 'corpus');
let checker: FactChecker;

function loadCorpus(): FactChecker {
  const fc = new FactChecker();
  for (const name of readdirSync(corpusDir)) {
    assert.equal(fc.updateSource(join(corpusDir, name), readFileSync(join(corpusDir, name)), `corpus/${name}`), undefined);
  }
  return fc;
}

function claimsOf(text: string, fc = checker, language: 'markdown' | 'plaintext' = 'markdown'): CheckedClaim[] {
  return fc.check(text, language).claims;
}

function claim(text: string, claimText: string, fc = checker): CheckedClaim {
  const found = claimsOf(text, fc).filter((c) => c.text === claimText);
  assert.equal(found.length, 1, `expected one claim "${claimText}" in "${text}", got ${JSON.stringify(claimsOf(text, fc).map((c) => c.text))}`);
  return found[0];
}

before(() => {
  checker = loadCorpus();
});

describe('verdicts the product promises on the seed corpus', () => {
  const cases: Array<[string, string, 'supported' | 'contradicted' | 'unsupported', string?]> = [
    ['Only 3.47% of eligible voters cast ballots.', '3.47%', 'supported'],
    ['Only 4.7% of voters cast ballots.', '4.7%', 'contradicted', '3.47%'],
    ["Kosovo's 95% ethnic Albanian majority stayed away.", '95%', 'contradicted', '90%'],
    ['Lulzim Hetemi, the mayor of Leposaviq, stayed in his office.', 'Lulzim Hetemi', 'supported'],
    ['Lulzim Hetemi, the mayor of Leposaviq, stayed in his office.', 'Leposaviq', 'supported'],
    ['Igor Simich of the Serbian List spoke to Reuters.', 'Igor Simich', 'contradicted', 'Igor Simic'],
    ['French President Olaf Scholz will attend.', 'Olaf Scholz', 'contradicted', 'Emmanuel Macron'],
    ['Protesters showed admiration for despotic President Putin.', 'Putin', 'supported'],
    ['Thirty peacekeepers were injured.', 'Thirty', 'supported'],
    ['Belgrade does not recognise the 2008 declaration.', '2008', 'supported'],
    ['NATO said it would send 600 more troops to Kosovo.', '600', 'contradicted', '700'],
    ['NATO said it would send 700 more troops to Kosovo.', '700', 'supported'],
    ['52 peacekeepers were injured in the clashes.', '52', 'contradicted', '30'],
    ['Fifty-two Serbs were injured on Monday.', 'Fifty-two', 'supported'],
    ['Turnout was only 3.5 percent.', '3.5 percent', 'supported'],
    ['The 4000 strong mission will grow.', '4000', 'supported'],
    ['Serbian President Aleksandar Vucic spoke in Moldova.', 'Aleksandar Vucic', 'supported'],
    ['Serbian President Aleksandar Vučić spoke in Moldova.', 'Aleksandar Vučić', 'supported'],
    ['Nato peacekeepers guarded the building.', 'Nato', 'supported'],
    ['KFor soldiers guarded the building.', 'KFor', 'supported'],
    ['The mayor of Leposavic entered the building.', 'Leposavic', 'supported'],
    ['Kurti refused to back down.', 'Kurti', 'supported'],
    ['Boris Johnson flew to Pristina.', 'Boris Johnson', 'unsupported'],
    ['The mayor entered the building at 0530 local time.', '0530', 'supported'],
    ['Serbs boycotted the vote during the 1998-1999 war.', '1998-1999', 'supported'],
  ];
  for (const [sentence, claimText, verdict, suggestion] of cases) {
    test(`${claimText} in "${sentence}" is ${verdict}`, () => {
      const c = claim(sentence, claimText);
      assert.equal(c.verdict, verdict, c.message);
      if (suggestion) assert.equal(c.suggestion, suggestion);
      if (verdict !== 'unsupported') assert.ok(c.evidence.length > 0, 'a verdict that rests on sources cites them');
    });
  }

  test('a contradiction cites the source sentence that gives the other figure, with its file and line', () => {
    const c = claim('NATO said it would send 600 more troops to Kosovo.', '600');
    assert.equal(c.code, 'contradicted-number');
    assert.match(c.message, /^sources say 700 more troops/);
    const e = c.evidence[0];
    assert.match(e.sentence, /700 more troops/);
    assert.equal(e.value, '700');
    const line = readFileSync(e.path, 'utf8').split('\n')[e.range.start.line];
    assert.ok(line.includes('700 more troops'), 'evidence range points at the line that says it');
  });

  test('each number carries its normalised value and what it counts', () => {
    const c = claim('Fifty-two ethnic Serbian protesters were hurt.', 'Fifty-two');
    assert.equal(c.value, 52);
    assert.equal(c.unit, 'protester');
    const p = claim('Turnout was only 3.5 percent.', '3.5 percent');
    assert.equal(p.value, 3.5);
    assert.equal(p.unit, 'percent');
  });

  test('a misspelled name is reported as a misspelling, with the corpus spelling', () => {
    const c = claim('Igor Simich of the Serbian List spoke.', 'Igor Simich');
    assert.equal(c.code, 'misspelled-name');
    assert.match(c.evidence[0].sentence, /Igor Simic/);
  });

  test('an unknown name is a warning-level verdict with a message saying no source mentions it', () => {
    const c = claim('Boris Johnson flew to Pristina.', 'Boris Johnson');
    assert.equal(c.code, 'unsupported-name');
    assert.equal(c.message, 'no source mentions Boris Johnson');
  });

  test('ordinary capitalised sentence starts, weekdays as names and months are not name claims', () => {
    const names = claimsOf('Police guarded the building on Monday in May. Unrest grew.').filter((c) => c.kind === 'name');
    assert.deepEqual(names.map((c) => c.text), []);
  });

  test('names allowed by the writer are not reported', () => {
    const c = checker.check('Boris Johnson flew to Pristina.', 'markdown', { allowedNames: ['Boris Johnson'] }).claims.find((x) => x.text === 'Boris Johnson')!;
    assert.equal(c.verdict, 'supported');
  });
});

describe('positions and Markdown', () => {
  test('every claim range covers exactly its text, after emoji and CRLF line endings', () => {
    const draft = '# Report 👩‍👩‍👧\r\n\r\nThe café 🎉 said NATO will send 600 more troops.\r\nIgor Simich spoke.\r\n';
    const claims = claimsOf(draft);
    const lines = draft.split('\r\n');
    for (const c of claims) {
      assert.equal(draft.slice(c.offsets.start, c.offsets.end), c.text);
      assert.equal(c.range.start.line, c.range.end.line);
      assert.equal(lines[c.range.start.line].slice(c.range.start.character, c.range.end.character), c.text);
    }
    assert.deepEqual(claims.map((c) => c.text), ['NATO', '600', 'Igor Simich']);
  });

  test('code, links, footnotes, comments and front matter yield no claims', () => {
    const draft = [
      '---',
      'date: 2023-06-01',
      'author: Boris Johnson',
      '---',
      'See [the report](https://example.org/600/Boris) and `600 troops`.',
      '',
      '```',
      'NATO sent 600 troops',
      '```',
      '',
      '<!-- 600 troops, Boris Johnson -->',
      'Kurti spoke.[^1]',
      '',
      '[^1]: Boris Johnson said 600.',
    ].join('\n');
    assert.deepEqual(claimsOf(draft).map((c) => c.text), ['Kurti']);
  });

  test('a table row reads as one statement: the figure in one cell is about the label in another', () => {
    const draft = '| Figure | Count |\n| --- | --- |\n| Serb protesters injured | 42 |\n| Turnout | 3.5% |\n';
    const claims = claimsOf(draft);
    const injured = claims.find((c) => c.text === '42')!;
    assert.equal(injured.verdict, 'contradicted');
    assert.equal(injured.suggestion, '52');
    assert.equal(draft.slice(injured.offsets.start, injured.offsets.end), '42');
    const turnout = claims.find((c) => c.text === '3.5%')!;
    assert.equal(turnout.verdict, 'supported');
  });

  test('a figure cell counts its label\'s noun: "| Serb protesters hurt that day | 62 |" → 52, "| Extra soldiers promised by NATO | 4,000 |" → 700', () => {
    const draft = '| Figure | Count |\n| --- | --- |\n| Serb protesters hurt that day | 62 |\n| Extra soldiers promised by NATO | 4,000 |\n';
    const claims = claimsOf(draft);
    assert.equal(claims.find((c) => c.text === '62')!.suggestion, '52');
    assert.equal(claims.find((c) => c.text === '4,000')!.suggestion, '700');
  });

  test('a figure opening its row counts what the label after it says first: "| 52 | Peacekeepers hurt on Monday |" → 30', () => {
    const draft = '| Figure | What it counts |\n| --- | --- |\n| 52 | Peacekeepers hurt on Monday |\n| 30 | Peacekeepers hurt on Monday |\n| 4,000 | The mission\'s strength as given when reinforcements were announced |\n';
    const [wrong, right, strength] = claimsOf(draft).filter((c) => c.kind === 'number' && c.text !== 'Monday');
    assert.deepEqual([wrong!.text, wrong!.verdict, wrong!.suggestion], ['52', 'contradicted', '30']);
    assert.equal(right!.verdict, 'supported');
    // A label whose head is no plural ("The mission's strength …") names nothing counted.
    assert.equal(strength!.verdict, 'supported');
  });

  test('the paragraph after a block quote naming who spoke and where is its attribution: "Vucic, on a conference call with reporters." → Dmitry Peskov', () => {
    const draft = '> "We believe that all legitimate rights and interests of Kosovo Serbs must be observed and ensured."\n\nVucic, on a conference call with reporters.\n';
    const vucic = claimsOf(draft).find((c) => c.text === 'Vucic')!;
    assert.equal(vucic.verdict, 'contradicted');
    assert.equal(vucic.suggestion, 'Dmitry Peskov');
    assert.equal(claimsOf(draft.replace('Vucic', 'Peskov')).find((c) => c.text === 'Peskov')!.verdict, 'supported');
  });

  test('a distance split over two cells: "| 28 | Miles from Pristina north to Leposavic |" → Zvecan', () => {
    const draft = '| Figure | Meaning |\n| --- | --- |\n| 28 | Miles from Pristina north to Leposavic |\n| 28 | Miles from Pristina north to Zvecan |\n| 28 | miles from Zvecan to the capital | Pristina |\n';
    const towns = claimsOf(draft).filter((c) => c.text === 'Leposavic' || c.text === 'Zvecan');
    assert.deepEqual(towns.map((c) => [c.text, c.verdict, c.suggestion]), [['Leposavic', 'contradicted', 'Zvecan'], ['Zvecan', 'supported', undefined], ['Zvecan', 'supported', undefined]]);
  });

  test('a table row of who did what: the name in one cell did what the next cell says', () => {
    const draft = '| Actor | What it did |\n| --- | --- |\n| EULEX | fenced the town halls |\n| KFOR | fenced the town halls |\n';
    const [eulex, kfor] = claimsOf(draft).filter((c) => c.kind === 'name');
    assert.equal(eulex!.verdict, 'contradicted');
    assert.equal(eulex!.suggestion, 'KFOR');
    assert.equal(kfor!.verdict, 'supported');
  });

  test('a name under a "Source" heading is credited with the row\'s figure: "| Turnout in April vote | 3.47% | EULEX |" → KQZ', () => {
    const table = (credit: string, heading = 'Source') => `| Indicator | Latest reading | ${heading} |\n|---|---|---|\n| Turnout in April vote | 3.47% | ${credit} |\n`;
    const wrong = claim(table('EULEX'), 'EULEX');
    assert.equal(wrong.verdict, 'contradicted');
    assert.equal(wrong.suggestion, 'KQZ');
    assert.equal(table('EULEX').slice(wrong.offsets.start, wrong.offsets.end), 'EULEX', 'the fix lands on the cell');
    assert.equal(claim(table('KQZ'), 'KQZ').verdict, 'supported');
    // Under another heading the name is no credit.
    assert.notEqual(claim(table('EULEX', 'Note'), 'EULEX').verdict, 'contradicted');
  });

  test('capitalised labels and headline-style capitals are not names', () => {
    const claims = claimsOf('# Kosovo Tensions Rise As Leaders Meet\n\nPRESENTER: Kurti spoke in Pristina.\n\n08:05 Arriving in Moldova, Vucic spoke.');
    const names = claims.filter((c) => c.kind === 'name').map((c) => c.text);
    assert.deepEqual(names, ['Kosovo', 'Kurti', 'Pristina', 'Moldova', 'Vucic']);
  });

  test('a Markdown hard break ends a line: no name runs from one header field into the next', () => {
    const claims = claimsOf('**For:** the Ambassador  \n**Occasion:** summit, Moldova  \n**Handling:** internal\\\nKurti spoke.');
    assert.deepEqual(claims.filter((c) => c.kind === 'name').map((c) => [c.text, c.verdict]), [['Moldova', 'supported'], ['Kurti', 'supported']]);
  });

  test('a bold name ends at its closing marks: "**Emmanuel Macron** of France" is two names, both supported', () => {
    const claims = claimsOf('- **Emmanuel Macron** of France and **Olaf Scholz** of Germany met the two presidents.');
    assert.deepEqual(
      claims.filter((c) => c.kind === 'name').map((c) => [c.text, c.verdict]),
      [['Emmanuel Macron', 'supported'], ['France', 'supported'], ['Olaf Scholz', 'supported'], ['Germany', 'supported']],
    );
    // Without the marks the writer says nothing about where the name ends: "Bank of England" joins.
    assert.ok(claimsOf('The Democratic League of Kosovo met.').some((c) => c.text === 'Democratic League of Kosovo'));
  });

  test('a full stop inside a table cell opens a sentence: "… of the population. Check before use." names no one', () => {
    const draft = '| Figure | Kind | Note |\n| --- | --- | --- |\n| 3.47% | official | Turnout in April. Check before use. |\n';
    assert.deepEqual(claimsOf(draft).map((c) => c.text), ['3.47%']);
    // After a year ending a sentence too: "… in 2008. Talks on normal relations stalled."
    assert.deepEqual(claimsOf('| Grievance | Quote |\n| --- | --- |\n| Talks | "Kosovo declared independence in 2008. Talks on normal relations stalled." |\n').map((c) => c.text), ['Kosovo', '2008']);
    // A capitalised word after an abbreviation or an initial is still read as a name.
    assert.ok(claimsOf('| Who | Note |\n| --- | --- |\n| Kurti | Met U.S. Envoy Gabriel Escobar. |\n').some((c) => c.text === 'Gabriel Escobar'));
  });

  test('"two bills" is supported by the sources\' "both bills"; a draft\'s own "both" is no claim', () => {
    const bills = new FactChecker();
    bills.updateSource('/corpus/bills.txt', Buffer.from('A Just Russia put forward both bills, and linked them to Ukraine.\n'), 'corpus/bills.txt');
    const claims = claimsOf('The party put forward two bills. Both parties agreed.', bills);
    assert.deepEqual(claims.map((c) => [c.text, c.verdict]), [['two', 'supported']]);
  });

  test('plain text drafts are checked too', () => {
    const claims = claimsOf('NATO will send 600 more troops.\n\nKurti spoke.', checker, 'plaintext');
    assert.deepEqual(claims.map((c) => [c.text, c.verdict]), [['NATO', 'supported'], ['600', 'contradicted'], ['Kurti', 'supported']]);
  });
});

describe('indexing', () => {
  test('re-indexing one changed source changes the verdict, without rebuilding the rest', () => {
    const fc = loadCorpus();
    const before = fc.sentenceCount;
    const draft = 'Kosovo Prime Minister Albin Kurti spoke. Lulzim Hetemi entered the building.';
    assert.equal(claim(draft, 'Lulzim Hetemi', fc).verdict, 'supported');
    const path001 = join(corpusDir, '001_69cd343abdbbf914.txt');
    const path004 = join(corpusDir, '004_ccf526d3e15ee97c.txt');
    // Both sources that name Hetemi lose him: the verdict must follow.
    fc.updateSource(path001, Buffer.from(readFileSync(path001, 'utf8').replaceAll('Lulzim Hetemi', 'Lulzim Berisha')), 'corpus/001');
    fc.updateSource(path004, Buffer.from(readFileSync(path004, 'utf8').replaceAll('Lulzim Hetemi', 'Lulzim Berisha')), 'corpus/004');
    assert.equal(fc.sourceCount, 5);
    assert.equal(fc.sentenceCount, before);
    assert.notEqual(claim(draft, 'Lulzim Hetemi', fc).verdict, 'supported');
  });

  test('removing a source forgets what only it said', () => {
    const fc = loadCorpus();
    assert.equal(claim('Igor Simic spoke.', 'Igor Simic', fc).verdict, 'supported');
    assert.equal(fc.removeSource(join(corpusDir, '004_ccf526d3e15ee97c.txt')), true);
    assert.equal(fc.removeSource(join(corpusDir, '004_ccf526d3e15ee97c.txt')), false);
    assert.equal(fc.sourceCount, 4);
    assert.equal(claim('Igor Simic spoke.', 'Igor Simic', fc).verdict, 'unsupported');
  });

  test('a broken source is skipped with a reason and the others stay indexed', () => {
    const fc = loadCorpus();
    const skipped = fc.updateSource('/corpus/scan.txt', Buffer.from('%PDF-1.7\n\u0000\u0001binary'), 'corpus/scan.txt');
    assert.ok(skipped);
    assert.equal(skipped.path, 'corpus/scan.txt');
    assert.match(skipped.reason, /binary/);
    assert.equal(fc.sourceCount, 5);
    assert.equal(claim('NATO will send 700 more troops.', '700', fc).verdict, 'supported');
  });

  test('a cancelled check stops early', () => {
    const draft = Array.from({ length: 50 }, () => 'NATO will send 600 more troops.').join(' ');
    let polls = 0;
    const result = checker.check(draft, 'markdown', { isCancelled: () => ++polls > 3 });
    assert.ok(result.claims.length < 100, `expected fewer than all 100 claims, got ${result.claims.length}`);
  });
});

describe('section numbers and vague figures', () => {
  before(() => {
    checker = loadCorpus();
  });
  test('a heading\'s own number ("## 2. The vote") is no claim; a figure further in the heading still is', () => {
    const text = '## 2. Why 700 more troops\n\nNATO said it would send 700 more troops to Kosovo.\n';
    assert.deepEqual(claimsOf(text).filter((c) => c.kind === 'number').map((c) => [c.text, c.range.start.line]), [['700', 0], ['700', 2]]);
    assert.equal(claimsOf('2. Why troops went\n', checker, 'markdown').filter((c) => c.text === '2').length, 0, 'a list marker is not prose either');
  });
  test('a figure that only fits the sources\' "more than 50 Serbs" is contradicted by their exact 52', () => {
    const found = claim('Thirty peacekeepers and 57 Serbs were injured.', '57');
    assert.equal(found.verdict, 'contradicted');
    assert.equal(found.suggestion, '52');
    assert.equal(claim('More than 50 Serbs were injured in the clashes.', '50').verdict, 'supported', 'the vague figure itself still is');
  });
});

describe('quotations with their speaker on the line below', () => {
  before(() => {
    checker = loadCorpus();
  });
  test('a pull quote\'s attribution line ("— Name") gives the quote its speaker: Kurti\'s words under Vucic\'s name are contradicted', () => {
    const quote = (speaker: string) => `## Quotes\n\n> "Mayors should go and work in their offices."\n> — ${speaker}, to Kosovo Albanian media\n`;
    const wrong = claim(quote('Aleksandar Vucic'), 'Aleksandar Vucic');
    assert.equal(wrong.verdict, 'contradicted');
    assert.equal(wrong.suggestion, 'Albin Kurti');
    assert.equal(wrong.range.start.line, 3, 'reported on the attribution line, in the draft\'s own coordinates');
    assert.equal(claim(quote('Albin Kurti'), 'Albin Kurti').verdict, 'supported');
    // A dash line under a sentence that is no quotation stays a sentence of its own.
    assert.equal(claim('NATO sent more troops.\n— Aleksandar Vucic, in Belgrade\n', 'Aleksandar Vucic').verdict, 'supported');
  });

  test('a pull quote that paraphrases around its quoted words gets its speaker too: "… "the most powerful move" to end the crisis." / "— Igor Simic" → Aleksandar Vučić', () => {
    const quote = (speaker: string) => `> Withdrawing the "alleged mayors" would be "the most powerful move" to end the crisis.\n> — ${speaker}, arriving at the European Political Community summit\n`;
    const wrong = claim(quote('Igor Simic'), 'Igor Simic');
    assert.equal(wrong.verdict, 'contradicted');
    // Spelt as the quoting sentence spells him ("… in Moldova, Vučić said …").
    assert.equal(wrong.suggestion, 'Aleksandar Vučić');
    assert.equal(claim(quote('Aleksandar Vučić'), 'Aleksandar Vučić').verdict, 'supported');
  });
});

describe('quiz and FAQ lines: a short answer on the line under its question', () => {
  before(() => {
    checker = loadCorpus();
  });
  const quiz = (question: string, answer: string) => `1. ${question}\n   **${answer}**\n`;
  test('a figure answering "How many …?" counts what the question asks about', () => {
    assert.equal(claim(quiz('How many municipalities held the boycotted April vote?', 'Four, on a low turnout.'), 'Four').verdict, 'supported');
    const hurt = claim(quiz("How many peacekeepers were hurt in Monday's clashes?", 'Twenty, along with 52 Serb protesters.'), 'Twenty');
    assert.equal(hurt.verdict, 'contradicted');
    assert.equal(hurt.suggestion, '30');
    assert.equal(claim(quiz('How many extra troops is NATO sending?', '700.'), '700').verdict, 'supported');
  });
  test('a name answering "Who said …?" is the quote\'s speaker', () => {
    const wrong = claim(quiz('Who said "Mayors should go and work in their offices"?', 'Aleksandar Vucic.'), 'Aleksandar Vucic');
    assert.equal(wrong.verdict, 'contradicted');
    assert.equal(wrong.suggestion, 'Albin Kurti');
    assert.equal(claim(quiz('Who said "Mayors should go and work in their offices"?', 'Albin Kurti.'), 'Albin Kurti').verdict, 'supported');
  });
  test('a question and the next sentence on the same line stay two sentences', () => {
    const text = 'How many peacekeepers were hurt? Twenty, officials said at first.\n';
    assert.notEqual(claim(text, 'Twenty').suggestion, '30', 'no question noun is lent across a sentence on the same line');
  });
});

describe('a long sentence parted by semicolons is judged clause by clause', () => {
  before(() => {
    checker = loadCorpus();
  });
  const long = (speaker: string) =>
    `Then the diplomacy. ${speaker} called the attacks on peacekeepers "unacceptable"; France and Germany pressed for fresh elections; and Olaf Scholz and Emmanuel Macron arranged to meet Aleksandar Vučić and Vjosa Osmani at the European Political Community summit.`;
  test('each clause finds its own best matches: the quote of the first goes to its speaker', () => {
    const wrong = claim(long('Josep Borrell'), 'Josep Borrell');
    assert.equal(wrong.verdict, 'contradicted');
    assert.equal(wrong.suggestion, 'Antony Blinken');
    assert.equal(claim(long('Antony Blinken'), 'Antony Blinken').verdict, 'supported');
  });
  test('a semicolon inside a quotation, or before a clause too short to stand alone, parts nothing', () => {
    const claims = claimsOf('Kurti said: "we will not back down; the mayors stay"; he spoke in Bratislava, where he attended a security forum.');
    assert.ok(claims.every((c) => c.verdict !== 'contradicted'), JSON.stringify(claims.map((c) => [c.text, c.verdict])));
  });
});

describe('a ticker\'s items parted by " // " are judged one by one', () => {
  before(() => {
    checker = loadCorpus();
  });
  test('an item is not dated by a clock time of the next item: "clashes broke out Friday 26 May // Hetemi entered … at 0530 on Monday"', () => {
    const ticker = 'TICKER: Recap: clashes first broke out Friday 26 May as mayors tried to enter offices // Hetemi entered Leposavic town hall at 0530 on Monday\n';
    const claims = claimsOf(ticker, checker, 'plaintext');
    assert.equal(claims.find((c) => c.text === '26')?.verdict, 'supported', JSON.stringify(claims.map((c) => [c.text, c.verdict, c.message])));
    assert.equal(claims.find((c) => c.text === '0530')?.verdict, 'supported');
    // Each item's claims keep the draft's own positions.
    assert.equal(claims.find((c) => c.text === 'Hetemi')?.range.start.character, ticker.indexOf('Hetemi'));
  });
});

describe('a block quote\'s last short paragraph names the speaker of the quotation above it', () => {
  before(() => {
    checker = loadCorpus();
  });
  test('"> "Mayors should go and work in their offices."" / ">" / "> President Vjosa Osmani" → Albin Kurti, at the name\'s own place', () => {
    const text = 'Intro.\n\n> "Mayors should go and work in their offices. We need normality."\n>\n> President Vjosa Osmani\n';
    const osmani = claimsOf(text, checker, 'markdown').find((c) => c.text === 'Vjosa Osmani');
    assert.equal(osmani?.verdict, 'contradicted');
    assert.equal(osmani?.suggestion, 'Albin Kurti');
    assert.deepEqual(osmani?.range.start, { line: 4, character: 12 });
    const kurti = claimsOf(text.replace('President Vjosa Osmani', 'Prime Minister Albin Kurti'), checker, 'markdown').find((c) => c.text === 'Albin Kurti');
    assert.equal(kurti?.verdict, 'supported');
    // A dashed attribution paragraph, however long, is one too.
    const dashed = claimsOf('> "As long as there is a violent mob outside the municipal buildings, we must have our special units."\n>\n> — **Vjosa Osmani**, speaking at a security forum in Bratislava, Slovakia\n', checker, 'markdown');
    assert.equal(dashed.find((c) => c.text === 'Vjosa Osmani')?.suggestion, 'Albin Kurti');
    // A paragraph of prose after a quotation names no speaker.
    const prose = claimsOf('> "Mayors should go and work in their offices."\n>\n> Vjosa Osmani will meet the leaders on Thursday.\n', checker, 'markdown');
    assert.notEqual(prose.find((c) => c.text === 'Vjosa Osmani')?.verdict, 'contradicted');
  });
});

describe('a "… said:" line hands the block quote under it to the speaker it names', () => {
  before(() => {
    checker = loadCorpus();
  });
  test('"Kosovo\'s president, Vjosa Osmani, said:" over "> "Mayors should go and work in their offices."" → Albin Kurti; the quote\'s own claims stay with the quote', () => {
    const text = 'Kosovo\'s president, Vjosa Osmani, said:\n\n> "Mayors should go and work in their offices," in Zvecan.\n';
    const claims = claimsOf(text, checker, 'markdown');
    const osmani = claims.find((c) => c.text === 'Vjosa Osmani');
    assert.equal(osmani?.verdict, 'contradicted');
    assert.equal(osmani?.suggestion, 'Albin Kurti');
    assert.equal(claims.filter((c) => c.text === 'Zvecan').length, 1);
    assert.equal(claimsOf(text.replace('Kosovo\'s president, Vjosa Osmani', 'Prime Minister Albin Kurti'), checker, 'markdown').find((c) => c.text === 'Albin Kurti')?.verdict, 'supported');
    // A line that introduces no speech leaves the quote below to itself.
    const listed = claimsOf('Vjosa Osmani met the leaders:\n\n> "Mayors should go and work in their offices."\n', checker, 'markdown');
    assert.notEqual(listed.find((c) => c.text === 'Vjosa Osmani')?.verdict, 'contradicted');
  });
});

describe('a header line or a second question is no answer to the question above it', () => {
  before(() => {
    checker = loadCorpus();
  });
  test('"Subject: …?" over "Date: Wed, 31 May 2023" stays a header; "Germany cancelled …?" over "Macron … ?" stays two questions', () => {
    const header = claimsOf('Subject: Up north today?\nDate: Wed, 31 May 2023\n', checker, 'plaintext');
    assert.equal(header.find((c) => c.text === '31')?.verdict, 'supported');
    const questions = claimsOf("- Germany cancelled Pristina's part in a NATO exercise?\n- Macron and Olaf Scholz are seeing Vučić on the sidelines?\n", checker, 'plaintext');
    assert.equal(questions.find((c) => c.text === 'Germany')?.suggestion, 'U.S.');
  });
});

describe('a line set apart as a title capitalises for style', () => {
  before(() => {
    checker = loadCorpus();
  });
  test('"*Visa and Consular Section*" and a memo\'s "From:" line name nothing; a letterhead\'s body and a title line\'s corpus names still are names', () => {
    const names = (text: string, language: 'markdown' | 'plaintext' = 'markdown') => claimsOf(text, checker, language).filter((c) => c.kind === 'name').map((c) => c.text);
    assert.deepEqual(names('Please call the consular line.\n\n*Visa and Consular Section*\n'), []);
    assert.deepEqual(names('Please reply by Friday.\n\n*Procurement and Logistics*\n'), [], 'two long words are title case too');
    assert.deepEqual(names('NEWSROOM NIGHT LOG\nNight of Wednesday 31 May 2023 into Thursday\n', 'plaintext'), []);
    assert.deepEqual(names('**Mitrovica Civic Initiative**\n\nWe write about Zvecan.\n'), ['Mitrovica Civic Initiative', 'Zvecan']);
    assert.deepEqual(names('Balkan Media Resilience Fund\n\nWe write about Zvecan.\n'), ['Balkan Media Resilience Fund', 'Zvecan']);
    assert.deepEqual(names('**Reporting from Zubin Potok and Mitrovica**\n\nAll quiet.\n'), ['Zubin Potok', 'Mitrovica']);
  });
});
