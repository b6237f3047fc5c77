import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '../scripts/json-schemas.js';

test('the shipped JSON Schema files are the ones the valibot schemas generate (run npm run build:schemas)', () => {
  for (const entry of JSON_SCHEMA_FILES) {
    const shipped = readFileSync(join('packages', 'sdk', 'schemas', entry.file), 'utf8');
    assert.equal(shipped, jsonSchemaText(entry), `${entry.file} is stale`);
  }
});

test('the reflection-deck JSON Schema requires at least one question per card', () => {
  const schema = JSON.parse(jsonSchemaText(JSON_SCHEMA_FILES.find((entry) => entry.file === 'reflection-deck.schema.json')!));
  const card = schema.properties.themes.items.properties.cards.items;
  assert.equal(card.properties.questions.minItems, 1);
  assert.deepEqual(schema.properties.schema.const, 'sammen.reflection-deck/v1');
});
