import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '../scripts/json-schemas.js';
import { CHECKS_BEYOND_JSON_SCHEMA } from '../src/index.js';

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

test('each JSON Schema file names the checks it cannot express in its description, and ids refuse . and ..', () => {
  for (const entry of JSON_SCHEMA_FILES) {
    const schema = JSON.parse(readFileSync(join('packages', 'sdk', 'schemas', entry.file), 'utf8')) as { description: string; properties: { id: { pattern: string } } };
    for (const check of CHECKS_BEYOND_JSON_SCHEMA.filter((candidate) => candidate.kinds.includes('*') || candidate.kinds.includes(entry.kind))) {
      assert.ok(schema.description.includes(check.name), `${entry.file} names ${check.name}`);
    }
    const id = new RegExp(schema.properties.id.pattern, 'u');
    assert.deepEqual(['.', '..', '__proto__', 'a.b', '...'].map((value) => id.test(value)), [false, false, false, true, true], entry.file);
  }
  assert.ok(JSON_SCHEMA_FILES.some((entry) => entry.file === 'reflection-notes.v0.schema.json'), 'the older version the parser reads is published');
  assert.ok(JSON_SCHEMA_FILES.some((entry) => entry.file === 'change-model.v1.schema.json'), 'change models of v1 are read, so v1 is published');
});

test('the change-model v2 JSON Schema requires link ids and allows aims, target groups and assumptions on items', () => {
  const schema = JSON.parse(jsonSchemaText(JSON_SCHEMA_FILES.find((entry) => entry.file === 'change-model.schema.json')!));
  assert.equal(schema.properties.schema.const, 'sammen.change-model/v2');
  assert.ok(schema.properties.links.items.required.includes('id'));
  const item = schema.properties.columns.items.properties.items.items;
  for (const field of ['aims', 'targetGroup', 'assumptions']) assert.ok(item.properties[field], field);
  assert.match(schema.description, /unique-ids/);
});
