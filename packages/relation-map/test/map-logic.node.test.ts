// The widget's own pure logic (rm-logic tests the analysis and the layouts): edits, polar keyboard
// moves, the table's order, fitting the drawing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addPerson, addTie, movePerson, newRoundFromLast, removePerson, removeTie, tieProblem } from '../src/map-edits.js';
import { polarMove, polarPlace, type PolarPlace } from '../src/polar-navigation.js';
import { nextSort, personRows, sortRows } from '../src/table-sort.js';
import { fitTransform } from '../src/zoom-pan-controller.js';
import { Placement } from '../src/placement.js';
import { mode } from '../src/parts/group-mode.js';
import { generateGroup } from '../src/layout/index.js';
import { smallGroup, smallNetwork } from '../../../stories/relation-map/map-fixtures.js';

const autumn = 'autumn';

test('a group map refuses anything but a positive choice, a tie to oneself and a second tie between the same two', () => {
  assert.equal(tieProblem(smallGroup, { from: 'ali', to: 'ali', kind: 'plays-with', strength: 2, direction: 'one-way' }, autumn), 'same-person');
  assert.equal(tieProblem(smallGroup, { from: 'dan', to: 'eli', kind: 'support', strength: 2, direction: 'one-way' }, autumn), 'negative-in-group');
  assert.equal(tieProblem(smallGroup, { from: 'dan', to: 'eli', kind: 'plays-with', quality: 'strained', strength: 2, direction: 'one-way' }, autumn), 'negative-in-group');
  assert.equal(tieProblem(smallGroup, { from: 'bo', to: 'ali', kind: 'plays-with', strength: 2, direction: 'one-way' }, autumn), 'exists');
  assert.equal(tieProblem(smallGroup, { from: 'dan', to: 'eli', kind: 'seeks-out', strength: 2, direction: 'one-way' }, autumn), undefined);
  assert.equal(tieProblem(smallNetwork, { from: 'mormor', to: 'ppr', kind: 'professional', quality: 'strained', strength: 1, direction: 'mutual' }, 'r1'), undefined);
});

test('removing a person removes their ties and closeness ratings in every round', () => {
  const map = removePerson(smallGroup, 'ali');
  assert.ok(map.rounds.every((round) => round.ties.every((tie) => tie.from !== 'ali' && tie.to !== 'ali')));
  assert.ok(map.rounds.every((round) => (round.closeness ?? []).every((rating) => rating.child !== 'ali')));
  assert.equal(map.people.length, smallGroup.people.length - 1);
});

test('a new round copies the last round; a moved person keeps (pins) the place; a tie added can be removed', () => {
  const { map, id } = newRoundFromLast(smallGroup, '2027-04-01');
  const round = map.rounds.at(-1)!;
  assert.equal(round.id, id);
  assert.deepEqual(round.ties, smallGroup.rounds[1]!.ties);
  assert.deepEqual(movePerson(map, 'bo', { x: 10.04, y: -3 }).people[1]!.position, { x: 10, y: -3 });
  const added = addTie(smallGroup, { from: 'dan', to: 'eli', kind: 'plays-with', strength: 1, direction: 'one-way' }, autumn);
  const tie = added.rounds[1]!.ties.at(-1)!;
  assert.deepEqual(removeTie(added, tie.id, autumn), smallGroup);
});

test('property: adding a person and then removing them gives the map back', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('child', 'staff', 'parent') as fc.Arbitrary<'child'>, (label, kind) => {
      const { map, id } = addPerson(smallGroup, { label, kind });
      assert.deepEqual(removePerson(map, id), smallGroup);
    }),
  );
});

test('network keys: ←/→ go round the circle (wrapping), ↑/↓ between rings by angle, Home the centre', () => {
  const places = new Map<string, PolarPlace>([
    ['centre', { angle: 0, ring: 0 }],
    ['a', { angle: 0.1, ring: 1 }],
    ['b', { angle: 1.5, ring: 1 }],
    ['c', { angle: 0.2, ring: 2 }],
    ['d', { angle: 3, ring: 3 }],
  ]);
  assert.equal(polarMove(places, 'a', 'ArrowRight'), 'c');
  assert.equal(polarMove(places, 'c', 'ArrowRight'), 'b');
  assert.equal(polarMove(places, 'd', 'ArrowRight'), 'a');
  assert.equal(polarMove(places, 'a', 'ArrowLeft'), 'd');
  assert.equal(polarMove(places, 'a', 'ArrowDown'), 'c');
  assert.equal(polarMove(places, 'c', 'ArrowUp'), 'a');
  assert.equal(polarMove(places, 'c', 'ArrowDown'), 'd');
  assert.equal(polarMove(places, 'a', 'ArrowUp'), 'centre');
  assert.equal(polarMove(places, 'd', 'Home'), 'centre');
  assert.equal(polarMove(places, 'd', 'ArrowDown'), undefined);
  assert.deepEqual(polarPlace({ x: 0, y: -200 }, { x: 0, y: 0 }, [110, 200, 290]).ring, 2);
});

test('the table sorts by a column and flips on a second click', () => {
  const rows = personRows(smallGroup.people, smallGroup.rounds[1]!.ties, (id) => id);
  const byChosen = sortRows(rows, { column: 'chosenBy', direction: 'descending' }, 'da');
  assert.equal(byChosen[0]!.person.id, 'bo');
  assert.deepEqual(nextSort({ column: 'chosenBy', direction: 'ascending' }, 'chosenBy'), { column: 'chosenBy', direction: 'descending' });
  assert.deepEqual(nextSort({ column: 'chosenBy', direction: 'descending' }, 'name'), { column: 'name', direction: 'ascending' });
});

test('fitting puts the whole drawing inside the box, centred', () => {
  const t = fitTransform({ minX: -100, minY: -50, maxX: 100, maxY: 50 }, 400, 300);
  const left = -100 * t.k + t.x;
  const right = 100 * t.k + t.x;
  assert.ok(left >= 0 && right <= 400);
  assert.ok(Math.abs(left - (400 - right)) < 1e-9);
});

test('moving a person (pinning them) moves no one else; undoing the move puts them back where they were', () => {
  const map = generateGroup({ people: 40, ties: 120 });
  const ties = map.rounds[0]!.ties;
  const placement = new Placement();
  const before = new Map(placement.positions(map, ties, mode.layout));
  const moved = movePerson(map, 'c3', { x: 500, y: -200 });
  const after = placement.positions(moved, ties, mode.layout);
  assert.deepEqual(after.get('c3'), { x: 500, y: -200 });
  for (const [id, at] of before) if (id !== 'c3') assert.deepEqual(after.get(id), at, `${id} stayed`);
  const again = placement.positions(movePerson(moved, 'c9', { x: -300, y: 10 }), ties, mode.layout);
  assert.deepEqual(again.get('c3'), { x: 500, y: -200 });
  assert.deepEqual(again.get('c9'), { x: -300, y: 10 });
  // Undo of the moves: c3 and c9 are no longer pinned and go back exactly where they were drawn
  // before they were moved; no one else moves.
  const undone = placement.positions(map, ties, mode.layout);
  for (const [id, at] of before) assert.deepEqual(undone.get(id), at, `${id} is back`);
  // A place saved before this placement saw the map (pinned at load) that is taken away: laid out again.
  const fresh = new Placement();
  fresh.positions(moved, ties, mode.layout);
  const relaid = fresh.positions(map, ties, mode.layout);
  assert.notDeepEqual(relaid.get('c3'), { x: 500, y: -200 });
});
