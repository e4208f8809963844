import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex } from '../../../server/src/engine/index/corpusIndex';
import { decodeSource, sourceSentences } from '../../../server/src/engine/sources/readSource';
import type { SourceDocument } from '../../../server/src/engine/types';

const A = [
  'Thirty peacekeepers and 52 Serbs were injured in violence on Monday.',
  'NATO said it would send 700 more troops to boost its 4,000-strong mission.',
  'Only 3.47% of eligible voters cast ballots, according to the Kosovo Central Election Commission (KQZ).',
  'Serbian President Aleksandar Vučić called on Kosovo authorities to withdraw the mayors.',
].join('\n');
const B = ' date 2023-06-01 Kosovo Prime Minister Albin Kurti said he will not back down.\n\nMayors were installed in Zubin Potok and Zvečan.\n';

function doc(name: string, text: string): SourceDocument {
  const read = decodeSource(`/corpus/${name}`, new TextEncoder().encode(text), `corpus/${name}`);
  assert.ok(read.ok);
  return read.document;
}

function indexOf(...docs: SourceDocument[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const d of docs) index.add(d, sourceSentences(d, 0));
  return index;
}

test('add() indexes every sentence of a source, with unique ids across sources', () => {
  const index = indexOf(doc('a.txt', A), doc('b.txt', B));
  assert.equal(index.sourceCount, 2);
  assert.equal(index.sentenceCount, 6);
  assert.ok(index.has('/corpus/a.txt'));
  assert.ok(!index.has('/corpus/c.txt'));
  // Both sources numbered their sentences from 0; the index gives each its own id.
  const ids = index.rank('Kosovo', 10).map((r) => r.sentence.source.id);
  assert.equal(new Set(ids).size, ids.length);
  const kurti = index.rank('Kurti', 1)[0].sentence;
  assert.equal(index.sentence(kurti.source.id), kurti);
  assert.equal(kurti.source.displayPath, 'corpus/b.txt');
  assert.equal(kurti.source.date, '2023-06-01');
  assert.deepEqual(kurti.source.range.start, { line: 0, character: ' date 2023-06-01 '.length });
});

test('withValue() finds the sentences that state a value, in digits or in words', () => {
  const index = indexOf(doc('a.txt', A), doc('b.txt', B));
  assert.deepEqual(index.withValue(52).map((s) => s.text), ['Thirty peacekeepers and 52 Serbs were injured in violence on Monday.']);
  assert.deepEqual(index.withValue(30).map((s) => s.text), ['Thirty peacekeepers and 52 Serbs were injured in violence on Monday.']);
  assert.deepEqual(index.withValue(4000).map((s) => s.source.range.start.line), [1]);
  assert.deepEqual(index.withValue(3.47).map((s) => s.source.range.start.line), [2]);
  assert.deepEqual(index.withValue(999), []);
});

test('rank() puts the best BM25 match first with relevance 1, folding accents', () => {
  const index = indexOf(doc('a.txt', A), doc('b.txt', B));
  const ranked = index.rank('How many peacekeepers were injured?', 3);
  assert.equal(ranked[0].sentence.text, 'Thirty peacekeepers and 52 Serbs were injured in violence on Monday.');
  assert.equal(ranked[0].relevance, 1);
  for (const r of ranked) assert.ok(r.relevance > 0 && r.relevance <= 1);
  assert.equal(index.rank('Vucic', 1)[0].sentence.text, 'Serbian President Aleksandar Vučić called on Kosovo authorities to withdraw the mayors.');
  assert.equal(index.rank('Zvecan', 1)[0].sentence.text, 'Mayors were installed in Zubin Potok and Zvečan.');
  assert.equal(index.rank('Kosovo', 1).length, 1, 'limit');
  assert.deepEqual(index.rank('the and of was', 5), [], 'stop words alone match nothing');
});

test('names, roles and word case of the sources are indexed', () => {
  const index = indexOf(doc('a.txt', A), doc('b.txt', B));
  const vucic = index.names.get('aleksandar vucic');
  assert.ok(vucic);
  assert.deepEqual([...vucic.forms.keys()], ['Aleksandar Vučić']);
  assert.deepEqual([...vucic.roles.keys()], ['serbian president']);
  assert.deepEqual(index.names.holdersOf('kosovo prime minister'), ['albin kurti']);
  assert.ok(index.names.get('zubin potok'));
  assert.ok(index.wordCase.capitalisedInside('kosovo') > 0);
  assert.ok(index.wordCase.lowercase('mayors') > 0);
});

test('an acronym defined as "Kosovo Central Election Commission (KQZ)" aliases KQZ', () => {
  const index = indexOf(doc('a.txt', A));
  assert.deepEqual(index.names.aliasesOf('kqz'), ['kosovo central election commission']);
  assert.deepEqual(index.names.aliasesOf('kosovo central election commission'), ['kqz']);
});

test('a one-word expansion is not trusted as an acronym definition; a long form the name finder cut at "in" is read whole', () => {
  const index = indexOf(doc('k.txt', "Security was increased by NATO's Peacekeeping Force in Kosovo (KFOR) units.\nPolice stood with the European Union Rule of Law Mission in Kosovo (EULEX).\nHe lives in Kosovo (KS).\n"));
  assert.ok(index.names.get('kfor'));
  assert.deepEqual(index.names.aliasesOf('kfor'), ['peacekeeping force in kosovo']);
  assert.deepEqual(index.names.aliasesOf('eulex'), ['european union rule of law mission in kosovo']);
  assert.deepEqual(index.names.aliasesOf('kosovo'), []);
  assert.deepEqual(index.names.aliasesOf('ks'), []);
});

test('re-adding a path replaces its sentences, values and names', () => {
  const index = indexOf(doc('a.txt', A), doc('b.txt', B));
  const replacement = doc('a.txt', 'Vjosa Osmani met envoys in Pristina on Tuesday.\n');
  index.add(replacement, sourceSentences(replacement, 0));
  assert.equal(index.sourceCount, 2);
  assert.equal(index.sentenceCount, 3);
  assert.deepEqual(index.withValue(52), []);
  assert.equal(index.names.get('aleksandar vucic'), undefined);
  assert.deepEqual(index.names.aliasesOf('kqz'), []);
  assert.deepEqual(index.rank('peacekeepers', 5), []);
  assert.equal(index.rank('Osmani', 5)[0].sentence.text, 'Vjosa Osmani met envoys in Pristina on Tuesday.');
  assert.ok(index.names.get('vjosa osmani'));
  // The other source is untouched.
  assert.ok(index.names.get('albin kurti'));
});

test('remove() forgets names, values, aliases, search hits and word case', () => {
  const a = doc('a.txt', A);
  const index = indexOf(a);
  const ids = index.rank('Kosovo peacekeepers NATO voters', 10).map((r) => r.sentence.source.id);
  assert.equal(index.remove('/corpus/a.txt'), true);
  assert.equal(index.has('/corpus/a.txt'), false);
  assert.equal(index.sourceCount, 0);
  assert.equal(index.sentenceCount, 0);
  for (const id of ids) assert.equal(index.sentence(id), undefined);
  assert.deepEqual(index.withValue(52), []);
  assert.deepEqual(index.withValue(700), []);
  assert.equal(index.names.size, 0);
  assert.deepEqual(index.names.aliasesOf('kqz'), []);
  assert.deepEqual(index.names.holdersOf('serbian president'), []);
  assert.deepEqual(index.rank('peacekeepers', 5), []);
  assert.equal(index.wordCase.capitalisedInside('kosovo'), 0);
  assert.equal(index.wordCase.lowercase('peacekeepers'), 0);
});

test('remove() of one source keeps a name the other source also uses', () => {
  const index = indexOf(doc('a.txt', A), doc('c.txt', 'Kosovo police guarded the town hall.\n'));
  assert.equal(index.names.get('kosovo')!.sentenceIds.size, 2); // "Kosovo authorities" and "Kosovo police"
  index.remove('/corpus/a.txt');
  const kosovo = index.names.get('kosovo');
  assert.ok(kosovo);
  assert.deepEqual([...kosovo.sentenceIds].map((id) => index.sentence(id)!.text), ['Kosovo police guarded the town hall.']);
});

test('version changes whenever the index does, and only then', () => {
  const index = new CorpusIndex();
  const a = doc('a.txt', A);
  const seen = [index.version];
  index.add(a, sourceSentences(a, 0));
  seen.push(index.version);
  index.add(a, sourceSentences(a, 0));
  seen.push(index.version);
  assert.equal(index.remove('/corpus/a.txt'), true);
  seen.push(index.version);
  assert.equal(new Set(seen).size, seen.length, `versions ${seen.join(', ')}`);
  const before = index.version;
  assert.equal(index.remove('/corpus/a.txt'), false);
  assert.equal(index.remove('/corpus/never.txt'), false);
  assert.equal(index.version, before);
});

test('the seed corpus: spellings, acronyms and figures across the five articles', () => {
  const dir = join(__dirname, '../../../corpus');
  const index = new CorpusIndex();
  for (const name of readdirSync(dir).sort()) {
    const read = decodeSource(join(dir, name), readFileSync(join(dir, name)), `corpus/${name}`);
    assert.ok(read.ok);
    index.add(read.document, sourceSentences(read.document, 0));
  }
  assert.equal(index.sourceCount, 5);
  const vucic = index.names.get('aleksandar vucic');
  assert.ok(vucic);
  assert.ok(vucic.forms.has('Aleksandar Vučić') && vucic.forms.has('Aleksandar Vucic'), [...vucic.forms.keys()].join(', '));
  const kfor = index.names.get('kfor');
  assert.ok(kfor);
  assert.ok(kfor.forms.has('KFOR') && kfor.forms.has('KFor'), [...kfor.forms.keys()].join(', '));
  assert.deepEqual(index.names.aliasesOf('kqz'), ['kosovo central election commission']);
  assert.deepEqual(index.names.holdersOf('kosovo prime minister'), ['albin kurti']);
  const troops = index.withValue(3800);
  assert.equal(troops.length, 1);
  assert.match(troops[0].text, /almost 3,800 troops/);
  assert.equal(troops[0].source.displayPath, 'corpus/003_8fbeb65e4de37aad.txt');
  assert.equal(index.rank('Hetemi entered the building at 0530', 1)[0].sentence.source.displayPath, 'corpus/001_69cd343abdbbf914.txt');
});

test('an analysed sentence follows the corpus: a word the sources start writing in lower case stops being a name, and back', () => {
  const index = indexOf(doc('a.txt', 'Zorba spoke to the council on Monday.\n'));
  const names = () => index.sentence(index.rank('council', 1)[0]!.sentence.source.id)!.names.map((n) => n.text);
  assert.deepEqual(names(), ['Zorba'], 'an unknown capitalised first word is a name');
  const lower = doc('b.txt', 'We zorba so. They zorba to win. Our zorba is real. The zorba remains. No zorba left.\n');
  index.add(lower, sourceSentences(lower, 0));
  assert.deepEqual(names(), [], 'the corpus writes it in lower case: a word, not a name');
  index.remove('/corpus/b.txt');
  assert.deepEqual(names(), ['Zorba']);
});

test('a sentence repeated word for word in two sources is cited from each, with its own place and date', () => {
  const line = 'NATO said it would send 700 more troops to boost its 4,000-strong mission.';
  const wire = doc('wire.txt', ` date 2023-05-30 ${line}\n`);
  const paper = doc('paper.txt', `Headline first.\n\n${line}\n`);
  const index = indexOf(wire, paper);
  const [first, second] = index.withValue(700);
  assert.ok(first && second, 'both copies are found by value');
  assert.deepEqual(
    [first, second].map((s) => [s.source.displayPath, s.source.range.start.line, s.source.date]).sort(),
    [['corpus/paper.txt', 2, undefined], ['corpus/wire.txt', 0, '2023-05-30']],
  );
  assert.deepEqual(second.numbers.map((n) => n.value), first.numbers.map((n) => n.value), 'the same words read the same way');
  index.remove('/corpus/wire.txt');
  assert.deepEqual(index.withValue(700).map((s) => s.source.displayPath), ['corpus/paper.txt'], 'the copy left is cited once removed');
});

test('mayStateValue() screens sentences by their figures without tagging, "one" included', () => {
  const index = indexOf(doc('a.txt', 'NATO said it would send 700 more troops.\n\nOne officer was hurt.\n\nNobody else spoke.\n'));
  const [troops, officer, nobody] = [index.rank('troops', 1), index.rank('officer', 1), index.rank('nobody', 1)].map((r) => r[0]!.id);
  const exactly = (value: number) => (v: number) => v === value;
  assert.equal(index.mayStateValue(troops, exactly(700)), true);
  assert.equal(index.mayStateValue(troops, exactly(600)), false);
  assert.equal(index.mayStateValue(officer, exactly(1)), true, 'the untagged reading leaves "one" out; the screen must not');
  assert.equal(index.mayStateValue(nobody, exactly(1)), false);
  assert.equal(index.mayStateValue(nobody, () => true), false, 'no figure at all');
});
