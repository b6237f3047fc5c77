// The change model's parser and older versions, in a module of their own (see documents.ts' `parseKind`).
import { parseKind } from '../parse-kind.js';
import type { ParseResult } from '../issues.js';
import type { Migration } from '../migrations.js';
import { ChangeModelSchema, type ChangeModel } from '../schemas/change-model.js';
import { ChangeModelV1Schema, migrateChangeModelV1 } from '../schemas/change-model-v1.js';

/** The change model's older versions. */
export const CHANGE_MODEL_MIGRATIONS: readonly Migration[] = [
  {
    // v1 links had no id; v2 selects, edits and compares links by id, so each gets one from its ends.
    from: 'sammen.change-model/v1',
    schema: ChangeModelV1Schema,
    to: 'sammen.change-model/v2',
    migrate: migrateChangeModelV1,
  },
];

/** Validates a change model (migrating v1). */
export const parseChangeModel = (value: unknown): ParseResult<ChangeModel> => parseKind('change-model', ChangeModelSchema, CHANGE_MODEL_MIGRATIONS, value);
