import * as v from 'valibot';
import {
  CENTRE_MESSAGE,
  CLOSENESS_ENDS_MESSAGE,
  DUPLICATE_ID_MESSAGE,
  GROUP_TIES_POSITIVE_MESSAGE,
  SELF_TIE_MESSAGE,
  TIE_ENDS_MESSAGE,
} from './beyond-json-schema.js';
import { documentBase, Id, IsoDate, LIMITS, List, Text } from './common.js';
import { RELATION_MAP_SCHEMA, RELATION_MAP_LIMITS, RELATION_MAP_MODES, PERSON_KINDS, SECTORS, GROUP_TIE_KINDS, NETWORK_TIE_KINDS, TIE_KINDS, TIE_QUALITIES } from './relation-map-constants.js';

export { RELATION_MAP_SCHEMA, RELATION_MAP_LIMITS, RELATION_MAP_MODES, PERSON_KINDS, SECTORS, GROUP_TIE_KINDS, NETWORK_TIE_KINDS, TIE_KINDS, TIE_QUALITIES };
export type { RelationMapMode, PersonKind, Sector, TieKind, GroupTieKind, NetworkTieKind, TieQuality } from './relation-map-constants.js';

/** 1 (weak, far) to 3 (strong, close). */
const Level = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3));

export const PersonSchema = v.object({
  id: Id,
  /** A pseudonym or initials the staff chose; never required to be a real name. */
  label: Text(LIMITS.label),
  /** Shown instead of the label in presentation mode; derived from the label when absent. */
  initials: v.optional(Text(10)),
  kind: v.picklist(PERSON_KINDS),
  symbol: v.optional(Text(20)),
  colour: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #1d5a85'))),
  note: v.optional(Text()),
  /** Network mode: the sector round the centre. */
  sector: v.optional(v.picklist(SECTORS)),
  /** Network mode: the ring, 1 closest to the centre, 3 furthest. */
  ring: v.optional(Level),
  /** Where a person was moved to; the layout keeps them there (pinned). */
  position: v.optional(v.object({ x: v.number(), y: v.number() })),
});

/**
 * A tie from one person to another. Strict (an unknown field is refused, not dropped), so a
 * `rank` or `valence` from another tool cannot slip into a children's group unnoticed.
 */
export const TieSchema = v.strictObject({
  id: Id,
  from: Id,
  to: Id,
  kind: v.picklist(TIE_KINDS),
  /** 1 (now and then) to 3 (strong, often). */
  strength: Level,
  direction: v.picklist(['one-way', 'mutual']),
  /** Network mode; absent means positive. */
  quality: v.optional(v.picklist(TIE_QUALITIES)),
  note: v.optional(Text()),
});

/** How well one adult knows and reaches one child, 1–3 (the staff–child closeness layer). */
export const ClosenessSchema = v.object({ adult: Id, child: Id, rating: Level });

export const MappingRoundSchema = v.object({
  id: Id,
  date: IsoDate,
  label: v.optional(Text(LIMITS.label)),
  note: v.optional(Text()),
  ties: List(TieSchema, 0, RELATION_MAP_LIMITS.ties),
  closeness: v.optional(List(ClosenessSchema, 0, RELATION_MAP_LIMITS.closeness)),
});

type PathItem = v.IssuePathItem;
const at = (input: unknown, ...keys: (string | number)[]): [PathItem, ...PathItem[]] => {
  const items: PathItem[] = [];
  let node = input as Record<string | number, unknown>;
  for (const key of keys) {
    const value = node?.[key];
    items.push(
      Array.isArray(node)
        ? { type: 'array', origin: 'value', input: node as unknown[], key: key as number, value }
        : { type: 'object', origin: 'value', input: node as Record<string, unknown>, key: key as string, value },
    );
    node = value as Record<string | number, unknown>;
  }
  return items as [PathItem, ...PathItem[]];
};

/** Stops a hostile document from producing thousands of issues. */
const MAX_ISSUES = 50;

type MapShape = {
  mode: (typeof RELATION_MAP_MODES)[number];
  centre?: string;
  people: { id: string }[];
  rounds: { id: string; ties: v.InferOutput<typeof TieSchema>[]; closeness?: v.InferOutput<typeof ClosenessSchema>[] }[];
};

/** Every check on a whole map that JSON Schema cannot express, each issue at its exact place. */
function checkMap(map: MapShape, report: (message: string, path: [PathItem, ...PathItem[]]) => void): void {
  const duplicates = <T extends { id: string }>(list: T[], ...prefix: (string | number)[]) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) report(DUPLICATE_ID_MESSAGE, at(map, ...prefix, index, 'id'));
      seen.add(item.id);
    });
  };
  duplicates(map.people, 'people');
  duplicates(map.rounds, 'rounds');
  const people = new Set(map.people.map((person) => person.id));
  if (map.centre !== undefined && !people.has(map.centre)) report(CENTRE_MESSAGE, at(map, 'centre'));
  const groupKinds: readonly string[] = GROUP_TIE_KINDS;
  map.rounds.forEach((round, r) => {
    duplicates(round.ties, 'rounds', r, 'ties');
    round.ties.forEach((tie, t) => {
      for (const end of ['from', 'to'] as const) if (!people.has(tie[end])) report(TIE_ENDS_MESSAGE, at(map, 'rounds', r, 'ties', t, end));
      if (tie.from === tie.to) report(SELF_TIE_MESSAGE, at(map, 'rounds', r, 'ties', t, 'to'));
      if (map.mode === 'group') {
        if (!groupKinds.includes(tie.kind)) report(GROUP_TIES_POSITIVE_MESSAGE, at(map, 'rounds', r, 'ties', t, 'kind'));
        if (tie.quality !== undefined && tie.quality !== 'positive') report(GROUP_TIES_POSITIVE_MESSAGE, at(map, 'rounds', r, 'ties', t, 'quality'));
      }
    });
    const pairs = new Set<string>();
    round.closeness?.forEach((rating, c) => {
      for (const end of ['adult', 'child'] as const) if (!people.has(rating[end])) report(CLOSENESS_ENDS_MESSAGE, at(map, 'rounds', r, 'closeness', c, end));
      const pair = JSON.stringify([rating.adult, rating.child]);
      if (pairs.has(pair)) report(DUPLICATE_ID_MESSAGE, at(map, 'rounds', r, 'closeness', c, 'child'));
      pairs.add(pair);
    });
  });
}

/**
 * A sociogram of a children's group or a network map around one child, with dated mapping
 * rounds (sammen.relation-map/v2). Beyond its shape, a map is refused — each issue located at the
 * tie, person or rating concerned — when a tie or rating names someone not in `people`, a tie
 * joins a person to themself, an id repeats in its list, `centre` names no one, or (in `group`
 * mode) a tie is anything but a positive choice.
 */
export const RelationMapSchema = v.pipe(
  v.object({
    ...documentBase(RELATION_MAP_SCHEMA),
    title: v.optional(Text(LIMITS.label)),
    mode: v.picklist(RELATION_MAP_MODES),
    /** Network mode: the child the map is about. */
    centre: v.optional(Id),
    people: List(PersonSchema, 0, RELATION_MAP_LIMITS.people),
    rounds: List(MappingRoundSchema, 0, RELATION_MAP_LIMITS.rounds),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    let count = 0;
    checkMap(dataset.value, (message, path) => {
      count += 1;
      if (count <= MAX_ISSUES) addIssue({ message, path });
    });
  }),
);

export type Person = v.InferOutput<typeof PersonSchema>;
export type Tie = v.InferOutput<typeof TieSchema>;
export type Closeness = v.InferOutput<typeof ClosenessSchema>;
export type MappingRound = v.InferOutput<typeof MappingRoundSchema>;
/** A relation map with dated mapping rounds. */
export type RelationMap = v.InferOutput<typeof RelationMapSchema>;
