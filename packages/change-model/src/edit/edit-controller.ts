import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { resolveText, type ChangeModel, type Issue } from '@sammen/sdk';
import {
  UndoShortcutsController,
  canRedo,
  canUndo,
  createUndoHistory,
  fireSammenEvent,
  focusAfterUpdate,
  pushState,
  redo,
  redoLabel,
  replacePresent,
  undo,
  undoLabel,
  type UndoHistory,
} from '@sammen/core';
import type { ModelChangeReason } from '../events.js';
import type { ModelChange, ModelChangeKind } from './model-change.js';
import * as edits from './model-edits.js';
import { parseModelFile } from './model-file.js';

function reasonOf(kind: ModelChangeKind): ModelChangeReason {
  if (kind === 'undo' || kind === 'redo') return kind;
  return kind === 'model-replaced' ? 'import' : 'edit';
}

/** What the editor needs from the element. */
export interface ModelEditorOptions {
  /** The model being edited (the stored working copy, or the element's own copy). */
  model: () => ChangeModel | undefined;
  /** Puts the edited model in place (through the stored document's `update`, or locally). */
  write: (next: ChangeModel) => void;
  announce: (text: string) => void;
  lang: () => string;
  /** False while the shortcuts should do nothing (not editable). */
  enabled: () => boolean;
  /** Asks before deleting; resolves true to go ahead. */
  confirm: (heading: string, message: string) => Promise<boolean>;
}

/**
 * Edit mode of the change model: every edit goes through {@link ModelEditor.apply}, which records
 * undo, writes the new model, fires `sammen-model-change` and announces the edit once. Holds which
 * item's form is open, the pointer "connect" mode, and the last import problem.
 */
export class ModelEditor implements ReactiveController {
  /** The item whose form is open. */
  openItem: string | undefined;
  /** The option that last had focus in the columns' lists: its list's tab stop (a roving tab index follows focus). */
  activeItem: string | undefined;
  /** The item a pointer link starts from, while "connect" waits for a target. */
  connectingFrom: string | undefined;
  /** Located problems of the last import, shown until the next import or edit. */
  importIssues: Issue[] | undefined;
  private history: UndoHistory<ChangeModel> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ModelEditorOptions,
  ) {
    host.addController(this);
    // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y while focus is in the widget; text fields keep their own undo.
    new UndoShortcutsController(host, { undo: () => this.undo(), redo: () => this.redo(), enabled: () => this.options.enabled() });
  }

  hostConnected(): void {}

  get canUndo(): boolean {
    return Boolean(this.history && canUndo(this.history));
  }

  get canRedo(): boolean {
    return Boolean(this.history && canRedo(this.history));
  }

  /** Forgets undo and redo (another model was opened). */
  clearHistory(): void {
    this.history = undefined;
  }

  /** The history with `current` as its present: a save gives the document a new revision without an edit. */
  private historyAt(current: ChangeModel): UndoHistory<ChangeModel> {
    return this.history ? replacePresent(this.history, current) : createUndoHistory(current);
  }

  get model(): ChangeModel | undefined {
    return this.options.model();
  }

  /** An item's title in the UI language. */
  titleOf(itemId: string): string {
    const model = this.model;
    const place = model && edits.placeOf(model, itemId);
    return place ? resolveText(place.item.title, this.options.lang()) || msg('Untitled item') : itemId;
  }

  /** Applies one edit: undo step, write, event, announcement. No-op edits change nothing. */
  apply(kind: ModelChangeKind, ids: string[], label: string, change: (model: ChangeModel) => ChangeModel): ChangeModel | undefined {
    const before = this.model;
    if (!before) return undefined;
    const next = change(before);
    if (next === before) return before;
    this.history = pushState(this.historyAt(before), next, { label });
    this.commit(next, { kind, ids, label });
    return next;
  }

  private commit(next: ChangeModel, change: ModelChange): void {
    this.importIssues = undefined;
    this.options.write(next);
    fireSammenEvent(this.host, 'sammen-model-change', { model: next, reason: reasonOf(change.kind), change });
    this.options.announce(change.label);
    this.host.requestUpdate();
  }

  undo(): void {
    this.step('undo');
  }

  redo(): void {
    this.step('redo');
  }

  private step(kind: 'undo' | 'redo'): void {
    const current = this.model;
    if (!current) return;
    const history = this.historyAt(current);
    const label = (kind === 'undo' ? undoLabel(history) : redoLabel(history)) ?? '';
    const moved = kind === 'undo' ? undo(history) : redo(history);
    if (moved === history) return this.options.announce(kind === 'undo' ? msg('Nothing to undo') : msg('Nothing to redo'));
    // The snapshot's content, under the document's current revision: undo is a new edit to save.
    const next = { ...moved.present, revision: current.revision, updatedAt: current.updatedAt };
    this.history = replacePresent(moved, next);
    this.keepOpenItem(next);
    this.commit(next, { kind, ids: [], label: kind === 'undo' ? msg(str`Undone: ${label}`) : msg(str`Redone: ${label}`) });
  }

  /** An undo may take away the item whose form is open: close the form then. */
  private keepOpenItem(model: ChangeModel): void {
    if (this.openItem && !edits.placeOf(model, this.openItem)) this.openItem = undefined;
  }

  /** An option got focus (a key, a click, a move by the widget): it becomes its list's tab stop. */
  noteActive(itemId: string): void {
    if (this.activeItem === itemId) return;
    this.activeItem = itemId;
    this.host.requestUpdate();
  }

  /** Focuses an item's option in its column's list after the next render. */
  focusItem(itemId: string): Promise<boolean> {
    return focusAfterUpdate(this.host, () => this.host.shadowRoot?.querySelector<HTMLElement>(`[data-edit-item="${CSS.escape(itemId)}"]`));
  }

  /** Focuses the first element of the shadow root `selector` finds after the next render (a column's control). */
  focusSelector(selector: string): Promise<boolean> {
    return focusAfterUpdate(this.host, () => this.host.shadowRoot?.querySelector<HTMLElement>(selector));
  }

  /**
   * Focuses an element of the open form (by its `data-edit-focus` name) after the next render.
   * `select`: a text field's text is selected as well, so that typing replaces it — a new item or
   * indicator starts with a placeholder name ("Nyt element"), which the first key press should
   * overwrite, not extend. A screen reader says the field's label, its text and that it is selected.
   */
  async focusField(name: string, select = false): Promise<boolean> {
    let field: HTMLElement | null | undefined;
    const focused = await focusAfterUpdate(this.host, () => (field = this.host.shadowRoot?.querySelector<HTMLElement>(`[data-edit-focus="${CSS.escape(name)}"]`)));
    if (focused && select && (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) field.select();
    return focused;
  }

  openForm(itemId: string | undefined, focus?: string, select = false): void {
    this.openItem = itemId;
    this.host.requestUpdate();
    if (itemId && focus) void this.focusField(focus, select);
  }

  closeForm(): void {
    const item = this.openItem;
    this.openItem = undefined;
    this.host.requestUpdate();
    if (item) void this.focusItem(item);
  }

  // ---- items ----

  addItem(columnId: string): void {
    const model = this.model;
    if (!model) return;
    const title = msg('New item');
    const item = edits.newItem(model, title, this.options.lang());
    this.apply('item-added', [item.id], msg(str`Item added: ${title}`), (current) => edits.addItem(current, columnId, item));
    this.openForm(item.id, 'title', true);
  }

  /** Alt+↑/↓: moves the item within its column; focus stays on it and its new position is said (APG rearrangeable listbox). */
  moveItem(itemId: string, delta: number): void {
    const model = this.model;
    if (!model) return;
    const moved = edits.moveItem(model, itemId, delta);
    const place = edits.placeOf(moved, itemId);
    if (moved === model || !place) return;
    const title = this.titleOf(itemId);
    const position = place.index + 1;
    const count = place.column.items.length;
    const label = msg(str`${title} moved to position ${position} of ${count}`);
    this.apply('item-moved', [itemId], label, () => moved);
    void this.focusItem(itemId);
  }

  moveItemToColumn(itemId: string, columnId: string): void {
    const model = this.model;
    const column = model?.columns.find((entry) => entry.id === columnId);
    if (!column) return;
    const columnTitle = resolveText(column.title, this.options.lang()) || column.kind;
    const title = this.titleOf(itemId);
    this.apply('item-moved', [itemId, columnId], msg(str`${title} moved to ${columnTitle}`), (current) =>
      edits.moveItemToColumn(current, itemId, columnId),
    );
  }

  /** Asks before a deletion (the element's confirm dialog). */
  confirmDelete(heading: string, message: string): Promise<boolean> {
    return this.options.confirm(heading, message);
  }

  async removeItem(itemId: string): Promise<void> {
    const model = this.model;
    if (!model) return;
    const title = this.titleOf(itemId);
    const ok = await this.options.confirm(msg(str`Delete ${title}?`), msg('The item and its links are deleted. You can undo it with Ctrl+Z.'));
    if (!ok) return;
    const next = edits.neighbourAfterRemoval(model, itemId);
    const column = edits.placeOf(model, itemId)?.column.id;
    if (this.openItem === itemId) this.openItem = undefined;
    this.apply('item-removed', [itemId], msg(str`Item deleted: ${title}`), (current) => edits.removeItem(current, itemId));
    // Focus persists (APG): on the next item, else the column's "Add item" button — never <body>.
    if (next) void this.focusItem(next);
    else if (column) void focusAfterUpdate(this.host, () => this.host.shadowRoot?.querySelector<HTMLElement>(`[data-add-item="${CSS.escape(column)}"]`));
  }

  // ---- links ----

  setLinks(from: string, targets: readonly string[]): void {
    const title = this.titleOf(from);
    this.apply('links-changed', [from, ...targets], msg(str`Links from ${title} changed`), (model) => edits.setLinksFrom(model, from, targets));
  }

  addLink(from: string, to: string): void {
    const [fromTitle, toTitle] = [this.titleOf(from), this.titleOf(to)];
    this.apply('link-added', [from, to], msg(str`Link added: ${fromTitle} → ${toTitle}`), (model) => edits.addLink(model, from, to));
  }

  removeLink(from: string, to: string): void {
    const [fromTitle, toTitle] = [this.titleOf(from), this.titleOf(to)];
    this.apply('link-removed', [from, to], msg(str`Link removed: ${fromTitle} → ${toTitle}`), (model) => {
      const link = edits.linkBetween(model, from, to);
      return link ? edits.removeLink(model, link.id) : model;
    });
  }

  /** Pointer linking: the first click names the start, the second the item it leads to. */
  startConnecting(from: string): void {
    this.connectingFrom = from;
    this.host.requestUpdate();
    const title = this.titleOf(from);
    this.options.announce(msg(str`Choose the item ${title} leads to`));
  }

  cancelConnecting(): void {
    this.connectingFrom = undefined;
    this.host.requestUpdate();
  }

  /** While connecting, a picked item ends the link (true: the pick was used for that). */
  pick(itemId: string): boolean {
    const from = this.connectingFrom;
    if (!from) return false;
    this.connectingFrom = undefined;
    if (from === itemId) this.host.requestUpdate();
    else this.addLink(from, itemId);
    return true;
  }

  // ---- import ----

  /** Replaces the model by a file's content; an invalid file changes nothing and its problems are kept to show. */
  importText(text: string, fileName: string): boolean {
    const parsed = parseModelFile(text);
    if (!parsed.ok) {
      this.importIssues = parsed.issues;
      this.host.requestUpdate();
      fireSammenEvent(this.host, 'sammen-error', { code: 'invalid-document', message: `${fileName}: the file is not a valid change model`, issues: parsed.issues });
      return false;
    }
    // Keep this document's identity and revision: the import replaces its content, and saving stays a normal write.
    this.apply('model-replaced', [], msg(str`Imported: ${fileName}`), (model) => ({ ...parsed.value, id: model.id, revision: model.revision, updatedAt: model.updatedAt }));
    this.openItem = undefined;
    return true;
  }
}
