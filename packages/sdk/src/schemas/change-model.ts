import * as v from 'valibot';
import { documentBase, Id, LIMITS, List, LocalizedTextSchema } from './common.js';
import { ChangeModelColumnKindSchema, IndicatorSchema, IndicatorStatusSchema } from './change-model-parts.js';
import { changeModelReferenceIssues } from './change-model-references.js';
import { CHANGE_MODEL_SCHEMA, DEFAULT_CHANGE_MODEL_COLUMNS, CHANGE_MODEL_LIMITS } from './change-model-constants.js';

export { CHANGE_MODEL_SCHEMA, DEFAULT_CHANGE_MODEL_COLUMNS, CHANGE_MODEL_LIMITS };

export { IndicatorSchema, IndicatorStatusSchema };

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
