// The drawing's name placement (label-placement.ts): a greedy pass that keeps the most important
// names and hides any that would overlap a name already shown, another person's circle or a
// sector's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { overlaps, visibleLabels, type Box } from '../src/label-placement.js';

const box = (left: number, top: number, width = 40, height = 12): Box => ({ left, top, right: left + width, bottom: top + height });

test('two overlapping names: the one that matters more stays', () => {
  const shown = visibleLabels([
    { id: 'a', box: box(0, 0), priority: 1 },
    { id: 'b', box: box(20, 5), priority: 5 },
    { id: 'c', box: box(100, 0), priority: 0 },
  ]);
  assert.deepEqual([...shown].sort(), ['b', 'c']);
});

test('a name over another person’s circle or a sector’s name is hidden; over its own circle it is not', () => {
  const shown = visibleLabels(
    [
      { id: 'a', box: box(0, 0), priority: 1 },
      { id: 'b', box: box(100, 0), priority: 1 },
      { id: 'c', box: box(200, 0), priority: 1 },
    ],
    [{ box: box(10, 0, 10, 10), owner: 'a' }, { box: box(110, 0, 10, 10), owner: 'x' }, { box: box(205, 2, 30, 8) }],
  );
  assert.deepEqual([...shown], ['a']);
});

test('touching edges are not an overlap', () => {
  assert.equal(overlaps(box(0, 0), box(40, 0)), false);
  assert.equal(overlaps(box(0, 0), box(39, 0)), true);
});

test('property: no two names shown overlap, and every hidden name overlaps one shown or an obstacle', () => {
  const arbitraryBox = fc.record({ left: fc.integer({ min: 0, max: 300 }), top: fc.integer({ min: 0, max: 300 }), width: fc.integer({ min: 1, max: 80 }), height: fc.integer({ min: 1, max: 20 }) }).map(({ left, top, width, height }) => box(left, top, width, height));
  fc.assert(
    fc.property(fc.array(fc.record({ box: arbitraryBox, priority: fc.integer({ min: 0, max: 5 }) }), { maxLength: 30 }), fc.array(arbitraryBox, { maxLength: 5 }), (labels, walls) => {
      const candidates = labels.map((label, index) => ({ id: String(index), ...label }));
      const obstacles = walls.map((wall) => ({ box: wall }));
      const shown = candidates.filter((candidate) => visibleLabels(candidates, obstacles).has(candidate.id));
      for (const a of shown) for (const b of shown) if (a !== b) assert.equal(overlaps(a.box, b.box), false);
      for (const hidden of candidates.filter((candidate) => !shown.includes(candidate))) {
        assert.ok(shown.some((other) => overlaps(other.box, hidden.box)) || walls.some((wall) => overlaps(wall, hidden.box)));
      }
    }),
  );
});
