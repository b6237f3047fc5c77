// What is said when focus arrives at a person in the drawing (one announcement per move). In a
// group map: name, kind and ties. In a network map the place matters as much as the kind, so the
// sector and the ring are named (graph-a11y: "Skole, ring 2"): "Mormor, familie, ring 1 (tættest). 2 bånd."
import { msg, str } from '@lit/localize';
import type { Person, RelationMap, Tie } from '@sammen/sdk';
import { centreOf } from './network-geometry.js';
import { kindName, sectorName } from './texts.js';

/** "1 tie", "2 ties" (one message with the proxies' own names). */
export const tieCountText = (ties: number): string => (ties === 1 ? msg('1 tie') : msg(str`${ties} ties`));

/** "ring 1 (closest)", "ring 2", … */
export function ringName(ring: number): string {
  return ring <= 1 ? msg(str`ring ${ring} (closest)`) : msg(str`ring ${ring}`);
}

/**
 * The sentence for `person`; `ring` is where the drawing puts them when the person has no ring of
 * their own (a network map places everyone in a ring).
 */
export function placeText(map: RelationMap, person: Person, ties: readonly Tie[], nameOf: (id: string) => string, ring?: number): string {
  const tieCount = ties.filter((tie) => tie.from === person.id || tie.to === person.id).length;
  const tiesText = tieCountText(tieCount);
  if (map.mode !== 'network') return `${nameOf(person.id)}, ${kindName(person.kind)}, ${tiesText}`;
  if (centreOf(map)?.id === person.id) return `${nameOf(person.id)}, ${msg('the child in the centre')}. ${tiesText}.`;
  const where = [person.sector ? sectorName(person.sector) : kindName(person.kind), ringName(person.ring ?? ring ?? 1)];
  return `${nameOf(person.id)}, ${where.join(', ')}. ${tiesText}.`;
}
