// "Show items with indicators at risk": the items whose indicators have a chosen status, and,
// so the filter never strands them, their chain context — what leads to them and what they lead
// to — shown but set apart from the matches.
import type { ChangeModel, IndicatorStatus } from '@sammen/sdk';
import { chainOfItems } from './chain.js';
import { itemsInOrder } from './model-index.js';

/** What the filter shows. */
export interface IndicatorFilterResult {
  /** Items with at least one indicator in one of the statuses, in reading order. */
  matches: string[];
  /** Items on the chains of the matches that are not matches themselves. */
  context: ReadonlySet<string>;
  /** Links on those chains. */
  links: ReadonlySet<string>;
}

/** Ids of items with an indicator in one of `statuses`, in reading order. */
export function itemsWithIndicatorStatus(model: ChangeModel, statuses: readonly IndicatorStatus[] = ['at-risk']): string[] {
  const wanted = new Set(statuses);
  return itemsInOrder(model)
    .filter((item) => (item.indicators ?? []).some((indicator) => wanted.has(indicator.status)))
    .map((item) => item.id);
}

/** The items the indicator filter shows for `statuses` (default: at risk), with their chain context. */
export function filterByIndicators(model: ChangeModel, statuses: readonly IndicatorStatus[] = ['at-risk']): IndicatorFilterResult {
  const matches = itemsWithIndicatorStatus(model, statuses);
  const chain = chainOfItems(model, matches);
  const matched = new Set(matches);
  return { matches, context: new Set([...chain.items].filter((id) => !matched.has(id))), links: chain.links };
}
