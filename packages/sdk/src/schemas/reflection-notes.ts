import * as v from 'valibot';
import { documentBase, Id, LIMITS, Text } from './common.js';

/** Schema id of the current reflection notes version. */
export const REFLECTION_NOTES_SCHEMA = 'sammen.reflection-notes/v1';

/** What a group did with one card: discussed or not, and notes per question id. */
export const CardNotesSchema = v.object({
  discussed: v.boolean(),
  notes: v.record(Id, Text(LIMITS.note)),
});

/** A working session over one deck (sammen.reflection-notes/v1). Who and when are not recorded. */
export const ReflectionNotesSchema = v.object({
  ...documentBase(REFLECTION_NOTES_SCHEMA),
  deckId: Id,
  cards: v.record(Id, CardNotesSchema),
});

export type CardNotes = v.InferOutput<typeof CardNotesSchema>;
/** Notes and progress of one working session over a deck. */
export type ReflectionNotes = v.InferOutput<typeof ReflectionNotesSchema>;
