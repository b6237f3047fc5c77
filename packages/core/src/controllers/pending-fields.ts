import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A widget's form fields that commit on `change` (one undo step per field: the change model's
 * editor, the relation map's table) are committed when the field loses focus. Text typed and not yet left exists only in the field, and a page that
 * goes (reload, navigation, closed tab) never fires that `change`: the text was lost although
 * every committed edit is journalled at once (core's StoredDocumentController). This remembers the
 * field typed in and not left since and, when the page goes or is hidden (a hidden tab may be
 * discarded without `pagehide`), fires the `change` the browser would have fired on leaving it,
 * so the field's own handler makes it an edit and the journal keeps it. Found by
 * test/graph-reload.node.test.ts: a rationale typed and reloaded at 0 ms came back empty.
 *
 * One field at a time: leaving a field (`focusout`, which follows its `change`) ends its turn.
 * `input` and `focusout` are composed, so listeners on the host see its shadow root.
 */
export class PendingFields implements ReactiveController {
  private field: HTMLInputElement | HTMLTextAreaElement | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('input', this.onInput, true);
    this.host.addEventListener('focusout', this.onLeave, true);
    window.addEventListener('pagehide', this.commit);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('input', this.onInput, true);
    this.host.removeEventListener('focusout', this.onLeave, true);
    window.removeEventListener('pagehide', this.commit);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.field = undefined;
  }

  /** Fires `change` on the field typed in and not left since, if it is still in the page. */
  readonly commit = (): void => {
    const field = this.field;
    this.field = undefined;
    if (field?.isConnected) field.dispatchEvent(new Event('change', { bubbles: true }));
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.commit();
  };

  private readonly onInput = (event: Event): void => {
    const field = event.composedPath()[0];
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) this.field = field;
  };

  private readonly onLeave = (event: Event): void => {
    if (event.composedPath()[0] === this.field) this.field = undefined;
  };
}
