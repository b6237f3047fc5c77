import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeLocale } from '../src/localization/normalize-locale.js';

test('page languages map to the shipped UI locales', () => {
  const cases: [string | null | undefined, string][] = [
    ['da', 'da'], ['da-DK', 'da'], ['DA_dk', 'da'],
    ['nb', 'nb'], ['nb-NO', 'nb'], ['no', 'nb'], ['nn', 'nb'], ['nn-NO', 'nb'],
    ['en', 'en'], ['en-GB', 'en'],
    ['sv', 'da'], ['ar', 'da'], ['', 'da'], [null, 'da'], [undefined, 'da'], ['  ', 'da'],
  ];
  for (const [tag, expected] of cases) assert.equal(normalizeLocale(tag), expected, String(tag));
});
