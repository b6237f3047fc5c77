import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chainOfItem, chainOfItems, chainOfLink, downstreamOf, isInCycle, upstreamOf } from '../../src/logic/chain.js';
import { generateModel } from '../../src/logic/generate-model.js';
import { anyModel, branchesAndCycle, itemIds, model } from './fixtures.js';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('chain', () => {
  it('follows every branch downstream and upstream, and ends at a cycle instead of looping', () => {
    const m = branchesAndCycle();
    assert.deepEqual(sorted(downstreamOf(m, 'a1')), ['l1', 'm1', 's1', 's2']);
    assert.deepEqual(sorted(upstreamOf(m, 'm1')), ['a1', 'l1', 'm1', 's1', 's2'], 'the loop m1 → l1 → s1 → m1 brings m1 upstream of itself');
    assert.deepEqual(sorted(downstreamOf(m, 'a2')), ['s3']);
    assert.deepEqual(sorted(upstreamOf(m, 'a1')), []);
  });

  it('the chain of an item is it, what leads to it and what it leads to, with the links on the way', () => {
    const m = branchesAndCycle();
    const chain = chainOfItem(m, 's2');
    assert.deepEqual(sorted(chain.items), ['a1', 'l1', 'm1', 's1', 's2']);
    assert.deepEqual(sorted(chain.links), ['a1->s2', 'l1->s1', 'm1->l1', 's1->m1', 's2->m1'], 'the loop back through s1 is downstream too');
    assert.ok(!chain.items.has('a2') && !chain.items.has('s3'), 'the other activity is dimmed');
    assert.ok(!chain.links.has('a1->s1'), 'a sibling branch into s1 is not on s2’s line of sight');
  });

  it('the chain of a link runs through that one arrow', () => {
    const m = branchesAndCycle();
    const chain = chainOfLink(m, 'a1->s2');
    assert.deepEqual(sorted(chain.items), ['a1', 'l1', 'm1', 's1', 's2']);
    assert.ok(chain.links.has('a1->s2') && !chain.links.has('a1->s1'));
    assert.deepEqual(sorted(chainOfLink(m, 'nope').items), []);
  });

  it('knows a feedback arrow', () => {
    const m = branchesAndCycle();
    assert.equal(isInCycle(m, 'l1->s1'), true);
    assert.equal(isInCycle(m, 'a1->s1'), false);
    assert.equal(isInCycle(model([['a']], ['a>a']), 'a->a'), true);
  });

  it('an unknown item has an empty chain', () => {
    assert.equal(chainOfItem(branchesAndCycle(), 'ghost').items.size, 0);
  });

  it('property: the chain of an item contains the item, and is closed under its links', () => {
    fc.assert(
      fc.property(anyModel, (m) => {
        for (const id of itemIds(m)) {
          const chain = chainOfItem(m, id);
          assert.ok(chain.items.has(id));
          for (const up of chain.upstream) assert.ok(downstreamOf(m, up).has(id), `${id} is downstream of its upstream ${up}`);
          for (const linkId of chain.links) {
            const link = m.links.find((candidate) => candidate.id === linkId)!;
            assert.ok(chain.items.has(link.from) && chain.items.has(link.to));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: the union chain of several items contains each item’s own chain', () => {
    fc.assert(
      fc.property(anyModel, fc.nat(), (m, seed) => {
        const ids = itemIds(m).filter((_, i) => (seed >> i) & 1);
        const union = chainOfItems(m, ids);
        for (const id of ids) for (const member of chainOfItem(m, id).items) assert.ok(union.items.has(member));
      }),
      { numRuns: 200 },
    );
  });

  it('a long chain with a loop back to its start walks without overflowing the stack', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `i${i}`);
    const m = model([ids], [...ids.slice(1).map((id, i) => `${ids[i]}>${id}`), `${ids.at(-1)}>i0`]);
    assert.equal(downstreamOf(m, 'i0').size, 20_000);
  });

  it('the generated large model has chains too (and its cycles end)', () => {
    const m = generateModel();
    assert.ok(chainOfItem(m, 'item-1').items.size > 1);
  });
});
