// Per-package translations merged into one catalogue per locale (localization/translations.ts):
// what @lit/localize reads must gain a widget's messages when the widget arrives after the page's
// language was loaded, without replacing the object it already holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LocaleModule } from '@lit/localize/internal/types.js';
import { addTranslations, loadMergedLocale, type Translations } from '../src/localization/translations.js';

/** A package's translations whose loaders count their calls. */
function fakePackage(messages: Record<string, Record<string, string>>): Translations & { calls: string[] } {
  const calls: string[] = [];
  const loaders: Record<string, () => Promise<LocaleModule>> = {};
  for (const [locale, templates] of Object.entries(messages)) {
    loaders[locale] = () => {
      calls.push(locale);
      return Promise.resolve({ templates });
    };
  }
  return Object.assign(loaders, { calls }) as Translations & { calls: string[] };
}

test('a locale holds the messages of every package added before it loads', async () => {
  const core = fakePackage({ da: { s1: 'Gem' }, nb: { s1: 'Lagre' } });
  const deck = fakePackage({ da: { s2: 'Kort' }, nb: { s2: 'Kort nb' } });
  addTranslations(core);
  addTranslations(deck);
  const da = await loadMergedLocale('da');
  assert.deepEqual(da.templates, { s1: 'Gem', s2: 'Kort' });
  assert.deepEqual([core.calls, deck.calls], [['da'], ['da']], 'only Danish was loaded');
});

test('a package added after its locale loaded is merged into the same object, once', async () => {
  const triangle = fakePackage({ da: { s3: 'Trekant' } });
  const before = await loadMergedLocale('da');
  const ready = addTranslations(triangle, 'da');
  assert.ok(ready, 'a package not loaded yet gives a promise to wait for');
  await ready;
  assert.equal(before.templates?.['s3'], 'Trekant', 'the object @lit/localize holds gained the new messages');
  assert.equal(addTranslations(triangle, 'da'), undefined, 'nothing to wait for the second time');
  await loadMergedLocale('da');
  assert.deepEqual(triangle.calls, ['da'], 'each module is loaded once');
});

test('a failed load is tried again by the next switch', async () => {
  let fail = true;
  const flaky: Translations = { da: () => (fail ? Promise.reject(new Error('offline')) : Promise.resolve({ templates: { s4: 'Igen' } })) };
  await assert.rejects(addTranslations(flaky, 'da')!);
  fail = false;
  const da = await loadMergedLocale('da');
  assert.equal(da.templates?.['s4'], 'Igen');
});
