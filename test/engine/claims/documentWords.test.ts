// The document's own words that look like names: a letter's offices, a log's labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { genericOffice, isDocumentLabel } from '../../../server/src/engine/claims/documentWords';
import { tag } from '../../../server/src/engine/nlp/tagger';

const words = (text: string) => tag(text).filter((t) => t.pos !== 'PUNCT');

test('an office named by its common nouns alone is generic; one named by its portfolio is a name', () => {
  assert.ok(genericOffice(words('Embassies')));
  assert.ok(genericOffice(words('Liaison Office')));
  assert.ok(genericOffice(words('Political Affairs')));
  assert.ok(!genericOffice(words('Interior Ministry')));
  assert.ok(!genericOffice(words('Ministry of Defence')));
  assert.ok(!genericOffice(words('Foreign Office')));
  assert.ok(!genericOffice(words('British Embassy')));
});

test('a short label in capitals opening a line before a colon, or defined by "=", is the document\'s', () => {
  const chy = tag('CHY: Scholz: France and Germany want new elections.');
  assert.ok(isDocumentLabel(chy, 0));
  const key = tag('Key: STRAP = strapline, CHY = chyron');
  assert.ok(isDocumentLabel(key, key.findIndex((t) => t.text === 'STRAP')));
  // A longer word there is a speaker; a label mid-line is not one.
  assert.ok(!isDocumentLabel(tag('DRITON: I was there.'), 0));
  const mid = tag('The crawl said CHY: nothing.');
  assert.ok(!isDocumentLabel(mid, mid.findIndex((t) => t.text === 'CHY')));
});
