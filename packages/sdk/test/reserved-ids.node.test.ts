// Ids that name an object's prototype machinery (issue 13.6): refused with a located issue in
// every place an id appears — as a field and as a record key, where valibot alone dropped the
// entry silently and a store answered "saved" for a note it had thrown away.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryStore, RESERVED_KEYS, ValidationError, createReflectionNotes, entryOf, parseDocument } from '../src/index.js';

const notesJson = (cards: string) => JSON.parse(JSON.stringify(createReflectionNotes({ id: 'n', deckId: 'd' })).replace('"cards":{}', `"cards":${cards}`)) as unknown;

describe('reserved ids', () => {
  for (const key of RESERVED_KEYS) {
    it(`"${key}" as a card id (a record key) is refused at its path, never dropped`, async () => {
      const doc = notesJson(`{"${key}":{"discussed":true,"notes":{"q1":"Vigtig note"}}}`);
      const result = parseDocument(doc);
      assert.equal(result.ok, false);
      if (!result.ok) assert.deepEqual(result.issues.map((issue) => [issue.path, issue.code]), [[`cards.${key}`, 'pattern']]);
      // The store does not say "saved" for a note it would drop.
      await assert.rejects(new MemoryStore().put(doc as never), ValidationError);
    });

    it(`"${key}" as a question id inside a card is refused at its path`, () => {
      const result = parseDocument(notesJson(`{"c1":{"discussed":true,"notes":{"${key}":"x"}}}`));
      assert.equal(result.ok, false);
      if (!result.ok) assert.deepEqual(result.issues.map((issue) => issue.path), [`cards.c1.notes.${key}`]);
    });
  }

  it('"." and ".." are refused as ids (they are URL path segments for HttpStore)', () => {
    for (const id of ['.', '..']) {
      const result = parseDocument({ ...createReflectionNotes({ id: 'x', deckId: 'd' }), id });
      assert.equal(result.ok, false, id);
      if (!result.ok) assert.deepEqual(result.issues.map((issue) => issue.path), ['id']);
    }
    assert.equal(parseDocument({ ...createReflectionNotes({ id: 'x', deckId: 'd' }), id: '...' }).ok, true);
  });

  it('other names an object inherits (toString, valueOf) are ordinary ids, read as own entries only', async () => {
    const doc = notesJson('{"toString":{"discussed":true,"notes":{"valueOf":"Vigtig note"}}}');
    const store = new MemoryStore();
    await store.put(doc as never, { expectedRevision: 0 });
    const stored = await store.get('reflection-notes', 'n');
    assert.equal(entryOf(entryOf(stored?.cards, 'toString')?.notes, 'valueOf'), 'Vigtig note');
    assert.equal(entryOf(stored?.cards, 'hasOwnProperty'), undefined);
    assert.equal(entryOf({}, 'constructor'), undefined);
  });
});
