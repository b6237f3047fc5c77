// Undo and redo for a widget's document, as plain immutable values: each edit pushes the whole
// next document (documents are immutable snapshots, so sharing them costs nothing), undo and redo
// move between snapshots. Generic over the document, so the change model and the relation map
// share one history; kept free of the DOM and of Lit, so it is tested in Node.

/** One step of a history: a snapshot and, optionally, what the edit that made it was called. */
export interface UndoStep<T> {
  readonly state: T;
  /** What the edit that produced `state` was ("Element tilføjet"), for buttons and announcements. */
  readonly label?: string | undefined;
}

/** A document's undo history: immutable; every operation returns a new history. */
export interface UndoHistory<T> {
  /** Earlier snapshots, oldest first (the last is what undo returns to). */
  readonly past: readonly UndoStep<T>[];
  /** The document as it is now. */
  readonly present: T;
  /** What the edit that produced `present` was called. */
  readonly presentLabel: string | undefined;
  /** Undone snapshots, nearest first (the first is what redo returns to). */
  readonly future: readonly UndoStep<T>[];
  /** At most this many undo steps are kept; older ones are forgotten. */
  readonly limit: number;
  /** The coalescing key of the last push, while the next push with that key may join it. */
  readonly coalesceKey: string | undefined;
}

/** Options of {@link createUndoHistory}. */
export interface UndoHistoryOptions {
  /** Undo steps kept (default {@link DEFAULT_UNDO_LIMIT}); at least 1. */
  limit?: number;
}

/** Options of {@link pushState}. */
export interface PushOptions {
  /**
   * Pushes with the same key in a row make one undo step: typing a title letter by letter is one
   * edit to undo, not forty. Use a key per field and item (`title:a1`); any other push, an undo
   * or a redo, or {@link breakCoalescing} (on leaving the field) ends the run.
   */
  coalesce?: string;
  /** What the edit is called, for "Fortryd: Element tilføjet" (the latest label of a run wins). */
  label?: string;
}

/** Undo steps kept by default: a long meeting's editing, at a few hundred kilobytes per model. */
export const DEFAULT_UNDO_LIMIT = 100;

/** A history with `initial` as the present and nothing to undo or redo. */
export function createUndoHistory<T>(initial: T, options: UndoHistoryOptions = {}): UndoHistory<T> {
  const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_UNDO_LIMIT));
  return { past: [], present: initial, presentLabel: undefined, future: [], limit, coalesceKey: undefined };
}

/**
 * The history after an edit that made `state`: the old present becomes undoable (unless the edit
 * joins a run of the same `coalesce` key), and redo is gone — a new edit branches from here.
 * Pushing the present itself (the same object) changes nothing.
 */
export function pushState<T>(history: UndoHistory<T>, state: T, options: PushOptions = {}): UndoHistory<T> {
  if (Object.is(state, history.present)) return history;
  const label = options.label ?? undefined;
  if (options.coalesce !== undefined && options.coalesce === history.coalesceKey) {
    return { ...history, present: state, presentLabel: label ?? history.presentLabel, future: [], coalesceKey: options.coalesce };
  }
  const past = [...history.past, { state: history.present, label: history.presentLabel }];
  return {
    ...history,
    past: past.length > history.limit ? past.slice(past.length - history.limit) : past,
    present: state,
    presentLabel: label,
    future: [],
    coalesceKey: options.coalesce,
  };
}

/** True when there is an edit to undo. */
export const canUndo = <T>(history: UndoHistory<T>): boolean => history.past.length > 0;

/** True when there is an undone edit to redo. */
export const canRedo = <T>(history: UndoHistory<T>): boolean => history.future.length > 0;

/** The history with the last edit undone (the same history when there is none). */
export function undo<T>(history: UndoHistory<T>): UndoHistory<T> {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return {
    ...history,
    past: history.past.slice(0, -1),
    present: previous.state,
    presentLabel: previous.label,
    future: [{ state: history.present, label: history.presentLabel }, ...history.future],
    coalesceKey: undefined,
  };
}

/** The history with the last undone edit done again (the same history when there is none). */
export function redo<T>(history: UndoHistory<T>): UndoHistory<T> {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return {
    ...history,
    past: [...history.past, { state: history.present, label: history.presentLabel }],
    present: next.state,
    presentLabel: next.label,
    future: rest,
    coalesceKey: undefined,
  };
}

/** Ends a coalescing run, so the next push is a step of its own (call it when a field loses focus). */
export function breakCoalescing<T>(history: UndoHistory<T>): UndoHistory<T> {
  return history.coalesceKey === undefined ? history : { ...history, coalesceKey: undefined };
}

/**
 * Replaces the present without an undo step, keeping the steps around it: for a change that is
 * not an edit of the person's own, such as the store returning the saved document with a new
 * revision number. (For a document that replaces everything, start a new history instead.)
 */
export function replacePresent<T>(history: UndoHistory<T>, state: T): UndoHistory<T> {
  return Object.is(state, history.present) ? history : { ...history, present: state };
}

/** What undo would undo ("Element tilføjet"), or undefined when there is nothing or no label. */
export const undoLabel = <T>(history: UndoHistory<T>): string | undefined => (canUndo(history) ? history.presentLabel : undefined);

/** What redo would redo, or undefined when there is nothing or no label. */
export const redoLabel = <T>(history: UndoHistory<T>): string | undefined => history.future[0]?.label;
