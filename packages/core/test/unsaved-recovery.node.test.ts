// The pure decisions behind "nothing typed is lost": when is an unsaved copy the same text as the
// stored one, and what to do with a copy found when a document is opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpStore, IndexedDbStore, MemoryStore, createReflectionNotes } from '@sammen/sdk';
import { recoveryOf } from '../src/controllers/document-binding.js';
import { journalScope, sameContent } from '../src/controllers/unsaved-journal.js';

const notes = (text: string, revision = 0) => ({
  ...createReflectionNotes({ id: 'n1', deckId: 'deck' }),
  revision,
  cards: { c1: { discussed: false, notes: { q1: text } } },
});

test('sameContent ignores revision, time and key order, and sees any change of text', () => {
  const stored = { ...notes('Hej', 3), updatedAt: '2026-01-01T00:00:00.000Z' };
  const reordered = Object.fromEntries(Object.entries(notes('Hej')).reverse()) as typeof stored;
  assert.equal(sameContent(stored, reordered), true);
  assert.equal(sameContent(stored, notes('Hej!')), false);
  assert.equal(sameContent(undefined, stored), false);
});

test('recoveryOf: save text never stored, or built on what is stored', () => {
  assert.equal(recoveryOf({ baseRevision: 0, doc: notes('ny') }, undefined, notes('')), 'save');
  assert.equal(recoveryOf({ baseRevision: 2, doc: notes('ændret') }, notes('gammel', 2), undefined), 'save');
});

test('recoveryOf: nothing when there is no copy or it equals what is stored', () => {
  assert.equal(recoveryOf(undefined, notes('x', 1), undefined), 'nothing');
  assert.equal(recoveryOf({ baseRevision: 1, doc: notes('samme') }, notes('samme', 2), undefined), 'nothing', 'the write landed before the page went');
});

test('recoveryOf: deleted since (its base was stored, now nothing is), or saved by someone else since', () => {
  assert.equal(recoveryOf({ baseRevision: 3, doc: notes('mit') }, undefined, notes('')), 'deleted');
  assert.equal(recoveryOf({ baseRevision: 1, doc: notes('mit') }, notes('deres', 2), undefined), 'conflict');
});

test('journalScope: device and remote stores are journalled (by location, label and database), a memory store never', () => {
  assert.equal(journalScope(new MemoryStore()), undefined);
  assert.notEqual(journalScope(new IndexedDbStore({ name: 'a' })), journalScope(new IndexedDbStore({ name: 'b' })));
  assert.notEqual(journalScope(new HttpStore({ baseUrl: '/x', label: 'Aarhus' })), undefined);
  assert.notEqual(journalScope(new HttpStore({ baseUrl: '/x', label: 'Aarhus' })), journalScope(new HttpStore({ baseUrl: '/x', label: 'Odense' })));
});
