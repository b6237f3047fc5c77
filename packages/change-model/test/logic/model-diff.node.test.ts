import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diffCounts, diffModels, isEmptyDiff, sameJson } from '../../src/logic/model-diff.js';
import { addItem, addLink, moveColumnBy, moveItemTo, removeItem, updateItem, updateLink } from '../../src/logic/ordering.js';
import { anyModel, branchesAndCycle } from './fixtures.js';

describe('model diff', () => {
  it('property: a model compared with itself (or a copy with keys in another order) has no changes', () => {
    fc.assert(
      fc.property(anyModel, (m) => {
        assert.ok(isEmptyDiff(diffModels(m, m)));
        const reordered = JSON.parse(JSON.stringify(m, Object.keys(m).reverse().concat(['id', 'from', 'to', 'title', 'kind', 'items', 'indicators', 'name', 'status'])));
        assert.ok(isEmptyDiff(diffModels(m, reordered)));
      }),
      { numRuns: 200 },
    );
  });

  it('names items, links and columns added, removed and changed (with fields), and indicators whose status moved', () => {
    const before = branchesAndCycle();
    let after = addItem(before, 'c2', { id: 'm2', title: 'M2' });
    after = addLink(after, 'a2', 'm2');
    after = removeItem(after, 's3');
    after = updateItem(after, 'a1', { title: 'Åben rådgivning', aims: ['Tidlig hjælp'] });
    after = updateLink(after, 'a1->s1', { rationale: 'Lav tærskel' });
    after = moveItemTo(after, 's2', 'c2', 0);
    after = updateItem(after, 's2', { indicators: [{ id: 'ind-s2', name: 'I', status: 'off-track' }] });
    after = moveColumnBy(after, 'c3', -1);
    const diff = diffModels(before, after);
    assert.deepEqual(diff.items.added.map((item) => item.id), ['m2']);
    assert.deepEqual(diff.items.removed.map((item) => item.id), ['s3']);
    assert.deepEqual(diff.items.changed, [
      { id: 'a1', fields: ['title', 'aims'] },
      { id: 's2', fields: ['indicators', 'column'] },
    ]);
    assert.deepEqual(diff.links.added.map((link) => link.id), ['a2->m2']);
    assert.deepEqual(diff.links.removed.map((link) => link.id), ['a2->s3']);
    assert.deepEqual(diff.links.changed, [{ id: 'a1->s1', fields: ['rationale'] }]);
    assert.deepEqual(diff.columns.changed.map((entry) => entry.id).sort(), ['c2', 'c3']);
    assert.deepEqual(diff.indicators, [{ itemId: 's2', indicatorId: 'ind-s2', from: 'at-risk', to: 'off-track' }]);
    assert.deepEqual(diffCounts(diff), { added: 2, removed: 2, changed: 5, statusMoves: 1 });
  });

  it('matches links by their ends when a file gives the same arrows other ids', () => {
    const before = branchesAndCycle();
    const after = { ...before, links: before.links.map((link, i) => ({ ...link, id: `link-${i}`, ...(i === 0 ? { evidence: 'Ny' } : {}) })) };
    const diff = diffModels(before, after);
    assert.deepEqual([diff.links.added, diff.links.removed], [[], []]);
    assert.deepEqual(diff.links.changed, [{ id: 'link-0', fields: ['evidence'] }]);
  });

  it('compares JSON regardless of key order, not regardless of array order', () => {
    assert.ok(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }));
    assert.ok(!sameJson([1, 2], [2, 1]));
    assert.ok(sameJson({ a: 1, b: undefined }, { a: 1 }));
  });
});
