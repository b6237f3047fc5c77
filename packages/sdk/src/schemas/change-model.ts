import * as v from 'valibot';
import { documentBase, Id, LIMITS, List, LocalizedTextSchema } from './common.js';
import { ChangeModelColumnKindSchema, IndicatorSchema, IndicatorStatusSchema } from './change-model-parts.js';
import { changeModelReferenceIssues } from './change-model-references.js';

export { IndicatorSchema, IndicatorStatusSchema };

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

export const ChangeModelItemSchema = v.object({
  id: Id,
  title: LocalizedTextSchema(LIMITS.label),
  description: v.optional(LocalizedTextSchema()),
  bullets: v.optional(List(LocalizedTextSchema(), 0, CHANGE_MODEL_LIMITS.perItem)),
  /** What an activity aims at ("formål"), one text each; used on activities. */
  aims: v.optional(List(LocalizedTextSchema(), 0, CHANGE_MODEL_LIMITS.perItem)),
  /** Whom this item is for, when it differs from (or narrows) the model's target group. */
  targetGroup: v.optional(LocalizedTextSchema()),
  /** What must hold for this item to work (antagelser). */
  assumptions: v.optional(LocalizedTextSchema()),
  indicators: v.optional(List(IndicatorSchema, 0, CHANGE_MODEL_LIMITS.perItem)),
});

export const ChangeModelColumnSchema = v.object({
  id: Id,
  kind: ChangeModelColumnKindSchema,
  title: v.optional(LocalizedTextSchema(LIMITS.label)),
  items: List(ChangeModelItemSchema, 0, CHANGE_MODEL_LIMITS.itemsPerColumn),
});

export const ChangeModelLinkSchema = v.object({
  /** Stable, so a link can be selected, edited and compared between revisions. */
  id: Id,
  from: Id,
  to: Id,
  /** Why `from` is believed to lead to `to`. */
  rationale: v.optional(LocalizedTextSchema()),
  assumptions: v.optional(LocalizedTextSchema()),
  evidence: v.optional(LocalizedTextSchema()),
});

/**
 * A municipality's theory of change (sammen.change-model/v2). Beyond the shapes, every id names
 * one thing (columns, items, indicators and links each among their own kind) and every link
 * joins two items of the model; each failure is located at the offending id or link end.
 */
export const ChangeModelSchema = v.pipe(
  v.object({
    ...documentBase(CHANGE_MODEL_SCHEMA),
    title: LocalizedTextSchema(LIMITS.label),
    targetGroup: v.optional(LocalizedTextSchema()),
    columns: List(ChangeModelColumnSchema, 1, CHANGE_MODEL_LIMITS.columns),
    links: List(ChangeModelLinkSchema, 0, CHANGE_MODEL_LIMITS.links),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const issue of changeModelReferenceIssues(dataset.value)) addIssue(issue);
  }),
);

export type IndicatorStatus = v.InferOutput<typeof IndicatorStatusSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type ChangeModelItem = v.InferOutput<typeof ChangeModelItemSchema>;
export type ChangeModelColumn = v.InferOutput<typeof ChangeModelColumnSchema>;
export type ChangeModelColumnKind = ChangeModelColumn['kind'];
export type ChangeModelLink = v.InferOutput<typeof ChangeModelLinkSchema>;
/** A theory of change. */
export type ChangeModel = v.InferOutput<typeof ChangeModelSchema>;
