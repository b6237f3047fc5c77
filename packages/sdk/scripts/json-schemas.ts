// The JSON Schema of every document kind, generated from the same valibot schemas that type and
// validate documents in TypeScript, for vendors validating in other languages. Older versions the
// parser still reads (and migrates) get a file of their own.
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { DOCUMENT_KINDS, MIGRATIONS, SCHEMAS, SCHEMA_IDS, kindOfSchema, type DocumentKind } from '../src/index.js';
import { CHECKS_BEYOND_JSON_SCHEMA } from '../src/schemas/beyond-json-schema.js';

/** One published file: the kind, the schema id it describes and the valibot schema it comes from. */
export interface JsonSchemaFile {
  kind: DocumentKind;
  schemaId: string;
  file: string;
  valibot: GenericSchema;
}

/** What the parser checks beyond this JSON Schema, in words, for the file's `description`. */
export function beyondJsonSchema(kind: DocumentKind): string {
  const rules = CHECKS_BEYOND_JSON_SCHEMA.filter((check) => check.kinds.includes('*') || check.kinds.includes(kind)).map((check) => `${check.name}: ${check.rule}`);
  return `The Sammen SDK's parser also checks what JSON Schema cannot express: ${rules.join('; ')}.`;
}

/** The JSON Schema document of one file (draft-07), as pretty-printed text with a final newline. */
export function jsonSchemaText(entry: JsonSchemaFile): string {
  const schema = toJsonSchema(entry.valibot, { errorMode: 'ignore' });
  const current = entry.schemaId === SCHEMA_IDS[entry.kind];
  const document = {
    $id: `https://sammen.dev/schemas/${entry.file}`,
    title: entry.schemaId,
    description:
      `A Sammen ${entry.kind} document${current ? '' : ` in the older version ${entry.schemaId}, which the SDK reads and migrates to ${SCHEMA_IDS[entry.kind]}`}. ` +
      `${beyondJsonSchema(entry.kind)} Generated from packages/sdk/src/schemas; do not edit.`,
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const JSON_SCHEMA_FILES: readonly JsonSchemaFile[] = [
  ...DOCUMENT_KINDS.map((kind) => ({ kind, schemaId: SCHEMA_IDS[kind], file: `${kind}.schema.json`, valibot: SCHEMAS[kind] as GenericSchema })),
  ...MIGRATIONS.map((migration) => {
    const kind = kindOfSchema(migration.from)!;
    const version = migration.from.split('/').pop()!;
    return { kind, schemaId: migration.from, file: `${kind}.${version}.schema.json`, valibot: migration.schema };
  }),
];
