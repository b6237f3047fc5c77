// What a move in the drawing says (source language), and the closeness edit behind the editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeText } from '../src/place-text.js';
import { setCloseness } from '../src/map-edits.js';
import { childrenWithFewCloseAdults } from '../src/analysis/index.js';
import { smallGroup, smallNetwork } from '../../../stories/relation-map/map-fixtures.js';

const nameOf = (id: string) => smallNetwork.people.find((person) => person.id === id)?.label ?? '?';
const person = (id: string) => smallNetwork.people.find((candidate) => candidate.id === id)!;
const ties = smallNetwork.rounds[0]!.ties;

test('a network move names the sector and the ring; the centre is the child; a group move the kind', () => {
  assert.equal(placeText(smallNetwork, person('mor'), ties, nameOf), 'Mor, Family, ring 1 (closest). 2 ties.');
  assert.equal(placeText(smallNetwork, person('mormor'), ties, nameOf), 'Mormor, Family, ring 2. 1 tie.');
  assert.equal(placeText(smallNetwork, person('a'), ties, nameOf), 'A., the child in the centre. 4 ties.');
  // Without a ring of their own, the ring the drawing puts them in.
  assert.equal(placeText(smallNetwork, { ...person('ppr'), ring: undefined }, ties, nameOf, 2), 'PPR, Social services, ring 2. 1 tie.');
  const ali = smallGroup.people[0]!;
  assert.equal(placeText(smallGroup, ali, smallGroup.rounds[1]!.ties, () => 'Ali'), 'Ali, Child, 2 ties');
});

test('rating two adults 3 for a child takes the "few close adults" flag away; clearing one brings it back', () => {
  const flagged = (map: typeof smallGroup) => childrenWithFewCloseAdults(map, map.rounds[1]!).map((entry) => entry.child);
  assert.ok(flagged(smallGroup).includes('bo'));
  const rated = setCloseness(setCloseness(smallGroup, 'anne', 'bo', 3, 'autumn'), 'per', 'bo', 3, 'autumn');
  assert.ok(!flagged(rated).includes('bo'));
  const cleared = setCloseness(rated, 'per', 'bo', 0, 'autumn');
  assert.ok(flagged(cleared).includes('bo'));
  assert.equal(cleared.rounds[1]!.closeness!.some((entry) => entry.adult === 'per' && entry.child === 'bo'), false);
  assert.equal(smallGroup.rounds[0]!.closeness, undefined, 'the other round is untouched');
});
