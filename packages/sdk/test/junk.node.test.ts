// Parsers never throw, and stores reject only with SammenErrors (issue 13.11): 8,000 junk values
// — anything fast-check makes (BigInt, symbols, Maps, null prototypes, sparse arrays, boxed
// values), proxies whose every trap throws, revoked proxies, getters that throw (at the top and
// deep inside an otherwise valid document), cycles, 20,000-deep nesting and huge arrays — go
// through every parser, `parseJson` (as its "text" and as JSON text) and MemoryStore's and
// HttpStore's put and importAll. The count of throws must be 0.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  HttpStore,
  MemoryStore,
  SammenError,
  parseChangeModel,
  parseDocument,
  parseJson,
  parsePerspectiveSession,
  parseReflectionDeck,
  parseReflectionNotes,
  parseRelationMap,
  type SammenDocument,
} from '../src/index.js';
import { mutate } from './agreement/mutations.js';
import { anyDocument } from './support/arbitraries.js';

const boom = () => {
  throw new Error('boom');
};

function throwingProxy(): unknown {
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
}

function revokedProxy(): unknown {
  const { proxy, revoke } = Proxy.revocable({ schema: 'sammen.reflection-notes/v1' }, {});
  revoke();
  return proxy;
}

function throwingGetter(key: string): unknown {
  return Object.defineProperty({ schema: 'sammen.reflection-notes/v1' }, key, { get: boom, enumerable: true });
}

function cycle(): unknown {
  const doc: Record<string, unknown> = { schema: 'sammen.reflection-notes/v1', id: 'c', revision: 1, updatedAt: '2026-11-22T10:00:00Z', deckId: 'd' };
  doc.cards = { c1: { discussed: true, notes: doc } };
  const list: unknown[] = [doc];
  list.push(list);
  return list;
}

function deeplyNested(depth: number, asObject: boolean): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = asObject ? { schema: 'sammen.reflection-deck/v1', themes: value } : [value];
  return value;
}

// Built once: they are large, and reuse does not make them less hostile.
const DEEP = [deeplyNested(20_000, false), deeplyNested(20_000, true)];
const HUGE = [new Array(10_000_000), Array.from({ length: 70_000 }, () => ({}))];
const DEEP_JSON = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;

// Values are generated as factories: fast-check itself would trip over a throwing proxy.
type Make = () => unknown;

// Cycles and large values are rarer: each walks up to the document bound (milliseconds), and a
// few hundred of them prove as much as a few thousand.
const hostile: fc.Arbitrary<Make> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(throwingProxy) },
  { weight: 4, arbitrary: fc.constant(revokedProxy) },
  { weight: 4, arbitrary: fc.constantFrom('schema', 'id', 'cards', 'revision').map((key): Make => () => throwingGetter(key)) },
  { weight: 1, arbitrary: fc.constant(cycle) },
  { weight: 1, arbitrary: fc.constantFrom(...DEEP, ...HUGE).map((value): Make => () => value) },
  { weight: 4, arbitrary: fc.constantFrom<unknown>(Symbol('x'), 10n, () => 1, new Date(Number.NaN)).map((value): Make => () => value) },
  { weight: 2, arbitrary: fc.constant((): unknown => Object.create(null)) },
);

/** A valid document with a hostile value at a random place, or a throwing getter inside. */
const poisoned: fc.Arbitrary<Make> = fc.tuple(anyDocument, fc.nat(), hostile, fc.boolean()).map(([doc, at, make, getter]) => () => {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  if (!getter) return mutate(copy, at, make(), 0, false);
  const target = [copy, ...Object.values(copy).filter((value) => typeof value === 'object' && value !== null)][at % 3] ?? copy;
  return Object.defineProperty(target, 'title', { get: boom, enumerable: true }) && copy;
});

const junk: fc.Arbitrary<Make> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true, withDate: true, withObjectString: true, maxDepth: 4 })
      .map((value): Make => () => value),
  },
  { weight: 2, arbitrary: hostile },
  { weight: 2, arbitrary: poisoned },
  { weight: 1, arbitrary: fc.oneof(fc.string(), fc.constant(DEEP_JSON), fc.jsonValue().map((value) => JSON.stringify(value).slice(0, -1))).map((text): Make => () => text) },
);

const PARSERS = [parseDocument, parseReflectionDeck, parseReflectionNotes, parsePerspectiveSession, parseChangeModel, parseRelationMap];

/** How many of the calls for `value` threw, or rejected with something other than a SammenError. */
async function throwsFor(value: unknown, store: MemoryStore, http: HttpStore): Promise<string[]> {
  const failures: string[] = [];
  const sync = (name: string, call: () => unknown) => {
    try {
      const result = call() as { ok?: unknown };
      if (typeof result?.ok !== 'boolean') failures.push(`${name}: no ParseResult`);
    } catch (error) {
      failures.push(`${name}: threw ${String(error)}`);
    }
  };
  const async = async (name: string, call: () => Promise<unknown>) => {
    try {
      await call();
    } catch (error) {
      if (!(error instanceof SammenError)) failures.push(`${name}: rejected with ${String(error)}`);
    }
  };
  for (const parse of PARSERS) sync(parse.name, () => parse(value));
  sync('parseJson(value)', () => parseJson(value as string, parseDocument));
  if (typeof value === 'string') sync('parseJson(text)', () => parseJson(value, parseDocument));
  await async('put', () => store.put(value as SammenDocument));
  await async('put with options', () => store.put(value as SammenDocument, value as never));
  await async('importAll', () => store.importAll(value));
  await async('importAll of a bundle', () => store.importAll({ format: 'sammen.export/v1', exportedAt: '2026-11-22T10:00:00Z', documents: [value] }));
  // HttpStore checks what it sends the same way (its server here answers 503: a NetworkError).
  await async('HttpStore put', () => http.put(value as SammenDocument));
  await async('HttpStore put with options', () => http.put(value as SammenDocument, value as never));
  await async('HttpStore importAll', () => http.importAll(value));
  return failures;
}

describe('junk never makes the SDK throw', () => {
  it('8,000 junk values: 0 throws out of parsers, 0 non-Sammen rejections out of MemoryStore and HttpStore', async (t) => {
    const values = fc.sample(junk, { numRuns: Number(process.env.JUNK_RUNS ?? 8_000), seed: 13_11 });
    const store = new MemoryStore();
    const http = new HttpStore({ baseUrl: 'http://127.0.0.1:9/api', retries: 0, fetch: async () => new Response(null, { status: 503 }) });
    const failures: string[] = [];
    for (const make of values) failures.push(...(await throwsFor(make(), store, http)));
    t.diagnostic(`${values.length} junk values, ${failures.length} throws`);
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} throws`);
  });
});
