import type { MappingRound, Person, RelationMap, Tie } from '@sammen/sdk';
import { GROUP_TIE_KINDS } from '@sammen/sdk';
import { seededRandom } from './random.js';

/** How large a generated group is. */
export interface GeneratedGroupSize {
  people: number;
  ties: number;
  /** Same seed, same group. Default 1. */
  seed?: number;
}

/**
 * A valid, deterministic group map of `people` children with `ties` positive choices in one
 * round, for stories and the benchmark (25/60, 300/1,500). Like a real group it has play
 * groups: children sit in clusters of about eight, four in five choices stay inside a cluster,
 * and about a third of choices are mutual; no child chooses the same child twice.
 */
export function generateGroup({ people: count, ties: tieCount, seed = 1 }: GeneratedGroupSize): RelationMap {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const people: Person[] = Array.from({ length: count }, (_, index) => ({ id: `c${index + 1}`, label: `Barn ${index + 1}`, initials: `B${index + 1}`, kind: 'child' }));
  const clusterSize = 8;
  const clusters = Math.max(1, Math.ceil(count / clusterSize));
  const clusterOf = (index: number) => index % clusters;
  const members = Array.from({ length: clusters }, (_, cluster) => people.map((_, index) => index).filter((index) => clusterOf(index) === cluster));
  const maxTies = Math.min(tieCount, (count * (count - 1)) / 2);
  const pairs = new Set<string>();
  const ties: Tie[] = [];
  for (let attempt = 0; ties.length < maxTies && attempt < maxTies * 50; attempt += 1) {
    const from = pick(count);
    const own = members[clusterOf(from)]!;
    const to = random() < 0.8 && own.length > 1 ? own[pick(own.length)]! : pick(count);
    const key = from < to ? `${from} ${to}` : `${to} ${from}`;
    if (from === to || pairs.has(key)) continue;
    pairs.add(key);
    ties.push({
      id: `t${ties.length + 1}`,
      from: people[from]!.id,
      to: people[to]!.id,
      kind: GROUP_TIE_KINDS[pick(GROUP_TIE_KINDS.length)]!,
      strength: 1 + pick(3),
      direction: random() < 0.35 ? 'mutual' : 'one-way',
    });
  }
  const round: MappingRound = { id: 'generated', date: '2026-09-01', label: `${count} / ${ties.length}`, ties };
  return {
    schema: 'sammen.relation-map/v2',
    id: `generated-${count}-${tieCount}-${seed}`,
    revision: 0,
    updatedAt: '2026-09-01T00:00:00.000Z',
    title: `${count} / ${ties.length}`,
    mode: 'group',
    people,
    rounds: [round],
  };
}
