import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { LIMITS } from '@sammen/sdk';
import type { SaveStatus } from '../../controllers/stored-document-controller.js';
import { fireSammenEvent } from '../../events.js';
import { SammenElement } from '../../sammen-element.js';
import { formFieldStyles } from '../../styles/form-field.js';
import { atLengthLimit, renderLengthCount, showsLengthCount } from './length-limit.js';

/** Detail of `sammen-input`. */
export interface SammenInputDetail {
  value: string;
}

/**
 * A labelled text area for notes and answers. Label, text area and description live in one
 * shadow root, so their ID references always resolve. Whether the text is saved is said once per
 * widget (`sammen-save-status`), not under every field. From 80 % of `maxlength` on it shows the
 * count ("16.000 af 20.000 tegn"), and says once, politely, when the field is full — through the
 * enclosing widget's announcer (`sammen-announce`), as it has no live region of its own.
 *
 * @summary Labelled text area.
 * @tagname sammen-textarea
 * @fires sammen-input - On every edit; `detail: {value}`.
 * @fires sammen-announce - When an edit fills the field; `detail: {message}`, for the widget's announcer.
 * @csspart label - The label.
 * @csspart textarea - The native text area.
 * @csspart description - The help text.
 * @csspart counter - The character count, shown near the limit.
 */
export class SammenTextarea extends SammenElement {
  static override shadowRootOptions = { ...SammenElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    SammenElement.styles,
    formFieldStyles,
    css`
      :host {
        display: block;
      }
      .field {
        display: grid;
        gap: var(--s-space-1);
      }
      label {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      [part='description'] {
        margin: 0;
        color: var(--s-color-text-muted);
        font-size: 0.9em;
      }
      textarea {
        inline-size: 100%;
        min-block-size: 4.5em;
        padding: var(--s-space-2) var(--s-space-3);
        line-height: 1.5;
        resize: vertical;
        overflow-wrap: anywhere;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: var(--s-space-1) var(--s-space-3);
      }
    `,
  ];

  /** The visible label (also the accessible name). */
  @property() label = '';
  /** Help text under the label. */
  @property() description?: string;
  /** The text. */
  @property() value = '';
  /** Visible rows. */
  @property({ type: Number }) rows = 4;
  /** The widget's save state; `failed` marks the field invalid (the widget shows the problem once). */
  @property({ attribute: 'save-state' }) saveState: SaveStatus = 'idle';
  /** Read-only (e.g. a worked training case). */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Maximum length in characters; give the SDK's limit of the field (`LIMITS.text`, `LIMITS.note`). */
  @property({ type: Number }) maxlength: number = LIMITS.note;

  private onInput(event: Event): void {
    const wasFull = atLengthLimit(this.value.length, this.maxlength);
    this.value = (event.target as HTMLTextAreaElement).value;
    fireSammenEvent(this, 'sammen-input', { value: this.value });
    // Said once as the field fills, by the enclosing widget's one announcer (no live region per field).
    if (!wasFull && atLengthLimit(this.value.length, this.maxlength)) fireSammenEvent(this, 'sammen-announce', { message: msg('The field is full.') });
  }

  override render() {
    const described = [this.description ? 'description' : '', showsLengthCount(this.value.length, this.maxlength) && !this.readonly ? 'counter' : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label part="label" for="field">${this.label}</label>
      ${this.description ? html`<p part="description" id="description">${this.description}</p>` : nothing}
      <textarea
        part="textarea"
        id="field"
        .value=${this.value}
        rows=${this.rows}
        maxlength=${this.maxlength}
        dir="auto"
        aria-invalid=${this.saveState === 'failed' ? 'true' : nothing}
        ?readonly=${this.readonly}
        aria-describedby=${described || nothing}
        @input=${this.onInput}
      ></textarea>
      ${this.readonly ? nothing : html`<div class="meta">${renderLengthCount(this.value.length, this.maxlength, 'counter')}</div>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sammen-input': CustomEvent<SammenInputDetail>;
  }
}
