import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { createRef, ref } from 'lit/directives/ref.js';
import { newId, type DocumentKind, type DocumentOfKind, type Store } from '@sammen/sdk';
import { fireSammenEvent } from '../events.js';
import { toErrorDetail } from '../errors/to-error-detail.js';
import { StoredDocumentController } from '../controllers/stored-document-controller.js';
import type { SammenConfirm } from '../ui/dialog/confirm.js';
import { askToConfirm } from '../lazy-definition.js';
import { DEFAULT_HEADING_LEVEL } from '../ui/heading/heading.js';

/** Why a session changed, in `sammen-session-change`. */
export type SessionChangeReason = 'opened' | 'created' | 'copied' | 'edited' | 'deleted' | 'closed';

/** Detail of `sammen-session-change`. */
export interface SessionChangeDetail {
  /** The session's id (undefined when going back to the list). */
  id: string | undefined;
  reason: SessionChangeReason;
}

/** The words a widget gives for its kind of session ("situation", "map", …), read when needed so they follow the locale. */
export interface SessionTexts {
  /** The title shown for a session without one ("Untitled situation"). */
  untitled: string;
  /** What deleting does, in the confirmation ("The situation and everything in it is deleted."). */
  deleteMessage: string;
  /** Spoken after a delete ("The situation was deleted."). */
  deleted: string;
}

/** Configuration of a {@link SessionController}. */
export interface SessionOptions<K extends DocumentKind> {
  kind: K;
  /** The store (the widget's `.store`, else the page default). */
  store: () => Store;
  /** The host's `document-id`: a session to open and autosave without a list. */
  documentId: () => string | undefined;
  /** True while the host shows a read-only document (its property, `src` or an example). */
  readOnlyInput: () => boolean;
  /** A fresh session for a new id. */
  create: (id: string) => DocumentOfKind<K>;
  /** The session's own title ('' when it has none). */
  titleOf: (doc: DocumentOfKind<K>) => string;
  texts: () => SessionTexts;
  /** Speaks a message through the widget's one announcer. */
  announce: (text: string) => void;
  /** Called when another session opens (reset selection and the like). */
  onOpened?: () => void;
  /** Called when the user goes back to the list. */
  onClosed?: () => void;
}

/**
 * The sessions of a widget that keeps its users' work in a store: open one by `document-id` or
 * from a list, create one, work on a copy of a read-only document, delete one (after a
 * confirmation), go back to the list. Each change fires `sammen-session-change`; errors fire
 * `sammen-error`. Owns the {@link StoredDocumentController} of the open session and the list's
 * `@lit/task`; the widget renders `renderConfirm()` once and the list with `renderSessionList`.
 */
export class SessionController<K extends DocumentKind> {
  /** A session opened in the widget (from the list, "new" or "work on a copy"); wins over the host's inputs. */
  openedId: string | undefined;
  /** The open session, autosaved. */
  readonly stored: StoredDocumentController<K>;
  /** The saved sessions, loaded while the list is shown. */
  readonly list: Task<readonly [boolean, number, Store], DocumentOfKind<K>[] | undefined>;
  private listVersion = 0;
  private pendingCopy: DocumentOfKind<K> | undefined;
  /** The dialog `renderConfirm` rendered (a ref, not a CSS query of the host's shadow root). */
  private readonly confirmRef = createRef<SammenConfirm>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: SessionOptions<K>,
  ) {
    this.stored = new StoredDocumentController(host, {
      kind: options.kind,
      id: () => this.openedId ?? (options.readOnlyInput() ? undefined : options.documentId()),
      store: options.store,
      create: (id) => (this.pendingCopy?.id === id ? this.pendingCopy : options.create(id)),
      onReplaced: (doc) => {
        // A copy is saved at once, so it shows in the list even before the first edit.
        if (doc.id === this.pendingCopy?.id && doc.revision === 0) queueMicrotask(() => this.stored.update((current) => current));
      },
    });
    this.list = new Task(host, {
      args: () => [this.showsList, this.listVersion, options.store()] as const,
      task: async ([shows, , store]) => (shows ? store.list(options.kind) : undefined),
      onError: (error) => fireSammenEvent(host, 'sammen-error', toErrorDetail(error, 'list-failed')),
    });
  }

  /** True when the widget shows the list (no session opened, no `document-id`, no read-only input). */
  get showsList(): boolean {
    return !this.openedId && !this.options.readOnlyInput() && !this.options.documentId();
  }

  /** True when the open session was chosen in the widget, so "back to the list" makes sense. */
  get openedHere(): boolean {
    return Boolean(this.openedId) && !this.options.documentId();
  }

  /** Resolves when the list (if shown) has loaded. */
  get listLoaded(): Promise<unknown> {
    return this.list.taskComplete.catch(() => undefined);
  }

  /** Applies an edit to the open session (autosaved) and says so. */
  edit(edit: (doc: DocumentOfKind<K>) => DocumentOfKind<K>): void {
    const doc = this.stored.doc;
    if (!doc) return;
    this.stored.update(edit);
    this.changed(doc.id, 'edited');
  }

  /** Opens a saved session. */
  open(id: string): void {
    this.show(id, 'opened');
  }

  /** Starts a new session. */
  create(): void {
    this.show(newId(), 'created');
  }

  /** Opens an editable copy of a read-only document (without its read-only mark), saved at once. */
  workOnCopy(doc: DocumentOfKind<K>): void {
    const { readOnly: _readOnly, ...rest } = doc as DocumentOfKind<K> & { readOnly?: boolean };
    const copy = { ...rest, id: newId(), revision: 0, updatedAt: new Date().toISOString() } as DocumentOfKind<K>;
    this.pendingCopy = copy;
    this.show(copy.id, 'copied');
    this.options.announce(msg('You are now working on your own copy.'));
  }

  /** Saves what is pending and goes back to the list. */
  async close(): Promise<void> {
    await this.stored.flush();
    this.openedId = undefined;
    this.options.onClosed?.();
    this.listVersion += 1;
    this.host.requestUpdate();
    this.changed(undefined, 'closed');
  }

  /** Asks, then deletes a session (the open one or one in the list) and goes back to the list. */
  async remove(doc: DocumentOfKind<K>): Promise<void> {
    const confirm = this.confirmRef.value;
    if (!confirm) return;
    const texts = this.options.texts();
    const title = this.options.titleOf(doc).trim() || texts.untitled;
    confirm.heading = msg(str`Delete “${title}”?`);
    confirm.message = texts.deleteMessage;
    if (!(await askToConfirm(confirm))) return;
    try {
      if (this.stored.doc?.id === doc.id) await this.stored.remove();
      else {
        await this.options.store().delete(this.options.kind, doc.id);
        // Unsaved text of it left on this device by a closed page goes too. (The journal is
        // imported here, as by StoredDocumentController: a page that only lists sessions does not load it.)
        const { forgetUnsavedText } = await import('../controllers/unsaved-journal.js');
        forgetUnsavedText(this.options.store(), this.options.kind, doc.id);
      }
      this.openedId = undefined;
      this.listVersion += 1;
      this.host.requestUpdate();
      this.changed(doc.id, 'deleted');
      this.options.announce(texts.deleted);
    } catch (error) {
      fireSammenEvent(this.host, 'sammen-error', toErrorDetail(error, 'delete-failed'));
    }
  }

  /** The confirmation dialog `remove` asks with, its heading at `headingLevel`; render it once in the widget. */
  renderConfirm(headingLevel: number = DEFAULT_HEADING_LEVEL): TemplateResult {
    return html`<sammen-confirm ${ref(this.confirmRef)} data-session-confirm confirm-label=${msg('Delete')} heading-level=${headingLevel} danger></sammen-confirm>`;
  }

  private show(id: string, reason: SessionChangeReason): void {
    this.openedId = id;
    this.options.onOpened?.();
    this.host.requestUpdate();
    this.changed(id, reason);
  }

  private changed(id: string | undefined, reason: SessionChangeReason): void {
    fireSammenEvent(this.host, 'sammen-session-change', { id, reason });
  }
}

declare global {
  interface HTMLElementEventMap {
    /** Fired by widgets that keep sessions: one was opened, created, copied, edited, deleted or closed. */
    'sammen-session-change': CustomEvent<SessionChangeDetail>;
  }
}
