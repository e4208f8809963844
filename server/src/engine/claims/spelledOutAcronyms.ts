// A long form spelled out before its acronym ("Police and Crime Commissioner (PCC)") read as one name:
// names.ts would cut it at its "and" and its title word.
import type { NameMention } from './names';
import { nameKey } from '../text/fold';
import { firstClass, UPPER } from '../text/charClass';

const isCapitalised = (word: string) => (firstClass(word) & UPPER) !== 0;

const ACRONYM_IN_BRACKETS = /\(\s*(\p{Lu}[\p{L}.&]{1,9})\s*\)/gu;
const SPELLING_WORD = /\p{L}[\p{L}'’-]*|,/gu;
// Lower-case words a long form may hold that its acronym skips: "Organization for Security and
// Co-operation in Europe (OSCE)".
export const SPELLING_JOINERS: ReadonlySet<string> = new Set(['and', 'for', 'of', 'in', 'on', 'the', '&']);

/** The initials of a name's key, its joining words left out: "kosovo liberation army" → "kla". */
export function initialsOf(key: string): string {
  return key
    .split(' ')
    .filter((w) => !SPELLING_JOINERS.has(w))
    .map((w) => w[0])
    .join('');
}

/**
 * A long form spelled out before its acronym is one name, whatever the words in it: "Police and Crime
 * Commissioner (PCC)" holds a title word and an "and", and would read as "Police", "Crime". Replaces the
 * mentions inside each such long form with one mention; returns whether it made any.
 */
export function spelledOutAcronyms(sentence: string, mentions: NameMention[]): boolean {
  let made = false;
  for (const m of sentence.matchAll(ACRONYM_IN_BRACKETS)) {
    const acronym = m[1]!.replace(/[.&]/g, '').toLowerCase();
    const before = sentence.slice(Math.max(0, m.index! - 120), m.index!);
    const offset = m.index! - before.length;
    const words = [...before.matchAll(SPELLING_WORD)];
    let initials = '';
    let first = -1;
    for (let i = words.length - 1; i >= 0 && initials.length < acronym.length; i--) {
      const word = words[i]![0];
      if (initials.length > 0 && (word === ',' || SPELLING_JOINERS.has(word))) continue;
      if (!isCapitalised(word)) break;
      initials = word[0]!.toLowerCase() + initials;
      first = i;
    }
    if (initials !== acronym || acronym.length < 3) continue;
    const start = offset + words[first]!.index!;
    const last = words[words.length - 1]!;
    const end = offset + last.index! + last[0].length;
    if (words.slice(first).filter((w) => isCapitalised(w[0])).length < 2) continue;
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.start >= start && mentions[k]!.end <= end) mentions.splice(k, 1);
    const text = sentence.slice(start, end);
    mentions.push({ start, end, text, key: nameKey(text) });
    made = true;
  }
  return made;
}
