// The change model's constants, without Valibot: widgets use them on every page, the schema
// (change-model.ts) only where a model has to be validated.

/** Schema id of the current change model version. */
export const CHANGE_MODEL_SCHEMA = 'sammen.change-model/v2';

/** The columns of the national template, in order (assumptions optional). */
export const DEFAULT_CHANGE_MODEL_COLUMNS = ['activities', 'short-term-results', 'medium-term-effects', 'long-term-effects'] as const;

/** Bounds of a change model's lists (items per column, links, …), beside the SDK-wide LIMITS. */
export const CHANGE_MODEL_LIMITS = {
  columns: 12,
  itemsPerColumn: 200,
  links: 2_000,
  /** Bullets, aims and indicators of one item, each. */
  perItem: 50,
} as const;
