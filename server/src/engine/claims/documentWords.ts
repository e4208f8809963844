// The document's own words that look like names: the offices a letter names by their common nouns
// ("the Embassies", "its Liaison Office") and the short labels a log or a script opens its lines with
// ("CHY:", "STRAP = strapline"), a field label of two words written as one ("Keywords:"); and the emoji
// a chat ends its sentences with. No source names them: they are no claims to check.
import { isKnownWord, type Token } from '../nlp/tagger';
import { allUpper } from '../text/charClass';
import { CONNECTORS, OFFICE_NOUNS, OFFICE_QUALIFIERS, PORTFOLIOS } from './nameWords';

/** Whether a token opens its sentence, after any quotation marks or list marks. */
export function openingWord(tokens: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'SYM') return false;
  return true;
}

/** The longest label a log opens its lines with: "CHY:", "VO:", "SOT:". */
const LABEL_LETTERS = 4;

/**
 * "CHY: Scholz: …", "Key: STRAP = strapline": a log's or a script's own short labels, in capitals no
 * word of the lexicon has (and, as the caller checks, the sources never write): opening a line before a
 * colon, or defined by "=". A longer word there is a speaker ("DRITON:"), a name to check.
 */
export function isDocumentLabel(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!allUpper(t.text) || t.text.length < 2) return false;
  if (tokens[i + 1]?.text === '=') return true;
  return !isKnownWord(t.lower) && t.text.length <= LABEL_LETTERS && tokens[i + 1]?.text === ':' && openingWord(tokens, i);
}

/**
 * "Embassies", "Liaison Office", "Political Affairs": an office a letter names by its common nouns alone.
 * A ministry or an office named by its portfolio stays a name ("Interior Ministry", "Ministry of
 * Defence", "Foreign Office"): one government has one.
 */
export function genericOffice(words: Token[]): boolean {
  const lower = words.map((t) => t.lower);
  if (!lower.some((w) => OFFICE_NOUNS.has(w)) || !lower.every((w) => OFFICE_NOUNS.has(w) || OFFICE_QUALIFIERS.has(w) || CONNECTORS.has(w))) return false;
  if (lower.length === 1) return true;
  return !lower.includes('ministry') && !(lower.includes('office') && lower.some((w) => PORTFOLIOS.has(w)));
}

/** "for today ❤️ Lunch at ours": a chat ends its sentences with an emoji, not a full stop. */
export function afterEmoji(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && /^[\uFE0F\u200D]+$/.test(tokens[k]!.text)) k--;
  const text = tokens[k]!.text;
  // Pictographs lie above U+2000; most tokens do not, and skip the regex.
  return text.charCodeAt(0) >= 0x2000 && EMOJI.test(text);
}

const EMOJI = /\p{Extended_Pictographic}/u;

/** Letters of the shortest compound: shorter names split into two short words by chance ("Mir-ela"). */
const MIN_COMPOUND = 7;

/**
 * "Keywords": two common words written as one, each of three letters or more. Read only for a field
 * label: many a place is such a compound too.
 */
export function isClosedCompound(lower: string): boolean {
  if (lower.length < MIN_COMPOUND) return false;
  for (let k = 3; k <= lower.length - 3; k++) if (isKnownWord(lower.slice(0, k)) && isKnownWord(lower.slice(k))) return true;
  return false;
}
