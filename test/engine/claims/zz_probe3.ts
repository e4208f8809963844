import { CorpusIndex } from '../../../server/src/engine/index/corpusIndex';
import { decodeSource, sourceSentences } from '../../../server/src/engine/sources/readSource';
import { analyseSentence, combinedEvidence, WordCaseCounter } from '../../../server/src/engine/claims/analyse';
import { tag } from '../../../server/src/engine/nlp/tagger';
import { judgeNumber } from '../../../server/src/engine/verdicts/numberVerdict';
import { judgeName } from '../../../server/src/engine/verdicts/nameVerdict';
import { nameKey } from '../../../server/src/engine/text/fold';
const idx = new CorpusIndex();
const sources: Record<string,string> = {
  '/c/a.txt': 'Thirty peacekeepers and 52 Serbs were injured in violence on Monday.\nNATO said it would send 700 more troops to Kosovo to boost its 4,000-strong mission.\nOnly 3.47% of eligible voters cast ballots, according to the Kosovo Central Election Commission (KQZ).\n',
  '/c/b.txt': ' date 2023-06-01 Kosovo Prime Minister Albin Kurti said he will not back down.\n\nSerbian President Aleksandar Vučić called on Kosovo authorities to withdraw the mayors.\n\nGerman Chancellor Olaf Scholz and French President Emmanuel Macron plan to meet the leaders.\n',
};
for (const [p, t] of Object.entries(sources)) { const r = decodeSource(p, new TextEncoder().encode(t), p.slice(1)); if (!r.ok) throw 0; idx.add(r.document, sourceSentences(r.document, 0)); }
for (const d of process.argv.slice(2)) {
  const toks = tag(d); const dc = new WordCaseCounter(); dc.count(toks);
  const a = analyseSentence(d, combinedEvidence(idx.wordCase, dc), toks);
  const ctx = { index: idx, draft: a, ranked: idx.rank(d, 8), allowed: new Set(['vjosa osmani'].map(nameKey)) };
  console.log(JSON.stringify(d));
  for (const n of a.numbers) { const j = judgeNumber(n, ctx); console.log('  N', n.text, j.verdict, j.code, j.suggestion, '|', j.message, JSON.stringify(j.evidence.map(e => [e.displayPath, e.range.start.line, e.value]))); }
  for (const n of a.names) { const j = judgeName(n, ctx); console.log('  M', n.text, n.demonym ?? '', j.verdict, j.code, j.suggestion, '|', j.message, JSON.stringify(j.evidence.map(e => [e.displayPath, e.range.start.line, e.value]))); }
}
