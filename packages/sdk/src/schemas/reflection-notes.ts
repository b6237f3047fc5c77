import * as v from 'valibot';
import { documentBase, Id, IdRecord, LIMITS, List, Text } from './common.js';
import { MAX_CARDS, MAX_QUESTIONS } from './reflection-deck.js';

/** Schema id of the current reflection notes version. */
export const REFLECTION_NOTES_SCHEMA = 'sammen.reflection-notes/v1';

/** What a group did with one card: discussed or not, and notes per question id. */
export const CardNotesSchema = v.object({
  discussed: v.boolean(),
  notes: IdRecord(Text(LIMITS.note), MAX_QUESTIONS),
});

/** A working session over one deck (sammen.reflection-notes/v1). Who and when are not recorded. */
export const ReflectionNotesSchema = v.object({
  ...documentBase(REFLECTION_NOTES_SCHEMA),
  deckId: Id,
  cards: IdRecord(CardNotesSchema, MAX_CARDS),
});

/** Schema id of the first prototype's notes, still read (and migrated) for old exports. */
export const REFLECTION_NOTES_V0_SCHEMA = 'sammen.reflection-notes/v0';

/**
 * The first prototype's notes (sammen.reflection-notes/v0): discussed cards as a list and notes
 * as one map per card. Read only, by migration to v1; validated before migrating, so what the
 * parser reads is exactly what the published `reflection-notes.v0.schema.json` describes.
 */
export const ReflectionNotesV0Schema = v.object({
  ...documentBase(REFLECTION_NOTES_V0_SCHEMA),
  deckId: Id,
  discussed: v.optional(List(Id, 0, MAX_CARDS)),
  notes: v.optional(IdRecord(IdRecord(Text(LIMITS.note), MAX_QUESTIONS), MAX_CARDS)),
});

export type CardNotes = v.InferOutput<typeof CardNotesSchema>;
/** Notes and progress of one working session over a deck. */
export type ReflectionNotes = v.InferOutput<typeof ReflectionNotesSchema>;
