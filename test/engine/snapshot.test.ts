// A restarted server loads the index it saved instead of reading every source again.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { FactChecker, indexCorpus } from '../../server/src/engine';

const corpus = join(__dirname, '..', '..', 'corpus');
const scratch = mkdtempSync(join(tmpdir(), 'factcheck-snapshot-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const draft = 'NATO said it would send 600 more troops. Igor Simich spoke. Lulzim Hetemi entered at 0530.';

function verdicts(fc: FactChecker): string[] {
  return fc.check(draft, 'markdown').claims.map((c) => `${c.text}:${c.verdict}:${c.suggestion ?? ''}:${c.evidence[0]?.displayPath ?? ''}`);
}

test('a restored snapshot gives the same verdicts, evidence and counts as the index it was taken from', async () => {
  const original = new FactChecker();
  await indexCorpus(original, [corpus]);
  const restored = new FactChecker();
  assert.equal(restored.restore(original.snapshot()), true);
  assert.equal(restored.sourceCount, original.sourceCount);
  assert.equal(restored.sentenceCount, original.sentenceCount);
  assert.deepEqual(verdicts(restored), verdicts(original));
  assert.ok(verdicts(restored).includes('600:contradicted:700:corpus/001_69cd343abdbbf914.txt') || verdicts(restored).some((v) => v.startsWith('600:contradicted:700')));
});

test('after a restore, only sources changed on disk are read again, and removal still works', async () => {
  const folder = join(scratch, 'corpus');
  cpSync(corpus, folder, { recursive: true });
  const first = new FactChecker();
  await indexCorpus(first, [folder]);
  const saved = first.snapshot();

  // One source changes on disk: a different size and time.
  const changed = join(folder, '001_69cd343abdbbf914.txt');
  writeFileSync(changed, readFileSync(changed, 'utf8').replaceAll('Lulzim Hetemi', 'Lulzim Berisha'));
  utimesSync(changed, new Date(), new Date(Date.now() + 5_000));
  const other = join(folder, '004_ccf526d3e15ee97c.txt');
  writeFileSync(other, readFileSync(other, 'utf8').replaceAll('Lulzim Hetemi', 'Lulzim Berisha'));
  utimesSync(other, new Date(), new Date(Date.now() + 5_000));

  const second = new FactChecker();
  assert.equal(second.restore(saved), true);
  const read: string[] = [];
  const spy = {
    updateSource: (path: string, bytes: Uint8Array, displayPath?: string, fingerprint?: string) => {
      read.push(path);
      return second.updateSource(path, bytes, displayPath, fingerprint);
    },
    sourceFingerprint: (path: string) => second.sourceFingerprint(path),
  };
  const report = await indexCorpus(spy, [folder]);
  assert.deepEqual(read.sort(), [changed, other].sort(), 'unchanged files are not read again');
  assert.equal(report.indexed, 5);
  const hetemi = second.check('Lulzim Hetemi entered the building.', 'markdown').claims.find((c) => c.text === 'Lulzim Hetemi')!;
  assert.notEqual(hetemi.verdict, 'supported', 'the changed sources no longer name him');

  assert.equal(second.removeSource(changed), true);
  assert.equal(second.sourceCount, 4);
});

test('a snapshot that is not one is refused and the index is kept', async () => {
  const fc = new FactChecker();
  await indexCorpus(fc, [corpus]);
  assert.equal(fc.restore(Buffer.from('{"format": 999}')), false);
  assert.equal(fc.restore(Buffer.from('not json')), false);
  assert.equal(fc.sourceCount, 5);
});

test('nothing is lost in a save and load: saving the loaded index gives the same bytes, roles and acronyms included', async () => {
  const original = new FactChecker();
  await indexCorpus(original, [corpus]);
  // A source with front matter (title, date), roles, a demonym and an acronym definition.
  original.updateSource(
    join(scratch, 'extra.md'),
    Buffer.from('---\ntitle: Extra\ndate: 2023-06-02\n---\nFrench President Emmanuel Macron met Serbian officials of the Kosovo Force (KFOR) in 2023.\n'),
  );
  const saved = original.snapshot();
  const loaded = new FactChecker();
  assert.equal(loaded.restore(saved), true);
  assert.deepEqual(Buffer.from(loaded.snapshot()), Buffer.from(saved));
  const macron = loaded.check('French President Emmanuel Macron spoke to KFOR.', 'markdown').claims;
  assert.deepEqual(macron.map((c) => `${c.text}:${c.verdict}`), ['Emmanuel Macron:supported', 'KFOR:supported']);
  assert.equal(macron[0]!.evidence.find((e) => e.displayPath.endsWith('extra.md'))?.date, '2023-06-02');
});

test('a snapshot cut short or damaged in its body is refused, and the index is kept', async () => {
  const fc = new FactChecker();
  await indexCorpus(fc, [corpus]);
  const saved = fc.snapshot();
  const fresh = new FactChecker();
  assert.equal(fresh.restore(saved.subarray(0, Math.floor(saved.length / 2))), false);
  const damaged = Buffer.from(saved);
  damaged.writeUInt32LE(0xffffff, 4); // a header length past the end
  assert.equal(fresh.restore(damaged), false);
  assert.equal(fresh.sourceCount, 0);
  assert.equal(fresh.restore(saved), true);
  assert.equal(fresh.sourceCount, 5);
});

test('an index loaded, changed and saved again loads with the change: new sentences after the loaded ones', async () => {
  const first = new FactChecker();
  await indexCorpus(first, [corpus]);
  const loaded = new FactChecker();
  assert.equal(loaded.restore(first.snapshot()), true);
  // The one source giving the turnout now says 4.7%.
  const turnout = join(corpus, '002_d4eaac29448d7c9b.txt');
  loaded.updateSource(turnout, Buffer.from(readFileSync(turnout, 'utf8').replaceAll('3.47%', '4.7%')), 'corpus/002_d4eaac29448d7c9b.txt');
  loaded.removeSource(join(corpus, '004_ccf526d3e15ee97c.txt'));
  const again = new FactChecker();
  assert.equal(again.restore(loaded.snapshot()), true);
  assert.equal(again.sourceCount, 4);
  assert.equal(again.sentenceCount, loaded.sentenceCount);
  const claims = again.check('Only 3.47% of eligible voters cast ballots. Igor Simic spoke.', 'markdown').claims;
  assert.equal(claims.find((c) => c.text === '3.47%')?.suggestion, '4.7%');
  assert.ok(!claims.some((c) => c.evidence.some((e) => e.displayPath.includes('004_'))), 'the removed source is cited nowhere');
});
