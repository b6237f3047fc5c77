import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { LIMITS } from '@sammen/sdk';
import type { SaveStatus } from '../../controllers/stored-document-controller.js';
import { fireSammenEvent } from '../../events.js';
import { SammenElement } from '../../sammen-element.js';
import { atLengthLimit, renderLengthCount, showsLengthCount } from './length-limit.js';

/** Detail of `sammen-input`. */
export interface SammenInputDetail {
  value: string;
}

/**
 * A labelled text area for notes and answers, with its save state beside it. Label, text area
 * and description live in one shadow root, so their ID references always resolve. From 80 % of
 * `maxlength` on it shows the count ("16.000 af 20.000 tegn"), and says once, politely, when the
 * field is full.
 *
 * @summary Labelled text area with autosave state.
 * @tagname sammen-textarea
 * @fires sammen-input - On every edit; `detail: {value}`.
 * @csspart label - The label.
 * @csspart textarea - The native text area.
 * @csspart description - The help text.
 * @csspart counter - The character count, shown near the limit.
 */
export class SammenTextarea extends SammenElement {
  static override shadowRootOptions = { ...SammenElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    SammenElement.styles,
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
        border: 1px solid var(--s-color-border);
        border-radius: var(--s-radius-small);
        background: var(--s-color-surface-raised);
        color: var(--s-color-text);
        font: inherit;
        line-height: 1.5;
        resize: vertical;
        overflow-wrap: anywhere;
      }
      textarea[readonly] {
        background: var(--s-color-surface);
      }
      .meta {
        min-block-size: 1.5em;
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: var(--s-space-1) var(--s-space-3);
      }

      @media (forced-colors: active) {
        textarea {
          border-color: CanvasText;
        }
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
  /** Maximum length in characters; give the SDK's limit of the field (`LIMITS.text`, `LIMITS.note`). */
  @property({ type: Number }) maxlength: number = LIMITS.note;
  /** Where the text is saved, for the state line (see `sammen-save-status`). */
  @property({ attribute: 'location-type' }) locationType: 'device' | 'memory' | 'remote' = 'device';
  /** The host's name for a remote store. */
  @property({ attribute: 'location-label' }) locationLabel?: string;

  private onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    fireSammenEvent<SammenInputDetail>(this, 'sammen-input', { value: this.value });
  }

  override render() {
    const described = [this.description ? 'description' : '', showsLengthCount(this.value.length, this.maxlength) && !this.readonly ? 'counter' : ''].filter(Boolean).join(' ');
    const full = !this.readonly && atLengthLimit(this.value.length, this.maxlength);
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
      <div class="meta">
        <sammen-save-status status=${this.saveState} location-type=${this.locationType} location-label=${this.locationLabel ?? nothing}></sammen-save-status>
        ${this.readonly ? nothing : renderLengthCount(this.value.length, this.maxlength, 'counter')}
      </div>
      <div class="visually-hidden" role="status">${full ? msg('The field is full.') : ''}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sammen-input': CustomEvent<SammenInputDetail>;
  }
}
