import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { parseChangeModel, type ChangeModel, type Store } from '@sammen/sdk';
import {
  AnnouncerController,
  DEFAULT_HEADING_LEVEL,
  DocumentSourceController,
  SammenElement,
  StoredDocumentController,
  renderErrorView,
  resolveStore,
} from '@sammen/core';
import { newChangeModel } from './new-model.js';
import { loadExampleModel } from './example-model.js';
import { renderDetailView } from './detail-view.js';
import { changeModelStyles } from './change-model.styles.js';
import { EditMode } from './edit/edit-mode.js';
import { editStyles } from './edit/edit.styles.js';

/** The views of one model. */
export type ChangeModelView = 'detail' | 'overview' | 'outline';

/**
 * A municipality's change model: activities → short-term results → medium-term effects →
 * long-term effects, as columns of items joined by links that carry their rationale.
 *
 * Data: the `model` property, else `src`, else the model `document-id` in the store (editable,
 * autosaved), else the built-in example in the page's language.
 *
 * @summary A change model (theory of change), readable and explorable by keyboard and screen reader.
 * @tagname sammen-change-model
 * @fires sammen-select - An item or a link was selected, or the selection cleared; `detail: {selection}`.
 * @fires sammen-model-change - The user changed the model (edit mode); `detail: {model, reason}`.
 * @fires sammen-error - The model could not be loaded or saved; `detail: {code, message, issues?}`.
 * @csspart error - The inline error view.
 */
export class SammenChangeModel extends SammenElement {
  static override styles = [SammenElement.styles, changeModelStyles, editStyles];

  /** A `ChangeModel` to show (takes precedence over `src` and `document-id`). Validated: anything else shows a located error. */
  @property({ attribute: false }) model?: ChangeModel;
  /** URL of a `ChangeModel` JSON document to show. */
  @property() src?: string;
  /** Id of a model in the store to open (and, with `editable`, edit and autosave). */
  @property({ attribute: 'document-id' }) documentId?: string;
  /** `detail` (cards and connectors), `overview` (titles only, for a projector) or `outline` (nested lists). */
  @property({ reflect: true }) view: ChangeModelView = 'detail';
  /** The store for `document-id`; else the page default (`setDefaultStore`), else IndexedDB. */
  @property({ attribute: false }) store?: Store;
  /** Level of the widget's top heading (1–6, default 2); column and item headings go below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Edit mode: add, edit, remove, reorder and link items, undo/redo, import/export, compare. With `document-id` every edit autosaves. */
  @property({ type: Boolean, reflect: true }) editable = false;

  protected readonly announcer = new AnnouncerController(this);

  private readonly source = new DocumentSourceController<ChangeModel>(this, {
    parse: parseChangeModel,
    property: () => this.model,
    src: () => this.src,
    fallback: () => (this.documentId ? undefined : loadExampleModel(this.localeController.lang)),
  });

  protected readonly stored = new StoredDocumentController(this, {
    kind: 'change-model',
    id: () => (this.model || this.src ? undefined : this.documentId),
    store: () => resolveStore(this.store),
    create: newChangeModel,
  });

  protected readonly editMode = new EditMode(this, {
    stored: () => (!this.model && !this.src && this.documentId ? this.stored : undefined),
    source: () => this.source.loaded?.value,
    lang: () => this.localeController.lang,
    headingLevel: () => this.headingLevel,
    announce: (text) => this.announcer.announce(text),
    compare: () => undefined,
  });

  constructor() {
    super();
    this.announcer.followSaves(() => this.stored.status, () => this.stored.location);
  }

  /** Resolves when the shown model has loaded (or failed) — for hosts and tests. */
  get loaded(): Promise<unknown> {
    return this.updateComplete.then(() => this.source.settled).then(() => this.updateComplete);
  }

  /** The model shown now: the property / `src` / example, or the stored one. */
  protected get shown(): ChangeModel | undefined {
    if (!this.model && !this.src && this.documentId) return this.stored.status === 'loading' ? undefined : this.stored.doc;
    return this.editMode.localCopy ?? this.source.loaded?.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
  }

  private renderBody(): unknown {
    if (this.source.error) return renderErrorView(this.source.error, msg('The change model could not be shown'));
    const model = this.shown;
    if (!model) return html`<p class="loading" role="status">${msg('Loading the change model…')}</p>`;
    return html`${renderDetailView(model, this.localeController.lang, this.headingLevel)} ${this.editable ? this.editMode.render() : nothing}`;
  }

  override render() {
    return html`${this.renderBody()} ${this.announcer.render()} ${nothing}`;
  }
}
