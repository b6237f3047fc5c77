import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChangeModel, type ChangeModelColumn } from '@sammen/sdk';
import { loadExampleChangeModel } from '../src/index.js';

const texts = (value: unknown): Record<string, string>[] => {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.da === 'string') return [record as Record<string, string>];
  return Object.values(record).flatMap(texts);
};

test('the example change model is valid and shaped like a municipality’s draft (issue 15)', async () => {
  const result = parseChangeModel(await loadExampleChangeModel());
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  const model = result.value;
  const column = (kind: ChangeModelColumn['kind']) => model.columns.find((candidate) => candidate.kind === kind)!;
  assert.deepEqual(
    model.columns.map((candidate) => [candidate.kind, candidate.items.length]),
    [
      ['activities', 2],
      ['short-term-results', 6],
      ['medium-term-effects', 4],
      ['long-term-effects', 3],
    ],
  );
  assert.ok(model.targetGroup, 'a target group');
  for (const activity of column('activities').items) assert.ok((activity.aims?.length ?? 0) >= 2, `${activity.id} has aims`);
  assert.ok(model.links.length >= 18 && model.links.length <= 24, `${model.links.length} links`);
  assert.ok(model.links.every((link) => link.rationale), 'every link says why');
  assert.ok(model.links.filter((link) => link.assumptions).length >= 3, 'some links carry assumptions');
  assert.ok(model.links.filter((link) => link.evidence).length >= 3, 'some links carry evidence');
  const statuses = model.columns.flatMap((candidate) => candidate.items.flatMap((item) => item.indicators ?? [])).map((indicator) => indicator.status);
  assert.ok(statuses.filter((status) => status === 'at-risk').length >= 2, 'at least two at risk');
  for (const status of ['on-track', 'off-track', 'no-data'] as const) assert.ok(statuses.includes(status), `an indicator ${status}`);
  const everyItemReached = model.columns.flatMap((candidate) => candidate.items).every((item) => model.links.some((link) => link.from === item.id || link.to === item.id));
  assert.ok(everyItemReached, 'no item stands alone');
});

test('every text of the example is written in da, nb and en', async () => {
  const all = texts(await loadExampleChangeModel());
  assert.ok(all.length > 60, `${all.length} texts`);
  for (const text of all) for (const lang of ['da', 'nb', 'en']) assert.ok(text[lang]?.trim(), `${JSON.stringify(text)} has ${lang}`);
  assert.ok(all.every((text) => text.da !== text.en), 'Danish is not English left untranslated');
});

test('the example change model loads in the languages asked for only (each a chunk of its own); Nynorsk gets Bokmål', async () => {
  const languagesOf = (model: unknown) => {
    const result = parseChangeModel(model);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    return Object.keys(result.value.title);
  };
  assert.deepEqual(languagesOf(await loadExampleChangeModel(['da'])), ['da']);
  assert.deepEqual(languagesOf(await loadExampleChangeModel(['nn'])), ['nb']);
  assert.deepEqual(languagesOf(await loadExampleChangeModel(['en-GB'])), ['en']);
  assert.deepEqual(languagesOf(await loadExampleChangeModel(['ar'])), ['da']);
  assert.deepEqual(languagesOf(await loadExampleChangeModel()), ['da', 'nb', 'en']);
  // One language is the same document as the joined one, less the other languages' text.
  const nbTexts = (value: unknown): string[] => {
    if (Array.isArray(value)) return value.flatMap(nbTexts);
    if (typeof value !== 'object' || value === null) return [];
    const record = value as Record<string, unknown>;
    if (typeof record.nb === 'string') return [record.nb];
    return Object.values(record).flatMap(nbTexts);
  };
  const all = texts(await loadExampleChangeModel());
  assert.deepEqual(nbTexts(await loadExampleChangeModel(['nb'])), all.map((text) => text.nb));
});

test('an indicator’s baseline, target and current value read the same in every language: no words, the unit is in its name', async () => {
  // They are plain strings, shown as written on a da, nb or en page; "12 pr. halvår" on an English
  // page was found from the outside.
  const parsed = parseChangeModel(await loadExampleChangeModel());
  assert.ok(parsed.ok);
  const model = parsed.value;
  const indicators = model.columns.flatMap((column) => column.items.flatMap((item) => item.indicators ?? []));
  for (const indicator of indicators) {
    for (const value of [indicator.baseline, indicator.target, indicator.current]) {
      if (value !== undefined) assert.match(value, /^[\d\s.,:%–-]*$/u, `${indicator.id}: “${value}” is in one language`);
    }
  }
});
