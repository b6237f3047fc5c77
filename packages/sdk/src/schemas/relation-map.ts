import * as v from 'valibot';
import { TIE_ENDS_MESSAGE } from './beyond-json-schema.js';
import { documentBase, Id, IsoDate, LIMITS, List, Text } from './common.js';

/** Schema id of the current relation map version. */
export const RELATION_MAP_SCHEMA = 'sammen.relation-map/v1';

const Strength = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3));

export const PersonSchema = v.object({
  id: Id,
  label: Text(LIMITS.label),
  kind: v.picklist(['child', 'parent', 'family', 'staff', 'service']),
  sector: v.optional(v.picklist(['family', 'daycare', 'health', 'social', 'leisure', 'other'])),
  colour: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #1d5a85'))),
  symbol: v.optional(Text(20)),
  position: v.optional(v.object({ x: v.number(), y: v.number() })),
});

export const TieSchema = v.object({
  from: Id,
  to: Id,
  kind: v.optional(Text(LIMITS.label)),
  valence: v.picklist(['positive', 'negative', 'mixed']),
  strength: Strength,
  direction: v.picklist(['one-way', 'mutual']),
});

export const ClosenessSchema = v.object({ staffId: Id, childId: Id, rating: Strength });

export const MappingRoundSchema = v.object({
  id: Id,
  date: IsoDate,
  note: v.optional(Text()),
  ties: List(TieSchema, 0, 2_000),
  closeness: v.optional(List(ClosenessSchema, 0, 2_000)),
});

/** A sociogram of a group or a network map around one child (sammen.relation-map/v1). */
export const RelationMapSchema = v.pipe(
  v.object({
    ...documentBase(RELATION_MAP_SCHEMA),
    title: v.optional(Text(LIMITS.label)),
    mode: v.picklist(['group', 'network']),
    people: List(PersonSchema, 0, 500),
    rounds: List(MappingRoundSchema, 0, 50),
  }),
  v.forward(
    v.check((map) => {
      const ids = new Set(map.people.map((person) => person.id));
      return map.rounds.every((round) => round.ties.every((tie) => ids.has(tie.from) && ids.has(tie.to)));
    }, TIE_ENDS_MESSAGE),
    ['rounds'],
  ),
);

export type Person = v.InferOutput<typeof PersonSchema>;
export type Tie = v.InferOutput<typeof TieSchema>;
export type MappingRound = v.InferOutput<typeof MappingRoundSchema>;
/** A relation map with dated mapping rounds. */
export type RelationMap = v.InferOutput<typeof RelationMapSchema>;
