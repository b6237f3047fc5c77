// The pure side of linking by drag: what a drop does to a model, and when a press became a drag.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DRAG_THRESHOLD, dropOutcome, isDrag } from '../src/edit/link-drag.js';
import { quarterModel } from './edit-fixtures.js';

describe('dropOutcome', () => {
  it('links two different items that are not linked yet', () => {
    assert.equal(dropOutcome(quarterModel(), 'a2', 'r2'), 'link');
  });
  it('refuses the item itself, an existing link, a missing item, and a drop on no item', () => {
    const model = quarterModel();
    assert.equal(dropOutcome(model, 'a1', 'a1'), 'same-item');
    assert.equal(dropOutcome(model, 'a1', 'r1'), 'duplicate');
    assert.equal(dropOutcome(model, 'a1', 'gone'), 'missing-item');
    assert.equal(dropOutcome(model, 'a1', undefined), 'nowhere');
  });
  it('the reverse of an existing link is a new link, not a duplicate', () => {
    assert.equal(dropOutcome(quarterModel(), 'r1', 'a1'), 'link');
  });
});

describe('isDrag', () => {
  it('a few pixels of travel is still a click; the threshold and beyond is a drag', () => {
    assert.equal(isDrag({ x: 10, y: 10 }, { x: 13, y: 12 }), false);
    assert.equal(isDrag({ x: 10, y: 10 }, { x: 10 + DRAG_THRESHOLD, y: 10 }), true);
  });
  it('is symmetric and depends only on the distance', () => {
    const point = fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }) });
    fc.assert(fc.property(point, point, (a, b) => isDrag(a, b) === isDrag(b, a) && isDrag(a, b) === Math.hypot(a.x - b.x, a.y - b.y) >= DRAG_THRESHOLD));
  });
});
