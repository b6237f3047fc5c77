import * as v from 'valibot';
import { TIE_ENDS_MESSAGE } from './beyond-json-schema.js';
import { documentBase, Id, IsoDate, LIMITS, List, Text } from './common.js';

/** Schema id of the first relation map version, still read (and migrated to v2). */
export const RELATION_MAP_V1_SCHEMA = 'sammen.relation-map/v1';

const Strength = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3));

const PersonV1Schema = v.object({
  id: Id,
  label: Text(LIMITS.label),
  kind: v.picklist(['child', 'parent', 'family', 'staff', 'service']),
  sector: v.optional(v.picklist(['family', 'daycare', 'health', 'social', 'leisure', 'other'])),
  colour: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #1d5a85'))),
  symbol: v.optional(Text(20)),
  position: v.optional(v.object({ x: v.number(), y: v.number() })),
});

const TieV1Schema = v.object({
  from: Id,
  to: Id,
  kind: v.optional(Text(LIMITS.label)),
  valence: v.picklist(['positive', 'negative', 'mixed']),
  strength: Strength,
  direction: v.picklist(['one-way', 'mutual']),
});

const ClosenessV1Schema = v.object({ staffId: Id, childId: Id, rating: Strength });

const MappingRoundV1Schema = v.object({
  id: Id,
  date: IsoDate,
  note: v.optional(Text()),
  ties: List(TieV1Schema, 0, 2_000),
  closeness: v.optional(List(ClosenessV1Schema, 0, 2_000)),
});

/**
 * The first relation map (sammen.relation-map/v1): ties without ids, free-text kinds and a
 * `valence` that allowed negative choices in a children's group. Read only, by migration to v2;
 * validated before migrating, so the parser reads exactly what `relation-map.v1.schema.json` says.
 */
export const RelationMapV1Schema = v.pipe(
  v.object({
    ...documentBase(RELATION_MAP_V1_SCHEMA),
    title: v.optional(Text(LIMITS.label)),
    mode: v.picklist(['group', 'network']),
    people: List(PersonV1Schema, 0, 500),
    rounds: List(MappingRoundV1Schema, 0, 50),
  }),
  v.forward(
    v.check((map) => {
      const ids = new Set(map.people.map((person) => person.id));
      return map.rounds.every((round) => round.ties.every((tie) => ids.has(tie.from) && ids.has(tie.to)));
    }, TIE_ENDS_MESSAGE),
    ['rounds'],
  ),
);

/** A relation map in the first version's shape. */
export type RelationMapV1 = v.InferOutput<typeof RelationMapV1Schema>;
