import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadExampleChangeModel } from '@sammen/content';
import { parseChangeModel } from '@sammen/sdk';
import { chainOfItem } from '../../src/logic/chain.js';
import { filterByIndicators, itemsWithIndicatorStatus } from '../../src/logic/indicator-filter.js';
import { summarize } from '../../src/logic/summary.js';
import { anyModel, branchesAndCycle } from './fixtures.js';

describe('summary', () => {
  it('counts items, columns, links and indicators by status (the example: 15 items in 4 columns, 21 links, 2 at risk)', async () => {
    const parsed = parseChangeModel(await loadExampleChangeModel());
    assert.ok(parsed.ok);
    const summary = summarize(parsed.value);
    assert.deepEqual([summary.items, summary.columns, summary.links, summary.atRisk], [15, 4, 21, 2]);
    assert.deepEqual(summary.byStatus, { 'on-track': 2, 'at-risk': 2, 'off-track': 1, 'no-data': 1 });
    assert.equal(summary.itemsAtRisk, 2);
  });

  it('property: the status counts add up to the indicators', () => {
    fc.assert(
      fc.property(anyModel, (m) => {
        const summary = summarize(m);
        assert.equal(Object.values(summary.byStatus).reduce((a, b) => a + b, 0), summary.indicators);
      }),
    );
  });
});

describe('indicator filter', () => {
  it('keeps the items at risk and their chain as context, nothing else', () => {
    const m = branchesAndCycle();
    const result = filterByIndicators(m);
    assert.deepEqual(result.matches, ['s2']);
    assert.deepEqual([...result.context].sort(), ['a1', 'l1', 'm1', 's1']);
    assert.ok(result.links.has('a1->s2'));
    assert.ok(!result.context.has('a2') && !result.context.has('s3'));
    assert.deepEqual(itemsWithIndicatorStatus(m, ['off-track', 'on-track']), ['s3', 'l1']);
  });

  it('property: matches and context together are exactly the union of the matches’ chains', () => {
    fc.assert(
      fc.property(anyModel, (m) => {
        const result = filterByIndicators(m, ['at-risk', 'off-track']);
        const union = new Set(result.matches.flatMap((id) => [...chainOfItem(m, id).items]));
        assert.deepEqual([...result.matches, ...result.context].sort(), [...union].sort());
      }),
      { numRuns: 200 },
    );
  });
});
