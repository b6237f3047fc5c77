// `npm run build:schemas`: writes packages/sdk/schemas/<kind>.schema.json (and <kind>.v<N>.schema.json
// for older versions the SDK still reads).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSON_SCHEMA_FILES, jsonSchemaText } from './json-schemas.js';

const dir = join('packages', 'sdk', 'schemas');
mkdirSync(dir, { recursive: true });
for (const entry of JSON_SCHEMA_FILES) {
  writeFileSync(join(dir, entry.file), jsonSchemaText(entry));
  process.stdout.write(`${join(dir, entry.file)}\n`);
}
