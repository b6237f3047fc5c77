import { css, html } from 'lit';
import { msg } from '@lit/localize';
import { property, query } from 'lit/decorators.js';
import { fireSammenEvent } from '../../events.js';
import { SammenElement } from '../../sammen-element.js';
import { DEFAULT_HEADING_LEVEL, heading } from '../heading/heading.js';

/**
 * A modal dialog on the native `<dialog>`: the rest of the page is inert while it is open, focus
 * moves into it and returns to where it was, Escape and the close button close it.
 *
 * @summary Modal dialog with heading, body and actions.
 * @tagname sammen-dialog
 * @slot - The body.
 * @slot actions - Buttons at the end (e.g. Cancel / Delete).
 * @fires sammen-close - When the dialog closes, however it was closed; `detail: {}`.
 * @csspart dialog - The native dialog.
 * @csspart heading - The heading.
 * @csspart body - The body.
 * @csspart actions - The actions row.
 */
export class SammenDialog extends SammenElement {
  static override styles = [
    SammenElement.styles,
    css`
      dialog {
        inline-size: min(36rem, calc(100vw - 2rem));
        max-block-size: calc(100dvh - 2rem);
        padding: 0;
        border: 2px solid var(--s-color-border);
        border-radius: var(--s-radius);
        background: var(--s-color-surface-raised);
        color: var(--s-color-text);
        box-shadow: var(--s-shadow);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
      /* A <div>, not <header>: a <header> in a shadow root becomes a page banner landmark. */
      .header {
        display: flex;
        align-items: start;
        justify-content: space-between;
        gap: var(--s-space-2);
        padding: var(--s-space-3) var(--s-space-4) 0;
      }
      [part='heading'] {
        margin: 0;
        padding-block-start: var(--s-space-2);
        font-size: 1.25em;
        overflow-wrap: anywhere;
      }
      [part='body'] {
        padding: var(--s-space-2) var(--s-space-4);
        overflow-wrap: anywhere;
      }
      [part='actions'] {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: var(--s-space-2);
        padding: 0 var(--s-space-4) var(--s-space-4);
      }
      @media (forced-colors: active) {
        dialog {
          border-color: CanvasText;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        dialog,
        dialog::backdrop {
          transition: none;
          animation: none;
        }
      }
    `,
  ];

  /** The heading (also the dialog's accessible name). */
  @property() heading = '';
  /** Level of the heading, so it fits the host page's outline (1–6, default 2). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;
  /** Whether the dialog is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  private returnFocusTo: Element | null = null;

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog. */
  close(): void {
    this.open = false;
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) {
      this.returnFocusTo = deepActiveElement();
      this.dialog.showModal();
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
    }
  }

  private onClose(): void {
    this.open = false;
    // Return focus to the control that opened the dialog (WAI-ARIA dialog pattern).
    (this.returnFocusTo as HTMLElement | null)?.focus?.();
    this.returnFocusTo = null;
    fireSammenEvent(this, 'sammen-close', {});
  }

  override render() {
    return html`<dialog part="dialog" aria-labelledby="heading" @close=${this.onClose}>
      <div class="header">
        ${heading(this.headingLevel, this.heading, { part: 'heading', id: 'heading' })}
        <sammen-icon-button icon="close" label=${msg('Close')} @click=${this.close}></sammen-icon-button>
      </div>
      <div part="body"><slot></slot></div>
      <div part="actions"><slot name="actions"></slot></div>
    </dialog>`;
  }
}

/** The focused element, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

declare global {
  interface HTMLElementEventMap {
    'sammen-close': CustomEvent<Record<string, never>>;
  }
}
