// "New empty model": what a municipality starts from when it makes its own model without JSON.
import { DEFAULT_CHANGE_MODEL_COLUMNS, SCHEMA_IDS, type ChangeModel } from '@sammen/sdk';

/** The heading of each default column, in the UI language (given by the caller, so this stays pure). */
export type DefaultColumnTitles = Readonly<Record<(typeof DEFAULT_CHANGE_MODEL_COLUMNS)[number], string>>;

/**
 * An empty model with the national template's four columns (activities → short-term results →
 * medium-term effects → long-term effects), titled in `lang`. Revision 0: not stored yet.
 */
export function emptyChangeModel(init: { id: string; title: string; lang: string; columnTitles: DefaultColumnTitles }): ChangeModel {
  return {
    schema: SCHEMA_IDS['change-model'],
    id: init.id,
    revision: 0,
    updatedAt: new Date().toISOString(),
    title: { [init.lang]: init.title },
    columns: DEFAULT_CHANGE_MODEL_COLUMNS.map((kind) => ({ id: kind, kind, title: { [init.lang]: init.columnTitles[kind] }, items: [] })),
    links: [],
  } as ChangeModel;
}
