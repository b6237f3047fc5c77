// Hand-made maps for the analysis tests: small enough to know every answer by reading them.
import type { MappingRound, Person, RelationMap, Tie } from '@sammen/sdk';

/** `a>b` a one-way choice, `a<>b` mutual, optionally `:kind:strength` (`a<>b:seeks-out:3`). */
export function round(id: string, ...specs: string[]): MappingRound {
  const ties: Tie[] = specs.map((spec, index) => {
    const [pair, kind = 'plays-with', strength = '2'] = spec.split(':');
    const mutual = pair!.includes('<>');
    const [from, to] = pair!.split(mutual ? '<>' : '>') as [string, string];
    return { id: `t${index}`, from, to, kind: kind as Tie['kind'], strength: Number(strength), direction: mutual ? 'mutual' : 'one-way' };
  });
  return { id, date: '2026-04-01', ties };
}

/** A group map of the children `ids` (one letter each) and the adults `adults`. */
export function groupOf(ids: string, rounds: MappingRound[], adults = ''): RelationMap {
  const people: Person[] = [
    ...[...ids].map((id): Person => ({ id, label: id.toUpperCase(), kind: 'child' })),
    ...[...adults].map((id): Person => ({ id, label: id.toUpperCase(), kind: 'staff' })),
  ];
  return { schema: 'sammen.relation-map/v2', id: 'm', revision: 0, updatedAt: '2026-04-01T00:00:00.000Z', mode: 'group', people, rounds };
}
