import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { saidByIn } from '../src/said-by-labels.js';

test('who said a statement, in a second language Sammen has words for', () => {
  assert.equal(saidByIn('parents', 'ar'), 'قاله أولياء الأمور');
  assert.equal(saidByIn('both', 'nb-NO'), 'sagt av foreldre og fagpersoner');
  assert.equal(saidByIn('professionals', 'no'), 'sagt av fagpersoner');
  assert.equal(saidByIn('parents', 'en-GB'), 'said by parents');
});

test('no words, not the UI language’s words, for a language Sammen does not know', () => {
  for (const lang of ['so', 'uk', 'ti', '']) assert.equal(saidByIn('parents', lang), undefined, lang);
});

test('the UI languages’ words are the translations the deck’s own column uses (no drift)', () => {
  const catalogue = (lang: string) => JSON.parse(readFileSync(new URL(`../translations/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
  const da = catalogue('da');
  const nb = catalogue('nb');
  for (const [saidBy, english] of [['parents', 'said by parents'], ['professionals', 'said by professionals'], ['both', 'said by parents and professionals']] as const) {
    assert.equal(saidByIn(saidBy, 'en'), english);
    assert.equal(saidByIn(saidBy, 'da'), da[english]);
    assert.equal(saidByIn(saidBy, 'nb'), nb[english]);
  }
});
