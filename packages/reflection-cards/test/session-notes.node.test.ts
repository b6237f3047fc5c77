import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createReflectionNotes, parseReflectionNotes } from '@sammen/sdk';
import { cardNotes, drawCard, hasAnyNotes, isDiscussed, noteOf, progress, resetNotes, setDiscussed, setNote, stepCard } from '../src/session-notes.js';
import { nextTurn, parseParticipants } from '../src/turn-order.js';
import { cardFromHash, hashWithCard } from '../src/card-hash.js';
import { formatClock, newTimer, pause, remaining, reset, start } from '../src/discussion-timer.js';

const ids = ['a', 'b', 'c', 'd'];
const notes = () => createReflectionNotes({ id: 's', deckId: 'deck' });

test('edits are immutable, keep other cards, and stay a valid ReflectionNotes document', () => {
  const before = notes();
  const after = setNote(setDiscussed(before, 'a', true), 'a', 'q1', 'Vi talte om æbler');
  assert.deepEqual(before.cards, {});
  assert.equal(isDiscussed(after, 'a'), true);
  assert.equal(after.cards.a?.notes.q1, 'Vi talte om æbler');
  assert.deepEqual(setNote(after, 'b', 'q2', 'x').cards.a, after.cards.a);
  assert.ok(parseReflectionNotes(after).ok);
  assert.deepEqual(progress(after, ids), { discussed: 1, total: 4 });
  assert.deepEqual(progress(after, ['b']), { discussed: 0, total: 1 }, 'cards no longer in the deck do not count');
  assert.equal(hasAnyNotes(after), true);
  assert.equal(hasAnyNotes(resetNotes(after)), false);
});

test('drawCard never draws a discussed card, nor the current one, while others remain', () => {
  fc.assert(
    fc.property(fc.subarray(ids), fc.constantFrom(undefined, ...ids), fc.double({ min: 0, max: 0.999999, noNaN: true }), (discussed, current, r) => {
      let doc = notes();
      for (const id of discussed) doc = setDiscussed(doc, id, true);
      const drawn = drawCard(ids, { current, notes: doc, random: () => r });
      const open = ids.filter((id) => !discussed.includes(id) && id !== current);
      if (open.length > 0) assert.ok(open.includes(drawn!), `${drawn} is open`);
      else assert.ok(drawn !== undefined && drawn !== current, 'all done: any other card');
    }),
  );
});

test('drawing repeatedly while marking discussed visits every card exactly once', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 0.999999, noNaN: true }), { minLength: 4, maxLength: 4 }), (randoms) => {
      let doc = notes();
      let current: string | undefined;
      const visited: string[] = [];
      for (const r of randoms) {
        current = drawCard(ids, { current, notes: doc, random: () => r });
        visited.push(current!);
        doc = setDiscussed(doc, current!, true);
      }
      assert.deepEqual([...visited].sort(), ids);
    }),
  );
});

test('drawCard also avoids cards already seen this visit, and handles tiny decks', () => {
  assert.equal(drawCard(ids, { seen: new Set(['a', 'b', 'c']), random: () => 0 }), 'd');
  assert.equal(drawCard([], {}), undefined);
  assert.equal(drawCard(['only'], { current: 'only' }), 'only');
});

test('stepCard moves within bounds', () => {
  assert.equal(stepCard(ids, 'b', 1), 'c');
  assert.equal(stepCard(ids, 'a', -1), undefined);
  assert.equal(stepCard(ids, 'd', 1), undefined);
  assert.equal(stepCard(ids, undefined, 1), 'a');
});

test('round mode: participants from lines or commas; turns wrap', () => {
  assert.deepEqual(parseParticipants(' Mette,\nAli\n\n; leder '), ['Mette', 'Ali', 'leder']);
  assert.equal(nextTurn(2, 3), 0);
  assert.equal(nextTurn(0, 0), 0);
});

test('card hash keeps the host page’s own hash entries and plain anchors', () => {
  assert.equal(cardFromHash('#tab=2&sammen-card=new-families'), 'new-families');
  assert.equal(cardFromHash(''), undefined);
  assert.equal(hashWithCard('#tab=2', 'x'), '#tab=2&sammen-card=x');
  assert.equal(hashWithCard('#tab=2&sammen-card=x', undefined), '#tab=2');
  assert.equal(hashWithCard('#top', 'x'), '#top&sammen-card=x');
  assert.equal(hashWithCard('', 'æ ø'), `#sammen-card=${encodeURIComponent('æ ø').replace(/%20/g, '+')}`);
  assert.equal(cardFromHash(hashWithCard('#a=1', 'æ ø')), 'æ ø');
});

test('timer: start, pause, resume, time up, reset (pure, no waiting)', () => {
  let timer = newTimer(60_000);
  timer = start(timer, 1000);
  assert.equal(remaining(timer, 11_000), 50_000);
  timer = pause(timer, 11_000);
  assert.equal(remaining(timer, 99_000), 50_000, 'paused time does not count');
  timer = start(timer, 100_000);
  assert.equal(remaining(timer, 200_000), 0, 'never below zero');
  assert.equal(start(pause(timer, 200_000), 200_000).startedAt, undefined, 'a finished timer does not start again');
  assert.equal(remaining(reset(timer), 0), 60_000);
  assert.equal(formatClock(59_001), '1:00');
  assert.equal(formatClock(0), '0:00');
  assert.equal(formatClock(125_000), '2:05');
});

test('ids an object inherits (toString, valueOf, constructor) read as "nothing written", never as a function', () => {
  const empty = notes();
  for (const id of ['toString', 'valueOf', 'constructor', 'hasOwnProperty']) {
    assert.deepEqual(cardNotes(empty, id), { discussed: false, notes: {} }, id);
    assert.equal(noteOf(cardNotes(empty, 'a'), id), '', id);
  }
  const written = setNote(empty, 'toString', 'valueOf', 'Vi talte om æbler');
  assert.equal(noteOf(cardNotes(written, 'toString'), 'valueOf'), 'Vi talte om æbler');
  assert.ok(parseReflectionNotes(written).ok);
});
