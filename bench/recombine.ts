// Deterministic text recombination for the benchmark: a seeded PRNG, the CLIFF articles split into
// sentences, and the two kinds of change the generator makes to real sentences: numbers moved by small
// amounts and names swapped for other names from the same articles. Nothing here touches the disk
// except reading the CLIFF file, which lives outside the repo and is never copied into it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitSentences } from '../server/src/engine/text/sentences';

export const DEFAULT_CLIFF = resolve(__dirname, '..', '..', 'shared', 'bench', 'cliff-val.jsonl');

export type Rng = () => number;

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent stream for item `index` of a run seeded with `seed` (so item i never depends on item i-1). */
export function streamFor(seed: number, index: number, salt = 0): Rng {
  return mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0);
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
export const intBetween = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** The CLIFF file's distinct articles, each split into sentences (the file repeats an article per summary). */
export function loadArticles(file = DEFAULT_CLIFF): string[][] {
  const seen = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { source: string; doc_id: string; article: string };
    const key = `${row.source}/${row.doc_id}`;
    if (!seen.has(key)) seen.set(key, row.article);
  }
  return [...seen.values()].map((article) =>
    splitSentences(article, { lineBreaks: 'markdown' })
      .map((s) => article.slice(s.start, s.end).replace(/\s+/g, ' ').trim())
      .filter((s) => s.length > 0),
  );
}

// ---- Numbers ----

const NUMBER = /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b/g;

const isYear = (raw: string) => /^(?:19|20)\d\d$/.test(raw);

/** `raw` moved by a small amount (never to itself), keeping its format: 4,000 → 4,200; 26 → 24; 3.5 → 3.7. */
export function nudgeNumber(raw: string, rng: Rng): string {
  const commas = raw.includes(',');
  const [intPart, decimals = ''] = raw.replace(/,/g, '').split('.');
  const value = Number(intPart);
  if (decimals) {
    const scaled = Number(intPart + decimals);
    const next = Math.max(0, scaled + (rng() < 0.5 ? -1 : 1) * intBetween(rng, 1, 3));
    const digits = String(next).padStart(decimals.length + 1, '0');
    const out = `${digits.slice(0, -decimals.length)}.${digits.slice(-decimals.length)}`;
    return out === raw ? nudgeNumber(raw, rng) : out;
  }
  // Steps keep the figure's roundness: 4,000 moves by hundreds, 26 by ones.
  const step = value >= 1000 ? 10 ** (String(value).length - 2) : 1;
  const reach = value < 10 ? 2 : value < 1000 ? Math.max(2, Math.round(value * 0.05)) : 5;
  let next = value + (rng() < 0.5 ? -1 : 1) * intBetween(rng, 1, reach) * step;
  if (next < 0 || next === value) next = value + step;
  return commas || (next >= 10_000 && raw.length > 4) ? next.toLocaleString('en-US') : String(next);
}

/** A clearly different figure with the same format (an invented number rather than a slip). */
export function inventNumber(raw: string, rng: Rng): string {
  const value = Number(raw.replace(/,/g, '').split('.')[0]);
  const next = value * intBetween(rng, 3, 9) + intBetween(rng, 11, 97);
  return raw.includes(',') || next >= 10_000 ? next.toLocaleString('en-US') : String(next);
}

/** Replaces each number of `text` (years excepted) with `change(raw)` where `rng() < rate`; counts changes. */
export function varyNumbers(text: string, rng: Rng, rate: number, change = nudgeNumber): { text: string; changed: number } {
  let changed = 0;
  const out = text.replace(NUMBER, (raw) => {
    if (isYear(raw) || rng() >= rate) return raw;
    changed++;
    return change(raw, rng);
  });
  return { text: out, changed };
}

export const hasNumber = (text: string) => text.replace(NUMBER, (raw) => (isYear(raw) ? raw : '\u0000')).includes('\u0000');

// ---- Names ----

const CAPITALISED = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;
const NOT_NAMES = new Set(
  ('The A An I He She It We They His Her Its Their Our This That These Those But And Or If In On At For To Of By ' +
    'January February March April May June July August September October November December Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr Sir President Prime Minister Chancellor Secretary ' +
    'Senator Governor General Captain Coach Manager Chief Judge Police Officer Lord Lady King Queen Prince').split(' '),
);

/** The names of a corpus, by word count (1: surnames taken from longer names; 2 and 3: full runs). */
export interface NamePool {
  bySize: Map<number, string[]>;
  all: Set<string>;
}

/** Runs of capitalised words after a sentence's first word: "Rory McIlroy", "Whistling Straits". */
export function namesIn(sentence: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && NOT_NAMES.has(run[0]!)) run.shift();
    if (run.length >= 2 && run.length <= 3) names.push(run.join(' '));
    run = [];
  };
  const tokens = sentence.split(/\s+/);
  tokens.forEach((token, i) => {
    const word = token.replace(/^["'“‘(]+/, '').replace(/(?:'s|’s)?["'”’),.;:!?]*$/, '');
    const capitalised = i > 0 && CAPITALISED.test(word) && !/^["'“‘(]/.test(token);
    if (capitalised) run.push(word);
    else flush();
    // Punctuation after a word ends the run: "McIlroy, Rose" are two names.
    if (capitalised && word !== token.replace(/^["'“‘(]+/, '')) flush();
  });
  flush();
  return names;
}

export function namePool(articles: readonly (readonly string[])[]): NamePool {
  const bySize = new Map<number, Set<string>>([[1, new Set()], [2, new Set()], [3, new Set()]]);
  for (const sentences of articles) {
    for (const sentence of sentences) {
      for (const name of namesIn(sentence)) {
        const words = name.split(' ');
        bySize.get(words.length)!.add(name);
        bySize.get(1)!.add(words[words.length - 1]!);
      }
    }
  }
  const sorted = new Map([...bySize].map(([k, v]) => [k, [...v].sort()] as [number, string[]]));
  return { bySize: sorted, all: new Set([...bySize.values()].flatMap((s) => [...s])) };
}

/** Another name of the same length as `name` (and its surname mapping), from the pool. */
export function otherName(name: string, pool: NamePool, rng: Rng): string {
  const candidates = pool.bySize.get(name.split(' ').length) ?? [];
  for (let tries = 0; tries < 8; tries++) {
    const candidate = pick(rng, candidates);
    if (candidate && candidate !== name) return candidate;
  }
  return name;
}

/** Applies a name → name mapping to whole words, longest names first, in one pass. */
export function replaceNames(text: string, mapping: ReadonlyMap<string, string>): string {
  if (mapping.size === 0) return text;
  const keys = [...mapping.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(`\\b(?:${keys.join('|')})\\b`, 'g'), (m) => mapping.get(m) ?? m);
}

/** A mapping that swaps each name of `sentences` with probability `rate`; a full name's surname follows it. */
export function nameSwaps(sentences: readonly string[], pool: NamePool, rng: Rng, rate: number): Map<string, string> {
  const mapping = new Map<string, string>();
  const names = [...new Set(sentences.flatMap(namesIn))].sort();
  for (const name of names) {
    if (mapping.has(name) || rng() >= rate) continue;
    const next = otherName(name, pool, rng);
    if (next === name) continue;
    mapping.set(name, next);
    const surname = name.split(' ').pop()!;
    if (!mapping.has(surname)) mapping.set(surname, next.split(' ').pop()!);
  }
  return mapping;
}

/** `name` with two interior letters of its last word swapped ("McIlroy" → "McIlory"), or undefined. */
export function misspell(name: string, rng: Rng): string | undefined {
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  if (last.length < 5) return undefined;
  const i = intBetween(rng, 1, last.length - 3);
  if (last[i] === last[i + 1]) return undefined;
  words[words.length - 1] = last.slice(0, i) + last[i + 1] + last[i] + last.slice(i + 2);
  return words.join(' ');
}
