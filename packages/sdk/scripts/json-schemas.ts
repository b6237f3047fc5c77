// The JSON Schema of every document kind, generated from the same valibot schemas that type and
// validate documents in TypeScript, for vendors validating in other languages.
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { DOCUMENT_KINDS, SCHEMAS, SCHEMA_IDS, type DocumentKind } from '../src/index.js';

/** The JSON Schema document of one kind (draft-07), as pretty-printed text with a final newline. */
export function jsonSchemaText(kind: DocumentKind): string {
  const schema = toJsonSchema(SCHEMAS[kind] as GenericSchema, { errorMode: 'ignore' });
  const document = {
    $id: `https://sammen.dev/schemas/${kind}.schema.json`,
    title: SCHEMA_IDS[kind],
    description: `A Sammen ${kind} document. Generated from packages/sdk/src/schemas; do not edit.`,
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export const JSON_SCHEMA_FILES = DOCUMENT_KINDS.map((kind) => ({ kind, file: `${kind}.schema.json` }));
