import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRelationMap } from '@sammen/sdk';
import { loadExampleGroup, loadExampleNetwork } from '../src/index.js';

const CARELESS_WORDS = /isol|upopul|unpopul|ensom|lonely|outcast|udstødt|utstøtt/i;

test('the example group is a valid relation map of 22 children and 4 adults in two rounds, in da, nb and en', async () => {
  const titles = new Set<string>();
  for (const lang of ['da', 'nb', 'en']) {
    const result = parseRelationMap(await loadExampleGroup(lang));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    const map = result.value;
    assert.equal(map.mode, 'group');
    assert.equal(map.people.filter((person) => person.kind === 'child').length, 22);
    assert.equal(map.people.filter((person) => person.kind === 'staff').length, 4);
    assert.deepEqual(map.rounds.map((round) => round.date), ['2026-04-15', '2026-10-14']);
    for (const round of map.rounds) {
      assert.ok(round.ties.some((tie) => tie.direction === 'one-way') && round.ties.some((tie) => tie.direction === 'mutual'), 'one-way and mutual choices');
      assert.equal(round.closeness?.length, 22 * 4, 'every adult rates every child');
    }
    assert.equal(new Set(map.people.map((person) => person.initials)).size, map.people.length, 'initials tell everyone apart in presentation mode');
    assert.doesNotMatch(JSON.stringify(map), CARELESS_WORDS);
    titles.add(map.title ?? '');
  }
  assert.equal(titles.size, 3, 'each language has its own text');
  assert.equal(((await loadExampleGroup('sv')) as { id: string }).id, 'sammen-example-group-da', 'unknown language → Danish');
});

test('the example network is a valid network map around one child, every sector used, in da, nb and en', async () => {
  for (const lang of ['da', 'nb', 'en']) {
    const result = parseRelationMap(await loadExampleNetwork(lang));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    const map = result.value;
    assert.equal(map.mode, 'network');
    assert.equal(map.people.find((person) => person.id === map.centre)?.kind, 'child');
    assert.deepEqual(new Set(map.people.flatMap((person) => (person.sector ? [person.sector] : []))), new Set(['family', 'daycare', 'health', 'social-services', 'leisure']));
    assert.ok(map.rounds[0]!.ties.every((tie) => tie.to === map.centre || tie.from === map.centre));
    assert.deepEqual(new Set(map.rounds[0]!.ties.map((tie) => tie.quality)), new Set(['positive', 'mixed', 'strained']));
    assert.doesNotMatch(JSON.stringify(map), CARELESS_WORDS);
  }
});
