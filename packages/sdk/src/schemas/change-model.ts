import * as v from 'valibot';
import { LINK_ENDS_MESSAGE } from './beyond-json-schema.js';
import { documentBase, Id, LIMITS, List, LocalizedTextSchema, Text } from './common.js';

/** Schema id of the current change model version. */
export const CHANGE_MODEL_SCHEMA = 'sammen.change-model/v1';

/** The columns of the national template, in order (assumptions optional). */
export const DEFAULT_CHANGE_MODEL_COLUMNS = ['activities', 'short-term-results', 'medium-term-effects', 'long-term-effects'] as const;

/** How an indicator is doing; shown by text and shape, never colour alone. */
export const IndicatorStatusSchema = v.picklist(['on-track', 'at-risk', 'off-track', 'no-data']);

export const IndicatorSchema = v.object({
  id: Id,
  name: LocalizedTextSchema(LIMITS.label),
  dataSource: v.optional(LocalizedTextSchema(LIMITS.label)),
  baseline: v.optional(Text(LIMITS.label)),
  target: v.optional(Text(LIMITS.label)),
  current: v.optional(Text(LIMITS.label)),
  status: IndicatorStatusSchema,
});

export const ChangeModelItemSchema = v.object({
  id: Id,
  title: LocalizedTextSchema(LIMITS.label),
  description: v.optional(LocalizedTextSchema()),
  bullets: v.optional(List(LocalizedTextSchema(), 0, 50)),
  indicators: v.optional(List(IndicatorSchema, 0, 50)),
});

export const ChangeModelColumnSchema = v.object({
  id: Id,
  kind: v.picklist(['activities', 'short-term-results', 'medium-term-effects', 'long-term-effects', 'assumptions', 'other']),
  title: v.optional(LocalizedTextSchema(LIMITS.label)),
  items: List(ChangeModelItemSchema, 0, 200),
});

export const ChangeModelLinkSchema = v.object({
  from: Id,
  to: Id,
  rationale: v.optional(LocalizedTextSchema()),
  assumptions: v.optional(LocalizedTextSchema()),
  evidence: v.optional(LocalizedTextSchema()),
});

/** A municipality's theory of change (sammen.change-model/v1). Links must join existing items. */
export const ChangeModelSchema = v.pipe(
  v.object({
    ...documentBase(CHANGE_MODEL_SCHEMA),
    title: LocalizedTextSchema(LIMITS.label),
    targetGroup: v.optional(LocalizedTextSchema()),
    columns: List(ChangeModelColumnSchema, 1, 12),
    links: List(ChangeModelLinkSchema, 0, 2_000),
  }),
  v.forward(
    v.check((model) => {
      const ids = new Set(model.columns.flatMap((column) => column.items.map((item) => item.id)));
      return model.links.every((link) => ids.has(link.from) && ids.has(link.to));
    }, LINK_ENDS_MESSAGE),
    ['links'],
  ),
);

export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type ChangeModelItem = v.InferOutput<typeof ChangeModelItemSchema>;
export type ChangeModelColumn = v.InferOutput<typeof ChangeModelColumnSchema>;
export type ChangeModelLink = v.InferOutput<typeof ChangeModelLinkSchema>;
/** A theory of change. */
export type ChangeModel = v.InferOutput<typeof ChangeModelSchema>;
