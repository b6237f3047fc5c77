// Undo and redo of the map through core's undo history (the one the change model uses too):
// every edit records the map before it; Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on a Mac) anywhere in
// the widget except a text field (which keeps its own undo: core's UndoShortcutsController), and
// the toolbar's buttons.
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { RelationMap } from '@sammen/sdk';
import { canRedo, canUndo, createUndoHistory, pushState, redo, undo, UndoShortcutsController, type UndoHistory } from '@sammen/core';

export interface UndoOptions {
  doc: () => RelationMap | undefined;
  /** Shows `doc` without recording it (an undo is not an edit to undo). */
  restore: (doc: RelationMap, reason: 'undo' | 'redo', said: string) => void;
  announce: (text: string) => void;
}

export class UndoController {
  private history: UndoHistory<RelationMap> | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: UndoOptions,
  ) {
    new UndoShortcutsController(host, { undo: () => this.undo(), redo: () => this.redo() });
  }

  get canUndo(): boolean {
    return this.caughtUp() !== undefined && canUndo(this.history!);
  }

  get canRedo(): boolean {
    return this.caughtUp() !== undefined && canRedo(this.history!);
  }

  /** Called with the map as it was before an edit. Maps are immutable, so identity tells what is recorded. */
  record(before: RelationMap): void {
    this.history = this.history ? (this.history.present === before ? this.history : pushState(this.history, before)) : createUndoHistory(before);
  }

  /** Forgets every step (another map was opened). */
  clear(): void {
    this.history = undefined;
  }

  undo(): void {
    const history = this.caughtUp();
    // The buttons stay enabled (a disabled button would drop focus to <body>): say why nothing happened.
    if (!history || !canUndo(history)) return this.options.announce(msg('Nothing to undo.'));
    this.history = undo(history);
    this.options.restore(this.history.present, 'undo', msg('Undone.'));
  }

  redo(): void {
    const history = this.caughtUp();
    if (!history || !canRedo(history)) return this.options.announce(msg('Nothing to redo.'));
    this.history = redo(history);
    this.options.restore(this.history.present, 'redo', msg('Redone.'));
  }

  /** The history with the map shown now as its present (the last edit is recorded after it was made). */
  private caughtUp(): UndoHistory<RelationMap> | undefined {
    const shown = this.options.doc();
    if (this.history && shown && this.history.present !== shown) this.history = pushState(this.history, shown);
    return this.history;
  }
}
