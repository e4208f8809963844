// The words around a name that make it a quotation's speaker, read on their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHARACTERISED_AFTER, CITED_AFTER, CITED_BEFORE, PRONOUN_SPEECH, SETTING_AFTER, SPEECH_AFTER, SPEECH_BEFORE } from '../../../server/src/engine/verdicts/speechPatterns';

test('a verb of speech after the name, across an apposition, a party, an adverb or a reflexive', () => {
  for (const after of [' said the mayors', ', the EU foreign policy chief, said', ' of the Serbian List told Reuters', ' also claimed Moscow was', ' himself said Moscow is']) {
    assert.ok(SPEECH_AFTER.test(after), after);
  }
  assert.ok(!SPEECH_AFTER.test(' met the mayors'));
  // A relative clause: "Josep Borrell, who asked all sides "…"", "it was Vjosa Osmani who said …".
  assert.ok(SPEECH_AFTER.test(', who asked all sides') && SPEECH_AFTER.test(' who said the units must stay'));
  assert.ok(!SPEECH_AFTER.test(', who met the mayors'));
  assert.ok(!SPEECH_AFTER.test(' and Vucic said'));
});

test('a word someone called something, and a dash or a citation around the quotation', () => {
  assert.ok(CHARACTERISED_AFTER.test(' of the Serbian List, the largest Serb party in Kosovo, has called'));
  assert.ok(!CHARACTERISED_AFTER.test(' called on Kurti'.replace('called', 'met')));
  assert.ok(SPEECH_BEFORE.test('"the most powerful move." — '));
  // A correction's "“…” was Osmani, not the prime minister".
  assert.ok(SPEECH_BEFORE.test('"Mayors should go and work in their offices" was ') && !SPEECH_BEFORE.test('The protest was '));
  assert.ok(CITED_BEFORE.test('"… my attention" (') && CITED_AFTER.test(', to Reuters).'));
  assert.ok(CITED_AFTER.test(', 2023)') && !CITED_AFTER.test(' and others'));
});

test('a pronoun\'s speech and a setting after an attribution line', () => {
  assert.ok(PRONOUN_SPEECH.test('"As long as there is a violent mob …," he said.'));
  assert.ok(!PRONOUN_SPEECH.test('The police said so.'));
  assert.ok(SETTING_AFTER.test(', on a conference call with reporters.'));
  assert.ok(!SETTING_AFTER.test(', who has said nothing since.'));
});
