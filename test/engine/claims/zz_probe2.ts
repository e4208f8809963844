import { CorpusIndex } from '../../../server/src/engine/index/corpusIndex';
import { decodeSource, sourceSentences } from '../../../server/src/engine/sources/readSource';
function doc(path: string, text: string) {
  const r = decodeSource(path, new TextEncoder().encode(text), path);
  if (!r.ok) throw new Error(r.reason);
  return r.document;
}
const idx = new CorpusIndex();
const a = doc('/c/a.txt', 'Only 3.47% of eligible voters cast ballots, according to the Kosovo Central Election Commission (KQZ).\nThirty peacekeepers and 52 Serbs were injured on Monday.\n');
console.log(idx.version);
idx.add(a, sourceSentences(a, 0));
console.log(idx.version, idx.sentenceCount, idx.sourceCount);
console.log(idx.names.aliasesOf('kqz'), idx.names.aliasesOf('kosovo central election commission'));
console.log([...(idx.names.get('kqz')?.forms ?? [])], idx.names.get('kosovo central election commission'));
console.log(idx.withValue(52).map(s => s.text), idx.withValue(30).map(s => s.source));
console.log(idx.rank('How many peacekeepers were injured', 3).map(r => [r.sentence.text, r.relevance]));
const a2 = doc('/c/a.txt', 'Vjosa Osmani met Albin Kurti in Pristina.\n');
idx.add(a2, sourceSentences(a2, 0));
console.log(idx.version, idx.sentenceCount, idx.sourceCount, idx.withValue(52).length, idx.names.get('kqz'), idx.names.aliasesOf('kqz'), idx.rank('peacekeepers', 3).length, idx.names.get('albin kurti'));
console.log(idx.remove('/c/a.txt'), idx.remove('/c/a.txt'), idx.version, idx.sentenceCount, idx.names.size, idx.rank('Osmani', 3));
console.log(idx.wordCase.capitalisedInside('kurti'));
