// The widgets show Sammen's own example documents without validating them in the browser (so a
// page showing one never downloads Valibot and the schemas: core's DocumentSourceController
// `fallback`, the relation map's "start from the example"). That is only the same as before if
// each example, in every set of languages a widget loads it in, is valid and is exactly what the
// parser would have returned for it: nothing dropped, defaulted or migrated on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChangeModel, parsePerspectiveSession, parseReflectionDeck, parseRelationMap, type ParseResult } from '@sammen/sdk';
import { loadExampleChangeModel, loadExampleDeck, loadExampleGroup, loadExampleNetwork, loadWorkedCase } from '@sammen/content';

/** The language sets the widgets ask for: the page's language, with a second one, or every language (edit mode). */
const LANGUAGE_SETS = [undefined, ['da'], ['nb'], ['nn'], ['en'], ['ar'], ['da', 'en'], ['nb', 'en'], ['en', 'da']];

function assertShownAsParsed(value: unknown, parse: (value: unknown) => ParseResult<unknown>, what: string): void {
  const result = parse(value);
  assert.ok(result.ok, `${what}: ${JSON.stringify(!result.ok && result.issues)}`);
  assert.deepStrictEqual(result.value, value, `${what}: the parser would change it`);
}

test('the example deck and change model, in every language set a widget loads, are what the parser returns', async () => {
  for (const langs of LANGUAGE_SETS) {
    assertShownAsParsed(await loadExampleDeck(langs), parseReflectionDeck, `deck ${String(langs)}`);
    assertShownAsParsed(await loadExampleChangeModel(langs), parseChangeModel, `change model ${String(langs)}`);
  }
});

test('the example group, network and worked case, in each language, are what the parser returns', async () => {
  for (const lang of ['da', 'nb', 'nn', 'en', 'ar']) {
    assertShownAsParsed(await loadExampleGroup(lang), parseRelationMap, `group ${lang}`);
    assertShownAsParsed(await loadExampleNetwork(lang), parseRelationMap, `network ${lang}`);
    assertShownAsParsed(await loadWorkedCase(lang), parsePerspectiveSession, `worked case ${lang}`);
  }
});
