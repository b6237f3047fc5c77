import { SCHEMA_IDS } from './documents.js';
import type { PerspectiveSession } from './schemas/perspective-session.js';
import type { ReflectionNotes } from './schemas/reflection-notes.js';
import type { RelationMap, RelationMapMode } from './schemas/relation-map.js';

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

/**
 * A new, not yet stored (revision 0) relation map with no people and one empty mapping round
 * dated `date` (today, UTC, by default), so the first tie has a round to go into.
 */
export function createRelationMap(init: { id?: string; mode?: RelationMapMode; title?: string; date?: string } = {}): RelationMap {
  return {
    schema: SCHEMA_IDS['relation-map'],
    id: init.id ?? newId(),
    revision: 0,
    updatedAt: now(),
    ...(init.title === undefined ? {} : { title: init.title }),
    mode: init.mode ?? 'group',
    people: [],
    rounds: [{ id: newId(), date: init.date ?? now().slice(0, 10), ties: [] }],
  };
}
