// The relation map's parser and older versions, in a module of their own (see documents.ts' `parseKind`).
import { parseKind } from '../parse-kind.js';
import type { ParseResult } from '../issues.js';
import type { Migration } from '../migrations.js';
import { RelationMapSchema, type RelationMap } from '../schemas/relation-map.js';
import { RelationMapV1Schema } from '../schemas/relation-map-v1.js';
import { migrateRelationMapV1 } from '../schemas/relation-map-migration.js';

/** The relation map's older versions. */
export const RELATION_MAP_MIGRATIONS: readonly Migration[] = [
  {
    // v1 ties had no ids, free-text kinds and a valence that allowed negative choices in a group.
    from: 'sammen.relation-map/v1',
    schema: RelationMapV1Schema,
    to: 'sammen.relation-map/v2',
    migrate: migrateRelationMapV1,
  },
];

/** Validates a relation map (migrating v1). */
export const parseRelationMap = (value: unknown): ParseResult<RelationMap> => parseKind('relation-map', RelationMapSchema, RELATION_MAP_MIGRATIONS, value);
