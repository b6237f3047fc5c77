import * as v from 'valibot';
import { documentBase, Id, IdRecord, IsoDate, LIMITS, List, LocalizedTextSchema, Text } from './common.js';
import { PERSPECTIVE_SESSION_SCHEMA, DEFAULT_PROMPT_IDS, PERSPECTIVE_IDS, MAX_PROMPTS } from './perspective-session-constants.js';

export { PERSPECTIVE_SESSION_SCHEMA, DEFAULT_PROMPT_IDS, PERSPECTIVE_IDS, MAX_PROMPTS };
export type { PerspectiveId } from './perspective-session-constants.js';

/** A prompt a document can use instead of the defaults. */
export const PromptSchema = v.object({ id: Id, text: LocalizedTextSchema() });

/** One side of the triangle: optional label and prompts overriding the defaults, answers by prompt id. */
export const PerspectiveSchema = v.object({
  label: v.optional(LocalizedTextSchema(LIMITS.label)),
  prompts: v.optional(List(PromptSchema, 1, MAX_PROMPTS)),
  answers: IdRecord(Text(LIMITS.note), MAX_PROMPTS),
});

/** An agreed next step. `due` is an ISO date or empty. */
export const NextStepSchema = v.object({
  id: Id,
  text: Text(LIMITS.text),
  who: Text(LIMITS.label),
  due: v.union([v.literal(''), IsoDate]),
  done: v.boolean(),
});

/** One situation seen from three sides (sammen.perspective-session/v1). */
export const PerspectiveSessionSchema = v.object({
  ...documentBase(PERSPECTIVE_SESSION_SCHEMA),
  title: Text(LIMITS.label),
  description: Text(LIMITS.text),
  perspectives: v.object({
    child: PerspectiveSchema,
    parents: PerspectiveSchema,
    professionals: PerspectiveSchema,
  }),
  sharedUnderstanding: Text(LIMITS.note),
  nextSteps: List(NextStepSchema, 0, 200),
  readOnly: v.optional(v.boolean()),
});

export type Prompt = v.InferOutput<typeof PromptSchema>;
export type Perspective = v.InferOutput<typeof PerspectiveSchema>;
export type NextStep = v.InferOutput<typeof NextStepSchema>;
/** A perspective-triangle session. */
export type PerspectiveSession = v.InferOutput<typeof PerspectiveSessionSchema>;
