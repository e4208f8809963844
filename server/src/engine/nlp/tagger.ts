// Part-of-speech tagging with wink-nlp, reduced to what the claim finders need: tokens with offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldKeepingOffsets } from '../text/fold';

export interface Token {
  /** As written in the original text. */
  text: string;
  /** Lower-case, accent-folded form. */
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, PROPN, NUM, ADJ, ...). */
  pos: string;
  start: number;
  end: number;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
let lexiconSize = 0;

function getNlp(): Nlp {
  if (!nlp) {
    // Only the part-of-speech stage: wink's default pipe also runs entity, negation and sentiment
    // recognisers the checker never reads, at three times the cost.
    nlp = winkNLP(model, ['pos']);
    // wink numbers out-of-vocabulary words after its lexicon, so the first unseen word's id is the
    // lexicon's size: any id below it is a word the model knows.
    lexiconSize = nlp.readDoc('qxzqvjw').tokens().out(nlp.its.uniqueId)[0] as unknown as number;
  }
  return nlp;
}

/** Tags one sentence. Offsets are UTF-16 offsets into `text`. */
export function tag(text: string): Token[] {
  const engine = getNlp();
  const folded = foldKeepingOffsets(text);
  const doc = engine.readDoc(folded);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(engine.its.pos) as string[];
  const lemmas = tokens.out(engine.its.lemma as never) as unknown as string[];
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // wink does not report offsets; tokens come in order, so each is found after the previous one.
    const start = folded.indexOf(value, cursor);
    if (start < 0) continue;
    const end = start + value.length;
    cursor = end;
    // "a UN-led force": wink keeps some such words whole (it splits "EU-led" and "NATO-led"); split them
    // the same way, so the name before the hyphen is a token of its own.
    const led = value.indexOf('-') > 1 ? LED_WORD.exec(value) : null;
    if (led) {
      const [name, participle] = [led[1]!, led[2]!];
      const at = start + name.length;
      out.push({ text: text.slice(start, at), lower: name.toLowerCase(), lemma: name.toLowerCase(), pos: 'PROPN', start, end: at });
      out.push({ text: '-', lower: '-', lemma: '-', pos: 'PUNCT', start: at, end: at + 1 });
      out.push({ text: text.slice(at + 1, end), lower: participle.toLowerCase(), lemma: participle === 'led' ? 'lead' : participle.toLowerCase(), pos: 'VERB', start: at + 1, end });
      continue;
    }
    // "Serbia's": wink splits a possessive off ("Serbia" "'s") until it has met the whole word once with
    // other punctuation after it ("and Serbia's, Aleksandar Vucic"), when its lexicon keeps it and later
    // sentences get it whole. Split it here, so a sentence is tagged the same whatever came before it.
    // (An end test first: the regex would run on every token of every sentence tagged.)
    const possessive = value.length > 2 && value.charCodeAt(value.length - 1) === 115 && POSSESSIVE_END.test(value) ? POSSESSIVE_WORD.exec(value) : null;
    if (possessive) {
      const at = end - possessive[2]!.length;
      out.push({ text: text.slice(start, at), lower: possessive[1]!.toLowerCase(), lemma: possessive[1]!.toLowerCase(), pos: pos[i], start, end: at });
      out.push({ text: text.slice(at, end), lower: possessive[2]!.toLowerCase(), lemma: possessive[2]!.toLowerCase(), pos: 'PART', start: at, end });
      continue;
    }
    out.push({ text: text.slice(start, end), lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i], start, end });
  }
  return out;
}

const POSSESSIVE_WORD = /^(\p{L}[\p{L}.-]*)(['’]s)$/u;
const POSSESSIVE_END = /['’]s$/;

const LED_WORD = /^(\p{Lu}[\p{Lu}\p{Ll}.]*)-(led|backed|brokered|run|based|controlled|sponsored|mediated|funded|organi[sz]ed|imposed|made)$/u;

const knownWords = new Map<string, boolean>();
// Common words wink's lexicon lacks (found in drafts: "Everything below is checked …" read as a name).
const LEXICON_GAPS = new Set(['everything']);

/** Whether wink's lexicon knows this word (lower-case): an unknown capitalised word is likely a name. */
export function isKnownWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (LEXICON_GAPS.has(lower)) return true;
  let known = knownWords.get(lower);
  if (known === undefined) {
    const engine = getNlp();
    const ids = engine.readDoc(foldKeepingOffsets(lower)).tokens().out(engine.its.uniqueId) as unknown as number[];
    known = ids.length === 1 && ids[0] < lexiconSize;
    // Bounded: a corpus of many documents meets many words, each answer is one boolean.
    if (knownWords.size > 200_000) knownWords.clear();
    knownWords.set(lower, known);
  }
  return known;
}

/**
 * "Turnout was 3.5%", "Town halls fenced off …", "| Countries with troops |": a common word the tagger
 * reads as a name because a capital opens its sentence, line or cell (not an acronym in capitals).
 */
export function isCapitalisedCommonWord(t: Token): boolean {
  return t.pos === 'PROPN' && t.text !== t.text.toUpperCase() && isKnownWord(t.lower);
}
