// Who holds which office, read from one sentence: "Lulzim Hetemi, the Albanian mayor of Leposavic",
// "EU foreign policy chief Josep Borrell", "the mayor in Leposaviq, Lulzim Hetemi, entered". It reads
// the sentence's text and the name mentions already found in it, never the tagger, so the verdict stage
// can read the relations of every source sentence its evidence holds (a source sentence's names come
// from the index) without tagging one more sentence.
import type { NameMention } from '../claims/names';
import { TITLES } from '../claims/names';

export interface RoleRelation {
  person: NameMention;
  /** The title word the office is built on: "mayor", "president", "chief". */
  head: string;
  /** Words that make it another office, sorted: "vice", "deputy", "prime", "former". */
  rank: string[];
  /** Other lower-case words of the role: "foreign", "policy", "state" (secretary of state). */
  words: string[];
  /** Names before the title ("EU", "Kosovo", "Serbian List", "Albanian"). */
  before: NameMention[];
  /** The name after "of", "in", "for" or "at" ("Leposavic", "the Serbian List"). */
  after: NameMention[];
  /** The word before that name: "of", "in". */
  preposition?: string;
  /** The role as written, without its article: "Albanian mayor of Leposavic". */
  text: string;
}

/** Decides whether a mention can be a person's name (the caller knows the corpus's names). */
export type IsPerson = (mention: NameMention) => boolean;

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Hyphenated words stay whole ("vice-president"), a possessive stays on its word ("Kosovo's").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

// Courtesy titles say nothing about an office.
const NOT_OFFICES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'prof', 'professor', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt']);
// Words that make another office of the same title: a vice-president is not the president.
const RANKS = new Set(['vice', 'deputy', 'prime', 'acting', 'former', 'assistant', 'interim', 'first', 'junior', 'senior', 'co', 'ex', 'then', 'outgoing', 'incoming']);
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const PLACE_PREPOSITIONS = new Set(['of', 'in', 'for', 'at']);
// Lower-case words that end a role rather than qualify it.
const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'with', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'as', 'that', 'which',
  'who', 'whom', 'whose', 'said', 'says', 'told', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'have', 'had', 'will',
  'would', 'could', 'should', 'may', 'might', 'his', 'her', 'its', 'their', 'this', 'these', 'those', 'after', 'before',
  'when', 'while', 'than', 'then', 'also', 'not', 'met', 'meet', 'called', 'urged', 'added', 'asked', 'about', 'into',
  'over', 'under', 'between', 'against', 'during', 'since', 'until', 'without', 'both', 'all', 'some', 'other', 'such',
  'he', 'she', 'they', 'we', 'it', 'i', 'you', 'one', 'two', 'three', 'four', 'five', 'there', 'here', 'where', 'how',
]);
const POSSESSIVE = /['’]s$/u;
const TERMINATORS = new Set([',', ';', ':', '.', ')', '|', '!', '?', '—', '–']);

const ANY_OFFICE = new RegExp(`\\b(?:${[...TITLES].filter((t) => !NOT_OFFICES.has(t)).join('|')})\\b`, 'i');

function isOfficeWord(lower: string): boolean {
  if (!lower.includes('-')) return TITLES.has(lower) && !NOT_OFFICES.has(lower);
  const parts = lower.split('-');
  const last = parts[parts.length - 1];
  if (!TITLES.has(last) || NOT_OFFICES.has(last)) return false;
  return parts.slice(0, -1).every((p) => RANKS.has(p) || TITLES.has(p));
}

function isModifier(w: Word): boolean {
  return /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && !STOP.has(w.lower) && w.lower.length > 1;
}

/** A sentence's words and punctuation marks, with their offsets (also what eventPlaceVerdict reads). */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** An office as read, before it is tied to a person. */
type Parts = Omit<RoleRelation, 'person' | 'text'>;

/** A sentence's words with the name mentions found in it, for walking a role phrase either way. */
class Reader {
  readonly words: Word[];
  private readonly byStart = new Map<number, NameMention>();

  constructor(readonly text: string, names: NameMention[]) {
    this.words = wordsOf(text);
    for (const n of names) this.byStart.set(n.start, n);
  }

  /** Index of the first word starting at or after `offset`. */
  wordFrom(offset: number): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The mention starting at word i. */
  mentionAt(i: number): NameMention | undefined {
    const w = this.words[i];
    return w && this.byStart.get(w.start);
  }

  /** The mention whose text ends in word i ("Kosovo" in "Kosovo's"), found by its first word. */
  mentionEndingAt(i: number): { mention: NameMention; first: number } | undefined {
    for (let j = i; j >= 0 && j > i - 6; j--) {
      const m = this.mentionAt(j);
      if (m) return m.end > this.words[i].start && m.end <= this.words[i].end ? { mention: m, first: j } : undefined;
    }
    return undefined;
  }

  /** Words i.. of a title run ("prime minister", "vice-president"): its end and its rank and head. */
  officeRun(i: number, parts: Parts): number {
    let j = i;
    while (j < this.words.length && (isOfficeWord(this.words[j].lower) || (RANKS.has(this.words[j].lower) && this.words[j + 1] && isOfficeWord(this.words[j + 1].lower)))) {
      const pieces = this.words[j].lower.split('-');
      if (isOfficeWord(this.words[j].lower)) parts.head = pieces[pieces.length - 1];
      for (const p of pieces) if (RANKS.has(p)) parts.rank.push(p);
      j++;
    }
    return j;
  }

  /** "of the Serbian List", "in Leposaviq", "of state" from word i; the word after it. */
  placeAfter(i: number, parts: Parts): number {
    if (!PLACE_PREPOSITIONS.has(this.words[i]?.lower)) return i;
    let k = i + 1;
    if (this.words[k]?.lower === 'the') k++;
    const m = this.mentionAt(k);
    if (m) {
      parts.after.push(m);
      parts.preposition = this.words[i].lower;
      return this.wordFrom(m.end);
    }
    // "Secretary of State", "minister of defence": a lower-case word after "of" belongs to the title.
    if (this.words[i].lower === 'of' && k === i + 1 && this.words[k] && /^\p{L}+$/u.test(this.words[k].text) && !STOP.has(this.words[k].lower)) {
      parts.words.push(this.words[k].lower);
      return k + 1;
    }
    return i;
  }

  /**
   * Qualifiers before a title, walking back from word i: lower-case words next to the title, then names
   * ("EU foreign policy chief"). Returns the index of the first word of the role.
   */
  qualifiersBefore(i: number, parts: Parts): number {
    let first = i + 1;
    let j = i;
    let modifiers = 0;
    while (j >= 0 && modifiers < 3 && isModifier(this.words[j]) && !RANKS.has(this.words[j].lower)) {
      parts.words.push(this.words[j].lower);
      modifiers++;
      first = j--;
    }
    let names = 0;
    while (j >= 0 && names < 2) {
      const found = this.mentionEndingAt(j);
      if (!found) break;
      parts.before.push(found.mention);
      names++;
      first = found.first;
      j = found.first - 1;
    }
    while (j >= 0 && RANKS.has(this.words[j].lower)) {
      parts.rank.push(this.words[j].lower);
      first = j--;
    }
    return first;
  }

  /** A role phrase starting at word i ("the Albanian mayor of Leposavic,"), ending at a terminator. */
  roleFrom(i: number): { parts: Parts; first: number; last: number } | undefined {
    const parts: Parts = { head: '', rank: [], words: [], before: [], after: [] };
    if (ARTICLES.has(this.words[i]?.lower)) i++;
    const first = i;
    let modifiers = 0;
    while (i < this.words.length && !isOfficeWord(this.words[i].lower)) {
      const m = this.mentionAt(i);
      if (m) {
        parts.before.push(m);
        i = this.wordFrom(m.end);
      } else if (RANKS.has(this.words[i].lower)) parts.rank.push(this.words[i++].lower);
      else if (isModifier(this.words[i]) && modifiers++ < 3) parts.words.push(this.words[i++].lower);
      else return undefined;
      if (parts.before.length > 2) return undefined;
    }
    if (i >= this.words.length) return undefined;
    let j = this.officeRun(i, parts);
    j = this.placeAfter(j, parts);
    if (j < this.words.length && !TERMINATORS.has(this.words[j].text)) return undefined;
    return { parts, first, last: j - 1 };
  }

  /** Whether the role's first word is a name in the possessive, which stands for an article. */
  opensWithPossessive(first: number, parts: Parts): boolean {
    return parts.before.length > 0 && POSSESSIVE.test(this.words[first]?.text ?? '');
  }

  /** A role phrase ending at word i ("the mayor in Leposaviq" before ", Lulzim Hetemi"). */
  roleEndingAt(i: number): { parts: Parts; first: number; last: number } | undefined {
    const parts: Parts = { head: '', rank: [], words: [], before: [], after: [] };
    let j = i;
    const place = this.mentionEndingAt(j);
    if (place) {
      let k = place.first - 1;
      if (this.words[k]?.lower === 'the') k--;
      if (!PLACE_PREPOSITIONS.has(this.words[k]?.lower)) return undefined;
      parts.after.push(place.mention);
      parts.preposition = this.words[k].lower;
      j = k - 1;
    } else if (this.words[j - 1]?.lower === 'of' && isModifier(this.words[j]) && this.words[j - 2] && isOfficeWord(this.words[j - 2].lower)) {
      parts.words.push(this.words[j].lower);
      j -= 2;
    }
    if (j < 0 || !isOfficeWord(this.words[j].lower)) return undefined;
    let start = j;
    while (start > 0 && (isOfficeWord(this.words[start - 1].lower) || RANKS.has(this.words[start - 1].lower))) start--;
    this.officeRun(start, parts);
    const first = this.qualifiersBefore(start - 1, parts);
    // Only "the mayor in Leposaviq, Lulzim Hetemi": a role introduced by an article, a possessive name
    // ("Kosovo's president, Albin Kurti") or opening the sentence.
    if (first > 0 && !ARTICLES.has(this.words[first - 1].lower) && !this.opensWithPossessive(first, parts)) return undefined;
    return { parts, first, last: i };
  }
}

function relation(reader: Reader, person: NameMention, role: { parts: Parts; first: number; last: number }): RoleRelation | undefined {
  const { parts } = role;
  if (!parts.head) return undefined;
  const text = reader.text.slice(reader.words[role.first].start, reader.words[role.last].end);
  return { person, head: parts.head, rank: [...new Set(parts.rank)].sort(), words: [...new Set(parts.words)].sort(), before: parts.before, after: parts.after, ...(parts.preposition ? { preposition: parts.preposition } : {}), text };
}

/** Every (person, office) the sentence states, in the three shapes news copy uses. */
export function roleRelations(text: string, names: NameMention[], isPerson: IsPerson): RoleRelation[] {
  // Most sentences name no office at all: one regex test spares them the word split.
  if (names.length === 0 || !ANY_OFFICE.test(text)) return [];
  const reader = new Reader(text, names);
  const { words } = reader;
  const out: RoleRelation[] = [];
  for (const person of names) {
    if (person.demonym) continue;
    const at = reader.wordFrom(person.start);
    // The person test asks the vocabulary: only for a name next to a comma, a colon or a title word.
    const prev = words[at - 1];
    const after = reader.wordFrom(person.end);
    if (!((prev && (prev.text === ',' || isOfficeWord(prev.lower) || (prev.lower !== 'of' && words[at - 2]?.lower === 'of'))) || words[after]?.text === ',' || words[after]?.text === ':')) continue;
    if (!isPerson(person)) continue;
    const next = reader.wordFrom(person.end);
    // "Lulzim Hetemi, the Albanian mayor of Leposavic," and a table row's "Lulzim Hetemi : mayor of ...".
    // Not a place in a phrase ("in Zvecan, the mayor ..."): the name must not follow a preposition.
    if ((words[next]?.text === ',' || words[next]?.text === ':') && !PLACE_PREPOSITIONS.has(words[at - 1]?.lower ?? '') && words[at - 1]?.lower !== 'to') {
      const role = reader.roleFrom(next + 1);
      const r = role && relation(reader, person, role);
      if (r) out.push(r);
    }
    // "German Chancellor Olaf Scholz": a title right before the name.
    const before = at - 1;
    if (before >= 0 && text.slice(words[before].end, person.start) === ' ') {
      const parts: Parts = { head: '', rank: [], words: [], before: [], after: [] };
      const last = before;
      let head = before;
      // "Secretary of State Antony Blinken".
      if (!isOfficeWord(words[before].lower) && /^\p{L}+$/u.test(words[before].text) && !STOP.has(words[before].lower) && words[before - 1]?.lower === 'of' && words[before - 2] && isOfficeWord(words[before - 2].lower)) {
        parts.words.push(words[before].lower);
        head = before - 2;
      }
      if (isOfficeWord(words[head].lower)) {
        let start = head;
        while (start > 0 && (isOfficeWord(words[start - 1].lower) || RANKS.has(words[start - 1].lower))) start--;
        reader.officeRun(start, parts);
        const first = reader.qualifiersBefore(start - 1, parts);
        const r = relation(reader, person, { parts, first, last });
        if (r) out.push(r);
      }
    }
    // "the mayor in Leposaviq, Lulzim Hetemi, entered", also past one aside: "the vice-president of the
    // Serbian List, the largest party of the Serbs in Kosovo, Igor Simic".
    if (words[at - 1]?.text === ',' && at >= 2) {
      const after = words[next];
      // A list ("the mayors of Zvecan, Leposavic and ...") is no apposition.
      const listed = after && (after.lower === 'and' || (after.text === ',' && words[next + 1]?.lower === 'and'));
      let role = !after || TERMINATORS.has(after.text) ? reader.roleEndingAt(at - 2) : undefined;
      // "Kosovo's president, Albin Kurti, and Vučić": a possessive's single office closed by a comma is an
      // apposition even where a list goes on.
      const possessed = listed && after.text === ',' && role !== undefined && POSSESSIVE.test(words[role.first].text) && !role.parts.head.endsWith('s');
      if (!listed || possessed) {
        if (!role) {
          let comma = at - 2;
          while (comma >= 0 && words[comma].text !== ',' && at - comma <= 14) comma--;
          const aside = words.slice(comma + 1, at - 1);
          if (comma > 0 && words[comma].text === ',' && ARTICLES.has(aside[0]?.lower) && !aside.some((w) => isOfficeWord(w.lower))) role = reader.roleEndingAt(comma - 1);
        }
        const r = role && relation(reader, person, role);
        if (r) out.push(r);
      }
    }
  }
  return out;
}
