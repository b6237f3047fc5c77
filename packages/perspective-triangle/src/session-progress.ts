// How far a session has come: the state of each corner and of the centre, derived from the
// document alone (no stored flags that could drift). Pure.
import { entryOf, PERSPECTIVE_IDS, type PerspectiveId, type PerspectiveSession } from '@sammen/sdk';

/** A corner's or the centre's state, shown by text and shape. */
export type PartState = 'empty' | 'started' | 'done';
/** The three corners and the centre: the parts of the triangle a user can open. */
export type PartId = PerspectiveId | 'centre';
export const PART_IDS: readonly PartId[] = [...PERSPECTIVE_IDS, 'centre'];

const filled = (text: string | undefined) => (text ?? '').trim() !== '';

/** The prompt ids a perspective asks: the document's own prompts, else the defaults. */
export function promptIdsOf(session: PerspectiveSession, perspective: PerspectiveId, defaults: readonly string[]): string[] {
  return session.perspectives[perspective].prompts?.map((prompt) => prompt.id) ?? [...defaults];
}

/** Empty when nothing is answered, done when every prompt is, else started. */
export function perspectiveState(session: PerspectiveSession, perspective: PerspectiveId, defaults: readonly string[]): PartState {
  const answers = session.perspectives[perspective].answers;
  const ids = promptIdsOf(session, perspective, defaults);
  const answered = ids.filter((id) => filled(entryOf(answers, id))).length;
  return answered === 0 ? 'empty' : answered === ids.length ? 'done' : 'started';
}

/** Done with a shared understanding and at least one next step; started with either. */
export function centreState(session: PerspectiveSession): PartState {
  const understanding = filled(session.sharedUnderstanding);
  const steps = session.nextSteps.some((step) => filled(step.text));
  return understanding && steps ? 'done' : understanding || steps ? 'started' : 'empty';
}

export function partState(session: PerspectiveSession, part: PartId, defaults: readonly string[]): PartState {
  return part === 'centre' ? centreState(session) : perspectiveState(session, part, defaults);
}

/** How many of the four parts are done. */
export function sessionProgress(session: PerspectiveSession, defaults: readonly string[]): { done: number; total: number } {
  return { done: PART_IDS.filter((part) => partState(session, part, defaults) === 'done').length, total: PART_IDS.length };
}

/** The guided walk's order (child first), and the part after / before `part` in it. */
export const GUIDED_ORDER: readonly PartId[] = ['child', 'parents', 'professionals', 'centre'];
export function guidedStep(part: PartId, delta: number): PartId | undefined {
  return GUIDED_ORDER[GUIDED_ORDER.indexOf(part) + delta];
}

/**
 * Where a newcomer should go next: the first part in the guided order that is not done, or
 * undefined when all four are (then the intro congratulates and points to the summary).
 */
export function nextPartToWorkOn(session: PerspectiveSession, defaults: readonly string[]): PartId | undefined {
  return GUIDED_ORDER.find((part) => partState(session, part, defaults) !== 'done');
}
