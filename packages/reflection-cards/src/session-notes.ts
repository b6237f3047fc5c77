// A working session's notes and progress: pure, immutable edits of a ReflectionNotes document
// and the questions asked of it ("4 of 9 discussed", "which card next?").
import { entryOf, type CardNotes, type ReflectionNotes } from '@sammen/sdk';

const EMPTY_CARD: CardNotes = { discussed: false, notes: {} };

/**
 * The notes of one card (empty when nothing was written). Own entries only: a card id such as
 * `toString` must never find an inherited member of the record (issue 13.6).
 */
export function cardNotes(notes: ReflectionNotes | undefined, cardId: string): CardNotes {
  return entryOf(notes?.cards, cardId) ?? EMPTY_CARD;
}

/** The note written on one question of a card's notes (`''` when none). */
export function noteOf(card: CardNotes, questionId: string): string {
  return entryOf(card.notes, questionId) ?? '';
}

/** True when the group marked the card as discussed. */
export function isDiscussed(notes: ReflectionNotes | undefined, cardId: string): boolean {
  return cardNotes(notes, cardId).discussed;
}

/** How many of `cardIds` are discussed. Notes of cards no longer in the deck do not count. */
export function progress(notes: ReflectionNotes | undefined, cardIds: readonly string[]): { discussed: number; total: number } {
  return { discussed: cardIds.filter((id) => isDiscussed(notes, id)).length, total: cardIds.length };
}

/** The notes with the card's discussed flag set. */
export function setDiscussed(notes: ReflectionNotes, cardId: string, discussed: boolean): ReflectionNotes {
  const card = cardNotes(notes, cardId);
  return { ...notes, cards: { ...notes.cards, [cardId]: { ...card, discussed } } };
}

/** The notes with the note of one question replaced. */
export function setNote(notes: ReflectionNotes, cardId: string, questionId: string, text: string): ReflectionNotes {
  const card = cardNotes(notes, cardId);
  return { ...notes, cards: { ...notes.cards, [cardId]: { ...card, notes: { ...card.notes, [questionId]: text } } } };
}

/** The notes emptied: nothing discussed, nothing written (the document itself stays). */
export function resetNotes(notes: ReflectionNotes): ReflectionNotes {
  return { ...notes, cards: {} };
}

/** True when anything was written or marked in the session. */
export function hasAnyNotes(notes: ReflectionNotes | undefined): boolean {
  return Object.values(notes?.cards ?? {}).some((card) => card.discussed || Object.values(card.notes).some((text) => text.trim() !== ''));
}

/**
 * A random card to draw next: one not yet discussed (nor in `seen`, the cards shown this visit)
 * and not the current one. Only when every card is done does it draw among all the others again.
 * `random` returns a number in [0, 1), as `Math.random` does.
 */
export function drawCard(
  cardIds: readonly string[],
  options: { current?: string | undefined; notes?: ReflectionNotes | undefined; seen?: ReadonlySet<string>; random?: () => number },
): string | undefined {
  const { current, notes, seen = new Set<string>(), random = Math.random } = options;
  const others = cardIds.filter((id) => id !== current);
  const fresh = others.filter((id) => !isDiscussed(notes, id) && !seen.has(id));
  const pool = fresh.length > 0 ? fresh : others.filter((id) => !isDiscussed(notes, id));
  const from = pool.length > 0 ? pool : others;
  if (from.length === 0) return cardIds.length > 0 ? current : undefined;
  return from[Math.min(from.length - 1, Math.floor(random() * from.length))];
}

/** The id `delta` steps from `current` in `cardIds`, or undefined past either end. */
export function stepCard(cardIds: readonly string[], current: string | undefined, delta: number): string | undefined {
  const at = current === undefined ? -1 : cardIds.indexOf(current);
  if (at < 0) return cardIds[0];
  return cardIds[at + delta];
}
