// Relation maps for stories, tests and the benchmark (stories are the fixtures). Invented people.
import { MemoryStore, type Person, type RelationMap, type Tie } from '@sammen/sdk';
import { generateGroup } from '../../packages/relation-map/src/layout/index.js';

/** Every text field holds markup or script; all of it must be shown as literal text. */
export const HOSTILE = '<img src=x onerror="window.__sammenPwned=1"><script>window.__sammenPwned=1</script>{{7*7}}';

const base = { schema: 'sammen.relation-map/v2', revision: 0, updatedAt: '2026-05-01T10:00:00.000Z' } as const;
const child = (id: string, label: string): Person => ({ id, label, kind: 'child' });
const choice = (from: string, to: string, direction: Tie['direction'] = 'one-way', strength = 2): Tie => ({ id: `${from}-${to}`, from, to, kind: 'plays-with', strength, direction });

/** Five children and two adults, two rounds: in spring no one chose Eli; in autumn Ali did. */
export const smallGroup: RelationMap = {
  ...base,
  id: 'small-group',
  title: 'Solsikkestuen',
  mode: 'group',
  people: [child('ali', 'Ali'), child('bo', 'Bo'), child('cleo', 'Cleo'), child('dan', 'Dan'), child('eli', 'Eli'), { id: 'anne', label: 'Anne', kind: 'staff' }, { id: 'per', label: 'Per', kind: 'staff' }],
  rounds: [
    { id: 'spring', date: '2026-04-15', ties: [choice('ali', 'bo', 'mutual', 3), choice('cleo', 'bo'), choice('dan', 'cleo'), choice('eli', 'dan')] },
    {
      id: 'autumn',
      date: '2026-10-15',
      ties: [choice('ali', 'bo', 'mutual', 3), choice('cleo', 'bo'), choice('dan', 'cleo'), choice('ali', 'eli')],
      closeness: [
        { adult: 'anne', child: 'ali', rating: 3 },
        { adult: 'per', child: 'ali', rating: 2 },
        { adult: 'anne', child: 'bo', rating: 2 },
      ],
    },
  ],
} as RelationMap;

/** The network around one child (A.), in sectors and rings. */
export const smallNetwork: RelationMap = {
  ...base,
  id: 'small-network',
  title: 'Netværket omkring A.',
  mode: 'network',
  centre: 'a',
  people: [
    { id: 'a', label: 'A.', kind: 'child' },
    { id: 'mor', label: 'Mor', kind: 'parent', sector: 'family', ring: 1 },
    { id: 'mormor', label: 'Mormor', kind: 'family', sector: 'family', ring: 2 },
    { id: 'paed', label: 'Pædagog Lise', kind: 'staff', sector: 'daycare', ring: 1 },
    { id: 'sundhed', label: 'Sundhedsplejerske', kind: 'service', sector: 'health', ring: 3 },
    { id: 'ppr', label: 'PPR', kind: 'service', sector: 'social-services', ring: 3 },
    { id: 'fodbold', label: 'Fodboldtræner', kind: 'service', sector: 'leisure', ring: 2 },
  ],
  rounds: [
    {
      id: 'r1',
      date: '2026-09-01',
      ties: [
        { id: 't1', from: 'a', to: 'mor', kind: 'family', strength: 3, direction: 'mutual' },
        { id: 't2', from: 'a', to: 'mormor', kind: 'family', quality: 'mixed', strength: 2, direction: 'mutual' },
        { id: 't3', from: 'a', to: 'paed', kind: 'care', strength: 3, direction: 'mutual' },
        { id: 't4', from: 'a', to: 'sundhed', kind: 'professional', strength: 1, direction: 'one-way' },
        { id: 't5', from: 'mor', to: 'ppr', kind: 'professional', quality: 'strained', strength: 1, direction: 'mutual' },
      ],
    },
  ],
} as RelationMap;

/** Every label is hostile markup. */
export const hostileMap: RelationMap = {
  ...smallGroup,
  id: 'hostile',
  title: HOSTILE,
  people: smallGroup.people.map((person) => ({ ...person, label: `${HOSTILE}${person.id}` })),
};

/** A store holding `map` under its id. */
export async function storeWith(map: RelationMap): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.put({ ...map, revision: 0 }, { expectedRevision: 0 });
  return store;
}

/** A generated group (rm-logic's generator: play groups of about eight, a third mutual). */
export const generatedGroup = (people = 300, ties = 1_500): RelationMap => generateGroup({ people, ties });
