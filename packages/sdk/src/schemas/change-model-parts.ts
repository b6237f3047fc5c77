// Parts the change model's versions share (v1 is still read, by migration).
import * as v from 'valibot';
import { Id, LIMITS, LocalizedTextSchema, Text } from './common.js';

/** How an indicator is doing; shown by text and shape, never colour alone. */
export const IndicatorStatusSchema = v.picklist(['on-track', 'at-risk', 'off-track', 'no-data']);

/** One way of reading off whether an item happens: where from, from what to what, and how it goes. */
export const IndicatorSchema = v.object({
  id: Id,
  name: LocalizedTextSchema(LIMITS.label),
  dataSource: v.optional(LocalizedTextSchema(LIMITS.label)),
  baseline: v.optional(Text(LIMITS.label)),
  target: v.optional(Text(LIMITS.label)),
  current: v.optional(Text(LIMITS.label)),
  status: IndicatorStatusSchema,
});

/** What a column holds; the national template's four stages, assumptions, or anything else. */
export const ChangeModelColumnKindSchema = v.picklist(['activities', 'short-term-results', 'medium-term-effects', 'long-term-effects', 'assumptions', 'other']);
