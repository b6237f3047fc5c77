import { html } from 'lit';
import { msg } from '@lit/localize';
import { property, query } from 'lit/decorators.js';
import { SammenElement } from '../../sammen-element.js';
import type { SammenDialog } from './dialog.js';
import { DEFAULT_HEADING_LEVEL } from '../heading/heading.js';

/**
 * A confirmation before something that cannot be undone (reset a session, delete notes).
 * `await confirm.ask()` resolves `true` only when the user chose the confirming button.
 *
 * @summary Confirmation dialog with an `ask()` promise.
 * @tagname sammen-confirm
 * @csspart dialog - The dialog (see `sammen-dialog`).
 */
export class SammenConfirm extends SammenElement {
  /** The question, as the heading. */
  @property() heading = '';
  /** What will happen, in a sentence. */
  @property() message = '';
  /** The confirming button's label (default "OK"). */
  @property({ attribute: 'confirm-label' }) confirmLabel?: string;
  /** Level of the dialog's heading (see `sammen-dialog`). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;
  /** Shows the confirming button as dangerous (deleting). */
  @property({ type: Boolean }) danger = false;

  @query('sammen-dialog') private dialog!: SammenDialog;
  private resolve: ((confirmed: boolean) => void) | undefined;

  /** Opens the dialog; resolves whether the user confirmed. */
  async ask(): Promise<boolean> {
    await this.updateComplete;
    this.resolve?.(false);
    this.dialog.show();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(confirmed: boolean): void {
    this.resolve?.(confirmed);
    this.resolve = undefined;
    this.dialog.close();
  }

  /** Closed another way (Escape, the close button): that is a "no". */
  private onClose(): void {
    this.finish(false);
  }

  override render() {
    return html`<sammen-dialog part="dialog" exportparts="dialog" heading=${this.heading} heading-level=${this.headingLevel} @sammen-close=${this.onClose}>
      <p>${this.message}</p>
      <sammen-button slot="actions" variant="secondary" @click=${() => this.finish(false)}>${msg('Cancel')}</sammen-button>
      <sammen-button slot="actions" variant=${this.danger ? 'danger' : 'primary'} @click=${() => this.finish(true)}>
        ${this.confirmLabel ?? msg('OK')}
      </sammen-button>
    </sammen-dialog>`;
  }
}
