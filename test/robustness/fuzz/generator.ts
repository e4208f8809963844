// A seeded generator of random drafts: Markdown structure (headings, lists, quotes, tables, code, links,
// footnotes, HTML, ignore directives, front matter), numbers in every form the engine reads, corpus
// names and near misses, and unicode that trips UTF-16 arithmetic (astral emoji, ZWJ sequences,
// combining marks, RTL marks, CJK, zero-width characters), with LF, CRLF or lone CR line endings.
// Draft n of seed s is always the same text, so a failure is reproduced from the two numbers alone.

import { mulberry32 } from '../../../bench/recombine';

/** The benchmark's seeded generator (mulberry32): small, fast and good enough to spread test cases. */
export const random = mulberry32;

/** The generator for draft `n` of `seed`: independent of how many drafts came before. */
export function caseRandom(seed: number, n: number): () => number {
  return random((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0);
}

type Rand = () => number;
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const chance = (r: Rand, p: number): boolean => r() < p;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const NAMES = [
  'NATO', 'KFOR', 'Kosovo', 'Serbia', 'Albin Kurti', 'Kurti', 'Aleksandar Vucic', 'Aleksandar Vučić', 'Igor Simic', 'Igor Simich',
  'Emmanuel Macron', 'Olaf Scholz', 'Lulzim Hetemi', 'Zvecan', 'Leposavic', 'Leposaviq', 'Zubin Potok', 'Pristina', 'Vjosa Osmani',
  'Marko Petrovic', 'European Union', 'United Nations', 'Serbian List', 'Boris Johnson', 'Mitrovica', 'Belgrade', 'Moldova',
];
const ROLES = ['French President', 'Prime Minister', 'Serbian President', 'German Chancellor', 'mayor', 'President'];
const NOUNS = ['troops', 'peacekeepers', 'people', 'voters', 'police officers', 'mayors', 'soldiers', 'Serbs', 'protesters', 'votes'];
const VERBS = ['said', 'sent', 'counted', 'injured', 'reported', 'deployed', 'met', 'warned', 'elected', 'boycotted'];
const FILLER = ['the', 'a', 'on Monday', 'in the north', 'after the vote', 'at dawn', 'on Friday', 'there', 'again', 'this week'];
const NUMBER_WORDS = ['Thirty', 'thirty', 'Fifty-two', 'a dozen', 'two', 'one hundred', 'seven', 'half', 'a third'];
const UNICODE = [
  '👩‍👩‍👧', '🇽🇰', '🏳️‍🌈', '😀', '𝐛𝐨𝐥𝐝', 'e\u0301', 'a\u0308\u0301\u0323', '\u200B', '\u200D', '\u200E', '\u202E', '\u202C',
  '中文', 'العربية', 'ἀρχή', '\uFE0F', '\u00A0', '\u2028', '—', '…', '“', '”', '’', '\u{1D11E}', '\uD83D', 'ß', 'İ', 'ǅ',
];

function number(r: Rand): string {
  switch (int(r, 0, 9)) {
    case 0:
      return String(int(r, 0, 99));
    case 1:
      return int(r, 1, 999).toLocaleString('en-US') + ',' + String(int(r, 0, 999)).padStart(3, '0');
    case 2:
      return `${int(r, 0, 99)}.${int(r, 0, 99)}%`;
    case 3:
      return `${int(r, 1, 99)} per cent`;
    case 4:
      return `${int(r, 1900, 2030)}-${int(r, 1900, 2030)}`;
    case 5:
      return pick(r, NUMBER_WORDS);
    case 6:
      return `${int(r, 1, 9)},${String(int(r, 0, 999)).padStart(3, '0')}-strong`;
    case 7:
      return `$${int(r, 1, 999)}m`;
    case 8:
      return `0${int(r, 100, 999)}`;
    default:
      return `${pick(r, ['almost', 'more than', 'about', 'nearly', 'over'])} ${int(r, 1, 9999)}`;
  }
}

function word(r: Rand): string {
  const x = r();
  if (x < 0.18) return number(r);
  if (x < 0.36) return pick(r, NAMES);
  if (x < 0.42) return `${pick(r, ROLES)} ${pick(r, NAMES)}`;
  if (x < 0.5) return pick(r, UNICODE);
  if (x < 0.62) return pick(r, NOUNS);
  if (x < 0.74) return pick(r, VERBS);
  return pick(r, FILLER);
}

function inline(r: Rand, text: string): string {
  switch (int(r, 0, 14)) {
    case 0:
      return `**${text}**`;
    case 1:
      return `_${text}_`;
    case 2:
      return `\`${text}\``;
    case 3:
      return `[${text}](https://example.org/${int(r, 1, 999)})`;
    case 4:
      return `${text}[^${int(r, 1, 3)}]`;
    case 5:
      return `<span>${text}</span>`;
    case 6:
      return `~~${text}~~`;
    case 7:
      return `${text}\\*`;
    case 8:
      return `&amp;${text}`;
    default:
      return text;
  }
}

export function sentence(r: Rand): string {
  const words: string[] = [];
  const n = int(r, 1, 10);
  for (let i = 0; i < n; i++) words.push(inline(r, word(r)));
  const end = pick(r, ['.', '.', '.', '!', '?', '', '…', '."', ':']);
  return words.join(chance(r, 0.05) ? '  ' : ' ') + end;
}

function paragraph(r: Rand): string {
  return Array.from({ length: int(r, 1, 3) }, () => sentence(r)).join(chance(r, 0.2) ? '\n' : ' ');
}

function block(r: Rand): string {
  switch (int(r, 0, 16)) {
    case 0:
      return `${'#'.repeat(int(r, 1, 6))} ${sentence(r)}`;
    case 1:
      return Array.from({ length: int(r, 1, 3) }, () => `${pick(r, ['-', '*', '1.', '  -'])} ${paragraph(r)}`).join('\n');
    case 2:
      return `> ${paragraph(r)}\n> ${sentence(r)}`;
    case 3:
      return `| ${sentence(r)} | ${number(r)} |\n| --- | --- |\n| ${word(r)} | ${sentence(r)} |`;
    case 4:
      return `\`\`\`\n${paragraph(r)}\n\`\`\``;
    case 5:
      return `<!-- ${sentence(r)} -->`;
    case 6:
      return `<!-- factcheck-ignore-next-line -->\n${paragraph(r)}`;
    case 7:
      return `<!-- factcheck-disable -->\n${paragraph(r)}\n<!-- factcheck-enable -->`;
    case 8:
      return `[^${int(r, 1, 3)}]: ${sentence(r)}`;
    case 9:
      return `    ${sentence(r)}`;
    case 10:
      return `${sentence(r)}\n${'='.repeat(int(r, 1, 5))}`;
    case 11:
      return pick(r, ['', ' ', '---', '***', '<div>', '</div>', '\\', '[', '```', '> ']);
    default:
      return paragraph(r);
  }
}

export interface Draft {
  text: string;
  language: 'markdown' | 'plaintext';
}

/** Draft `n` of `seed`: a few blocks (sometimes none), in Markdown or plain text. */
export function randomDraft(seed: number, n: number): Draft {
  const r = caseRandom(seed, n);
  const blocks = Array.from({ length: chance(r, 0.4) ? int(r, 0, 1) : int(r, 2, 5) }, () => block(r));
  if (chance(r, 0.1)) blocks.unshift(`---\ntitle: ${sentence(r)}\ndate: 2023-06-0${int(r, 1, 9)}\n---`);
  const eol = pick(r, ['\n', '\n', '\n', '\r\n', '\r']);
  let text = blocks.join(eol + eol).replace(/\n/g, eol);
  if (chance(r, 0.5)) text += eol;
  if (chance(r, 0.05)) text = '\uFEFF' + text;
  return { text, language: chance(r, 0.75) ? 'markdown' : 'plaintext' };
}

/** About `words` words of Markdown prose in which (nearly) every sentence is different. */
export function hugeDraft(seed: number, words: number): string {
  const r = random(seed);
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const body = Array.from({ length: int(r, 2, 5) }, () => {
      const s = `${pick(r, NAMES)} ${pick(r, VERBS)} ${number(r)} ${pick(r, NOUNS)} ${pick(r, FILLER)} ${pick(r, NAMES)} ${pick(r, FILLER)} on day ${count}.`;
      count += s.split(' ').length;
      return s;
    });
    parts.push(body.join(' '));
  }
  return parts.join('\n\n') + '\n';
}
