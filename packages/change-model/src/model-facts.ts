// Facts the toolbar and the filter show, computed once per model: counts for the summary
// sentence, the items with an indicator at risk (at risk or off track) and, for the filter, those
// items with their chains (so the filter keeps the context that explains them).
import type { ChangeModel } from '@sammen/sdk';
import { indexModel } from './model-index.js';
import { lineOfSight } from './line-of-sight.js';

const AT_RISK = new Set(['at-risk', 'off-track']);

export function modelFacts(model: ChangeModel) {
  const index = indexModel(model);
  const items = model.columns.flatMap((column) => column.items);
  const indicators = items.flatMap((item) => item.indicators ?? []);
  const atRiskItems = new Set(items.filter((item) => item.indicators?.some((indicator) => AT_RISK.has(indicator.status))).map((item) => item.id));
  const atRiskWithChains = new Set<string>();
  for (const id of atRiskItems) for (const other of lineOfSight(index, { kind: 'item', id }) ?? []) if (index.placed.has(other)) atRiskWithChains.add(other);
  return {
    counts: { items: items.length, columns: model.columns.length, links: model.links.length, atRisk: indicators.filter((indicator) => AT_RISK.has(indicator.status)).length },
    hasIndicators: indicators.length > 0,
    atRiskItems: atRiskItems as ReadonlySet<string>,
    atRiskWithChains: atRiskWithChains as ReadonlySet<string>,
  };
}
