// Undo and redo of the map: every edit records the map before it; Ctrl+Z / Ctrl+Shift+Z (⌘ on a
// Mac) anywhere in the widget except a text field (which keeps its own undo), and the toolbar's
// buttons. The history is the widget's MapHistory until core's generic history is merged in.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { RelationMap } from '@sammen/sdk';
import { MapHistory } from './map-history.js';

export interface UndoOptions {
  doc: () => RelationMap | undefined;
  /** Shows `doc` without recording it (an undo is not an edit to undo). */
  restore: (doc: RelationMap, reason: 'undo' | 'redo', said: string) => void;
  announce: (text: string) => void;
}

export class UndoController implements ReactiveController {
  readonly history = new MapHistory<RelationMap>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: UndoOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  record(before: RelationMap): void {
    this.history.record(before);
  }

  undo(): void {
    const doc = this.options.doc();
    const before = doc && this.history.undo(doc);
    // The buttons stay enabled (a disabled button would drop focus to <body>): say why nothing happened.
    if (before) this.options.restore(before, 'undo', msg('Undone.'));
    else this.options.announce(msg('Nothing to undo.'));
  }

  redo(): void {
    const doc = this.options.doc();
    const after = doc && this.history.redo(doc);
    if (after) this.options.restore(after, 'redo', msg('Redone.'));
    else this.options.announce(msg('Nothing to redo.'));
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'z') return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement && target.type !== 'radio') return;
    event.preventDefault();
    if (event.shiftKey) this.redo();
    else this.undo();
  };
}
