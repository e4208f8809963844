// Drafts the protocol tests open, with claims whose verdicts against the seed corpus are known:
// 600 troops (sources: 700), Igor Simich (sources: Igor Simic) and Marko Petrovic (in no source) are
// wrong; NATO, Kosovo, 4,000-strong, the Serbian List and Serbia are right.
import type { Position, Range } from 'vscode-languageserver-protocol';

export const DRAFT = [
  '# NATO sends reinforcements',
  '',
  'NATO said it would send 600 more troops to Kosovo to boost its 4,000-strong mission. Igor Simich of the Serbian List said the mayors do not represent anyone.',
  '',
  'Marko Petrovic warned that Serbia would not stand idle.',
  '',
].join('\n');

/** A one-source corpus and a draft that agrees with it, for tests that change the corpus on disk. */
export const TROOPS_SOURCE = ' date 2023-06-01 NATO said on Monday it would send 700 more troops to Kosovo.\n';
export const TROOPS_DRAFT = 'NATO will send 700 more troops to Kosovo.\n';

export function positionOf(text: string, needle: string, occurrence = 0): Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  const start = positionOf(text, needle, occurrence);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}
