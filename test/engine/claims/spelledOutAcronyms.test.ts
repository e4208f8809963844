// The long form before an acronym in brackets becomes one name, replacing the pieces found in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spelledOutAcronyms } from '../../../server/src/engine/claims/spelledOutAcronyms';
import type { NameMention } from '../../../server/src/engine/claims/names';
import { nameKey } from '../../../server/src/engine/text/fold';

function mention(sentence: string, text: string): NameMention {
  const start = sentence.indexOf(text);
  return { start, end: start + text.length, text, key: nameKey(text) };
}

test('the pieces of "Police and Crime Commissioner (PCC)" become one name; the acronym stays', () => {
  const sentence = "Sussex's Police and Crime Commissioner (PCC) spoke.";
  const mentions = [mention(sentence, 'Sussex'), mention(sentence, 'Police'), mention(sentence, 'Crime'), mention(sentence, 'PCC')];
  assert.equal(spelledOutAcronyms(sentence, mentions), true);
  assert.deepEqual(mentions.map((m) => m.text).sort(), ['PCC', 'Police and Crime Commissioner', 'Sussex']);
  const long = mentions.find((m) => m.text === 'Police and Crime Commissioner')!;
  assert.equal(sentence.slice(long.start, long.end), long.text);
});

test('initials that do not spell the acronym, or a single word, change nothing', () => {
  const sentence = 'Leaders of Bosnia and Herzegovina (BiH) met the Ombudsman (OMB).';
  const mentions = [mention(sentence, 'Bosnia'), mention(sentence, 'Herzegovina'), mention(sentence, 'BiH'), mention(sentence, 'Ombudsman'), mention(sentence, 'OMB')];
  assert.equal(spelledOutAcronyms(sentence, mentions), false);
  assert.equal(mentions.length, 5);
});
