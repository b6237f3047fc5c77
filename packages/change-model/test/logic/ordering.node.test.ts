import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseChangeModel, type ChangeModel } from '@sammen/sdk';
import { createUndoHistory, pushState, undo } from '@sammen/core';
import {
  addColumn,
  addItem,
  addLink,
  freshId,
  linkRefusal,
  moveColumnBy,
  moveColumnTo,
  moveItemBy,
  moveItemTo,
  removeColumn,
  removeItem,
  removeLink,
  setLinksFrom,
  updateColumn,
  updateItem,
  updateLink,
} from '../../src/logic/ordering.js';
import { anyModel, branchesAndCycle, itemIds } from './fixtures.js';

const ids = (m: ChangeModel) => m.columns.map((column) => column.items.map((item) => item.id));
const links = (m: ChangeModel) => m.links.map((link) => link.id);

describe('ordering and edits', () => {
  it('moves an item within its column and into another, keeping its links', () => {
    const m = branchesAndCycle();
    assert.deepEqual(ids(moveItemBy(m, 's3', -2))[1], ['s3', 's1', 's2']);
    assert.equal(moveItemBy(m, 's1', -1), m, 'the first item cannot move up: same model');
    const moved = moveItemTo(m, 's2', 'c2', 0);
    assert.deepEqual(ids(moved).slice(1, 3), [['s1', 's3'], ['s2', 'm1']]);
    assert.deepEqual(links(moved), links(m));
    assert.deepEqual(ids(m)[1], ['s1', 's2', 's3'], 'the old model is untouched');
  });

  it('reorders columns', () => {
    const m = branchesAndCycle();
    assert.deepEqual(moveColumnTo(m, 'c3', 0).columns.map((column) => column.id), ['c3', 'c0', 'c1', 'c2']);
    assert.deepEqual(moveColumnBy(m, 'c0', 1).columns.map((column) => column.id), ['c1', 'c0', 'c2', 'c3']);
    assert.equal(moveColumnBy(m, 'c3', 5).columns.at(-1)?.id, 'c3');
  });

  it('adds and removes items; removing an item removes its links', () => {
    const m = branchesAndCycle();
    const added = addItem(m, 'c2', { id: 'm2', title: 'M2' }, 0);
    assert.deepEqual(ids(added)[2], ['m2', 'm1']);
    assert.equal(addItem(m, 'c2', { id: 's1', title: 'dup' }), m, 'a taken id is refused');
    assert.equal(addItem(m, 'nope', { id: 'x', title: 'x' }), m);
    const removed = removeItem(m, 'm1');
    assert.deepEqual(ids(removed)[2], []);
    assert.deepEqual(links(removed), ['a1->s1', 'a1->s2', 'a2->s3', 'l1->s1']);
    assert.deepEqual(updateItem(m, 'a1', { title: 'Ny' }).columns[0]!.items[0], { id: 'a1', title: 'Ny' });
  });

  it('adds, updates and removes columns; removing one removes its items’ links; the last column stays', () => {
    const m = branchesAndCycle();
    assert.equal(addColumn(m, { id: 'c9', kind: 'assumptions', items: [] }, 1).columns[1]!.id, 'c9');
    assert.equal(addColumn(m, { id: 'c1', kind: 'other', items: [] }), m);
    const without = removeColumn(m, 'c2');
    assert.deepEqual(links(without), ['a1->s1', 'a1->s2', 'a2->s3', 'l1->s1']);
    const single = removeColumn(removeColumn(removeColumn(without, 'c0'), 'c1'), 'c3');
    assert.equal(single.columns.length, 1);
    assert.equal(updateColumn(m, 'c0', { title: 'Aktiviteter' }).columns[0]!.title, 'Aktiviteter');
  });

  it('adds links with fresh ids, refuses self, duplicate and dangling ones; updates and removes by id', () => {
    const m = branchesAndCycle();
    const added = addLink(m, 'a2', 'm1', { rationale: 'Fordi' });
    assert.deepEqual(added.links.at(-1), { rationale: 'Fordi', id: 'a2->m1', from: 'a2', to: 'm1' });
    assert.equal(linkRefusal(m, 'a1', 'a1'), 'same-item');
    assert.equal(linkRefusal(m, 'a1', 's1'), 'duplicate');
    assert.equal(linkRefusal(m, 'a1', 'ghost'), 'missing-item');
    assert.equal(linkRefusal(m, 'a2', 'm1', 'a1->s1'), 'id-taken');
    assert.equal(addLink(m, 'a1', 's1'), m);
    assert.equal(updateLink(m, 'a1->s1', { evidence: 'Evaluering' }).links[0]!.evidence, 'Evaluering');
    assert.deepEqual(links(removeLink(m, 'a1->s1')), links(m).slice(1));
    assert.equal(freshId(m, 's1'), 's1-2');
  });

  it('sets exactly what an item leads to, keeping existing links as they were', () => {
    const m = updateLink(branchesAndCycle(), 'a1->s1', { rationale: 'Behold' });
    const next = setLinksFrom(m, 'a1', ['s1', 's3']);
    assert.deepEqual(
      next.links.filter((link) => link.from === 'a1').map((link) => [link.id, link.rationale]),
      [
        ['a1->s1', 'Behold'],
        ['a1->s3', undefined],
      ],
    );
    assert.equal(setLinksFrom(m, 'a1', ['s2', 's1']), m, 'nothing to change: same model');
  });

  it('property: every edit of a valid model gives a valid model, and undo gives back the original', () => {
    const edit = fc.oneof(
      fc.record({ op: fc.constant('move' as const), item: fc.nat(), column: fc.nat(), index: fc.integer({ min: -1, max: 6 }) }),
      fc.record({ op: fc.constant('remove' as const), item: fc.nat() }),
      fc.record({ op: fc.constant('link' as const), from: fc.nat(), to: fc.nat() }),
      fc.record({ op: fc.constant('unlink' as const), link: fc.nat() }),
      fc.record({ op: fc.constant('add' as const), column: fc.nat(), index: fc.nat({ max: 6 }) }),
      fc.record({ op: fc.constant('column' as const), column: fc.nat(), delta: fc.integer({ min: -3, max: 3 }) }),
      fc.record({ op: fc.constant('drop-column' as const), column: fc.nat() }),
    );
    fc.assert(
      fc.property(anyModel, fc.array(edit, { maxLength: 12 }), (start, edits) => {
        let history = createUndoHistory(start);
        for (const step of edits) {
          const m = history.present;
          const items = itemIds(m);
          const at = (list: readonly string[], n: number) => list[n % Math.max(1, list.length)] ?? 'none';
          const column = (n: number) => m.columns[n % m.columns.length]!.id;
          let next = m;
          if (step.op === 'move') next = moveItemTo(m, at(items, step.item), column(step.column), step.index);
          else if (step.op === 'remove') next = removeItem(m, at(items, step.item));
          else if (step.op === 'link') next = addLink(m, at(items, step.from), at(items, step.to));
          else if (step.op === 'unlink') next = removeLink(m, at(links(m), step.link));
          else if (step.op === 'add') next = addItem(m, column(step.column), { id: freshId(m, 'new'), title: 'Nyt' }, step.index);
          else if (step.op === 'column') next = moveColumnBy(m, column(step.column), step.delta);
          else next = removeColumn(m, column(step.column));
          const parsed = parseChangeModel(JSON.parse(JSON.stringify(next)));
          assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
          history = pushState(history, next);
        }
        while (history.past.length > 0) history = undo(history);
        assert.equal(history.present, start);
      }),
      { numRuns: 200 },
    );
  });
});
