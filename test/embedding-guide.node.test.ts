// docs/embedding.md (issue 17): every copy-paste example in it is named (```html test:<name>) and
// run by a test — the browser tests load them (test/hostile-host, embed-page and two-versions
// name each block they run); the settings file is read here by the embed page's own parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEmbedConfig, type EmbedFileConfig } from '../packages/sammen/src/embed/embed-config.js';
import { WIDGETS } from '../packages/sammen/widgets.mjs';
import { guideBlock, guideBlocks } from './support/guide-blocks.js';

const GUIDE = 'docs/embedding.md';

test('every fenced block of the guide is named for the test that runs it, once', () => {
  const blocks = guideBlocks(GUIDE);
  assert.ok(blocks.length >= 10, `the guide has its examples (${blocks.length} blocks)`);
  assert.deepEqual(
    blocks.filter((block) => !block.name).map((block) => block.code.slice(0, 60)),
    [],
    'blocks without a test: name',
  );
  const names = blocks.map((block) => block.name);
  assert.deepEqual(names.filter((name, index) => names.indexOf(name) !== index), [], 'names used twice');
});

test('every named block is used by a test in test/', () => {
  const tests = readdirSync('test')
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => readFileSync(join('test', file), 'utf8'))
    .join('\n');
  const unused = guideBlocks(GUIDE)
    .map((block) => block.name!)
    .filter((name) => !tests.includes(`'${name}'`));
  assert.deepEqual(unused, [], 'blocks no test loads by name');
});

test('the guide’s embed.config.json is read by the embed page as the guide says: its origins and server win over the URL’s', () => {
  const file = JSON.parse(guideBlock(GUIDE, 'embed-config')) as EmbedFileConfig;
  const url = 'https://sammen.kommune.dk/sammen/embed.html?widget=perspective-triangle&lang=nb&parent-origin=https://someone-else.example&api=https://someone-else.example/api';
  const result = readEmbedConfig(url, WIDGETS, file);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  assert.deepEqual(result.config.parentOrigins, ['https://intranet.kommune.dk']);
  assert.equal(result.config.api, 'https://sammen.kommune.dk/api');
  assert.equal(result.config.apiLabel, 'Kommunens server');
  assert.equal(result.config.tag, 'sammen-perspective-triangle');
});

test('the embed page’s `lang` row names every UI language the widgets speak', async () => {
  const { sourceLocale, targetLocales } = await import('../packages/core/src/generated/locale-codes.js');
  const row = readFileSync(GUIDE, 'utf8').split('\n').find((line) => line.startsWith('| `lang` |'));
  assert.ok(row, 'the guide has a `lang` row');
  const named = [...row.matchAll(/`([a-z]{2,3})`/g)].map((match) => match[1]).filter((code) => code !== 'lang');
  assert.deepEqual(named.sort(), [sourceLocale, ...targetLocales].sort());
});
