import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeLocale } from '../src/localization/normalize-locale.js';

test('page languages map to the shipped UI locales', () => {
  const cases: [string | null | undefined, string][] = [
    ['da', 'da'], ['da-DK', 'da'], ['DA_dk', 'da'],
    ['nb', 'nb'], ['nb-NO', 'nb'], ['no', 'nb'], ['nn', 'nn'], ['nn-NO', 'nn'], ['NN_no', 'nn'],
    ['en', 'en'], ['en-GB', 'en'],
    ['sv', 'da'], ['ar', 'da'], ['', 'da'], [null, 'da'], [undefined, 'da'], ['  ', 'da'],
  ];
  for (const [tag, expected] of cases) assert.equal(normalizeLocale(tag), expected, String(tag));
});

test('a new translation needs no code: a locale in the list is matched by its primary subtag', () => {
  const locales = ['da', 'en', 'nb', 'nn', 'sv'] as const;
  assert.equal(normalizeLocale('sv-SE', locales, 'da'), 'sv');
  assert.equal(normalizeLocale('nn-NO', locales, 'da'), 'nn');
  assert.equal(normalizeLocale('fi', locales, 'da'), 'da');
});

test('Nynorsk and Bokmål stand in for each other when only one is shipped; no means Bokmål', () => {
  assert.equal(normalizeLocale('nn', ['da', 'en', 'nb'] as const, 'da'), 'nb');
  assert.equal(normalizeLocale('nb', ['da', 'en', 'nn'] as const, 'da'), 'nn');
  assert.equal(normalizeLocale('no', ['da', 'en', 'nb', 'nn'] as const, 'da'), 'nb');
  assert.equal(normalizeLocale('no', ['da', 'en', 'nn'] as const, 'da'), 'nn');
});
