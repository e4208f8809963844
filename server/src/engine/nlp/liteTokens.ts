// Tokens without tagging, for indexing a large corpus: tagging every source sentence costs more than
// everything else together, and indexing only needs names, figures and word case. A capitalised word
// stands as a proper noun here; the full tagger runs later on the few sentences a draft is compared with.
import type { Token } from './tagger';
import { foldKeepingOffsets } from '../text/fold';

// Words (with inner apostrophes, dots and "&": O'Leary, 3.47, U.S., AT&T), a possessive "'s" on its
// own as the tagger has it, and any other character alone.
const TOKEN = /['’][sS]\b|[\p{L}\p{N}](?:[\p{L}\p{N}&]|['’](?![sS]\b)(?=[\p{L}\p{N}])|\.(?=[\p{L}\p{N}])|\.(?=\s|$)(?<=\b\p{Lu}\.))*|[^\s\p{L}\p{N}]/gu;

export function liteTokens(text: string): Token[] {
  const folded = foldKeepingOffsets(text);
  const out: Token[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const start = m.index!;
    const value = m[0];
    const lower = value.toLowerCase();
    const pos = /^['’]/.test(value) ? 'PART' : /^\p{Lu}/u.test(value) ? 'PROPN' : /^\p{N}/u.test(value) ? 'NUM' : /^\p{L}/u.test(value) ? 'X' : 'PUNCT';
    out.push({ text: text.slice(start, start + value.length), lower, lemma: lower, pos, start, end: start + value.length });
  }
  return out;
}
