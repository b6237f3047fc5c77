// What the deck's templates read and call. The element implements it; the view modules
// (overview, focus mode, session bar, print) depend on this interface, not on the element.
import type { ReflectionDeck, ReflectionNotes, StoreLocation } from '@sammen/sdk';
import type { SaveStatus } from '@sammen/core';
import type { CardEntry, DeckFilter } from './deck-filter.js';
import type { DiscussionTimerController } from './discussion-timer.js';

export type PrintMode = 'cards' | 'notes';

/** Elements the deck moves focus to: focus mode, its card title, the search, a card's "Open card". */
export type DeckElement = 'focus' | 'title' | 'search' | `open:${string}`;

export interface DeckViewModel {
  readonly deck: ReflectionDeck;
  /** The language content is shown in (follows `<html lang>`). */
  readonly lang: string;
  /** Level of the deck's title (the host's `heading-level`); themes go one below, cards two. */
  readonly headingLevel: number;
  /** A second content language shown beside the first, if any. */
  readonly secondLang: string | undefined;
  readonly filter: DeckFilter;
  /** Every card in deck order. */
  readonly entries: readonly CardEntry[];
  /** The cards the filter lets through, in deck order. */
  readonly visible: readonly CardEntry[];
  /** The card open in focus mode. */
  readonly current: CardEntry | undefined;
  /** The working session's notes; undefined without `session-id`. */
  readonly notes: ReflectionNotes | undefined;
  readonly saveStatus: SaveStatus;
  /** The shared "saving failed / conflict" message with its actions (nothing when all is well). */
  readonly saveProblem: unknown;
  readonly storeLocation: StoreLocation;
  /** Focus mode's timer (undefined until focus mode's module has loaded). */
  readonly timer: DiscussionTimerController | undefined;
  readonly participants: readonly string[];
  /** Characters typed in the round's names field. */
  readonly participantsLength: number;
  readonly turn: number;
  readonly fullscreen: boolean;
  readonly printing: PrintMode | undefined;

  /**
   * The keys for previous / next card, shown in the buttons' names; undefined when shortcuts are
   * off. A function: reading the page direction costs a style calculation only focus mode needs.
   */
  keyHints(): { previous: string; next: string } | undefined;
  /** The callback for Lit's `ref()` on an element focus may move to (no CSS selectors). */
  ref(key: DeckElement): (element?: Element) => void;

  setFilter(patch: Partial<DeckFilter>): void;
  openCard(id: string): void;
  closeFocus(): void;
  step(delta: number): void;
  draw(): void;
  setDiscussed(cardId: string, discussed: boolean): void;
  writeNote(cardId: string, questionId: string, text: string): void;
  resetSession(): void;
  copyMarkdown(): void;
  download(format: 'md' | 'json'): void;
  print(mode: PrintMode): void;
  toggleFullscreen(): void;
  setTimerMinutes(minutes: number): void;
  setParticipants(text: string): void;
  nextTurn(): void;
}
