import { tag } from '../../../server/src/engine/nlp/tagger';
import { findNames } from '../../../server/src/engine/claims/names';
import { WordCaseCounter } from '../../../server/src/engine/claims/analyse';
const empty = new WordCaseCounter();
for (const c of process.argv.slice(2)) {
  const t = tag(c);
  console.log(JSON.stringify(c));
  for (const n of findNames(c, t, empty)) console.log('   ', JSON.stringify(n));
}
