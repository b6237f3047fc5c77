// The parse benchmark measures real worst cases: each builder's largest document is valid and
// sits at a bound (one more and the parser refuses it), and a relation map at every list's
// maximum is refused by the whole-document bound, with the issue saying so.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DOCUMENT_KINDS, LIMITS, parseDocument } from '../src/index.js';
import { BUILDERS, largest } from '../bench/largest-documents.js';

describe('largest documents the limits allow', () => {
  for (const kind of DOCUMENT_KINDS) {
    for (const [shape, build] of Object.entries(BUILDERS[kind])) {
      it(`${kind}, ${shape}: the largest is valid and one more is refused`, () => {
        const n = largest(build);
        assert.ok(n > 0, 'not empty');
        assert.equal(parseDocument(build(n)).ok, true);
        assert.equal(parseDocument(build(n + 1)).ok, false);
      });
    }
  }

  it('a relation map at every list maximum is refused by the whole-document bound', () => {
    const result = parseDocument(BUILDERS['relation-map'].values(100_000));
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.issues.map((issue) => [issue.path, issue.params]), [['', { max: LIMITS.documentValues, unit: 'items' }]]);
  });
});
