import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { SaveStatus } from '../../controllers/stored-document-controller.js';
import { SammenElement } from '../../sammen-element.js';
import { icon } from '../icons/icons.js';
import { saveStatusText } from './save-status-text.js';

export { saveStatusText };

/**
 * Says whether the user's work is saved and where, as text with an icon (never colour alone).
 * A widget shows one of these, not one per field. It is not a live region: the widget's
 * `AnnouncerController` (`followSaves`) speaks one message per save, so several fields or a
 * re-render never make a screen reader repeat it.
 *
 * @summary Save state: saving / saved on this device / saved to <host> / failed / conflict / deleted / replaced / recovered.
 * @tagname sammen-save-status
 * @csspart status - The text.
 */
export class SammenSaveStatus extends SammenElement {
  static override styles = [
    SammenElement.styles,
    css`
      :host {
        display: inline-block;
        font-size: 0.875em;
        color: var(--s-color-text-muted);
      }
      [part='status'] {
        display: inline-flex;
        align-items: center;
        gap: var(--s-space-1);
        overflow-wrap: anywhere;
      }
      :host([status='failed']) [part='status'],
      :host([status='conflict']) [part='status'],
      :host([status='deleted']) [part='status'],
      :host([status='replaced']) [part='status'] {
        color: var(--s-color-danger);
        font-weight: 600;
      }
    `,
  ];

  /** The state to show. */
  @property({ reflect: true }) status: SaveStatus = 'idle';
  /** Where work is kept: `device` (IndexedDB), `memory` (gone when the tab closes) or `remote`. */
  @property({ attribute: 'location-type' }) locationType: 'device' | 'memory' | 'remote' = 'device';
  /** The host's name for a remote store ("Saved to <label>"). */
  @property({ attribute: 'location-label' }) locationLabel?: string;

  override render() {
    const text = saveStatusText(this.status, { type: this.locationType, ...(this.locationLabel ? { label: this.locationLabel } : {}) });
    const warning = this.status === 'failed' || this.status === 'conflict' || this.status === 'deleted' || this.status === 'replaced';
    const symbol = this.status === 'saved' || this.status === 'recovered' ? icon('check') : warning ? icon('warning') : '';
    return html`<span part="status">${symbol}<span>${text}</span></span>`;
  }
}
