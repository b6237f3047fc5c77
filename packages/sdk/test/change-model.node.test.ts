// sammen.change-model/v2 (issue 15): links have ids, items may carry aims, a target group and
// assumptions; duplicate ids and links to missing items are refused at the exact place; v1
// files are read and migrated.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseChangeModel, parseJson, type Issue } from '../src/index.js';
import { linkIdFromEnds } from '../src/schemas/change-model-v1.js';

const base = { id: 'bedre-chancer', revision: 1, updatedAt: '2026-11-22T10:00:00.000Z', title: { da: 'En bedre chance i livet' } };

const v2 = () => ({
  schema: 'sammen.change-model/v2',
  ...base,
  columns: [
    {
      id: 'activities',
      kind: 'activities',
      items: [
        { id: 'a1', title: 'Åben rådgivning', aims: [{ da: 'Tidlig hjælp' }], targetGroup: 'Familier med børn 0–6 år', assumptions: 'Forældre kommer, når tærsklen er lav' },
        { id: 'a2', title: 'Familiegrupper', indicators: [{ id: 'i1', name: 'Fremmøde', status: 'at-risk' }] },
      ],
    },
    { id: 'short', kind: 'short-term-results', items: [{ id: 's1', title: 'Forældre søger råd tidligere', indicators: [{ id: 'i2', name: 'Antal', status: 'on-track' }] }] },
  ],
  links: [
    { id: 'l1', from: 'a1', to: 's1', rationale: 'Lav tærskel' },
    { id: 'l2', from: 'a2', to: 's1' },
  ],
});

const located = (issues: Issue[]) => issues.map((issue) => [issue.path, issue.code]);

describe('sammen.change-model/v2', () => {
  it('a model with aims, target groups, assumptions and link ids parses unchanged', () => {
    assert.deepEqual(parseChangeModel(v2()), { ok: true, value: v2() });
  });

  it('a link to a missing item is refused at that link end', () => {
    const model = v2();
    model.links.push({ id: 'l3', from: 's1', to: 'nowhere' });
    const result = parseChangeModel(model);
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(located(result.issues), [['links[2].to', 'missing-reference']]);
  });

  it('duplicate item, column, indicator and link ids are each refused where the second one is', () => {
    const model = v2();
    model.columns[1]!.items.push({ id: 'a1', title: 'Kopi', indicators: [{ id: 'i1', name: 'Igen', status: 'no-data' }] });
    model.columns.push({ id: 'short', kind: 'other', items: [] });
    model.links.push({ id: 'l1', from: 'a2', to: 'a1' });
    const result = parseChangeModel(model);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.deepEqual(located(result.issues), [
        ['columns[1].items[1].id', 'duplicate-id'],
        ['columns[1].items[1].indicators[0].id', 'duplicate-id'],
        ['columns[2].id', 'duplicate-id'],
        ['links[2].id', 'duplicate-id'],
      ]);
      assert.doesNotMatch(JSON.stringify(result.issues), /Kopi|Igen/, 'messages never quote the document');
    }
  });

  it('a link without an id is refused (v2 links are selected and compared by id)', () => {
    const model = v2() as { links: Record<string, unknown>[] };
    delete model.links[0]!.id;
    const result = parseChangeModel(model);
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(located(result.issues), [['links[0].id', 'missing']]);
  });

  it('the located issue survives JSON text (a file a municipality uploads)', () => {
    const model = v2();
    model.links[1]!.from = 'a9';
    const result = parseJson(JSON.stringify(model), parseChangeModel);
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(located(result.issues), [['links[1].from', 'missing-reference']]);
  });
});

describe('sammen.change-model/v1 → v2', () => {
  const v1 = () => ({
    schema: 'sammen.change-model/v1',
    ...base,
    columns: [
      { id: 'activities', kind: 'activities', items: [{ id: 'a1', title: 'Rådgivning' }, { id: 'a2', title: 'Grupper' }] },
      { id: 'short', kind: 'short-term-results', items: [{ id: 's1', title: 'Tidligere råd' }] },
    ],
    links: [
      { from: 'a1', to: 's1', rationale: 'Lav tærskel' },
      { from: 'a2', to: 's1' },
      { from: 'a1', to: 's1', evidence: 'Evaluering 2024' },
    ],
  });

  it('reads v1 as v2: every link gets an id from its ends, the same every time, repeated pairs numbered', () => {
    const result = parseChangeModel(v1());
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.equal(result.value.schema, 'sammen.change-model/v2');
    assert.deepEqual(
      result.value.links.map((link) => link.id),
      ['a1->s1', 'a2->s1', 'a1->s1-2'],
    );
    assert.deepEqual(result.value.links[0], { id: 'a1->s1', from: 'a1', to: 's1', rationale: 'Lav tærskel' });
    assert.deepEqual(parseChangeModel(v1()), result, 'deterministic');
  });

  it('a v1 link to a missing item is refused as v1 refused it', () => {
    const model = v1();
    model.links[0]!.to = 'gone';
    const result = parseChangeModel(model);
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.issues.map((issue) => issue.path), ['links']);
  });

  it('a v1 file with duplicate item ids is refused after migration, located at the duplicate', () => {
    const model = v1();
    model.columns[1]!.items.push({ id: 'a2', title: 'Dobbelt' });
    const result = parseChangeModel(model);
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(located(result.issues), [['columns[1].items[1].id', 'duplicate-id']]);
  });

  it('migrated link ids are always valid, unique ids, however long or repeated the ends are', () => {
    const end = fc.oneof(fc.constantFrom('a', 'b'), fc.string({ minLength: 1, maxLength: 200 }).map((s) => `x${s.trim()}x`.slice(0, 200)));
    fc.assert(
      fc.property(fc.array(fc.tuple(end, end), { maxLength: 60 }), (pairs) => {
        const taken = new Set<string>();
        pairs.forEach(([from, to], index) => {
          const id = linkIdFromEnds(from, to, taken, index);
          assert.ok(!taken.has(id), 'unique');
          assert.ok([...id].length <= 200 && id === id.trim() && id.length > 0, 'a valid id');
          taken.add(id);
        });
      }),
      { numRuns: 200 },
    );
  });
});
