import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_MAX_SOURCE_BYTES,
  decodeSource,
  sourceSentences,
  type ReadSourceResult,
} from '../../../server/src/engine/sources/readSource';
import type { SourceDocument } from '../../../server/src/engine/types';

const corpus = join(__dirname, '../../../corpus');
const utf8 = (text: string) => new TextEncoder().encode(text);

function decoded(result: ReadSourceResult): SourceDocument {
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.document;
}

function seed(name: string): SourceDocument {
  const path = join(corpus, name);
  return decoded(decodeSource(path, readFileSync(path), `corpus/${name}`));
}

test('seed 000: a sentence is cited on its own line with its exact range', () => {
  const doc = seed('000_9d908ecb5e6367bb.txt');
  assert.equal(doc.date, undefined);
  assert.equal(doc.bodyStart, 0);
  const sentences = sourceSentences(doc, 1);
  assert.equal(sentences.length, 20);
  assert.deepEqual(sentences.map((s) => s.id), Array.from({ length: 20 }, (_, i) => i + 1));
  const line6 = doc.text.split('\n')[6]!;
  const clashes = sentences.find((s) => s.text.startsWith('The clashes prompted NATO to announce'));
  assert.ok(clashes);
  assert.equal(clashes.text, line6);
  assert.deepEqual(clashes.range, { start: { line: 6, character: 0 }, end: { line: 6, character: line6.length } });
  assert.equal(clashes.displayPath, 'corpus/000_9d908ecb5e6367bb.txt');
  assert.ok(sentences.some((s) => s.text === 'US, France and Germany intensify diplomatic pressure'));
  assert.ok(sentences.some((s) => /^US Secretary of State Antony Blinken urged .* at risk\.$/.test(s.text)));
});

test('seed 001: the dateline gives the date and the first sentence starts after it', () => {
  const doc = seed('001_69cd343abdbbf914.txt');
  assert.equal(doc.date, '2023-06-01');
  assert.equal(doc.text.slice(doc.bodyStart, doc.bodyStart + 17), 'Serbian President');
  const [first] = sourceSentences(doc, 0);
  assert.ok(first);
  assert.ok(first.text.startsWith('Serbian President Aleksandar Vučić called on Thursday'));
  assert.deepEqual(first.range.start, { line: 0, character: ' date 2023-06-01 '.length });
  assert.equal(first.date, '2023-06-01');
  const all = sourceSentences(doc, 0);
  assert.ok(all.every((s) => !s.text.includes('date 2023')));
  assert.ok(all.some((s) => s.text.includes('the U.S., the most outspoken supporter')));
});

test('seed 003: "Mr Blinken described" stays whole and every seed splits sanely', () => {
  const doc = seed('003_8fbeb65e4de37aad.txt');
  const mr = sourceSentences(doc, 0).find((s) => s.text.startsWith('Mr Blinken described'));
  assert.equal(mr?.text, 'Mr Blinken described violence against soldiers from the multinational force known as KFor as “unacceptable”.');
  let total = 0;
  for (const name of ['000_9d908ecb5e6367bb.txt', '001_69cd343abdbbf914.txt', '002_d4eaac29448d7c9b.txt', '003_8fbeb65e4de37aad.txt', '004_ccf526d3e15ee97c.txt']) {
    total += sourceSentences(seed(name), 0).length;
  }
  assert.ok(total >= 95 && total <= 115, `${total} sentences`);
});

test('text is collapsed to one line while the range spans the original lines (CRLF)', () => {
  const text = 'The president of\r\nKosovo  said   so.\r\nSecond one.\r\n';
  const doc = decoded(decodeSource('/c/a.txt', utf8(text), 'a.txt'));
  const sentences = sourceSentences(doc, 7);
  assert.deepEqual(sentences.map((s) => [s.id, s.text]), [[7, 'The president of Kosovo said so.'], [8, 'Second one.']]);
  assert.deepEqual(sentences[0]!.range, { start: { line: 0, character: 0 }, end: { line: 1, character: 18 } });
  assert.deepEqual(sentences[1]!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 11 } });
});

test('decoding: BOMs, UTF-16 and invalid bytes', () => {
  const bom = decoded(decodeSource('/c/b.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Vučić spoke.')]), 'b.txt'));
  assert.equal(bom.text, 'Vučić spoke.');
  assert.deepEqual(sourceSentences(bom, 0)[0]!.range.start, { line: 0, character: 0 });

  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zvečan is calm.\nNo more.', 'utf16le')]);
  assert.equal(decoded(decodeSource('/c/le.txt', le, 'le.txt')).text, 'Zvečan is calm.\nNo more.');
  const be = Buffer.from(le.subarray(2)).swap16();
  assert.equal(decoded(decodeSource('/c/be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'be.txt')).text, 'Zvečan is calm.\nNo more.');

  assert.deepEqual(decodeSource('/c/x.txt', new Uint8Array([0x41, 0xc3, 0x28, 0x42]), 'x.txt'), { ok: false, reason: 'not valid UTF-8 text' });
  assert.deepEqual(decodeSource('/c/x.txt', Buffer.from('latin1 caf\xe9', 'latin1'), 'x.txt'), { ok: false, reason: 'not valid UTF-8 text' });
});

test('binary files are named, not decoded', () => {
  const reason = (bytes: Uint8Array) => {
    const result = decodeSource('/c/f.txt', bytes, 'f.txt');
    return result.ok ? 'ok' : result.reason;
  };
  assert.equal(reason(utf8('%PDF-1.7\n1 0 obj')), 'binary file (PDF)');
  assert.equal(reason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])), 'binary file (PNG)');
  assert.equal(reason(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])), 'binary file (JPEG)');
  assert.equal(reason(utf8('GIF89a...')), 'binary file (GIF)');
  assert.equal(reason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14])), 'binary file (ZIP or Office document)');
  assert.equal(reason(new Uint8Array([0x41, 0x42, 0x00, 0x43])), 'binary file');
});

test('size limit, empty files and metadata-only files', () => {
  assert.deepEqual(decodeSource('/c/a.txt', utf8('x'.repeat(2048)), 'a.txt', 1024), { ok: false, reason: 'larger than 1 KB limit' });
  const big = new Uint8Array(DEFAULT_MAX_SOURCE_BYTES + 1).fill(0x61);
  assert.deepEqual(decodeSource('/c/a.txt', big, 'a.txt'), { ok: false, reason: 'larger than 20 MB limit' });
  assert.deepEqual(decodeSource('/c/a.txt', new Uint8Array(), 'a.txt'), { ok: false, reason: 'empty file' });
  assert.deepEqual(decodeSource('/c/a.txt', utf8(' \r\n\t\n'), 'a.txt'), { ok: false, reason: 'empty file' });
  assert.equal(decodeSource('/c/a.txt', utf8(' date 2023-06-01\n'), 'a.txt').ok, false);
});

test('a dateline on its own line and one that is not a date', () => {
  const own = decoded(decodeSource('/c/a.txt', utf8('date 2023-05-29\nKFOR urged calm.'), 'a.txt'));
  assert.equal(own.date, '2023-05-29');
  assert.deepEqual(sourceSentences(own, 0).map((s) => [s.text, s.range.start.line]), [['KFOR urged calm.', 1]]);
  const prose = decoded(decodeSource('/c/a.txt', utf8('Date palms grow in 2023-era farms.'), 'a.txt'));
  assert.equal(prose.date, undefined);
  assert.equal(prose.bodyStart, 0);
});

test('markdown: front matter is metadata, markup is not sentence text, headings stand alone', () => {
  const text = [
    '---',
    'title: "Kosovo: mayors stay"',
    'date: 2023-06-01T08:00:00Z',
    '---',
    '',
    '# Unrest in the north',
    'NATO will send **700 more** troops.',
    'They join 3,800 others.',
    '',
    '- Kurti said the mayors stay',
    '',
  ].join('\n');
  const doc = decoded(decodeSource('/c/n.md', utf8(text), 'n.md'));
  assert.equal(doc.title, 'Kosovo: mayors stay');
  assert.equal(doc.date, '2023-06-01');
  assert.equal(doc.text.slice(doc.bodyStart, doc.bodyStart + 7), '# Unres');
  const sentences = sourceSentences(doc, 0);
  assert.deepEqual(sentences.map((s) => s.text), [
    'Unrest in the north',
    'NATO will send 700 more troops.',
    'They join 3,800 others.',
    'Kurti said the mayors stay',
  ]);
  assert.equal(sentences[0]!.title, 'Kosovo: mayors stay');
  assert.deepEqual(sentences[1]!.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 35 } });
  assert.deepEqual(sentences[3]!.range.start, { line: 9, character: 2 });
});

test('a .txt file keeps markdown-looking characters as text', () => {
  const doc = decoded(decodeSource('/c/a.txt', utf8('NATO sent **700** troops.'), 'a.txt'));
  assert.equal(sourceSentences(doc, 0)[0]!.text, 'NATO sent **700** troops.');
});
