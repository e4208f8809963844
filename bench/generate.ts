// The benchmark's data: a corpus of N news articles and drafts of W words, recombined deterministically
// from the real CLIFF articles (../shared/bench/cliff-val.jsonl) and written under os.tmpdir() only.
//
// Article i depends on (seed, i) alone, so the 1,000-article corpus starts with the 100-article one and
// the drafts (built from the first 100 articles) are the same text for every corpus size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  hasNumber,
  intBetween,
  inventNumber,
  misspell,
  nameSwaps,
  namePool,
  namesIn,
  otherName,
  pick,
  replaceNames,
  streamFor,
  varyNumbers,
  type NamePool,
  type Rng,
} from './recombine';

export const DEFAULT_SEED = 20240605;
export const DRAFT_WORDS = [500, 3000, 20000] as const;
/** How many leading articles drafts are drawn from (present in every corpus size). */
const DRAFT_SOURCE_ARTICLES = 100;

export interface Article {
  file: string;
  date: string;
  /** Paragraphs, each a list of sentences. */
  paragraphs: string[][];
}

export interface DraftMix {
  sentences: number;
  kept: number;
  numberNudged: number;
  numberInvented: number;
  nameSwapped: number;
  nameMisspelled: number;
  nameInvented: number;
}

export interface Draft {
  words: number;
  text: string;
  mix: DraftMix;
}

export interface CorpusStats {
  articles: number;
  bytes: number;
  sentences: number;
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);

export function articleText(article: Article): string {
  return ` date ${article.date}\n${article.paragraphs.map((p) => p.join(' ')).join('\n\n')}\n`;
}

/** Article `index`: mostly one CLIFF article's sentences in order, a third borrowed from others, varied. */
export function makeArticle(cliff: readonly string[][], pool: NamePool, seed: number, index: number): Article {
  const rng = streamFor(seed, index);
  const base = cliff[Math.floor(rng() * cliff.length)]!;
  const length = Math.min(Math.max(base.length, 6), 40);
  const picked: string[] = [];
  let next = 0;
  for (let i = 0; i < length; i++) {
    if (rng() < 0.67 && next < base.length) picked.push(base[next++]!);
    else picked.push(pick(rng, pick(rng, cliff)));
  }
  const swaps = nameSwaps(picked, pool, rng, 0.25);
  const sentences = picked.map((s) => varyNumbers(replaceNames(s, swaps), rng, 0.3).text);
  const paragraphs: string[][] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = intBetween(rng, 2, 5);
    paragraphs.push(sentences.slice(i, i + size));
    i += size;
  }
  const date = new Date(FIRST_DAY + Math.floor(rng() * 3650) * DAY).toISOString().slice(0, 10);
  return { file: `a${String(index).padStart(5, '0')}.txt`, date, paragraphs };
}

export function makeCorpus(cliff: readonly string[][], count: number, seed = DEFAULT_SEED): Article[] {
  const pool = namePool(cliff);
  return Array.from({ length: count }, (_, i) => makeArticle(cliff, pool, seed, i));
}

type Mutation = Exclude<keyof DraftMix, 'sentences'>;

/** One draft sentence: kept as the source says it, or with a number or a name changed. */
function mutate(sentence: string, pool: NamePool, rng: Rng): { text: string; mutation: Mutation } {
  const roll = rng();
  const names = namesIn(sentence);
  const name = names.length > 0 ? pick(rng, names) : undefined;
  let changed: string | undefined;
  let mutation: Mutation = 'kept';
  if (roll < 0.25 && hasNumber(sentence)) {
    const out = varyNumbers(sentence, rng, 0.5);
    [changed, mutation] = [out.text, 'numberNudged'];
  } else if (roll < 0.35 && hasNumber(sentence)) {
    const out = varyNumbers(sentence, rng, 0.5, inventNumber);
    [changed, mutation] = [out.text, 'numberInvented'];
  } else if (roll < 0.45 && name) {
    [changed, mutation] = [replaceNames(sentence, new Map([[name, otherName(name, pool, rng)]])), 'nameSwapped'];
  } else if (roll < 0.53 && name) {
    const wrong = misspell(name, rng);
    if (wrong) [changed, mutation] = [replaceNames(sentence, new Map([[name, wrong]])), 'nameMisspelled'];
  } else if (roll < 0.6 && name && name.includes(' ')) {
    // A first name from one person and a surname from another: a person no source mentions.
    const invented = `${otherName(name, pool, rng).split(' ')[0]} ${otherName(name, pool, rng).split(' ').pop()}`;
    [changed, mutation] = [replaceNames(sentence, new Map([[name, invented]])), 'nameInvented'];
  }
  return changed !== undefined && changed !== sentence ? { text: changed, mutation } : { text: sentence, mutation: 'kept' };
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A Markdown draft of about `words` words: runs of corpus sentences, some with a number or name changed. */
export function makeDraft(articles: readonly Article[], cliff: readonly string[][], words: number, seed = DEFAULT_SEED): Draft {
  const rng = streamFor(seed, words, 1);
  const pool = namePool(cliff);
  const sources = articles.slice(0, DRAFT_SOURCE_ARTICLES).map((a) => a.paragraphs.flat());
  const mix: DraftMix = { sentences: 0, kept: 0, numberNudged: 0, numberInvented: 0, nameSwapped: 0, nameMisspelled: 0, nameInvented: 0 };
  const lines = [`# Draft of ${words.toLocaleString('en-US')} words`, ''];
  let total = 0;
  let paragraph: string[] = [];
  let paragraphs = 0;
  let paragraphSize = intBetween(rng, 3, 6);
  while (total < words) {
    const source = pick(rng, sources);
    const start = Math.floor(rng() * source.length);
    for (const sentence of source.slice(start, start + intBetween(rng, 1, 3))) {
      if (total >= words) break;
      const { text, mutation } = mutate(sentence, pool, rng);
      mix.sentences++;
      mix[mutation]++;
      paragraph.push(text);
      total += wordCount(text);
    }
    if (paragraph.length >= paragraphSize || total >= words) {
      lines.push(paragraph.join(' '), '');
      paragraph = [];
      paragraphSize = intBetween(rng, 3, 6);
      if (++paragraphs % 6 === 0 && total < words) lines.push(`## Part ${paragraphs / 6 + 1}`, '');
    }
  }
  const text = lines.join('\n');
  return { words: wordCount(text), text, mix };
}

/** Writes `articles` as `dir/aNNNNN.txt` files; returns their size and sentence count. */
export function writeCorpus(dir: string, articles: readonly Article[]): CorpusStats {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let sentences = 0;
  for (const article of articles) {
    const text = articleText(article);
    writeFileSync(join(dir, article.file), text);
    bytes += Buffer.byteLength(text);
    sentences += article.paragraphs.reduce((n, p) => n + p.length, 0);
  }
  return { articles: articles.length, bytes, sentences };
}

/**
 * `edits` one-character edits of `text`, each inside a different prose paragraph (not a heading):
 * a letter typed into a lower-case word, as a writer would. Returns the edited texts.
 */
export function oneCharEdits(text: string, edits: number, seed = DEFAULT_SEED): string[] {
  const rng = streamFor(seed, edits, 2);
  const paragraphs: Array<{ start: number; end: number }> = [];
  const re = /^(?!#)[^\n]+$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const out: string[] = [];
  for (let i = 0; i < edits; i++) {
    const p = paragraphs[Math.floor(((i + rng()) / edits) * paragraphs.length)]!;
    const body = text.slice(p.start, p.end);
    const words = [...body.matchAll(/\b[a-z]{4,}\b/g)];
    const word = words.length > 0 ? pick(rng, words) : undefined;
    const at = p.start + (word ? word.index! + 2 : Math.floor(body.length / 2));
    out.push(text.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[intBetween(rng, 0, 25)] + text.slice(at));
  }
  return out;
}
