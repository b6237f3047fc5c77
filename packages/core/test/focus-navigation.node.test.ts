import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nearestInDirection, spatialMove, type Direction, type Point } from '../src/focus/spatial-navigation.js';
import { isNavigationKey, rovingTarget } from '../src/focus/roving-navigation.js';

const DIRECTIONS: Direction[] = ['up', 'down', 'left', 'right'];
const UNIT: Record<Direction, Point> = { up: { x: 0, y: -1 }, down: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };

// The triangle's layout (child on top, parents left, professionals right, centre inside).
const TRIANGLE = { child: { x: 160, y: 42 }, parents: { x: 52, y: 232 }, professionals: { x: 268, y: 232 }, centre: { x: 160, y: 175 } };

test('nearestInDirection: the nearest point within 60°, straight ahead preferred', () => {
  assert.equal(nearestInDirection(TRIANGLE, 'child', 'down'), 'centre');
  assert.equal(nearestInDirection(TRIANGLE, 'centre', 'up'), 'child');
  assert.equal(nearestInDirection(TRIANGLE, 'parents', 'right'), 'centre', 'the nearer part ahead wins');
  assert.equal(nearestInDirection(TRIANGLE, 'centre', 'right'), 'professionals');
  assert.equal(nearestInDirection(TRIANGLE, 'centre', 'left'), 'parents');
  assert.equal(nearestInDirection(TRIANGLE, 'parents', 'up'), 'child');
  assert.equal(nearestInDirection(TRIANGLE, 'child', 'left'), undefined, 'the parents lie more than 60° off ←');
  assert.equal(nearestInDirection(TRIANGLE, 'child', 'up'), undefined);
});

test('spatialMove on the triangle: every arrow from every part goes somewhere, as documented', () => {
  const expected: Record<keyof typeof TRIANGLE, Record<Direction, string>> = {
    child: { up: 'centre', down: 'centre', left: 'parents', right: 'professionals' },
    parents: { up: 'child', down: 'child', left: 'professionals', right: 'centre' },
    professionals: { up: 'child', down: 'child', left: 'centre', right: 'parents' },
    centre: { up: 'child', down: 'parents', left: 'parents', right: 'professionals' },
  };
  for (const [from, moves] of Object.entries(expected)) {
    for (const direction of DIRECTIONS) {
      assert.equal(spatialMove(TRIANGLE, from as keyof typeof TRIANGLE, direction), moves[direction], `${direction} from ${from}`);
    }
  }
});

const layouts = fc
  .uniqueArray(fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }), { minLength: 1, maxLength: 12, selector: (p) => `${p.x},${p.y}` })
  .map((points) => Object.fromEntries(points.map((point, index) => [`p${index}`, point])) as Record<string, Point>);

test('spatialMove: never stays put, always finds another item, and prefers what lies ahead', () => {
  fc.assert(
    fc.property(layouts, fc.nat(), fc.constantFrom(...DIRECTIONS), (points, pick, direction) => {
      const ids = Object.keys(points);
      const from = ids[pick % ids.length]!;
      const to = spatialMove(points, from, direction);
      if (ids.length === 1) return to === undefined;
      assert.notEqual(to, undefined);
      assert.notEqual(to, from);
      const along = (id: string) => (points[id]!.x - points[from]!.x) * UNIT[direction].x + (points[id]!.y - points[from]!.y) * UNIT[direction].y;
      const anyAhead = ids.some((id) => id !== from && along(id) > 0);
      assert.equal(along(to!) > 0, anyAhead, 'it goes ahead whenever anything lies ahead, and wraps only when nothing does');
      const cone = nearestInDirection(points, from, direction);
      if (cone) assert.equal(to, cone, 'the 60° rule wins when it finds something');
      return true;
    }),
  );
});

test('lists: ↑/↓ and ←/→ step, ←/→ mirror in right-to-left text, Home/End jump, ends stop unless wrapping', () => {
  const items = ['a', 'b', 'c'];
  const list = { kind: 'list' } as const;
  assert.equal(rovingTarget(items, 'a', 'ArrowDown', list), 'b');
  assert.equal(rovingTarget(items, 'b', 'ArrowUp', list), 'a');
  assert.equal(rovingTarget(items, 'a', 'ArrowRight', list), 'b');
  assert.equal(rovingTarget(items, 'a', 'ArrowRight', list, { rtl: true }), undefined, 'in RTL → goes back, and a is first');
  assert.equal(rovingTarget(items, 'b', 'ArrowLeft', list, { rtl: true }), 'c', 'in RTL ← goes forward');
  assert.equal(rovingTarget(items, 'c', 'ArrowDown', list), undefined);
  assert.equal(rovingTarget(items, 'c', 'ArrowDown', list, { wrap: true }), 'a');
  assert.equal(rovingTarget(items, 'a', 'ArrowUp', list, { wrap: true }), 'c');
  assert.equal(rovingTarget(items, 'b', 'Home', list), 'a');
  assert.equal(rovingTarget(items, 'a', 'End', list), 'c');
  assert.equal(rovingTarget(items, undefined, 'ArrowDown', list), 'a', 'no active item yet: the first');
  assert.equal(rovingTarget(items, 'a', 'Enter', list), undefined);
  assert.equal(isNavigationKey('ArrowLeft', { kind: 'list', orientation: 'vertical' }), false, 'a vertical list leaves ←/→ to others');
  assert.equal(isNavigationKey('ArrowDown', { kind: 'list', orientation: 'horizontal' }), false);
  assert.equal(isNavigationKey('Home', { kind: 'list', orientation: 'horizontal' }), true);
});

test('grids: ←/→ within a row (mirrored in RTL), ↑/↓ by a row, edges stop', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const grid = { kind: 'grid', columns: 3 } as const;
  assert.equal(rovingTarget(items, 'b', 'ArrowDown', grid), 'e');
  assert.equal(rovingTarget(items, 'e', 'ArrowUp', grid), 'b');
  assert.equal(rovingTarget(items, 'c', 'ArrowRight', grid), undefined, 'never leaves the row sideways');
  assert.equal(rovingTarget(items, 'd', 'ArrowLeft', grid), undefined);
  assert.equal(rovingTarget(items, 'd', 'ArrowLeft', grid, { rtl: true }), 'e');
  assert.equal(rovingTarget(items, 'f', 'ArrowDown', grid), undefined, 'no item below in the short last row');
  assert.equal(rovingTarget(items, 'a', 'ArrowDown', grid), 'd');
  assert.equal(rovingTarget(items, 'a', 'End', grid), 'g');
});

test('roving moves always land on one of the items', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
      fc.nat(),
      fc.constantFrom('ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'a', 'Enter'),
      fc.integer({ min: 1, max: 6 }),
      fc.boolean(),
      (items, pick, key, columns, rtl) => {
        const from = items[pick % items.length];
        for (const layout of [{ kind: 'list' } as const, { kind: 'grid', columns } as const]) {
          const to = rovingTarget(items, from, key, layout, { rtl, wrap: true });
          if (to !== undefined) assert.ok(items.includes(to));
        }
      },
    ),
  );
});
