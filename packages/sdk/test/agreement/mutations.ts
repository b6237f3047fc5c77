// Generators for the schema-agreement test: values at the edges where a parser and a JSON Schema
// validator may draw different lines, and one mutation of a document at a chosen place.
import fc from 'fast-check';
import { changeModel } from '../support/arbitraries.js';

const languages = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`l${String.fromCharCode(97 + Math.floor(index / 26))}${String.fromCharCode(97 + (index % 26))}`, 'x']));

const EDGE_STRINGS = [
  '', ' ', 'a', ' a', 'a ', 'a b', '.', '..', '...', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf',
  '😀'.repeat(150), '😀'.repeat(200), '😀'.repeat(201), 'a'.repeat(200), 'a'.repeat(201), 'a'.repeat(500), 'a'.repeat(501), '\ud800', 'x\ud800', 'line\nbreak', '\u2028',
  '2026-02-28', '2026-02-29', '2024-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-1-1', '0000-02-29',
  '2026-11-22T10:00:00Z', '2026-11-22T10:00:00.000Z', '2026-11-22t10:00:00z', '2026-11-22 10:00:00Z', '2026-11-22T10:00:00',
  '2026-02-30T10:00:00Z', '2026-11-22T24:00:00Z', '2026-11-22T23:59:60Z', '2026-11-22T10:00:00+01:00', '2026-11-22T10:00:00+0100', '2026-11-22T10:00:00.1234567891Z',
  'da', 'nb', 'en-GB', 'x-', 'toolongtag-abcdefghi', 'ar', '#1d5a85', '#1D5A8', '#zzzzzz',
  'positive', 'negative', 'mixed', 'one-way', 'mutual', 'child', 'parent', 'staff', 'group', 'network', 'parents', 'both', 'daycare', 'on-track', 'activities', 'other',
  'sammen.reflection-notes/v0', 'sammen.reflection-notes/v1', 'sammen.reflection-deck/v2', 'sammen.relation-map/v1', 'sammen.relation-map/v2',
  'plays-with', 'seeks-out', 'asks-for-help', 'care', 'support', 'strained', 'social-services', 'social', 'health', 'adult', 'family',
  // Names of optional fields, so that "add a key" reaches the parts of a schema valid documents leave out.
  'colour', 'position', 'sector', 'symbol', 'closeness', 'prompts', 'label', 'items', 'intro', 'languages', 'readOnly', 'note',
  'description', 'bullets', 'indicators', 'dataSource', 'baseline', 'rationale', 'targetGroup', 'health', 'x', 'y',
  'centre', 'ring', 'quality', 'initials', 'rank', 'valence',
];

const EDGE_OTHER: unknown[] = [
  null, true, false, 0, -1, 1, 2, 3, 4, 1.5, 1e21, -0, [], {}, [1], ['a'], { da: 'x' }, { da: 'x', nb: 'y' }, { 'da-': 'x' },
  languages(50), languages(51), { x: 1, y: 2 }, { x: 1 }, { discussed: true, notes: {} }, { discussed: false, notes: { q: 'x' } },
  [{ id: 'p', text: 'x' }], [{ staffId: 'a', childId: 'b', rating: 2 }], [{ adult: 'a', child: 'b', rating: 2 }], [{ id: 'i', name: 'x', status: 'on-track' }], ['da', 'nb'], ['x'],
];

/** A value at one of the edges. */
export const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...EDGE_OTHER) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

type Path = (string | number)[];

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...at, index], out));
  else if (typeof value === 'object' && value !== null) for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...at, key], out);
  return out;
}

const copyJson = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, so that `__proto__` becomes an own key as JSON.parse would make it.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * `doc` (a JSON value, changed in place and returned) with one edit at its `at`-th place:
 * `how` 0–5 replaces the value, 6–7 removes it, 8 adds a key named `value` (when a string) to an
 * object, 9 appends a copy of an array's first item. `copyValue: false` puts `value` itself in
 * (for values JSON cannot copy: proxies, BigInt, cycles).
 */
export function mutate(doc: unknown, at: number, value: unknown, how: number, copyValue = true): unknown {
  const copy = (input: unknown) => (copyValue ? copyJson(input) : input);
  const all = paths(doc);
  const path = all[at % all.length]!;
  if (path.length === 0) return how < 6 ? copy(value) : doc;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], doc) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1]!;
  const target = (parent as Record<string | number, unknown>)[key];
  if (how < 6) define(parent as Record<string, unknown>, String(key), copy(value));
  else if (how < 8) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string, unknown>)[key as string];
  } else if (how === 8 && typeof target === 'object' && target !== null && !Array.isArray(target) && typeof value === 'string') {
    const sibling = Object.values(target)[0];
    define(target as Record<string, unknown>, value, copy(sibling ?? 'x'));
  } else if (how === 9 && Array.isArray(target) && target.length > 0) target.push(copy(target[0]));
  return doc;
}

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);

/** Valid reflection notes in the first prototype's format (sammen.reflection-notes/v0). */
export const reflectionNotesV0 = fc.record({
  schema: fc.constant('sammen.reflection-notes/v0'),
  id,
  revision: fc.nat({ max: 1000 }),
  updatedAt: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms).toISOString()),
  deckId: id,
  discussed: fc.array(id, { maxLength: 4 }),
  notes: fc.dictionary(id, fc.dictionary(id, fc.string({ maxLength: 40 }), { maxKeys: 3 }), { maxKeys: 3 }),
});

/** Change models as v1 wrote them (links without ids), read by migration to v2. */
export const changeModelV1 = changeModel.map(({ links, ...model }) => ({
  ...model,
  schema: 'sammen.change-model/v1',
  links: links.map(({ id: _id, ...link }) => link),
}));
