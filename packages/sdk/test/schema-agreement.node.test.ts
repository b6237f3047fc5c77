// The parser and the published JSON Schema files accept the same documents (issue 13.13). Valid
// documents of every kind (and of the older reflection-notes v0 and relation-map v1) are mutated at a random place
// with values chosen for the edges where the two used to disagree — impossible dates, lower-case
// timestamps, emoji ids, 51 languages, arrays as text objects, `.`/`..`/`__proto__` ids — and
// an independent validator (Ajv with ajv-formats) judges each against the file for its `schema`.
// A disagreement is allowed only when the parser's issue is a check JSON Schema cannot express,
// named in CHECKS_BEYOND_JSON_SCHEMA (and in the file's description).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { createPerspectiveSession, parseDocument, type Issue } from '../src/index.js';
import { CHECKS_BEYOND_JSON_SCHEMA } from '../src/schemas/beyond-json-schema.js';
import { JSON_SCHEMA_FILES } from '../scripts/json-schemas.js';
import { anyDocument, relationMapV1 } from './support/arbitraries.js';
import { changeModelV1, edgeValue, mutate, reflectionNotesV0 } from './agreement/mutations.js';

// ajv-formats is CommonJS with a default export; under tsx/ESM it arrives wrapped once more.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

const ajv = new Ajv({ strict: false, allErrors: false });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>(
  JSON_SCHEMA_FILES.map((entry) => [entry.schemaId, ajv.compile(JSON.parse(readFileSync(join('packages', 'sdk', 'schemas', entry.file), 'utf8')))]),
);

/** What the published files say: a document is valid when the file for its `schema` accepts it. */
function schemaAccepts(value: unknown): boolean {
  const schemaId = typeof value === 'object' && value !== null ? (value as { schema?: unknown }).schema : undefined;
  const validate = typeof schemaId === 'string' ? validators.get(schemaId) : undefined;
  return validate ? validate(value) === true : false;
}

/** The name of the documented check behind the parser's refusal, or undefined if it is not one. */
function documentedCheck(issues: Issue[]): string | undefined {
  const names = issues.map((issue) => CHECKS_BEYOND_JSON_SCHEMA.find((check) => check.message === issue.message)?.name);
  return names.every((name) => name !== undefined) ? names[0] : undefined;
}

interface Disagreement {
  parser: 'accepts' | 'refuses';
  issues?: Issue[];
  json: string;
}

function compare(values: readonly unknown[]): { disagreements: Disagreement[]; documented: Map<string, number>; accepted: number } {
  const disagreements: Disagreement[] = [];
  const documented = new Map<string, number>();
  let accepted = 0;
  for (const value of values) {
    const parsed = parseDocument(value);
    const json = schemaAccepts(value);
    if (parsed.ok) accepted += 1;
    if (parsed.ok === json) continue;
    const check = parsed.ok ? undefined : documentedCheck(parsed.issues);
    if (check) documented.set(check, (documented.get(check) ?? 0) + 1);
    else disagreements.push({ parser: parsed.ok ? 'accepts' : 'refuses', ...(parsed.ok ? {} : { issues: parsed.issues }), json: JSON.stringify(value).slice(0, 400) });
  }
  return { disagreements, documented, accepted };
}

// Every value goes through JSON text, as documents do on their way in: a `__proto__` key is then
// an own property, exactly as `JSON.parse` makes it.
const viaJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('JSON Schema files and parser agree', () => {
  it('on 4,000 generated and mutated documents: 0 disagreements beyond the documented checks', (t) => {
    const documents = fc.oneof({ weight: 5, arbitrary: anyDocument as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: reflectionNotesV0 }, { weight: 1, arbitrary: relationMapV1 as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: changeModelV1 });
    const samples = fc.sample(
      fc.tuple(documents, fc.array(fc.tuple(fc.nat(), edgeValue, fc.nat({ max: 9 })), { minLength: 0, maxLength: 2 })).map(([doc, edits]) =>
        viaJson(edits.reduce((current, [at, value, how]) => mutate(current, at, value, how), viaJson(doc))),
      ),
      { numRuns: 4_000, seed: 13_13 },
    );
    const { disagreements, documented, accepted } = compare(samples);
    t.diagnostic(`${samples.length} values, ${accepted} accepted by the parser, ${disagreements.length} disagreements; documented checks: ${JSON.stringify(Object.fromEntries(documented))}`);
    // Both sides must have had real work: many valid and many invalid documents.
    assert.ok(accepted > 500 && accepted < samples.length - 500, `accepted ${accepted} of ${samples.length}`);
    assert.deepEqual(disagreements.slice(0, 5), [], `${disagreements.length} disagreements`);
  });

  it('names each edge the parser and the old files disagreed on, and both now refuse it', () => {
    const notes = {
      schema: 'sammen.reflection-notes/v1',
      id: 'n',
      revision: 1,
      updatedAt: '2026-11-22T10:00:00.000Z',
      deckId: 'd',
      cards: {},
    };
    const session = viaJson(createPerspectiveSession({ id: 's' })) as Record<string, unknown>;
    const refusedByBoth: [string, unknown][] = [
      ['impossible date', { ...session, nextSteps: [{ id: 's', text: '', who: '', due: '2026-02-30', done: false }] }],
      ['lower-case t and z', { ...notes, updatedAt: '2026-11-22t10:00:00z' }],
      ['space for T', { ...notes, updatedAt: '2026-11-22 10:00:00Z' }],
      ['201 emoji in an id', { ...notes, id: '😀'.repeat(201) }],
      ['51 languages', { ...session, perspectives: { ...(session.perspectives as object), child: { label: fiftyOneLanguages(), answers: {} } } }],
      ['an array as a text object', { ...session, perspectives: { ...(session.perspectives as object), child: { label: [], answers: {} } } }],
      ['id "."', { ...notes, id: '.' }],
      ['id ".."', { ...notes, id: '..' }],
      ['__proto__ as a card id', JSON.parse(JSON.stringify(notes).replace('"cards":{}', '"cards":{"__proto__":{"discussed":true,"notes":{}}}'))],
      ['constructor as a question id', JSON.parse(JSON.stringify(notes).replace('"cards":{}', '"cards":{"c1":{"discussed":true,"notes":{"constructor":"x"}}}'))],
    ];
    for (const [name, value] of refusedByBoth) {
      assert.equal(schemaAccepts(value), false, `${name}: JSON Schema refuses`);
      assert.equal(parseDocument(value).ok, false, `${name}: parser refuses`);
    }
    const acceptedByBoth: [string, unknown][] = [
      ['150 emoji in an id (300 UTF-16 units, 150 characters)', { ...notes, id: '😀'.repeat(150) }],
      ['a leap day', { ...session, nextSteps: [{ id: 's', text: '', who: '', due: '2024-02-29', done: false }] }],
      ['an offset', { ...notes, updatedAt: '2026-11-22T10:00:00+01:00' }],
      ['reflection notes v0', { schema: 'sammen.reflection-notes/v0', id: 'n', revision: 1, updatedAt: '2026-01-01T00:00:00Z', deckId: 'd', discussed: ['c1'], notes: { c1: { q1: 'x' } } }],
      [
        'change model v1',
        { schema: 'sammen.change-model/v1', id: 'm', revision: 1, updatedAt: '2026-01-01T00:00:00Z', title: 'M', columns: [{ id: 'c', kind: 'activities', items: [{ id: 'a', title: 'A' }] }], links: [{ from: 'a', to: 'a' }] },
      ],
    ];
    for (const [name, value] of acceptedByBoth) {
      assert.equal(schemaAccepts(value), true, `${name}: JSON Schema accepts`);
      assert.equal(parseDocument(value).ok, true, `${name}: parser accepts`);
    }
  });
});

function fiftyOneLanguages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let index = 0; index < 51; index += 1) out[`l${String.fromCharCode(97 + Math.floor(index / 26))}${String.fromCharCode(97 + (index % 26))}`] = 'x';
  return out;
}
