// Facts the toolbar and the filter show, computed once per model: counts for the summary sentence
// (logic/summary.ts) and the items with an indicator at risk. The chains the at-risk filter keeps
// with them (logic/indicator-filter.ts) are computed by the selection panel's lazy module, loaded
// when the filter is first turned on.
import type { ChangeModel } from '@sammen/sdk';
import { summarize } from './logic/summary.js';

export function modelFacts(model: ChangeModel) {
  const summary = summarize(model);
  return {
    counts: { items: summary.items, columns: summary.columns, links: summary.links, atRisk: summary.atRisk },
    hasIndicators: summary.indicators > 0,
    atRiskItems: new Set(model.columns.flatMap((column) => column.items.filter((item) => item.indicators?.some((indicator) => indicator.status === 'at-risk')).map((item) => item.id))) as ReadonlySet<string>,
  };
}
