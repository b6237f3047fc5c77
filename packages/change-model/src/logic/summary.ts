// The numbers behind the one-sentence summary at the top of the model
// ("13 elementer i 4 kolonner, 21 forbindelser, 2 indikatorer i risiko"); the sentence itself is
// the element's, in the reader's language.
import type { ChangeModel, IndicatorStatus } from '@sammen/sdk';

/** Counts of a model for its summary sentence. */
export interface ModelSummary {
  items: number;
  columns: number;
  links: number;
  indicators: number;
  /** Indicators per status (every status present, 0 when none). */
  byStatus: Record<IndicatorStatus, number>;
  /** Indicators at risk (status `at-risk`). */
  atRisk: number;
  /** Items with at least one indicator at risk. */
  itemsAtRisk: number;
}

/** The counts of `model`. */
export function summarize(model: ChangeModel): ModelSummary {
  const byStatus: Record<IndicatorStatus, number> = { 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-data': 0 };
  let items = 0;
  let indicators = 0;
  let itemsAtRisk = 0;
  for (const column of model.columns) {
    for (const item of column.items) {
      items += 1;
      let risky = false;
      for (const indicator of item.indicators ?? []) {
        indicators += 1;
        byStatus[indicator.status] += 1;
        risky ||= indicator.status === 'at-risk';
      }
      if (risky) itemsAtRisk += 1;
    }
  }
  return { items, columns: model.columns.length, links: model.links.length, indicators, byStatus, atRisk: byStatus['at-risk'], itemsAtRisk };
}
