// The pure pieces of HttpStore: document URLs, ETags and "is this my own write".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RESERVED_KEYS, ValidationError, createReflectionNotes } from '../src/index.js';
import { documentUrl } from '../src/stores/http-path.js';
import { checkEtag, isSameWrite, revisionOfEtag } from '../src/stores/http-revision.js';

describe('documentUrl', () => {
  it('puts any other valid id in exactly one path segment, which decodes back to the id (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), (raw) => {
        const id = raw.trim();
        // Ids the schema allows (no surrounding or line-breaking whitespace), other than dot segments
        // and the reserved object keys (fast-check likes to try "constructor" and "__proto__").
        fc.pre(/^\S(?:.*\S)?$/.test(id) && id !== '.' && id !== '..' && !(RESERVED_KEYS as readonly string[]).includes(id));
        const url = new URL(documentUrl('https://x.example/api', 'reflection-notes', id));
        const segments = url.pathname.split('/');
        assert.equal(segments.length, 5, url.pathname);
        assert.equal(decodeURIComponent(segments[4]!), id);
        assert.equal(url.search + url.hash, '');
      }),
    );
  });

  it('refuses dot segments, empty ids, lone surrogates, names of the prototype and unknown kinds with a located error', () => {
    for (const id of ['.', '..', '', ' a', 'b\uDC00c', '__proto__', 'constructor', 'prototype']) {
      assert.throws(() => documentUrl('https://x', 'reflection-notes', id), (error: unknown) => error instanceof ValidationError && error.issues[0]?.path === 'id', JSON.stringify(id));
    }
    assert.throws(() => documentUrl('https://x', '../documents' as 'reflection-notes'), (error: unknown) => error instanceof ValidationError && error.issues[0]?.path === 'kind');
  });
});

describe('ETag and own writes', () => {
  it('reads revisions from strong and weak ETags, nothing from other tags', () => {
    assert.equal(revisionOfEtag('"3"'), 3);
    assert.equal(revisionOfEtag('W/"12"'), 12);
    assert.equal(revisionOfEtag('"abc"'), undefined);
    assert.equal(revisionOfEtag(null), undefined);
  });

  it('an ETag naming another revision than the body is a bad response', () => {
    const doc = { ...createReflectionNotes({ id: 'a', deckId: 'd' }), revision: 2 };
    assert.doesNotThrow(() => checkEtag(doc, '"2"'));
    assert.doesNotThrow(() => checkEtag(doc, null));
    assert.throws(() => checkEtag(doc, '"1"'), /revision 1/);
  });

  it('isSameWrite: same revision and content, in any key order, whatever updatedAt the server set', () => {
    const sent = { ...createReflectionNotes({ id: 'a', deckId: 'd' }), revision: 2, cards: { c: { discussed: true, notes: { q: 'x' } } } };
    const reordered = Object.fromEntries(Object.entries({ ...sent, updatedAt: '2020-01-01T00:00:00.000Z' }).reverse()) as typeof sent;
    assert.equal(isSameWrite(reordered, sent), true);
    assert.equal(isSameWrite({ ...sent, revision: 3 }, sent), false);
    assert.equal(isSameWrite({ ...sent, cards: { c: { discussed: true, notes: { q: 'y' } } } }, sent), false);
  });
});
