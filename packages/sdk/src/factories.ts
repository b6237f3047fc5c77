import { SCHEMA_IDS } from './documents.js';
import type { PerspectiveSession } from './schemas/perspective-session.js';
import type { ReflectionNotes } from './schemas/reflection-notes.js';

/** A new random id (UUID where the runtime has `crypto.randomUUID`). */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

const now = () => new Date().toISOString();

/** A new, not yet stored (revision 0) notes document for a working session over `deckId`. */
export function createReflectionNotes(init: { id?: string; deckId: string }): ReflectionNotes {
  return { schema: SCHEMA_IDS['reflection-notes'], id: init.id ?? newId(), revision: 0, updatedAt: now(), deckId: init.deckId, cards: {} };
}

/** A new, empty, not yet stored (revision 0) perspective session. */
export function createPerspectiveSession(init: { id?: string; title?: string } = {}): PerspectiveSession {
  return {
    schema: SCHEMA_IDS['perspective-session'],
    id: init.id ?? newId(),
    revision: 0,
    updatedAt: now(),
    title: init.title ?? '',
    description: '',
    perspectives: { child: { answers: {} }, parents: { answers: {} }, professionals: { answers: {} } },
    sharedUnderstanding: '',
    nextSteps: [],
  };
}
