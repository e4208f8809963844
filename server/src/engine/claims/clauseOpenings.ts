// Where a sentence's capitals are forced, and so say nothing of whether a word is a name: its first word
// (after a leading time, figure or bullet, a postscript's mark or a lettered item's), the word after a
// full stop inside a row or heading read as one statement, and the start of a quote or of a clause
// after a colon or a dash. The name finder and the word-case counts read them alike. Written by hand:
// these are layouts of drafts, which no tokenizer marks.
import type { Token } from '../nlp/tagger';
import { afterEmoji, openingWord } from './documentWords';

/**
 * Where capitals are forced: the sentence start (also after a leading time, number or bullet, as in
 * "08:05 Arriving in ..."), and the start of a quote or a clause after a colon.
 */
export function startsClause(tokens: Token[], i: number): boolean {
  if (i === 0 || openedByMark(tokens, i) || afterFullStop(tokens, i)) return true;
  for (let j = 0; j < i; j++) if (tokens[j].pos !== 'NUM' && tokens[j].pos !== 'PUNCT' && tokens[j].pos !== 'SYM') return false;
  return true;
}

/**
 * Whether the token before i (i ≥ 1) opens a clause by itself: a quote, bracket, colon or dash, an emoji
 * ending a chat's sentence, a postscript's mark or a lettered item's. The word-case counts read these as
 * startsClause does; each tells a full stop apart its own way.
 */
export function openedByMark(tokens: Token[], i: number): boolean {
  return isClauseOpener(tokens[i - 1]!.text) || afterEmoji(tokens, i) || isPostscriptMark(tokens, i - 1) || afterListLetter(tokens, i);
}

const LIST_LETTER = /^(?:[a-z]|[ivx]{1,4})$/;

/** "(b) Quoted positions: …", "b) Quoted …", "(iv) Figures …": a lettered or numbered item's mark opens the line. */
export function afterListLetter(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ')' || !LIST_LETTER.test(tokens[i - 2]?.text ?? '')) return false;
  const open = tokens[i - 3]?.text === '(' ? i - 3 : i - 2;
  return open === 0 || openingWord(tokens, open);
}

const POSTSCRIPT = /^(?:P\.(?:P\.)?S\.?|P?PS|N\.B\.?|NB)$/;

/** "P.S. Coffee mornings carry on …", "N.B. Check …": a postscript's or a note's mark opening a sentence, which the next word opens again. */
export function isPostscriptMark(tokens: Token[], i: number): boolean {
  return POSTSCRIPT.test(tokens[i]!.text) && openingWord(tokens, i);
}

/**
 * "| 10% | Serb share of the population. Check before use. |": a table row or a heading is read as one
 * statement, so a full stop inside it is not a sentence break, yet the word after one ending a word
 * ("population.", "April.", "2008.", not "U.S.", "J." or "Gen.") still opens a sentence.
 */
function afterFullStop(tokens: Token[], i: number): boolean {
  if (i < 2 || !/^[.!?]$/.test(tokens[i - 1]!.text)) return false;
  const word = tokens[i - 2]!.text;
  return (/^\p{L}{2,}$/u.test(word) && !/^\p{Lu}+$/u.test(word) && !ABBREVIATIONS.has(word.toLowerCase())) || /^\d{4}$/.test(word);
}

// Abbreviations a full stop ends without ending the sentence ("Gen. Smith", "approx. 700").
const ABBREVIATIONS = new Set([
  'approx', 'incl', 'etc', 'vs', 'cf', 'esp', 'ca', 'no', 'pp', 'ed', 'eds', 'vol', 'fig',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'st', 'col', 'lt', 'sgt', 'capt', 'prof', 'rev', 'sen', 'rep', 'gov', 'jr', 'sr', 'maj', 'adm', 'pres',
]);

/** /^["'“‘(\[:;—–\-·|•]+$/: quotes, brackets, colons, dashes and separators that open a clause. */
export function isClauseOpener(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    switch (text.charCodeAt(k)) {
      // ... and the separators of a byline or a tag line: "Poster abstract · Panel: … · Authors withheld", "|", "•".
      case 0x22: case 0x27: case 0x201c: case 0x2018: case 0x28: case 0x5b: case 0x3a: case 0x3b: case 0x2014: case 0x2013: case 0x2d:
      case 0xb7: case 0x7c: case 0x2022:
        continue;
      default:
        return false;
    }
  }
  return true;
}

/**
 * Index of the first token that is not a figure or punctuation (tokens.length if none): startsClause
 * holds for every token up to it, whatever comes before.
 */
export function leadingFigures(tokens: Token[]): number {
  let j = 0;
  while (j < tokens.length && (tokens[j].pos === 'NUM' || tokens[j].pos === 'PUNCT' || tokens[j].pos === 'SYM')) j++;
  return j;
}
