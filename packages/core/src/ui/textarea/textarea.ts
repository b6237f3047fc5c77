import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { SaveStatus } from '../../controllers/stored-document-controller.js';
import { fireSammenEvent } from '../../events.js';
import { SammenElement } from '../../sammen-element.js';
import { formFieldStyles } from '../../styles/form-field.js';

/** Detail of `sammen-input`. */
export interface SammenInputDetail {
  value: string;
}

/**
 * A labelled text area for notes and answers, with its save state beside it. Label, text area
 * and description live in one shadow root, so their ID references always resolve.
 *
 * @summary Labelled text area with autosave state.
 * @tagname sammen-textarea
 * @fires sammen-input - On every edit; `detail: {value}`.
 * @csspart label - The label.
 * @csspart textarea - The native text area.
 * @csspart description - The help text.
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
        min-block-size: 1.5em;
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
  /** Save state shown under the field. */
  @property({ attribute: 'save-state' }) saveState: SaveStatus = 'idle';
  /** Read-only (e.g. a worked training case). */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Maximum length in characters. */
  @property({ type: Number }) maxlength = 100_000;
  /** Where the text is saved, for the state line (see `sammen-save-status`). */
  @property({ attribute: 'location-type' }) locationType: 'device' | 'memory' | 'remote' = 'device';
  /** The host's name for a remote store. */
  @property({ attribute: 'location-label' }) locationLabel?: string;

  private onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    fireSammenEvent<SammenInputDetail>(this, 'sammen-input', { value: this.value });
  }

  override render() {
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
        aria-describedby=${this.description ? 'description' : nothing}
        @input=${this.onInput}
      ></textarea>
      <div class="meta"><sammen-save-status
          status=${this.saveState}
          location-type=${this.locationType}
          location-label=${this.locationLabel ?? nothing}
        ></sammen-save-status></div>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sammen-input': CustomEvent<SammenInputDetail>;
  }
}
