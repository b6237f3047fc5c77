// Properties of the analysis that hold for every group, checked on generated groups.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GROUP_TIE_KINDS, type MappingRound, type RelationMap, type Tie } from '@sammen/sdk';
import { childrenNoOneChose, choiceCount, compareRounds, isUnchanged, mutualPairs, peerChoices, playGroups, timesChosen, triads } from '../../src/analysis/index.js';
import { groupOf } from './fixtures.js';

const CHILDREN = 'abcdefghij';

const tie = fc
  .record({
    from: fc.constantFrom(...CHILDREN),
    to: fc.constantFrom(...CHILDREN),
    kind: fc.constantFrom(...GROUP_TIE_KINDS),
    strength: fc.integer({ min: 1, max: 3 }),
    direction: fc.constantFrom('one-way' as const, 'mutual' as const),
  })
  .filter((t) => t.from !== t.to);

const roundArb = (id: string) =>
  fc.array(tie, { maxLength: 25 }).map((ties): MappingRound => ({ id, date: '2026-04-01', ties: ties.map((t, index): Tie => ({ ...t, id: `${id}-${index}` })) }));

const group = fc.tuple(fc.integer({ min: 2, max: CHILDREN.length }), roundArb('a'), roundArb('b')).map(([size, a, b]): RelationMap => {
  const ids = CHILDREN.slice(0, size);
  const keep = (round: MappingRound) => ({ ...round, ties: round.ties.filter((t) => ids.includes(t.from) && ids.includes(t.to)) });
  return groupOf(ids, [keep(a), keep(b)]);
});

describe('analysis properties', () => {
  it('adding a positive tie to a child never makes anyone "no one chose", and the child is chosen', () => {
    fc.assert(
      fc.property(group, fc.nat(), fc.nat(), fc.constantFrom(...GROUP_TIE_KINDS), fc.constantFrom('one-way' as const, 'mutual' as const), (map, i, j, kind, direction) => {
        const ids = map.people.map((person) => person.id);
        const from = ids[i % ids.length]!;
        const to = ids[(i + 1 + (j % (ids.length - 1))) % ids.length]!;
        const before = map.rounds[0]!;
        const after = { ...before, ties: [...before.ties, { id: 'new', from, to, kind, strength: 1, direction }] };
        const was = new Set(childrenNoOneChose(peerChoices(map, before)));
        const is = childrenNoOneChose(peerChoices(map, after));
        assert.ok(is.every((child) => was.has(child)), 'no one new in "no one chose"');
        assert.ok(!is.includes(to), 'the chosen child is chosen');
      }),
      { numRuns: 300 },
    );
  });

  it('compare(a, a) finds nothing; compare(a, b) is compare(b, a) turned round', () => {
    fc.assert(
      fc.property(group, (map) => {
        const [a, b] = map.rounds as [MappingRound, MappingRound];
        assert.ok(isUnchanged(compareRounds(map, a, a)));
        const forward = compareRounds(map, a, b);
        const back = compareRounds(map, b, a);
        assert.deepEqual(forward.newTies, back.lostTies);
        assert.deepEqual(forward.lostTies, back.newTies);
        assert.deepEqual(forward.movedIntoNoOneChose, back.movedOutOfNoOneChose);
        assert.equal(forward.changedTies.length, back.changedTies.length);
      }),
      { numRuns: 300 },
    );
  });

  it('compare(a, b) names each pair of children at most once per kind of tie, and states each change of direction', () => {
    fc.assert(
      fc.property(group, (map) => {
        const [a, b] = map.rounds as [MappingRound, MappingRound];
        const { newTies, lostTies, changedTies } = compareRounds(map, a, b);
        const pairs = [...newTies, ...lostTies, ...changedTies].map((t) => JSON.stringify([[t.from, t.to].sort(), t.kind]));
        assert.equal(new Set(pairs).size, pairs.length, 'one entry per pair and kind');
        for (const t of changedTies) {
          assert.equal(t.direction, t.after.direction);
          const turned = t.before.direction !== t.after.direction || t.before.from !== t.after.from;
          assert.equal(t.directionChange !== undefined, turned, 'a change of direction is stated, and only then');
          assert.ok(turned || t.before.strength !== t.after.strength || t.before.quality !== t.after.quality, 'a changed tie changed');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts agree: times chosen add up to the choices; triads are made of mutual pairs inside one play group', () => {
    fc.assert(
      fc.property(group, (map) => {
        const choices = peerChoices(map, map.rounds[0]!);
        assert.equal([...timesChosen(choices).values()].reduce((sum, n) => sum + n, 0), choiceCount(choices));
        const pairs = new Set(mutualPairs(choices).map((pair) => pair.join()));
        const groups = playGroups(choices);
        for (const [x, y, z] of triads(choices)) {
          for (const pair of [[x, y], [x, z], [y, z]]) assert.ok(pairs.has(pair.join()), `${pair} mutual`);
          assert.ok(groups.some((g) => g.includes(x) && g.includes(y) && g.includes(z)));
        }
        const grouped = groups.flat();
        assert.equal(new Set(grouped).size, grouped.length, 'a child is in one group at most');
      }),
      { numRuns: 300 },
    );
  });
});
