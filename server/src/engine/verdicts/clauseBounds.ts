// Where a draft's clause opens, for verdicts that read a claim's own clause apart from the rest of its
// sentence. Written by hand: the tagger gives parts of speech, not clause structure.
import type { Token } from '../nlp/tagger';

// ", and France and the United States want …": a clause joined with its own subject opens there too.
const NEW_SUBJECT = new Set(['PROPN', 'DET', 'PRON']);

/** Whether a clause opens at token `k`: a boundary mark the caller names, or ", and" before a new subject. */
export function opensClause(tokens: Token[], k: number, boundary: RegExp): boolean {
  return boundary.test(tokens[k]!.text) || (tokens[k]!.text === ',' && tokens[k + 1]?.pos === 'CCONJ' && NEW_SUBJECT.has(tokens[k + 2]?.pos ?? ''));
}
