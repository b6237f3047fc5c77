/**
 * Text typed into a field that commits on `change` (the browser fires it when the field loses
 * focus) exists only in that field until the user leaves it; a reload, a navigation or a closed
 * tab while the cursor is still there never fires `change`, so the text was lost even though every
 * committed edit is journalled at once. This keeps the fields of one widget that received input
 * since their last `change`, and on {@link PendingFields.commit} (the page is going) fires the
 * `change` the browser would have fired on leaving, so the widget's own handler commits the text
 * through the usual edit path and the journal keeps it.
 *
 * `input` is composed, so one capturing listener on the host sees typing in every shadow root
 * below it; `change` is not, so each pending field gets its own one-shot `change` listener.
 */
export class PendingFields {
  private readonly pending = new Set<HTMLInputElement | HTMLTextAreaElement>();
  private host: HTMLElement | undefined;

  /** Starts watching typing inside `host` (its light and shadow trees). */
  connect(host: HTMLElement): void {
    this.host = host;
    host.addEventListener('input', this.onInput, true);
  }

  disconnect(): void {
    this.host?.removeEventListener('input', this.onInput, true);
    this.host = undefined;
    for (const field of this.pending) field.removeEventListener('change', this.onChange);
    this.pending.clear();
  }

  /** Fires `change` on every field typed in since its last `change` (still in the page). */
  commit(): void {
    for (const field of [...this.pending]) {
      this.forget(field);
      if (field.isConnected) field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  private readonly onInput = (event: Event): void => {
    const field = event.composedPath()[0];
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || this.pending.has(field)) return;
    this.pending.add(field);
    field.addEventListener('change', this.onChange);
  };

  private readonly onChange = (event: Event): void => {
    this.forget(event.currentTarget as HTMLInputElement | HTMLTextAreaElement);
  };

  private forget(field: HTMLInputElement | HTMLTextAreaElement): void {
    field.removeEventListener('change', this.onChange);
    this.pending.delete(field);
  }
}
