// The editor's toolbar (APG toolbar: one tab stop, ←/→ between the buttons): undo, redo, add a
// column, start an empty model, export and import JSON, and compare with an earlier version.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { issueMessage } from '@sammen/core';
import type { ModelEditor } from './edit-controller.js';

/** What the toolbar calls besides the editor. */
export interface EditToolbarView {
  editor: ModelEditor;
  addColumn(): void;
  newModel(): void;
  exportJson(): void;
  /** Opens the file chooser. */
  chooseImport(): void;
  compare(): void;
}

/** ←/→ (and Home/End) move focus between the toolbar's enabled buttons. */
function onToolbarKeydown(event: KeyboardEvent): void {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const toolbar = event.currentTarget as HTMLElement;
  const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  const rtl = getComputedStyle(toolbar).direction === 'rtl';
  const step = (event.key === 'ArrowRight') !== rtl ? 1 : -1;
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (at + step + buttons.length) % buttons.length;
  const target = buttons[next];
  if (!target) return;
  event.preventDefault();
  for (const button of buttons) button.tabIndex = button === target ? 0 : -1;
  target.focus();
}

/** Keeps exactly one tab stop when buttons get disabled (the roving one may have been). */
function tabIndexOf(first: boolean): number {
  return first ? 0 : -1;
}

export function renderEditToolbar(view: EditToolbarView): TemplateResult {
  const { editor } = view;
  const { canUndo, canRedo } = editor;
  return html`<div role="toolbar" class="edit-toolbar" part="edit-toolbar" aria-label=${msg('Edit the model')} @keydown=${onToolbarKeydown}>
      <button type="button" tabindex=${tabIndexOf(true)} aria-keyshortcuts="Control+Z" ?disabled=${!canUndo} @click=${() => editor.undo()}>${msg('Undo')}</button>
      <button type="button" tabindex="-1" aria-keyshortcuts="Control+Shift+Z Control+Y" ?disabled=${!canRedo} @click=${() => editor.redo()}>${msg('Redo')}</button>
      <button type="button" tabindex=${tabIndexOf(!canUndo)} @click=${view.addColumn}>${msg('Add column')}</button>
      <button type="button" tabindex="-1" @click=${view.newModel}>${msg('New empty model')}</button>
      <button type="button" tabindex="-1" @click=${view.exportJson}>${msg('Export JSON')}</button>
      <button type="button" tabindex="-1" @click=${view.chooseImport}>${msg('Import JSON')}</button>
      <button type="button" tabindex="-1" data-action="compare" @click=${view.compare}>${msg('Compare with an earlier version')}</button>
    </div>
    ${renderImportProblem(editor)}`;
}

/** The last import's problems, each located (`links[2].to: …`); nothing was changed. */
function renderImportProblem(editor: ModelEditor): TemplateResult | typeof nothing {
  const issues = editor.importIssues;
  if (!issues) return nothing;
  return html`<div class="edit-import-problem" role="alert" part="import-problem">
    <p><strong>${msg('The file could not be imported. Nothing was changed.')}</strong></p>
    <ul>
      ${issues.slice(0, 8).map((issue) => html`<li><code>${issue.path || msg('(the file)')}</code>: ${issueMessage(issue)}</li>`)}
    </ul>
  </div>`;
}
