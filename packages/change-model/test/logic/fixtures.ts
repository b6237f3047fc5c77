// Small models for the logic tests, and a fast-check generator of valid models with any links
// (branches, cycles, self-links, links within a column and back).
import fc from 'fast-check';
import type { ChangeModel, ChangeModelColumnKind, IndicatorStatus } from '@sammen/sdk';

const KINDS: ChangeModelColumnKind[] = ['activities', 'short-term-results', 'medium-term-effects', 'long-term-effects'];

/**
 * A model from a compact description: columns as lists of item ids, links as `from>to` strings,
 * indicators as `item:status`.
 */
export function model(columns: string[][], links: string[], indicators: string[] = []): ChangeModel {
  const statusOf = new Map(indicators.map((entry) => entry.split(':') as [string, IndicatorStatus]));
  return {
    schema: 'sammen.change-model/v2',
    id: 'm',
    revision: 1,
    updatedAt: '2026-11-22T00:00:00.000Z',
    title: 'M',
    columns: columns.map((items, c) => ({
      id: `c${c}`,
      kind: KINDS[c] ?? 'other',
      items: items.map((id) => ({ id, title: id.toUpperCase(), ...(statusOf.has(id) ? { indicators: [{ id: `ind-${id}`, name: 'I', status: statusOf.get(id)! }] } : {}) })),
    })),
    links: links.map((pair) => {
      const [from, to] = pair.split('>') as [string, string];
      return { id: `${from}->${to}`, from, to };
    }),
  };
}

/**
 * The test model: two activities; a1 branches to s1 and s2, both lead to m1; a2 leads to s3, a
 * dead end; m1 → l1, and l1 → s1 closes a feedback loop (s1 → m1 → l1 → s1).
 *
 *   a1 ─┬─ s1 ─┐
 *       └─ s2 ─┴─ m1 ── l1 ──┐
 *   a2 ─── s3        ▲        │
 *              s1 ◄──┴────────┘
 */
export const branchesAndCycle = () =>
  model(
    [['a1', 'a2'], ['s1', 's2', 's3'], ['m1'], ['l1']],
    ['a1>s1', 'a1>s2', 's1>m1', 's2>m1', 'a2>s3', 'm1>l1', 'l1>s1'],
    ['s2:at-risk', 'l1:on-track', 's3:off-track'],
  );

/** Any valid model: 1–4 columns of 0–5 items, up to 25 distinct links of any kind. */
export const anyModel: fc.Arbitrary<ChangeModel> = fc
  .array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 4 })
  .chain((sizes) => {
    let n = 0;
    const columns = sizes.map((size) => Array.from({ length: size }, () => `i${(n += 1)}`));
    const ids = columns.flat();
    const link = ids.length === 0 ? fc.constant<string[]>([]) : fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).map(([a, b]) => `${a}>${b}`), { maxLength: 25 });
    const statuses = ids.length === 0 ? fc.constant<string[]>([]) : fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), fc.constantFrom('on-track', 'at-risk', 'off-track', 'no-data')), { maxLength: 6, selector: ([id]) => id }).map((pairs) => pairs.map(([id, status]) => `${id}:${status}`));
    return fc.tuple(fc.constant(columns), link, statuses).map(([c, l, s]) => model(c, l, s));
  });

/** Item ids of a model. */
export const itemIds = (m: ChangeModel) => m.columns.flatMap((column) => column.items.map((item) => item.id));
