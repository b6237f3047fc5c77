// The relation map's constants, without Valibot: widgets use them on every page, the schema
// (relation-map.ts) only where a map has to be validated.

/** Schema id of the current relation map version. */
export const RELATION_MAP_SCHEMA = 'sammen.relation-map/v2';

/** At most this many people, rounds, and ties or closeness ratings in one round. */
export const RELATION_MAP_LIMITS = { people: 500, rounds: 50, ties: 2_000, closeness: 2_000 } as const;

/** The two modes of one relation map: a children's group sociogram, or the network around one child. */
export const RELATION_MAP_MODES = ['group', 'network'] as const;
/** Who a person is. */
export const PERSON_KINDS = ['child', 'parent', 'family', 'adult', 'staff', 'service'] as const;
/** The sectors of a network map (as in an ecomap), in the order they go round the centre. */
export const SECTORS = ['family', 'daycare', 'health', 'social-services', 'leisure', 'other'] as const;
/**
 * The only ties a children's group may hold: positive choices recorded from observation or a
 * choice interview, following Nordic practice — never rankings, never negative choices.
 */
export const GROUP_TIE_KINDS = ['plays-with', 'seeks-out', 'asks-for-help'] as const;
/** What a tie in the network around a child is. */
export const NETWORK_TIE_KINDS = ['family', 'care', 'support', 'professional', 'friendship', 'other'] as const;
/** Every tie kind; which ones a map may use depends on its mode. */
export const TIE_KINDS = [...GROUP_TIE_KINDS, ...NETWORK_TIE_KINDS] as const;
/** How good a tie in a network map is. A group map holds only positive ties. */
export const TIE_QUALITIES = ['positive', 'mixed', 'strained'] as const;

export type RelationMapMode = (typeof RELATION_MAP_MODES)[number];
export type PersonKind = (typeof PERSON_KINDS)[number];
export type Sector = (typeof SECTORS)[number];
export type TieKind = (typeof TIE_KINDS)[number];
export type GroupTieKind = (typeof GROUP_TIE_KINDS)[number];
export type NetworkTieKind = (typeof NETWORK_TIE_KINDS)[number];
export type TieQuality = (typeof TIE_QUALITIES)[number];
