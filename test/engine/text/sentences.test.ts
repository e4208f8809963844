import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences, type SentenceSplitOptions } from '../../../server/src/engine/text/sentences';

const plain: SentenceSplitOptions = { lineBreaks: 'plaintext' };
const markdown: SentenceSplitOptions = { lineBreaks: 'markdown' };

function split(text: string, options: SentenceSplitOptions = plain): string[] {
  return splitSentences(text, options).map((s) => text.slice(s.start, s.end));
}

test('abbreviations and titles do not end a sentence', () => {
  assert.deepEqual(split('Mr. Smith met Dr. Jones and Lt. Gen. Ward. They talked.'), [
    'Mr. Smith met Dr. Jones and Lt. Gen. Ward.',
    'They talked.',
  ]);
  assert.deepEqual(split('Sen. Warren and Gov. Newsom spoke on Jan. 5 at 5 p.m. in St. Louis.'), [
    'Sen. Warren and Gov. Newsom spoke on Jan. 5 at 5 p.m. in St. Louis.',
  ]);
  assert.deepEqual(split('It was No. 10 on the list, e.g. the top ten, i.e. most etc. and so on.'), [
    'It was No. 10 on the list, e.g. the top ten, i.e. most etc. and so on.',
  ]);
  assert.deepEqual(split('Ford vs. Ferrari was released. It won.'), ['Ford vs. Ferrari was released.', 'It won.']);
});

test('an initialism stays inside a name but ends a sentence before a clear sentence start', () => {
  assert.deepEqual(split('The U.S. Secretary of State arrived. The U.N. mission waited.'), [
    'The U.S. Secretary of State arrived.',
    'The U.N. mission waited.',
  ]);
  assert.deepEqual(split('He lives in the U.S. He said so.'), ['He lives in the U.S.', 'He said so.']);
  assert.deepEqual(split('President John F. Kennedy spoke.'), ['President John F. Kennedy spoke.']);
  assert.deepEqual(split('Shares of Acme Inc. The company fell.'), ['Shares of Acme Inc.', 'The company fell.']);
});

test('a segment starting in lower case continues the sentence', () => {
  assert.deepEqual(split('“Is it over?” he asked. Nobody answered.'), ['“Is it over?” he asked.', 'Nobody answered.']);
  assert.deepEqual(split('Why? she said.'), ['Why? she said.']);
});

test('decimals and percentages never split', () => {
  assert.deepEqual(split('Turnout was 3.5 percent. Only 3.47% voted, and 0.5 of them late.'), [
    'Turnout was 3.5 percent.',
    'Only 3.47% voted, and 0.5 of them late.',
  ]);
});

test('quotations split after the attribution, and a closing quote with its attribution is one sentence', () => {
  assert.deepEqual(split('"Mayors should go," Kurti said. "We need them."'), ['"Mayors should go," Kurti said.', '"We need them."']);
  assert.deepEqual(split("''KFOR urges Belgrade and Pristina to engage,'' said the statement."), [
    "''KFOR urges Belgrade and Pristina to engage,'' said the statement.",
  ]);
  assert.deepEqual(split('He said “stop.” Then he left.'), ['He said “stop.”', 'Then he left.']);
});

test('plain text: a headline line is its own sentence, a hard-wrapped line is not', () => {
  const text = 'US, France and Germany intensify diplomatic pressure\nKosovo Prime Minister Albin Kurti has said no.';
  assert.deepEqual(split(text), ['US, France and Germany intensify diplomatic pressure', 'Kosovo Prime Minister Albin Kurti has said no.']);
  assert.deepEqual(split('Talks were held with the president of\nKosovo on Monday, and\nthe envoy said so.'), [
    'Talks were held with the president of\nKosovo on Monday, and\nthe envoy said so.',
  ]);
  assert.deepEqual(split('The mayors took office in\nZvecan. The police said\n“enough”.'), [
    'The mayors took office in\nZvecan.',
    'The police said\n“enough”.',
  ]);
  assert.deepEqual(split('A meeting with Mr.\nSmith is planned.'), ['A meeting with Mr.\nSmith is planned.']);
  assert.deepEqual(split('Items:\n- 700 troops\n- 4,000 strong mission'), ['Items:\n- 700 troops', '- 4,000 strong mission']);
});

test('blank lines always end a sentence, in both modes', () => {
  assert.deepEqual(split('First part of\n\nsecond part'), ['First part of', 'second part']);
  assert.deepEqual(split('First part of\n\nsecond part', markdown), ['First part of', 'second part']);
});

test('markdown: soft line breaks are spaces', () => {
  assert.deepEqual(split('Ethnic Serbs gather\nIn northern Kosovo.\nThey protest.', markdown), [
    'Ethnic Serbs gather\nIn northern Kosovo.',
    'They protest.',
  ]);
  assert.deepEqual(split('US, France and Germany intensify diplomatic pressure\nKosovo says no.', plain).length, 2);
  assert.deepEqual(split('US, France and Germany intensify diplomatic pressure\nKosovo says no.', markdown).length, 1);
});

test('spans are trimmed and CRLF stays outside them', () => {
  const text = '  Hello there.  \r\n\r\n  Second line here.\r\nThird one.\r\n';
  const spans = splitSentences(text, plain);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Hello there.', 'Second line here.', 'Third one.']);
  for (const s of spans) {
    assert.ok(s.end > s.start);
    assert.doesNotMatch(text.slice(s.start, s.end), /^\s|\s$/);
  }
  assert.deepEqual(splitSentences('', plain), []);
  assert.deepEqual(splitSentences(' \n\r\n\t', plain), []);
});

test('seed corpus: sane sentence count and known boundaries', () => {
  const dir = join(__dirname, '../../../corpus');
  const file = (name: string) => readFileSync(join(dir, name), 'utf8');
  const t0 = file('000_9d908ecb5e6367bb.txt');
  const s0 = split(t0);
  assert.equal(s0.length, 20);
  assert.ok(s0.includes('US, France and Germany intensify diplomatic pressure'));
  assert.ok(s0.some((s) => s.startsWith('US Secretary of State Antony Blinken urged both Pristina') && s.endsWith('at risk.')));
  assert.ok(s0.includes('"Mayors should go and work in their offices," Kurti told Kosovo Albanian media.'));
  const t3 = file('003_8fbeb65e4de37aad.txt');
  const s3 = split(t3);
  assert.ok(s3.includes('Mr Blinken described violence against soldiers from the multinational force known as KFor as “unacceptable”.'));
  assert.ok(s3.includes('The Nato-led peacekeeping mission, KFor, currently consists of almost 3,800 troops.'));
  const t4 = file('004_ccf526d3e15ee97c.txt');
  assert.ok(split(t4).includes('Demonstration in Mitrovica'));
});

test('a 1 MB single line is split quickly and completely', () => {
  const sentence = 'The U.S. envoy met Mr. Kurti on Jan. 5 and 3.5% of voters came. ';
  const text = sentence.repeat(Math.ceil((1024 * 1024) / sentence.length));
  const started = performance.now();
  const spans = splitSentences(text, plain);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 2000, `took ${elapsed} ms`);
  assert.equal(spans.length, Math.ceil((1024 * 1024) / sentence.length));
  assert.ok(spans.every((s) => text.slice(s.start, s.end) === sentence.trim()));
});

test('a 1 MB line with no sentence end and no spaces still finishes', () => {
  const words = 'word '.repeat(200_000);
  const started = performance.now();
  assert.equal(splitSentences(words, plain).length, 1);
  assert.equal(splitSentences('x'.repeat(1_000_000), markdown).length, 1);
  assert.ok(performance.now() - started < 3000);
});

test('memo and chat lines a Markdown renderer runs into one paragraph stay apart: a field label, a line under a one-word header', () => {
  const md = (text: string) => splitSentences(text, { lineBreaks: 'markdown' }).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(md('Appellant: an ethnic Albanian resident of Mitrovica\nSource of facts: the press file'), [
    'Appellant: an ethnic Albanian resident of Mitrovica',
    'Source of facts: the press file',
  ]);
  assert.deepEqual(md('ines  \nCasualties?'), ['ines', 'Casualties?']);
  // Wrapped prose still runs on: "the president of\nKosovo said".
  assert.deepEqual(md('Serbs protested outside the town halls, and the president of\nKosovo said the mayors would stay.'), [
    'Serbs protested outside the town halls, and the president of\nKosovo said the mayors would stay.',
  ]);
});

test('a citation in brackets right after a quotation stays with it', () => {
  // A block quote's attribution ends its paragraph.
  assert.deepEqual(split('"That would attract my attention." (Osmani)\n\nThen she left.', plain), ['"That would attract my attention." (Osmani)', 'Then she left.']);
  assert.deepEqual(split('"Mayors should go to work." (Kurti, to Reuters)', markdown), ['"Mayors should go to work." (Kurti, to Reuters)']);
  // A bracket after a plain sentence, or a long aside, is its own.
  assert.deepEqual(split('He left. (He came back later.)', markdown), ['He left.', '(He came back later.)']);
});

test('a chat log\'s lines opened by handles in lower case are messages of their own, ended or not', () => {
  assert.deepEqual(split('bike-mitro: also a Reuters guy counted a few dozen Serbs, fewer than before\nvan-west: Zubin Potok: police standing by the town hall'), [
    'bike-mitro: also a Reuters guy counted a few dozen Serbs, fewer than before',
    'van-west: Zubin Potok: police standing by the town hall',
  ]);
  // Hard-wrapped prose that happens to hold a colon stays one sentence.
  assert.equal(split('the crowd was told the news\nbefore: nothing had changed').length, 1);
});
