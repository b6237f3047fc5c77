// The analysis on hand-made groups whose answers can be read off the drawing in each comment.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRelationMap, type MappingRound, type RelationMap } from '@sammen/sdk';
import { loadExampleGroup } from '@sammen/content';
import {
  analyseRound,
  childrenNoOneChose,
  childrenWithFewCloseAdults,
  childrenWithOnlyOneWayChoices,
  compareRounds,
  isUnchanged,
  mutualPairs,
  peerChoices,
  playGroups,
  summarizeRound,
  timesChosen,
  triads,
} from '../../src/analysis/index.js';
import { groupOf, round } from './fixtures.js';

//  a <> b <> c <> a (triad)   d <> e   f > a   g > f   h (no ties)   k (staff) > h
const spring = round('spring', 'a<>b', 'b<>c', 'c<>a', 'd<>e', 'f>a', 'g>f', 'k>h');
const map = groupOf('abcdefgh', [spring], 'k');
const choices = peerChoices(map, spring);

describe('one round', () => {
  it('finds the children no other child chose (an adult choosing h does not count)', () => {
    assert.deepEqual(childrenNoOneChose(choices), ['g', 'h']);
  });
  it('finds children whose choices are all one-way', () => {
    assert.deepEqual(childrenWithOnlyOneWayChoices(choices), ['f', 'g']);
  });
  it('finds mutual pairs and the triad', () => {
    assert.deepEqual(mutualPairs(choices), [['a', 'b'], ['a', 'c'], ['b', 'c'], ['d', 'e']]);
    assert.deepEqual(triads(choices), [['a', 'b', 'c']]);
  });
  it('two one-way ties in opposite directions are a mutual pair', () => {
    const twoWays = round('r', 'a>b', 'b>a:seeks-out');
    assert.deepEqual(mutualPairs(peerChoices(groupOf('ab', [twoWays]), twoWays)), [['a', 'b']]);
  });
  it('finds play groups by mutual choices, and by any choice', () => {
    assert.deepEqual(playGroups(choices), [['a', 'b', 'c'], ['d', 'e']]);
    assert.deepEqual(playGroups(choices, 'any'), [['a', 'b', 'c', 'f', 'g'], ['d', 'e']]);
  });
  it('counts how often each child was chosen', () => {
    assert.deepEqual(Object.fromEntries(timesChosen(choices)), { a: 3, b: 2, c: 2, d: 1, e: 1, f: 1, g: 0, h: 0 });
  });
  it('counts the summary: children, choices (mutual counts two), no one chose', () => {
    assert.deepEqual(summarizeRound(map, spring), { mode: 'group', people: 9, children: 8, choices: 10, ties: 7, noOneChose: 2, strained: 0 });
  });
  it('finds children with fewer close adults than the threshold, and none without a closeness layer', () => {
    const rated = { ...spring, closeness: [{ adult: 'k', child: 'a', rating: 3 }, { adult: 'm', child: 'a', rating: 3 }, { adult: 'k', child: 'b', rating: 3 }, { adult: 'm', child: 'b', rating: 2 }] };
    const withAdults = groupOf('ab', [rated], 'km');
    assert.deepEqual(childrenWithFewCloseAdults(withAdults, rated), [{ child: 'b', closeAdults: ['k'] }]);
    assert.deepEqual(childrenWithFewCloseAdults(withAdults, rated, { closeAt: 2 }), []);
    assert.deepEqual(childrenWithFewCloseAdults(withAdults, rated, { fewerThan: 3 }), [
      { child: 'a', closeAdults: ['k', 'm'] },
      { child: 'b', closeAdults: ['k'] },
    ]);
    assert.deepEqual(childrenWithFewCloseAdults(withAdults, spring), []);
  });
});

describe('compareRounds', () => {
  //  autumn: the triad holds, d–e drifted apart, h <> g found each other, f > a grew stronger, a <> b now also seeks out
  const autumn = round('autumn', 'a<>b', 'b<>c', 'c<>a', 'f>a:plays-with:3', 'g>f', 'h<>g', 'a<>b:seeks-out:1');
  const both = groupOf('abcdefgh', [spring, autumn], 'k');
  it('finds new and lost ties, strength changes, and who moved into or out of "no one chose"', () => {
    const comparison = compareRounds(both, spring, autumn);
    assert.deepEqual(comparison.newTies, [
      { from: 'a', to: 'b', kind: 'seeks-out', direction: 'mutual', strength: 1 },
      { from: 'g', to: 'h', kind: 'plays-with', direction: 'mutual', strength: 2 },
    ]);
    assert.deepEqual(comparison.lostTies, [
      { from: 'd', to: 'e', kind: 'plays-with', direction: 'mutual', strength: 2 },
      { from: 'k', to: 'h', kind: 'plays-with', direction: 'one-way', strength: 2 },
    ]);
    assert.deepEqual(comparison.changedTies, [
      {
        from: 'f', to: 'a', kind: 'plays-with', direction: 'one-way', strength: 3,
        before: { from: 'f', to: 'a', direction: 'one-way', strength: 2, quality: 'positive' },
        after: { from: 'f', to: 'a', direction: 'one-way', strength: 3, quality: 'positive' },
      },
    ]);
    assert.deepEqual(comparison.movedOutOfNoOneChose, ['g', 'h']);
    assert.deepEqual(comparison.movedIntoNoOneChose, ['d', 'e']);
  });
  it('a round compared with itself has no changes', () => {
    assert.ok(isUnchanged(compareRounds(both, autumn, autumn)));
    assert.ok(!isUnchanged(compareRounds(both, spring, autumn)));
  });
});

describe('compareRounds pairs a tie across rounds by its two people, whichever way it goes', () => {
  const compare = (before: MappingRound, after: MappingRound) => compareRounds(groupOf('abc', [before, after]), before, after);
  const positive = 'positive' as const;

  it('a one-way choice that became mutual is one tie that became mutual, not a stronger half and a new half', () => {
    const comparison = compare(round('spring', 'a>b:plays-with:1'), round('autumn', 'a<>b:plays-with:2'));
    assert.deepEqual(comparison.newTies, []);
    assert.deepEqual(comparison.lostTies, []);
    assert.deepEqual(comparison.changedTies, [
      {
        from: 'a', to: 'b', kind: 'plays-with', direction: 'mutual', strength: 2, directionChange: 'became-mutual',
        before: { from: 'a', to: 'b', direction: 'one-way', strength: 1, quality: positive },
        after: { from: 'a', to: 'b', direction: 'mutual', strength: 2, quality: positive },
      },
    ]);
  });

  it('the chosen child choosing back became mutual too, written either way round or as two one-way choices', () => {
    for (const after of [round('autumn', 'b<>a:plays-with:1'), round('autumn', 'a>b:plays-with:1', 'b>a:plays-with:1')]) {
      const comparison = compare(round('spring', 'b>a:plays-with:1'), after);
      assert.deepEqual([comparison.newTies, comparison.lostTies], [[], []]);
      assert.deepEqual(comparison.changedTies, [
        {
          from: 'a', to: 'b', kind: 'plays-with', direction: 'mutual', strength: 1, directionChange: 'became-mutual',
          before: { from: 'b', to: 'a', direction: 'one-way', strength: 1, quality: positive },
          after: { from: 'a', to: 'b', direction: 'mutual', strength: 1, quality: positive },
        },
      ]);
    }
  });

  it('a mutual tie that became one-way is one tie, from the child who still chooses', () => {
    const comparison = compare(round('spring', 'a<>b'), round('autumn', 'b>a'));
    assert.deepEqual([comparison.newTies, comparison.lostTies], [[], []]);
    assert.deepEqual(comparison.changedTies, [
      {
        from: 'b', to: 'a', kind: 'plays-with', direction: 'one-way', strength: 2, directionChange: 'became-one-way',
        before: { from: 'a', to: 'b', direction: 'mutual', strength: 2, quality: positive },
        after: { from: 'b', to: 'a', direction: 'one-way', strength: 2, quality: positive },
      },
    ]);
  });

  it('a one-way choice that turned round is one tie, reversed', () => {
    const comparison = compare(round('spring', 'a>b'), round('autumn', 'b>a'));
    assert.deepEqual([comparison.newTies, comparison.lostTies], [[], []]);
    assert.deepEqual(comparison.changedTies.map((tie) => [tie.from, tie.to, tie.direction, tie.directionChange]), [['b', 'a', 'one-way', 'reversed']]);
  });

  it('a mutual tie written as one tie in one round and two choices in the other has not changed', () => {
    assert.ok(isUnchanged(compare(round('spring', 'a<>b'), round('autumn', 'b>a', 'a>b'))));
  });

  it('a change of strength alone states no change of direction', () => {
    const [changed] = compare(round('spring', 'a<>b:plays-with:1'), round('autumn', 'b<>a:plays-with:3')).changedTies;
    assert.equal(changed!.strength, 3);
    assert.equal(changed!.before.strength, 1);
    assert.ok(!('directionChange' in changed!));
  });

  it('ties of different kinds between the same two children stay apart', () => {
    const comparison = compare(round('spring', 'a>b:plays-with'), round('autumn', 'b>a:seeks-out'));
    assert.deepEqual(comparison.newTies, [{ from: 'b', to: 'a', kind: 'seeks-out', direction: 'one-way', strength: 2 }]);
    assert.deepEqual(comparison.lostTies, [{ from: 'a', to: 'b', kind: 'plays-with', direction: 'one-way', strength: 2 }]);
    assert.deepEqual(comparison.changedTies, []);
  });
});

describe('the example group from @sammen/content', () => {
  it('spring: no one chose Cille, Otto and Pil; autumn: Cille and Otto have a playmate, Pil is still a child to invite in; Ivar has few close adults', async () => {
    const parsed = parseRelationMap(await loadExampleGroup('da'));
    assert.ok(parsed.ok);
    const example: RelationMap = parsed.value;
    const [springRound, autumnRound] = example.rounds as [RelationMap['rounds'][0], RelationMap['rounds'][0]];
    const first = analyseRound(example, springRound);
    assert.deepEqual(first.noOneChose, ['cille', 'otto', 'pil']);
    assert.deepEqual(first.triads, [['alba', 'bjorn', 'dina']]);
    assert.deepEqual(first.fewCloseAdults, [{ child: 'ivar', closeAdults: [] }]);
    // 11 mutual ties (22 choices) and 13 one-way choices.
    assert.deepEqual(first.summary, { mode: 'group', people: 26, children: 22, choices: 35, ties: 24, noOneChose: 3, strained: 0 });
    const second = analyseRound(example, autumnRound);
    assert.deepEqual(second.noOneChose, ['pil']);
    assert.deepEqual(second.fewCloseAdults, [{ child: 'ivar', closeAdults: ['lene'] }]);
    const comparison = compareRounds(example, springRound, autumnRound);
    assert.deepEqual(comparison.movedOutOfNoOneChose, ['cille', 'otto']);
    assert.deepEqual(comparison.movedIntoNoOneChose, []);
    assert.deepEqual(
      comparison.changedTies.map((tie) => [tie.from, tie.to, tie.direction, tie.before.strength, tie.after.strength, tie.directionChange]),
      // Otto's one-way choice of Alba grew stronger, and Alba now chooses Otto too: one tie, now mutual.
      [['alba', 'otto', 'mutual', 1, 2, 'became-mutual'], ['emil', 'freja', 'mutual', 2, 3, undefined], ['gorm', 'hedda', 'mutual', 3, 2, undefined]],
    );
    const ottoAndAlba = (tie: { from: string; to: string }) => [tie.from, tie.to].sort().join() === 'alba,otto';
    assert.deepEqual([...comparison.newTies, ...comparison.lostTies].filter(ottoAndAlba), [], 'no half of the Otto–Alba tie is new or lost');
    assert.ok(comparison.newTies.some((tie) => tie.from === 'cille' && tie.to === 'ulla' && tie.direction === 'mutual'));
    assert.ok(comparison.lostTies.some((tie) => tie.from === 'kalle' && tie.to === 'liv' && tie.direction === 'mutual'));
  });
});
