// `npm run build:schemas`: writes packages/sdk/schemas/<kind>.schema.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_FILES, jsonSchemaText } from './json-schemas.js';

const dir = join('packages', 'sdk', 'schemas');
mkdirSync(dir, { recursive: true });
for (const { kind, file } of JSON_SCHEMA_FILES) {
  writeFileSync(join(dir, file), jsonSchemaText(kind));
  process.stdout.write(`${join(dir, file)}\n`);
}
