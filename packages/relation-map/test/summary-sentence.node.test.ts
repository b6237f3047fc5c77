// The one-sentence summary at the top of the map (source language), including the maps with nothing to count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarySentence } from '../src/panels/summary-sentence.js';
import { summarizeRound } from '../src/analysis/index.js';
import { smallGroup, smallNetwork } from '../../../stories/relation-map/map-fixtures.js';

const counts = { people: 0, children: 0, choices: 0, ties: 0, noOneChose: 0, strained: 0 };

test('a group: children, choices and the children no one chose', () => {
  assert.equal(summarySentence({ ...counts, mode: 'group', people: 22, children: 22, choices: 41, ties: 30, noOneChose: 3 }), '22 children, 41 choices, 3 children no one chose');
  assert.equal(summarySentence({ ...counts, mode: 'group', people: 2, children: 1, choices: 0, noOneChose: 1 }), '1 child, 0 choices, 1 child no one chose');
  assert.equal(summarySentence({ ...counts, mode: 'group', people: 2, children: 2, choices: 2 }), '2 children, 2 choices, every child chosen');
  const round = smallGroup.rounds[1]!;
  assert.match(summarySentence(summarizeRound(smallGroup, round)), /^\d+ children, \d+ choices, /);
});

test('an empty map does not say that every child was chosen', () => {
  assert.equal(summarySentence({ ...counts, mode: 'group' }), 'No children on the map yet');
  // Adults only: still no child to count, and none "chosen".
  assert.equal(summarySentence({ ...counts, mode: 'group', people: 2 }), 'No children on the map yet');
  assert.equal(summarySentence({ ...counts, mode: 'network' }), 'No one on the map yet');
  const empty = { ...smallGroup, people: [], rounds: [{ ...smallGroup.rounds[0]!, ties: [] }] };
  assert.equal(summarySentence(summarizeRound(empty, empty.rounds[0]!)), 'No children on the map yet');
});

test('a network: people, ties and the strained ones', () => {
  assert.equal(summarySentence({ ...counts, mode: 'network', people: 1 }), '1 person, 0 ties');
  assert.equal(summarySentence({ ...counts, mode: 'network', people: 12, ties: 11, strained: 1 }), '12 people, 11 ties, 1 strained tie');
  assert.match(summarySentence(summarizeRound(smallNetwork, smallNetwork.rounds[0]!)), /^\d+ people, \d+ ties/);
});
