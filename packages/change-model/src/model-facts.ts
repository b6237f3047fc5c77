// Facts the toolbar and the filter show, computed once per model from the pure logic: counts for
// the summary sentence (logic/summary.ts) and, for the at-risk filter, the items with an
// indicator at risk and their chains (logic/indicator-filter.ts), so the filter keeps the context
// that explains them.
import type { ChangeModel } from '@sammen/sdk';
import { summarize } from './logic/summary.js';
import { filterByIndicators } from './logic/indicator-filter.js';

export function modelFacts(model: ChangeModel) {
  const summary = summarize(model);
  const filter = filterByIndicators(model);
  return {
    counts: { items: summary.items, columns: summary.columns, links: summary.links, atRisk: summary.atRisk },
    hasIndicators: summary.indicators > 0,
    atRiskItems: new Set(filter.matches) as ReadonlySet<string>,
    atRiskWithChains: new Set([...filter.matches, ...filter.context]) as ReadonlySet<string>,
  };
}
