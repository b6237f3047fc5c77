import { fireSammenEvent } from '../../events.js';
import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SammenElement } from '../../sammen-element.js';
import { defineWhenNeeded } from '../../lazy-definition.js';
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
  /**
   * Whether the dialog is rendered: from the first `ask()` on. `sammen-dialog` is defined then
   * (most pages never ask, so they never download it), and nothing of a closed dialog shows.
   */
  @state() private asked = false;

  /** Opens the dialog; resolves whether the user confirmed. */
  ask(): Promise<boolean> {
    this.resolve?.(false);
    const answer = new Promise<boolean>((resolve) => (this.resolve = resolve));
    void this.open();
    return answer;
  }

  private async open(): Promise<void> {
    try {
      if (!this.asked) {
        await defineWhenNeeded(this, 'sammen-dialog', async () => (await import('./dialog.js')).SammenDialog);
        this.asked = true;
      }
      await this.updateComplete;
      this.dialog.show();
    } catch (error) {
      // The dialog could not be loaded (offline): nothing was confirmed, and the host page hears why.
      fireSammenEvent(this, 'sammen-error', { code: 'load-failed', message: `Sammen could not open the confirmation: ${String(error)}` });
      this.finish(false);
    }
  }

  private finish(confirmed: boolean): void {
    this.resolve?.(confirmed);
    this.resolve = undefined;
    this.dialog?.close();
  }

  /** Closed another way (Escape, the close button): that is a "no". */
  private onClose(): void {
    this.finish(false);
  }

  override render() {
    if (!this.asked) return nothing;
    return html`<sammen-dialog part="dialog" exportparts="dialog" heading=${this.heading} heading-level=${this.headingLevel} @sammen-close=${this.onClose}>
      <p>${this.message}</p>
      <sammen-button slot="actions" variant="secondary" @click=${() => this.finish(false)}>${msg('Cancel')}</sammen-button>
      <sammen-button slot="actions" variant=${this.danger ? 'danger' : 'primary'} @click=${() => this.finish(true)}>
        ${this.confirmLabel ?? msg('OK')}
      </sammen-button>
    </sammen-dialog>`;
  }
}
