import type { GenericSchema } from 'valibot';
import { ReflectionNotesV0Schema } from './schemas/reflection-notes.js';
import { ChangeModelV1Schema, migrateChangeModelV1 } from './schemas/change-model-v1.js';
import { RelationMapV1Schema } from './schemas/relation-map-v1.js';
import { migrateRelationMapV1 } from './schemas/relation-map-migration.js';
/**
 * Older document versions and how each becomes the next one. A document read with an older
 * `schema` is migrated step by step on read, then validated as the current version; a newer or
 * unknown version is an error, never a guess. Add a step when a schema's version goes up.
 */
export interface Migration {
  from: string;
  /** What a document of version `from` is; checked before `migrate` runs (and published as JSON Schema). */
  schema: GenericSchema;
  to: string;
  migrate: (document: Record<string, unknown>) => Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const MIGRATIONS: readonly Migration[] = [
  {
    // v0 (the first prototype) kept discussed cards as a list and notes in a separate map per card.
    from: 'sammen.reflection-notes/v0',
    schema: ReflectionNotesV0Schema,
    to: 'sammen.reflection-notes/v1',
    migrate: (document) => {
      const discussed = Array.isArray(document.discussed) ? document.discussed.filter((id): id is string => typeof id === 'string') : [];
      const notes = isRecord(document.notes) ? document.notes : {};
      const cards: Record<string, unknown> = {};
      for (const id of new Set([...discussed, ...Object.keys(notes)])) {
        cards[id] = { discussed: discussed.includes(id), notes: isRecord(notes[id]) ? notes[id] : {} };
      }
      const { discussed: _discussed, notes: _notes, ...rest } = document;
      return { ...rest, schema: 'sammen.reflection-notes/v1', cards };
    },
  },
  {
    // v1 links had no id; v2 selects, edits and compares links by id, so each gets one from its ends.
    from: 'sammen.change-model/v1',
    schema: ChangeModelV1Schema,
    to: 'sammen.change-model/v2',
    migrate: migrateChangeModelV1,
  },
  {
    // v1 ties had no ids, free-text kinds and a valence that allowed negative choices in a group.
    from: 'sammen.relation-map/v1',
    schema: RelationMapV1Schema,
    to: 'sammen.relation-map/v2',
    migrate: migrateRelationMapV1,
  },
];

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
