import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { SammenElement } from '../../sammen-element.js';
import { icon, type IconName } from '../icons/icons.js';

/**
 * A button that shows only an icon; `label` is its accessible name and tooltip.
 *
 * @summary Icon-only button (≥ 44 px target by default).
 * @tagname sammen-icon-button
 * @csspart button - The native button.
 * @cssprop --sammen-target-size - Minimum width and height of the target (default 2.75rem).
 */
export class SammenIconButton extends SammenElement {
  static override shadowRootOptions = { ...SammenElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    SammenElement.styles,
    css`
      :host {
        display: inline-block;
      }
      button {
        display: inline-grid;
        place-items: center;
        inline-size: var(--s-target-size);
        block-size: var(--s-target-size);
        padding: 0;
        border: 2px solid transparent;
        border-radius: var(--s-radius);
        background: transparent;
        color: var(--s-color-primary);
        font: inherit;
        cursor: pointer;
      }
      button:hover:not(:disabled) {
        background: var(--s-color-primary-surface);
        border-color: var(--s-color-primary);
      }
      button[aria-pressed='true'] {
        background: var(--s-color-primary);
        color: var(--s-color-on-primary);
      }
      button:disabled {
        opacity: 0.5;
        cursor: not-allowed;
      }
      :host(:dir(rtl)) .flip svg {
        transform: scaleX(-1);
      }
      @media (forced-colors: active) {
        button {
          border-color: ButtonText;
          color: ButtonText;
        }
        button[aria-pressed='true'] {
          background: Highlight;
          color: HighlightText;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        button {
          transition: none;
        }
      }
    `,
  ];

  /** Which built-in icon to show. */
  @property() icon: IconName = 'info';
  /** Accessible name and tooltip (required: an icon alone says nothing to a screen reader). */
  @property() label = '';
  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Makes it a toggle: sets `aria-pressed`. */
  @property({ type: Boolean }) pressed?: boolean;

  override render() {
    // Arrows that mean "next/previous" point the other way in right-to-left text.
    const flip = this.icon === 'chevron-left' || this.icon === 'chevron-right';
    return html`<button
      part="button"
      type="button"
      class=${flip ? 'flip' : ''}
      aria-label=${this.label}
      title=${this.label}
      ?disabled=${this.disabled}
      aria-pressed=${this.pressed === undefined ? nothing : String(this.pressed)}
    >
      ${icon(this.icon)}
    </button>`;
  }
}
