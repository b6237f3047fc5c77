import type { RelationMapV1 } from './relation-map-v1.js';
import { TIE_KINDS } from './relation-map.js';

const QUALITY = { positive: 'positive', mixed: 'mixed', negative: 'strained' } as const;

/**
 * A v1 relation map (already validated as v1) in the v2 shape. Nothing is dropped: a free-text
 * tie kind that is not a v2 kind is kept as the tie's note; a negative or mixed tie in a
 * `group` map keeps its quality, so the v2 check refuses it at that tie and staff see where,
 * rather than the migration deciding for them what the choice meant.
 */
export function migrateRelationMapV1(document: Record<string, unknown>): Record<string, unknown> {
  const map = document as unknown as RelationMapV1;
  const group = map.mode === 'group';
  const known: readonly string[] = TIE_KINDS;
  const centre = group ? undefined : map.people.find((person) => person.kind === 'child')?.id;
  return {
    ...map,
    schema: 'sammen.relation-map/v2',
    ...(centre === undefined ? {} : { centre }),
    people: map.people.map((person) => (person.sector === 'social' ? { ...person, sector: 'social-services' } : person)),
    rounds: map.rounds.map((round) => ({
      ...round,
      ties: round.ties.map((tie, index) => {
        const kind = tie.kind !== undefined && known.includes(tie.kind) ? tie.kind : group ? 'plays-with' : 'other';
        const note = tie.kind !== undefined && tie.kind !== kind && tie.kind.trim() !== '' ? tie.kind : undefined;
        const quality = group && tie.valence === 'positive' ? undefined : QUALITY[tie.valence];
        return {
          id: `t${index + 1}`,
          from: tie.from,
          to: tie.to,
          kind,
          strength: tie.strength,
          direction: tie.direction,
          ...(quality === undefined ? {} : { quality }),
          ...(note === undefined ? {} : { note }),
        };
      }),
      ...(round.closeness ? { closeness: round.closeness.map((rating) => ({ adult: rating.staffId, child: rating.childId, rating: rating.rating })) } : {}),
    })),
  };
}
