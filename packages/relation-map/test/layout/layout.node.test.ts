// The layouts: deterministic, pinned people stay put, no worse than d3-force's defaults on the
// quality figure, network people in their sector and ring; the generator and quality figures.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { Point } from '@sammen/core';
import { parseRelationMap, SECTORS, type Person, type Tie } from '@sammen/sdk';
import { loadExampleNetwork } from '@sammen/content';
import { edgeCrossings, forceGroupLayout, generateGroup, layoutStress, sectorArc, sectorRingLayout } from '../../src/layout/index.js';
import { LANE_OFFSET, loneSide, PERSON_SPACING, placeInSector } from '../../src/layout/network-layout.js';
import { polarPlace } from '../../src/polar-navigation.js';

/** d3-force as its documentation sets it up, run until it stops (300 ticks): the baseline. */
function d3Default(people: readonly Pick<Person, 'id'>[], ties: readonly Tie[]): Map<string, Point> {
  const nodes: (SimulationNodeDatum & { id: string })[] = people.map((person) => ({ id: person.id }));
  forceSimulation(nodes)
    .force('link', forceLink(ties.map((tie) => ({ source: tie.from, target: tie.to }))).id((node) => (node as { id: string }).id))
    .force('charge', forceManyBody())
    .force('center', forceCenter())
    .stop()
    .tick(300);
  return new Map(nodes.map((node) => [node.id, { x: node.x!, y: node.y! }]));
}

describe('forceGroupLayout', () => {
  const group = generateGroup({ people: 25, ties: 60 });
  const ties = group.rounds[0]!.ties;

  it('places everyone, the same way every time', () => {
    const first = forceGroupLayout(group.people, ties);
    assert.equal(first.size, 25);
    assert.deepEqual(forceGroupLayout(group.people, ties), first);
    assert.ok([...first.values()].every((at) => Number.isFinite(at.x) && Number.isFinite(at.y)));
  });

  it('keeps pinned people exactly where they were put', () => {
    const fixed = new Map([
      ['c1', { x: 400, y: -300 }],
      ['c7', { x: -12.5, y: 88 }],
    ]);
    const places = forceGroupLayout(group.people, ties, fixed);
    assert.deepEqual(places.get('c1'), { x: 400, y: -300 });
    assert.deepEqual(places.get('c7'), { x: -12.5, y: 88 });
  });

  it('keeps people apart (no two closer than a fifth of a tie length)', () => {
    const points = [...forceGroupLayout(group.people, ties).values()];
    let closest = Infinity;
    for (let i = 0; i < points.length; i += 1) for (let j = i + 1; j < points.length; j += 1) closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    assert.ok(closest > 14, `closest pair ${closest.toFixed(1)} units apart`);
  });

  it('has no worse stress and no more crossings than d3-force with its default settings, on 25/60 and 300/1,500', () => {
    for (const [people, count] of [
      [25, 60],
      [300, 1_500],
    ] as const) {
      const map = generateGroup({ people, ties: count });
      const roundTies = map.rounds[0]!.ties;
      const ours = forceGroupLayout(map.people, roundTies);
      const baseline = d3Default(map.people, roundTies);
      const [stress, baselineStress] = [layoutStress(ours, roundTies), layoutStress(baseline, roundTies)];
      assert.ok(stress <= baselineStress, `${people}/${count}: stress ${stress.toFixed(4)} vs d3 default ${baselineStress.toFixed(4)}`);
      const [crossings, baselineCrossings] = [edgeCrossings(ours, roundTies), edgeCrossings(baseline, roundTies)];
      assert.ok(crossings <= baselineCrossings, `${people}/${count}: ${crossings} crossings vs d3 default ${baselineCrossings}`);
    }
  });

  it('settling after one new tie moves people less than laying out afresh', () => {
    const before = forceGroupLayout(group.people, ties);
    const more = [...ties, { id: 'new', from: 'c2', to: 'c19', kind: 'plays-with', strength: 1, direction: 'one-way' } as Tie];
    const moved = (places: Map<string, Point>) => [...before].reduce((sum, [id, at]) => sum + Math.hypot(places.get(id)!.x - at.x, places.get(id)!.y - at.y), 0);
    assert.ok(moved(forceGroupLayout(group.people, more, new Map(), { previous: before })) < moved(forceGroupLayout(group.people, more)) / 2);
  });
});

describe('sectorRingLayout', () => {
  it('puts the centre child in the middle and everyone else in their sector, on their ring', async () => {
    const parsed = parseRelationMap(await loadExampleNetwork('da'));
    assert.ok(parsed.ok);
    const map = parsed.value;
    const places = sectorRingLayout(map);
    assert.deepEqual(places.get(map.centre!), { x: 0, y: 0 });
    for (const person of map.people.filter((p) => p.id !== map.centre)) {
      const at = places.get(person.id)!;
      const radius = Math.hypot(at.x, at.y);
      // On their ring or on a lane beside it, and read back as that ring (keyboard ↑/↓, the spoken place).
      assert.ok(Math.abs(radius - [110, 200, 290][person.ring! - 1]!) <= LANE_OFFSET + 1e-9, `${person.id} near ring ${person.ring}`);
      assert.equal(polarPlace(at, { x: 0, y: 0 }, [110, 200, 290]).ring, person.ring, `${person.id} read back on ring ${person.ring}`);
      const angle = (Math.atan2(at.x, -at.y) + Math.PI * 2) % (Math.PI * 2);
      const arc = sectorArc(SECTORS.indexOf(person.sector!), SECTORS.length);
      assert.ok(angle > arc.start && angle < arc.end, `${person.id} inside sector ${person.sector}`);
    }
  });

  it('keeps the example\'s people apart: no two closer than PERSON_SPACING (the family sector\'s closest ring held three 38 units apart)', async () => {
    const parsed = parseRelationMap(await loadExampleNetwork('da'));
    assert.ok(parsed.ok);
    const places = [...sectorRingLayout(parsed.value).entries()];
    for (const [i, [a, p]] of places.entries()) {
      for (const [b, q] of places.slice(i + 1)) assert.ok(Math.hypot(p.x - q.x, p.y - q.y) >= PERSON_SPACING - 1e-9, `${a} and ${b} ${Math.hypot(p.x - q.x, p.y - q.y).toFixed(1)} apart`);
    }
  });

  it('takes turns on lanes beside a crowded ring, up to three, and on the outer ring leaves the middle of the sector to its name', () => {
    const family = (count: number, ring: 1 | 2 | 3) => ({
      centre: 'c',
      people: [{ id: 'c', label: 'C', kind: 'child' as const }, ...Array.from({ length: count }, (_, at) => ({ id: `p${at}`, label: `P${at}`, kind: 'family' as const, sector: 'family' as const, ring }))],
    });
    const radii = (count: number, ring: 1 | 2 | 3) => [...sectorRingLayout(family(count, ring)).entries()].filter(([id]) => id !== 'c').map(([, at]) => Math.round(Math.hypot(at.x, at.y)));
    assert.deepEqual(radii(2, 1), [110, 110]);
    assert.deepEqual(radii(3, 1), [80, 140, 80]);
    assert.deepEqual(radii(8, 1), [80, 110, 140, 80, 110, 140, 80, 110]);
    // The family sector runs from 0 (up) to 60°; its name stands at 30°, outside the outer ring.
    const angles = (count: number) => [...sectorRingLayout(family(count, 3)).entries()].filter(([id]) => id !== 'c').map(([, at]) => Math.round((Math.atan2(at.x, -at.y) * 180) / Math.PI));
    for (const count of [1, 2, 3, 4]) for (const angle of angles(count)) assert.ok(angle < 30 - 7 || angle > 30 + 7, `${count} people: one at ${angle}°`);
    assert.equal(placeInSector(0, 1, false), 0.5);
    // One alone on the outer ring: on the side nearer the line level with the centre; on that line, the lower side.
    const sector = (index: number) => sectorArc(index, 6);
    assert.equal(loneSide(sector(0).start, sector(0).end), 0.75, 'top right: towards 60°');
    assert.equal(loneSide(sector(1).start, sector(1).end), 0.75, 'east: below the line');
    assert.equal(loneSide(sector(2).start, sector(2).end), 0.25, 'bottom right: towards 120°');
    assert.equal(loneSide(sector(4).start, sector(4).end), 0.25, 'west: below the line');
    assert.equal(placeInSector(0, 1, true), 0.75);
  });

  it('keeps a moved person where they were put, and gives people without sector or ring a place', () => {
    const places = sectorRingLayout({
      centre: 'a',
      people: [
        { id: 'a', label: 'A', kind: 'child' },
        { id: 'b', label: 'B', kind: 'parent', sector: 'family', ring: 1, position: { x: 5, y: 6 } },
        { id: 'c', label: 'C', kind: 'service' },
      ],
    });
    assert.deepEqual(places.get('b'), { x: 5, y: 6 });
    assert.equal(Math.round(Math.hypot(places.get('c')!.x, places.get('c')!.y)), 200);
  });
});

describe('generateGroup and the quality figures', () => {
  it('generates a valid group map of exactly the asked size, the same for the same seed', () => {
    for (const [people, ties] of [
      [25, 60],
      [300, 1_500],
    ] as const) {
      const map = generateGroup({ people, ties });
      const parsed = parseRelationMap(map);
      assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3)));
      assert.equal(map.people.length, people);
      assert.equal(map.rounds[0]!.ties.length, ties);
      assert.deepEqual(generateGroup({ people, ties }), map);
      assert.notDeepEqual(generateGroup({ people, ties, seed: 2 }).rounds[0]!.ties, map.rounds[0]!.ties);
    }
  });

  it('counts crossings: a square with both diagonals has one, without them none', () => {
    const square = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 1, y: 0 }],
      ['c', { x: 1, y: 1 }],
      ['d', { x: 0, y: 1 }],
    ]);
    const sides = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'd' },
      { from: 'd', to: 'a' },
    ];
    assert.equal(edgeCrossings(square, sides), 0);
    assert.equal(edgeCrossings(square, [...sides, { from: 'a', to: 'c' }, { from: 'b', to: 'd' }]), 1);
  });

  it('stress is 0 for a path drawn straight at any scale, and more when it is folded', () => {
    const path = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ];
    const straight = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 50, y: 0 }],
      ['c', { x: 100, y: 0 }],
    ]);
    const folded = new Map([...straight, ['c', { x: 5, y: 5 }]]);
    assert.ok(layoutStress(straight, path) < 1e-12);
    assert.ok(layoutStress(folded, path) > 0.1);
  });
});
