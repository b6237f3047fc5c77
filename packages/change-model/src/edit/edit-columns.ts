// The editor's columns: per column its title and order controls, and its items as a listbox with
// rearrangeable options (APG): ↑/↓ move between items, Alt+↑/↓ move the item itself (focus stays
// on it), Enter opens its form, Delete deletes it after a confirmation. One tab stop per column.
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { resolveText, type ChangeModel, type ChangeModelColumn } from '@sammen/sdk';
import { heading, headingLevel } from '@sammen/core';
import { columnTitle as columnKindTitle } from '../texts.js';
import type { ModelEditor } from './edit-controller.js';
import { withText } from './model-edits.js';
import * as edits from './model-edits.js';

/** What the columns editor reads. */
export interface EditColumnsView {
  model: ChangeModel;
  editor: ModelEditor;
  lang: string;
  headingLevel: number;
}

/** A column's title in `lang`, else the name of its kind. */
export function columnTitle(column: ChangeModelColumn, lang: string): string {
  return resolveText(column.title, lang) || columnKindTitle(column.kind);
}

/** The option that holds the column's tab stop: the open item if it is here, else the first. */
/** A list's one tab stop: the option last focused in it, else the open item, else the first. */
function tabStopOf(column: ChangeModelColumn, editor: ModelEditor): string | undefined {
  const has = (id: string | undefined) => id !== undefined && column.items.some((item) => item.id === id);
  return has(editor.activeItem) ? editor.activeItem : has(editor.openItem) ? editor.openItem : column.items[0]?.id;
}

function onOptionKeydown(event: KeyboardEvent, view: EditColumnsView, column: ChangeModelColumn, index: number): void {
  const { editor } = view;
  const item = column.items[index];
  if (!item) return;
  const go = (to: number) => {
    const target = column.items[Math.max(0, Math.min(column.items.length - 1, to))];
    if (target) void editor.focusItem(target.id);
  };
  switch (event.key) {
    case 'ArrowUp':
    case 'ArrowDown': {
      const delta = event.key === 'ArrowUp' ? -1 : 1;
      if (event.altKey) editor.moveItem(item.id, delta);
      else go(index + delta);
      break;
    }
    case 'Home':
      go(0);
      break;
    case 'End':
      go(column.items.length - 1);
      break;
    case 'Enter':
    case ' ':
      if (!editor.pick(item.id)) editor.openForm(item.id, 'title');
      break;
    case 'Delete':
      void editor.removeItem(item.id);
      break;
    case 'Escape':
      if (!editor.connectingFrom) return;
      editor.cancelConnecting();
      break;
    default:
      return;
  }
  event.preventDefault();
}

function renderColumn(view: EditColumnsView, column: ChangeModelColumn, index: number): TemplateResult {
  const { editor, lang, model } = view;
  const title = columnTitle(column, lang);
  const stop = tabStopOf(column, editor);
  const listId = `edit-list-${index}`;
  // A plain group, not a <section>: the board's columns are the regions with these names.
  return html`<div class="edit-column" part="edit-column" data-edit-column=${column.id}>
    ${heading(headingLevel(view.headingLevel, 1), title, { id: `${listId}-heading` })}
    <ul role="listbox" class="edit-items" aria-labelledby=${`${listId}-heading`} aria-describedby="edit-keys-hint">
      ${repeat(
        column.items,
        (item) => item.id,
        (item, itemIndex) =>
          html`<li
            role="option"
            class="edit-item"
            data-edit-item=${item.id}
            tabindex=${item.id === stop ? 0 : -1}
            aria-selected=${item.id === editor.openItem ? 'true' : 'false'}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Enter Delete"
            @keydown=${(event: KeyboardEvent) => onOptionKeydown(event, view, column, itemIndex)}
            @focus=${() => editor.noteActive(item.id)}
            @click=${() => (editor.pick(item.id) ? undefined : editor.openForm(item.id))}
          >
            ${resolveText(item.title, lang) || msg('Untitled item')}
          </li>`,
      )}
    </ul>
    ${column.items.length === 0 ? html`<p class="edit-empty">${msg('No items yet.')}</p>` : nothing}
    <div class="edit-column-actions">
      <button type="button" data-add-item=${column.id} @click=${() => editor.addItem(column.id)}>${msg(str`Add item to ${title}`)}</button>
      <details class="edit-column-settings">
        <summary data-column-control="settings">${msg(str`Column settings: ${title}`)}</summary>
        <label class="s-field">
          <span class="s-field__label">${msg('Column title')}</span>
          <input
            .value=${resolveText(column.title, lang)}
            @change=${(event: Event) => {
              const value = (event.target as HTMLInputElement).value.trim();
              editor.apply('column-changed', [column.id], msg(str`Column renamed: ${value}`), (current) =>
                edits.updateColumn(current, column.id, { title: withText(column.title, lang, value) }),
              );
            }}
          />
        </label>
        <div class="edit-row">
          <button type="button" data-column-control="earlier" ?disabled=${index === 0} @click=${() => moveColumn(view, column, -1)}>${msg('Move column earlier')}</button>
          <button type="button" data-column-control="later" ?disabled=${index === model.columns.length - 1} @click=${() => moveColumn(view, column, 1)}>${msg('Move column later')}</button>
          <button type="button" class="danger" ?disabled=${model.columns.length === 1} @click=${() => void removeColumn(view, column)}>
            ${msg('Delete column')}
          </button>
        </div>
      </details>
    </div>
  </div>`;
}

/** A column's control in the editor, by the column's id and the control's `data-column-control` name. */
const columnControl = (columnId: string, control: string) => `[data-edit-column="${CSS.escape(columnId)}"] [data-column-control="${control}"]`;

/** Moves a column; focus stays on the column's move button that was pressed (the other one once that is disabled at an end). */
function moveColumn(view: EditColumnsView, column: ChangeModelColumn, delta: number): void {
  const title = columnTitle(column, view.lang);
  const next = edits.moveColumn(view.model, column.id, delta);
  const position = next.columns.findIndex((entry) => entry.id === column.id) + 1;
  view.editor.apply('column-moved', [column.id], msg(str`${title} moved to position ${position} of ${next.columns.length}`), () => next);
  const atEnd = delta < 0 ? position === 1 : position === next.columns.length;
  const pressed = delta < 0 ? 'earlier' : 'later';
  void view.editor.focusSelector(columnControl(column.id, atEnd ? (pressed === 'earlier' ? 'later' : 'earlier') : pressed));
}

/**
 * Deletes a column after asking. Focus goes to the settings of the column now in its place (the
 * one before it when it was the last): closed, so no other column's delete button is one key away.
 */
async function removeColumn(view: EditColumnsView, column: ChangeModelColumn): Promise<void> {
  const title = columnTitle(column, view.lang);
  const ok = await view.editor.confirmDelete(msg(str`Delete ${title}?`), msg('The column, its items and their links are deleted. You can undo it with Ctrl+Z.'));
  if (!ok) return;
  const columns = view.editor.model?.columns ?? view.model.columns;
  const at = columns.findIndex((entry) => entry.id === column.id);
  const neighbour = columns[at + 1] ?? columns[at - 1];
  view.editor.apply('column-removed', [column.id], msg(str`Column deleted: ${title}`), (current) => edits.removeColumn(current, column.id));
  if (neighbour) void view.editor.focusSelector(columnControl(neighbour.id, 'settings'));
}

/** The columns editor, with its keyboard hint (each listbox's description). */
export function renderEditColumns(view: EditColumnsView): TemplateResult {
  return html`<div class="edit-columns" part="edit-columns">
    <p id="edit-keys-hint" class="edit-hint">${msg('Enter: edit the item. Alt+↑/↓: move it. Delete: delete it. Ctrl+Z: undo.')}</p>
    <div class="edit-column-grid">
      ${repeat(
        view.model.columns,
        // Keyed: a column's DOM (its open settings, the focused button) goes with the column when
        // another is moved or deleted, not with its position.
        (column) => column.id,
        (column, index) => renderColumn(view, column, index),
      )}
    </div>
  </div>`;
}
