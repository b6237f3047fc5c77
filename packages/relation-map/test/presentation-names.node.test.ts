// Presentation mode shows initials only; two people must never share them (found from the
// outside: Liv and Lene were both "L", and "H og L" in the analysis could mean either).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Person } from '@sammen/sdk';
import { namesOf, presentationNames } from '../src/panels/names.js';
import { smallGroup } from '../../../stories/relation-map/map-fixtures.js';

const person = (id: string, label: string, initials?: string): Person => ({ id, label, kind: 'child', ...(initials ? { initials } : {}) }) as Person;

test('derived initials two people share take the next letter, then a number', () => {
  const people = [person('a', 'Liv'), person('b', 'Lene'), person('c', 'Tor'), person('d', 'Barn 1'), person('e', 'Barn 2'), person('f', 'Hans Larsen'), person('g', 'Henrik Lund')];
  const names = presentationNames(people);
  assert.equal(names.get('a'), 'Li');
  assert.equal(names.get('b'), 'Le');
  assert.equal(names.get('c'), 'T', 'no clash: unchanged');
  assert.equal(names.get('f'), 'HaL');
  assert.equal(names.get('g'), 'HeL');
  const shown = people.map((entry) => names.get(entry.id));
  assert.equal(new Set(shown).size, shown.length, `all different: ${shown.join(', ')}`);
});

test('initials staff chose are kept; a derived one that clashes with them gives way', () => {
  const names = presentationNames([person('a', 'Maja', 'MJ'), person('b', 'Mads Jensen')]);
  assert.equal(names.get('a'), 'MJ');
  assert.equal(names.get('b'), 'MaJ');
});

test('300 people named "Barn N" are told apart', () => {
  const people = Array.from({ length: 300 }, (_, index) => person(`p${index}`, `Barn ${index + 1}`));
  const shown = [...presentationNames(people).values()];
  assert.equal(new Set(shown).size, 300);
});

test('namesOf in presentation mode uses them; outside it the labels', () => {
  const name = namesOf(smallGroup, true);
  const shown = smallGroup.people.map((entry) => name(entry.id));
  assert.equal(new Set(shown).size, shown.length);
  assert.equal(namesOf(smallGroup)(smallGroup.people[0]!.id), smallGroup.people[0]!.label);
});
