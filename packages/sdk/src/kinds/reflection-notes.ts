// Reflection notes' parser and older versions, in a module of their own (see documents.ts' `parseKind`).
import { parseKind } from '../parse-kind.js';
import type { ParseResult } from '../issues.js';
import type { Migration } from '../migrations.js';
import { ReflectionNotesSchema, ReflectionNotesV0Schema, type ReflectionNotes } from '../schemas/reflection-notes.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reflection notes' older versions. */
export const REFLECTION_NOTES_MIGRATIONS: readonly Migration[] = [
  {
    // v0 (the first prototype) kept discussed cards as a list and notes in a separate map per card.
    from: 'sammen.reflection-notes/v0',
    schema: ReflectionNotesV0Schema,
    to: 'sammen.reflection-notes/v1',
    migrate: (document) => {
      const discussed = Array.isArray(document.discussed) ? document.discussed.filter((id): id is string => typeof id === 'string') : [];
      const notes = isRecord(document.notes) ? document.notes : {};
      const cards: Record<string, unknown> = {};
      for (const id of new Set([...discussed, ...Object.keys(notes)])) {
        cards[id] = { discussed: discussed.includes(id), notes: isRecord(notes[id]) ? notes[id] : {} };
      }
      const { discussed: _discussed, notes: _notes, ...rest } = document;
      return { ...rest, schema: 'sammen.reflection-notes/v1', cards };
    },
  },
];

/** Validates reflection notes (migrating v0). */
export const parseReflectionNotes = (value: unknown): ParseResult<ReflectionNotes> =>
  parseKind('reflection-notes', ReflectionNotesSchema, REFLECTION_NOTES_MIGRATIONS, value);
