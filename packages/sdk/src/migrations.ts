import type { GenericSchema } from 'valibot';
import { REFLECTION_NOTES_MIGRATIONS } from './kinds/reflection-notes.js';
import { CHANGE_MODEL_MIGRATIONS } from './kinds/change-model.js';
import { RELATION_MAP_MIGRATIONS } from './kinds/relation-map.js';

/**
 * Older document versions and how each becomes the next one. A document read with an older
 * `schema` is migrated step by step on read, then validated as the current version; a newer or
 * unknown version is an error, never a guess. Add a step when a schema's version goes up (in the
 * kind's own file under `kinds/`, so a page that reads one kind carries only that kind's older
 * schemas).
 */
export interface Migration {
  from: string;
  /** What a document of version `from` is; checked before `migrate` runs (and published as JSON Schema). */
  schema: GenericSchema;
  to: string;
  migrate: (document: Record<string, unknown>) => Record<string, unknown>;
}

/** Every kind's migrations. */
export const MIGRATIONS: readonly Migration[] = [...REFLECTION_NOTES_MIGRATIONS, ...CHANGE_MODEL_MIGRATIONS, ...RELATION_MAP_MIGRATIONS];

/** Applies migrations until no step starts at the document's schema (bounded: no cycles). */
export function migrate(document: Record<string, unknown>): Record<string, unknown> {
  let current = document;
  for (let step = 0; step < MIGRATIONS.length; step += 1) {
    const migration = MIGRATIONS.find((candidate) => candidate.from === current.schema);
    if (!migration) break;
    current = migration.migrate(current);
  }
  return current;
}
