import { tag, isKnownWord } from '../../../server/src/engine/nlp/tagger';
for (const c of process.argv.slice(2)) console.log(JSON.stringify(c), JSON.stringify(tag(c).map(t => [t.text, t.lower, t.lemma, t.pos, t.start, t.end])));
tag('Zubin Potok and Leposaviq');
console.log(isKnownWord('zubin'), isKnownWord('leposaviq'), isKnownWord('police'), isKnownWord('Police'), isKnownWord('riot gear'), isKnownWord(''), isKnownWord('vučić'));
