// Diacritics a draft puts on a name where the sources never do: "Aleksandar Vućić" where they write
// "Vučić" (and "Vucic"). Folding makes every spelling one key, so the verdicts that resolve names never
// see the marks; this compares them.
import type { NameMention } from '../claims/names';
import type { NameEntry } from '../index/nameVocabulary';
import { foldWord } from '../text/fold';

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * "Aleksandar Vućić" where the sources write "Vučić" (and "Vucic"): marks the sources never put on the
 * word. A word written without marks is the sources' too, and a word they never mark may carry any.
 * The draft's name with the sources' marked word in its place, or undefined.
 */
export function wrongMarks(claim: NameMention, entry: NameEntry): string | undefined {
  if (!NON_ASCII.test(claim.text)) return undefined;
  const words = claim.text.split(' ');
  let changed = false;
  const fixed = words.map((word) => {
    if (!NON_ASCII.test(word)) return word;
    const key = foldWord(word);
    const marked = new Map<string, number>();
    for (const [form, count] of entry.forms) {
      for (const theirs of form.split(' ')) {
        if (!NON_ASCII.test(theirs) || foldWord(theirs) !== key) continue;
        const nfc = theirs.normalize('NFC');
        marked.set(nfc, (marked.get(nfc) ?? 0) + count);
      }
    }
    if (marked.size === 0 || marked.has(word.normalize('NFC'))) return word;
    changed = true;
    return [...marked].sort((a, b) => b[1] - a[1])[0]![0];
  });
  return changed ? fixed.join(' ') : undefined;
}

