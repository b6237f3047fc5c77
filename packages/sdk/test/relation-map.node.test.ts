// sammen.relation-map/v2: the group-mode ethics (positive choices only), located refusals of
// ties to missing people, self-ties and repeated ids, the limits, and the v1 → v2 migration.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRelationMap, parseRelationMap, RELATION_MAP_LIMITS, type RelationMap } from '../src/index.js';
import { relationMap } from './support/arbitraries.js';

function group(): RelationMap {
  const map = createRelationMap({ id: 'stuen', date: '2026-04-01' });
  map.people = [
    { id: 'a', label: 'A', kind: 'child' },
    { id: 'b', label: 'B', kind: 'child' },
    { id: 'k', label: 'Kim', kind: 'staff' },
  ];
  map.rounds[0]!.ties = [
    { id: 't1', from: 'a', to: 'b', kind: 'plays-with', strength: 2, direction: 'mutual' },
    { id: 't2', from: 'b', to: 'a', kind: 'seeks-out', strength: 1, direction: 'one-way' },
  ];
  map.rounds[0]!.closeness = [{ adult: 'k', child: 'a', rating: 3 }];
  return map;
}

const issuesOf = (value: unknown) => {
  const result = parseRelationMap(value);
  return result.ok ? [] : result.issues.map((issue) => ({ path: issue.path, code: issue.code }));
};

describe('relation map v2', () => {
  it('accepts a group of positive choices, and a new map from createRelationMap', () => {
    assert.deepEqual(issuesOf(group()), []);
    assert.equal(parseRelationMap(createRelationMap()).ok, true);
  });

  it('refuses a negative or ranked tie in group mode, located at the tie', () => {
    const negative = group() as unknown as { rounds: { ties: Record<string, unknown>[] }[] };
    negative.rounds[0]!.ties[1]!.quality = 'strained';
    assert.deepEqual(issuesOf(negative), [{ path: 'rounds[0].ties[1].quality', code: 'positive-choices-only' }]);
    const notAChoice = group() as unknown as { rounds: { ties: Record<string, unknown>[] }[] };
    notAChoice.rounds[0]!.ties[0]!.kind = 'professional';
    assert.deepEqual(issuesOf(notAChoice), [{ path: 'rounds[0].ties[0].kind', code: 'positive-choices-only' }]);
    const ranked = group() as unknown as { rounds: { ties: Record<string, unknown>[] }[] };
    ranked.rounds[0]!.ties[0]!.rank = 1;
    assert.deepEqual(issuesOf(ranked), [{ path: 'rounds[0].ties[0].rank', code: 'unknown-field' }]);
    const avoids = group() as unknown as { rounds: { ties: Record<string, unknown>[] }[] };
    avoids.rounds[0]!.ties[0]!.kind = 'avoids';
    assert.deepEqual(issuesOf(avoids).map((issue) => issue.path), ['rounds[0].ties[0].kind']);
  });

  it('accepts the same strained, professional tie in network mode', () => {
    const network = group() as unknown as { mode: string; centre: string; rounds: { ties: Record<string, unknown>[] }[] };
    network.mode = 'network';
    network.centre = 'a';
    network.rounds[0]!.ties[1]!.quality = 'strained';
    network.rounds[0]!.ties[0]!.kind = 'professional';
    assert.deepEqual(issuesOf(network), []);
  });

  it('refuses a tie to a missing person, a self-tie, repeated ids and a centre that is no one, each where it is', () => {
    const map = group();
    map.rounds[0]!.ties[0]!.to = 'nobody';
    map.rounds[0]!.ties[1]!.to = 'b';
    map.people.push({ id: 'a', label: 'A again', kind: 'child' });
    map.rounds[0]!.ties.push({ id: 't1', from: 'a', to: 'k', kind: 'asks-for-help', strength: 1, direction: 'one-way' });
    map.rounds[0]!.closeness!.push({ adult: 'ghost', child: 'a', rating: 1 });
    map.centre = 'nobody';
    assert.deepEqual(issuesOf(map), [
      { path: 'people[3].id', code: 'duplicate-id' },
      { path: 'centre', code: 'not-a-person' },
      { path: 'rounds[0].ties[2].id', code: 'duplicate-id' },
      { path: 'rounds[0].ties[0].to', code: 'not-a-person' },
      { path: 'rounds[0].ties[1].to', code: 'self-tie' },
      { path: 'rounds[0].closeness[1].adult', code: 'not-a-person' },
    ]);
  });

  it('keeps its limits: 500 people, 50 rounds, 2,000 ties a round', () => {
    const map = group();
    map.people = Array.from({ length: RELATION_MAP_LIMITS.people + 1 }, (_, index) => ({ id: `p${index}`, label: 'x', kind: 'child' as const }));
    map.rounds[0]!.ties = [];
    map.rounds[0]!.closeness = [];
    assert.deepEqual(issuesOf(map), [{ path: 'people', code: 'max-length' }]);
    map.people.pop();
    assert.deepEqual(issuesOf(map), []);
    map.rounds = Array.from({ length: RELATION_MAP_LIMITS.rounds + 1 }, (_, index) => ({ id: `r${index}`, date: '2026-04-01', ties: [] }));
    assert.deepEqual(issuesOf(map), [{ path: 'rounds', code: 'max-length' }]);
  });

  it('generated valid maps parse unchanged', () => {
    fc.assert(
      fc.property(relationMap, (map) => {
        const json = JSON.parse(JSON.stringify(map)) as unknown;
        assert.deepEqual(parseRelationMap(json), { ok: true, value: json });
      }),
      { numRuns: 200 },
    );
  });
});

describe('relation map v1 → v2', () => {
  const v1 = (mode: 'group' | 'network', valence: 'positive' | 'negative' | 'mixed') => ({
    schema: 'sammen.relation-map/v1',
    id: 'gammel',
    revision: 3,
    updatedAt: '2025-10-01T08:00:00Z',
    mode,
    people: [
      { id: 'c', label: 'C', kind: 'child' },
      { id: 's', label: 'Sagsbehandler', kind: 'service', sector: 'social' },
      { id: 'k', label: 'Kim', kind: 'staff', position: { x: 10, y: 20 } },
    ],
    rounds: [
      {
        id: 'r1',
        date: '2025-09-15',
        note: 'efterår',
        ties: [
          { from: 'c', to: 'k', kind: 'plays-with', valence: 'positive', strength: 3, direction: 'mutual' },
          { from: 's', to: 'c', kind: 'holder øje', valence, strength: 1, direction: 'one-way' },
        ],
        closeness: [{ staffId: 'k', childId: 'c', rating: 2 }],
      },
    ],
  });

  it('gives ties ids, v2 kinds and qualities, keeps a free-text kind as the note, renames closeness and sectors', () => {
    const result = parseRelationMap(v1('network', 'negative'));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    const map = result.value;
    assert.equal(map.schema, 'sammen.relation-map/v2');
    assert.equal(map.centre, 'c');
    assert.equal(map.people[1]!.sector, 'social-services');
    assert.deepEqual(map.people[2]!.position, { x: 10, y: 20 });
    assert.deepEqual(map.rounds[0]!.ties, [
      { id: 't1', from: 'c', to: 'k', kind: 'plays-with', strength: 3, direction: 'mutual', quality: 'positive' },
      { id: 't2', from: 's', to: 'c', kind: 'other', strength: 1, direction: 'one-way', quality: 'strained', note: 'holder øje' },
    ]);
    assert.deepEqual(map.rounds[0]!.closeness, [{ adult: 'k', child: 'c', rating: 2 }]);
    assert.equal(map.rounds[0]!.note, 'efterår');
  });

  it('a positive v1 group opens; a negative choice in a v1 group is refused at that tie, not dropped', () => {
    const positive = parseRelationMap(v1('group', 'positive'));
    assert.ok(positive.ok);
    assert.deepEqual(positive.value.rounds[0]!.ties[1], { id: 't2', from: 's', to: 'c', kind: 'plays-with', strength: 1, direction: 'one-way', note: 'holder øje' });
    assert.deepEqual(issuesOf(v1('group', 'negative')), [{ path: 'rounds[0].ties[1].quality', code: 'positive-choices-only' }]);
  });
});
