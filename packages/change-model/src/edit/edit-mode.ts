import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { resolveText, type ChangeModel, type Store } from '@sammen/sdk';
import { askToConfirm, heading, headingLevel, type SammenConfirm, type StoredDocumentController } from '@sammen/core';
import { newChangeModel } from '../new-model.js';
import { CompareController } from '../compare/compare-controller.js';
import type { ItemMark } from '../compare/compare-rows.js';
import { renderCompare } from '../compare/compare-view.js';
import { ModelEditor } from './edit-controller.js';
import { LinkDragController } from './link-drag-controller.js';
import { PendingFields } from '@sammen/core';
import { renderEditColumns } from './edit-columns.js';
import { renderEditToolbar } from './edit-toolbar.js';
import { renderItemForm } from './item-form.js';
import { downloadModel } from './model-file.js';
import { addColumn, freshId, withText } from './model-edits.js';

// The seam adopts these into the element's shadow root when this module arrives.
export { editStyles } from './edit.styles.js';

/** What edit mode needs from the element. */
export interface EditModeOptions {
  /** The stored document while a `document-id` is open (edits autosave through it), else undefined. */
  stored: () => StoredDocumentController<'change-model'> | undefined;
  /** The model from the property, `src` or the example (edited as a copy on screen). */
  source: () => ChangeModel | undefined;
  lang: () => string;
  headingLevel: () => number;
  announce: (text: string) => void;
  /** True while edit mode is on (`editable`). */
  enabled: () => boolean;
  /** The store and id of the stored model (saved versions are kept beside it), when one is open. */
  storedAt: () => { store: Store; id: string } | undefined;
}

/**
 * Edit mode of `<sammen-change-model editable>`: the working model (the stored document, or a copy
 * of the given model on screen), the editor, its confirm dialog and file input, and the rendering
 * of the whole editor. The element renders `editMode.render()` and shows `editMode.model`.
 */
export class EditMode implements ReactiveController {
  readonly editor: ModelEditor;
  /** "What changed": the comparison with a saved version or a file. */
  readonly compare: CompareController;
  /** Linking by dragging from a card's port to another card. */
  readonly linkDrag: LinkDragController;
  /** The edited copy of a model that is not stored (property, `src`, example). */
  private local: ChangeModel | undefined;
  private localBase: ChangeModel | undefined;
  private readonly confirmRef = createRef<SammenConfirm>();
  private readonly fileRef = createRef<HTMLInputElement>();

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: EditModeOptions,
  ) {
    host.addController(this);
    this.editor = new ModelEditor(host, {
      model: () => this.model,
      write: (next) => this.write(next),
      announce: options.announce,
      lang: options.lang,
      confirm: (title, message) => this.confirm(title, message),
      enabled: options.enabled,
    });
    this.linkDrag = new LinkDragController(host, this.editor, options.announce);
    // Text still in a field when the page goes becomes an edit, so the journal keeps it.
    new PendingFields(host);
    this.compare = new CompareController(host, {
      model: () => this.model,
      stored: options.storedAt,
      lang: options.lang,
      announce: options.announce,
    });
  }

  hostConnected(): void {}

  /** The model being edited: the stored working copy, else the local copy, else the given model. */
  get model(): ChangeModel | undefined {
    const stored = this.options.stored();
    if (stored) return stored.doc;
    return this.localCopy ?? this.options.source();
  }

  /** The edited copy of a given (not stored) model, for the element to show; undefined before the first edit. */
  get localCopy(): ChangeModel | undefined {
    if (this.options.stored()) return undefined;
    const source = this.options.source();
    if (source !== this.localBase) {
      // Another model was given: edits of the previous one do not carry over.
      this.localBase = source;
      this.local = undefined;
      this.editor.clearHistory();
    }
    return this.local;
  }

  private write(next: ChangeModel): void {
    const stored = this.options.stored();
    if (stored) stored.update(() => next);
    else this.local = next;
  }

  private async confirm(title: string, message: string, confirmLabel = msg('Delete')): Promise<boolean> {
    const dialog = this.confirmRef.value;
    if (!dialog) return false;
    dialog.heading = title;
    dialog.message = message;
    dialog.confirmLabel = confirmLabel;
    return askToConfirm(dialog);
  }

  private addColumn(): void {
    const model = this.model;
    if (!model) return;
    const id = freshId(model, 'column');
    const title = msg('New column');
    this.editor.apply('column-added', [id], msg(str`Column added: ${title}`), (current) =>
      addColumn(current, { id, kind: 'other', title: { [this.options.lang()]: title }, items: [] }),
    );
  }

  private async newModel(): Promise<void> {
    const ok = await this.confirm(
      msg('Start a new empty model?'),
      msg('The model is replaced by an empty one with the four usual columns. You can undo it with Ctrl+Z.'),
      msg('Start a new model'),
    );
    if (!ok) return;
    this.editor.openItem = undefined;
    this.editor.apply('model-replaced', [], msg('New empty model'), (current) => ({ ...newChangeModel(current.id), revision: current.revision }));
  }

  private async onImportFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    this.editor.importText(text, file.name);
  }

  /** The model's own title and target group. */
  private renderModelFields(model: ChangeModel, lang: string): TemplateResult {
    const field = (name: 'title' | 'targetGroup', label: string) =>
      html`<label class="s-field"
        ><span class="s-field__label">${label}</span>
        <input
          .value=${resolveText(model[name], lang)}
          @change=${(event: Event) => {
            const value = (event.target as HTMLInputElement).value.trim();
            this.editor.apply('model-changed', [], msg(str`${label} changed: ${value}`), (current) => {
              const next = { ...current, [name]: withText(current[name], lang, value) };
              if (name === 'targetGroup' && !value) delete next.targetGroup;
              return next;
            });
          }}
      /></label>`;
    return html`<div class="edit-row edit-model-fields">${field('title', msg('Title of the model'))} ${field('targetGroup', msg('Target group'))}</div>`;
  }

  /** Above the board: the editor's heading, save state, the model's title, the toolbar, import problems, the pointer-link hint. */
  renderTools(): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model) return nothing;
    const lang = this.options.lang();
    const stored = this.options.stored();
    const { editor } = this;
    const connectingTitle = editor.connectingFrom ? editor.titleOf(editor.connectingFrom) : '';
    return html`<section class="editor" part="editor" aria-labelledby="editor-heading">
      ${heading(headingLevel(this.options.headingLevel(), 1), msg('Edit the model'), { id: 'editor-heading' })}
      ${stored
        ? html`<sammen-save-status status=${stored.status} location-type=${stored.location.type} location-label=${stored.location.label ?? nothing}></sammen-save-status>`
        : html`<p class="edit-note">${msg('Changes are kept on this screen only: export the model as JSON to keep them.')}</p>`}
      ${this.renderModelFields(model, lang)}
      ${renderEditToolbar({
        editor,
        addColumn: () => this.addColumn(),
        newModel: () => void this.newModel(),
        exportJson: () => downloadModel(model),
        chooseImport: () => this.fileRef.value?.click(),
        compare: () => void this.compare.show(),
      })}
      <input type="file" ${ref(this.fileRef)} hidden accept="application/json,.json" @change=${(event: Event) => void this.onImportFile(event)} />
      ${editor.connectingFrom
        ? html`<p class="edit-connecting" role="status">
            ${msg(str`Connecting from ${connectingTitle}: click the item it leads to, or press Escape.`)}
            <button type="button" @click=${() => editor.cancelConnecting()}>${msg('Cancel connecting')}</button>
          </p>`
        : nothing}
      ${renderCompare(this.compare, headingLevel(this.options.headingLevel(), 1))} ${this.linkDrag.renderLine()}
    </section>`;
  }

  /** A card's outgoing port on the board (drag from it to link; press it to link by clicks). */
  renderPort(itemId: string, focusable: boolean): TemplateResult {
    return this.linkDrag.renderPort(itemId, focusable);
  }

  /** Items the board marks while a comparison is shown (added, changed). */
  get marks(): ReadonlyMap<string, ItemMark> | undefined {
    return this.compare.marks;
  }

  /** Below the board: the columns' item lists, the open item's form and the confirmation dialog. */
  renderPanel(): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model) return nothing;
    const lang = this.options.lang();
    const level = headingLevel(this.options.headingLevel(), 1);
    const { editor } = this;
    return html`<section class="edit-body" part="edit-panel" aria-labelledby="edit-panel-heading">
      ${heading(level, msg('Items and links'), { id: 'edit-panel-heading' })}
      ${renderEditColumns({ model, editor, lang, headingLevel: level })} ${renderItemForm({ model, editor, lang, headingLevel: level })}
      <sammen-confirm ${ref(this.confirmRef)} heading-level=${level} danger></sammen-confirm>
    </section>`;
  }
}
