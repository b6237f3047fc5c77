import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsOfLink, followsFrom, leadsTo, linkCounts, linksOfItem } from '../../src/logic/links.js';
import { placeOf } from '../../src/logic/model-index.js';
import { anyModel, branchesAndCycle, itemIds, model } from './fixtures.js';

describe('links of an item', () => {
  it('outgoing first, then incoming, each in column and item order (not the order they were written)', () => {
    const m = model([['a1', 'a2'], ['s1', 's2'], ['m1']], ['s1>m1', 'a2>s1', 'm1>s1', 's1>s2', 'a1>s1']);
    assert.deepEqual(
      linksOfItem(m, 's1').map((entry) => `${entry.direction}:${entry.other.id}`),
      ['out:s2', 'out:m1', 'in:a1', 'in:a2', 'in:m1'],
    );
    assert.deepEqual(leadsTo(m, 's1').map((item) => item.id), ['s2', 'm1']);
    assert.deepEqual(followsFrom(m, 's1').map((item) => item.id), ['a1', 'a2', 'm1']);
  });

  it('counts for the announcement, by the kind of column at the other end', () => {
    const counts = linkCounts(branchesAndCycle(), 's1');
    assert.deepEqual(counts, {
      leadsTo: 1,
      followsFrom: 2,
      leadsToByKind: [{ kind: 'medium-term-effects', count: 1 }],
      followsFromByKind: [
        { kind: 'activities', count: 1 },
        { kind: 'long-term-effects', count: 1 },
      ],
    });
    assert.deepEqual(linkCounts(branchesAndCycle(), 'a1').leadsToByKind, [{ kind: 'short-term-results', count: 2 }], '"Fører til 2 resultater"');
  });

  it('a link’s ends as items; a self-link is listed once', () => {
    const m = model([['a']], ['a>a']);
    assert.equal(linksOfItem(m, 'a').length, 1);
    assert.equal(endsOfLink(branchesAndCycle(), 'l1->s1')?.to.id, 's1');
    assert.equal(endsOfLink(branchesAndCycle(), 'nope'), undefined);
    assert.equal(placeOf(branchesAndCycle(), 's3')?.index, 2);
  });

  it('property: every link appears among the links of each of its ends, and counts add up', () => {
    fc.assert(
      fc.property(anyModel, (m) => {
        for (const id of itemIds(m)) {
          const entries = linksOfItem(m, id);
          const counts = linkCounts(m, id);
          const selfLinks = m.links.filter((link) => link.from === id && link.to === id).length;
          assert.equal(entries.length, counts.leadsTo + counts.followsFrom - selfLinks);
          assert.equal(counts.leadsToByKind.reduce((sum, entry) => sum + entry.count, 0), counts.leadsTo);
          for (const link of m.links.filter((candidate) => candidate.from === id || candidate.to === id)) assert.ok(entries.some((entry) => entry.link === link));
        }
      }),
      { numRuns: 200 },
    );
  });
});
