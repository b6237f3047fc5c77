// PendingKeys: focus mode's card keys pressed before its module arrived, kept in order and handed over.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PendingKeys } from '../src/pending-keys.js';

/** What PendingKeys reads of a keydown event, and whether it stopped the browser's default. */
function press(key: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) {
  const event = { key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...modifiers, prevented: false, preventDefault() { this.prevented = true; } };
  return event;
}

test('keeps the card keys in the order pressed and hands them over once', () => {
  // Node has no KeyboardEvent: the replayed events are plain objects of the same shape here.
  globalThis.KeyboardEvent ??= class { constructor(readonly type: string, init: object) { Object.assign(this, init); } } as never;
  const pending = new PendingKeys();
  const presses = [press('ArrowRight'), press('End'), press('r'), press('ArrowLeft', { shiftKey: true })];
  for (const event of presses) pending.keep(event as unknown as KeyboardEvent);
  assert.ok(presses.every((event) => event.prevented), 'the browser does not scroll meanwhile');
  const handed: string[] = [];
  pending.replay((event) => handed.push(`${event.shiftKey ? 'Shift+' : ''}${event.key}`));
  assert.deepEqual(handed, ['ArrowRight', 'End', 'r', 'Shift+ArrowLeft']);
  pending.replay((event) => handed.push(event.key));
  assert.equal(handed.length, 4, 'each key once');
});

test('leaves other keys and keys with a modifier to the page, and forgets on clear', () => {
  const pending = new PendingKeys();
  const others = [press('Tab'), press('a'), press('ArrowRight', { ctrlKey: true }), press('r', { metaKey: true }), press('End', { altKey: true })];
  for (const event of others) pending.keep(event as unknown as KeyboardEvent);
  assert.ok(others.every((event) => !event.prevented));
  pending.keep(press('ArrowRight') as unknown as KeyboardEvent);
  pending.clear();
  const handed: string[] = [];
  pending.replay((event) => handed.push(event.key));
  assert.deepEqual(handed, []);
});
