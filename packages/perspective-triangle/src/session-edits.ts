// Pure edits of a perspective session — what typing in the triangle's fields changes — kept out of
// the element so they can be tested without a browser and reused by any view of a session.
import type { PerspectiveId, PerspectiveSession } from '@sammen/sdk';

/** The session with `text` as the answer to prompt `promptId` of one perspective; nothing else changes. */
export function withAnswer(doc: PerspectiveSession, perspective: PerspectiveId, promptId: string, text: string): PerspectiveSession {
  const side = doc.perspectives[perspective];
  return { ...doc, perspectives: { ...doc.perspectives, [perspective]: { ...side, answers: { ...side.answers, [promptId]: text } } } };
}
