import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { SammenElement } from '../../sammen-element.js';
import { buttonStyles } from './button.styles.js';

/**
 * A button in Sammen's style, with a native `<button>` inside (keyboard, form and screen reader
 * behaviour come from the platform).
 *
 * @summary Button with primary, secondary, quiet and danger looks; can be a toggle.
 * @tagname sammen-button
 * @slot - The label.
 * @slot start - An icon before the label.
 * @csspart button - The native button.
 */
export class SammenButton extends SammenElement {
  static override styles = [SammenElement.styles, buttonStyles];
  static override shadowRootOptions = { ...SammenElement.shadowRootOptions, delegatesFocus: true };

  /** Look: `primary` (default), `secondary`, `quiet` or `danger`. */
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'quiet' | 'danger' = 'primary';
  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Makes it a toggle button: `true`/`false` set `aria-pressed`; unset for an ordinary button. */
  @property({ type: Boolean }) pressed?: boolean;
  /** For disclosure buttons: sets `aria-expanded`. */
  @property({ type: Boolean }) expanded?: boolean;
  /** Native button type (`button` by default, so it never submits a host page's form by accident). */
  @property() type: 'button' | 'submit' | 'reset' = 'button';
  /** Accessible name when the visible label is not enough (e.g. "Next card: Velkommen"). */
  @property() label?: string;

  override render() {
    return html`<button
      part="button"
      type=${this.type}
      ?disabled=${this.disabled}
      aria-pressed=${this.pressed === undefined ? nothing : String(this.pressed)}
      aria-expanded=${this.expanded === undefined ? nothing : String(this.expanded)}
      aria-label=${this.label ?? nothing}
    >
      <slot name="start"></slot><slot></slot>
    </button>`;
  }
}
