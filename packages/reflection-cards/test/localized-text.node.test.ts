import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveText, resolveTextLanguage, type LocalizedText } from '@sammen/sdk';
import { shownText } from '../../core/src/shown-text.js';

const langs = fc.constantFrom('da', 'nb', 'en', 'ar', 'sv', 'da-DK', 'NB_no', '');
const text: fc.Arbitrary<LocalizedText | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.string(),
  fc.dictionary(langs, fc.oneof(fc.string(), fc.constant(''))),
);

// shownText resolves the language once (the overview shows ~1,800 texts for 200 cards); it must
// still show exactly what the SDK's resolveText shows.
test('shownText shows what resolveText shows, in the language resolveTextLanguage names', () => {
  fc.assert(
    fc.property(text, langs, (value, lang) => {
      const shown = shownText(value, lang);
      assert.equal(shown.text, resolveText(value, lang));
      assert.equal(shown.lang, resolveTextLanguage(value, lang));
    }),
  );
});

test('shownText: direction from the language, auto for plain strings', () => {
  assert.deepEqual(shownText({ da: 'Hej', ar: 'مرحبا' }, 'ar'), { text: 'مرحبا', lang: 'ar', dir: 'rtl' });
  assert.deepEqual(shownText({ da: 'Hej' }, 'en'), { text: 'Hej', lang: 'da', dir: 'ltr' });
  assert.deepEqual(shownText('Hej', 'da'), { text: 'Hej', lang: undefined, dir: 'auto' });
  assert.deepEqual(shownText(undefined, 'da'), { text: '', lang: undefined, dir: 'auto' });
});
