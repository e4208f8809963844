// What a figure in a table row counts, where the figure has no noun of its own: the row's label. Rows are
// read as one sentence, their cells joined by " : " (draft/tableRows.ts).
import { isCapitalisedCommonWord, type Token } from '../nlp/tagger';
import type { NumberMention } from './numbers';
import { isDemonym } from './nameWords';

/** A plural noun: the tagger lemmatises it to another form. */
export function isPlural(t: Token): boolean {
  return t.pos === 'NOUN' && t.lemma !== t.lower;
}

// A figure alone in its table cell, after the row's label cell (cells are joined by " : ").
const AFTER_LABEL = /\s:\s*$/;
const BEFORE_LABEL = /^\s+:\s/;
const BOUND_BEFORE = /(?:more than|fewer than|less than|at least|at most|almost|nearly|about|around|over|some|up to)\s+$/i;
const AFTER_FIGURE_COLON = /^:\s/;
/** Characters from the figure to its gloss's noun, at most: "52: NATO soldiers", "4,000: more troops promised". */
const GLOSS_REACH = 30;
/** What befalls people, opening a label of those it befell: "Hurt by …", "Arrested in …". */
const BEFELL = new Set(['hurt', 'injure', 'wound', 'kill', 'arrest', 'detain', 'attack', 'beat', 'evacuate']);
const ADDITION_WORDS = new Set(['more', 'additional', 'extra', 'further', 'fresh']);

/**
 * "| Serb protesters hurt that day | 62 |", "| Extra soldiers promised by NATO | 4,000 |": a figure
 * with no noun of its own counts the first plural noun of its row's label, an addition where the label
 * says "extra". The label may follow a figure that opens the row too.
 */
export function labelNoun(tokens: Token[], sentence: string, mention: NumberMention): { unit: string; increment: boolean } | undefined {
  let from: number;
  let to: number;
  // "| Peacekeepers injured on 29 May | more than 50 |": a bound may stand between the cell and its figure.
  const bound = BOUND_BEFORE.exec(sentence.slice(Math.max(0, mention.start - 24), mention.start))?.[0].length ?? 0;
  const cellStart = mention.start - bound;
  if (AFTER_LABEL.test(sentence.slice(Math.max(0, cellStart - 4), cellStart))) {
    from = sentence.lastIndexOf(' : ', cellStart - 4) + 1;
    to = cellStart;
  } else if (BEFORE_LABEL.test(sentence.slice(mention.end, mention.end + 4)) && /^\s*$/.test(sentence.slice(0, mention.start))) {
    // "| 52 | Peacekeepers hurt on Monday |", "| 52 | wires | Serbs hurt, Monday. |": a figure opening the
    // row counts what its label says first, the first cell after it of more than one word.
    return openingFigureLabel(tokens, sentence, mention);
  } else if (AFTER_FIGURE_COLON.test(sentence.slice(mention.end, mention.end + 3)) && /^[\s*_>-]*$/.test(sentence.slice(0, mention.start))) {
    // "**52**: NATO soldiers hurt on Monday": a key figure glossed after a colon counts the gloss's
    // first noun, a plural.
    const head = tokens.find((t) => t.start > mention.end && t.pos === 'NOUN');
    if (!head || !isPlural(head) || head.start - mention.end > GLOSS_REACH) return undefined;
    return { unit: head.lemma, increment: ADDITION_WORDS.has(tokens[tokens.indexOf(head) - 1]?.lower ?? '') };
  } else return undefined;
  // The label's first word may be a plural the tagger takes for a name, as it opens the row ("Countries").
  const opening = (t: Token) => t.start === from && isCapitalisedCommonWord(t) && t.lower.endsWith('s');
  // "| Injured by stun grenades and tear gas | 10 |": a label opening with what befell them counts people,
  // not the nouns of how.
  const first = tokens.find((t) => t.start >= from && t.end <= to && t.pos !== 'PUNCT');
  // ("| Hurt by stun grenades and tear gas | at least 30 |" counts people hurt: the sources' "at least 10 people".)
  if (first?.pos === 'VERB') return BEFELL.has(first.lemma) ? { unit: 'people', increment: false } : undefined;
  const at = tokens.findIndex((t) => t.start >= from && t.end <= to && (isPlural(t) || opening(t)));
  if (at < 0) return undefined;
  return { unit: tokens[at]!.lemma, increment: ADDITION_WORDS.has(tokens[at - 1]?.lower ?? '') };
}

/** "Albanians", "Serbs": a people's plural, as a figure's noun counts it (the tagger keeps it whole). */
const pluralPeople = (t: Token) => t.pos === 'PROPN' && t.lower.endsWith('s') && isDemonym(t.lower);

function openingFigureLabel(tokens: Token[], sentence: string, mention: NumberMention): { unit: string; increment: boolean } | undefined {
  let from = sentence.indexOf(' : ', mention.end) + 3;
  while (from > 2) {
    const next = sentence.indexOf(' : ', from);
    const to = next < 0 ? sentence.length : next;
    const cell = tokens.filter((t) => t.start >= from && t.end <= to && t.pos !== 'PUNCT');
    if (cell.length > 1) {
      // The label's head: its first noun, a plural the tagger may take for a name as it opens the cell.
      // A people in capitals ("Kosovar Albanians attacked by masked men") is the head before any noun.
      const head = cell.find((t) => t.pos === 'NOUN' || (t.start === from && isCapitalisedCommonWord(t)) || pluralPeople(t));
      if (!head || !(isPlural(head) || pluralPeople(head) || (head.start === from && head.lower.endsWith('s')))) return undefined;
      const at = tokens.indexOf(head);
      return { unit: head.lemma, increment: ADDITION_WORDS.has(tokens[at - 1]?.lower ?? '') };
    }
    if (next < 0) return undefined;
    from = next + 3;
  }
  return undefined;
}

