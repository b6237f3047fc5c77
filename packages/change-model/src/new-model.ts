// A fresh change model for a `document-id` the store does not have yet: the national template's
// four columns, empty, ready to be filled in edit mode.
import { DEFAULT_CHANGE_MODEL_COLUMNS, SCHEMA_IDS, type ChangeModel } from '@sammen/sdk';

export function newChangeModel(id: string): ChangeModel {
  return {
    schema: SCHEMA_IDS['change-model'],
    id,
    revision: 0,
    updatedAt: new Date().toISOString(),
    title: '',
    columns: DEFAULT_CHANGE_MODEL_COLUMNS.map((kind) => ({ id: kind, kind, items: [] })),
    links: [],
  } as ChangeModel;
}
