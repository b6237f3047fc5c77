import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DocumentKind, DocumentOfKind, StoreLocation } from '@sammen/sdk';
import { fireSammenEvent, type SammenErrorDetail } from '../events.js';
import type { SaveStatus, StoredDocumentOptions } from './stored-document-types.js';
import type { StoredDocument } from './stored-document.js';

export type { SaveStatus, StoredDocumentOptions };

// The machinery that keeps a document (journal of unsaved edits, optimistic writes, conflicts,
// and through the store every kind's validation) is a chunk of its own, imported the first time
// a document id is given: most pages show a widget's example and never open one.
const loadStoredDocument = () => import('./stored-document.js');

/**
 * A document kept in a store while the user edits it: loads it by id (or creates it), applies
 * edits immediately in memory and — synchronously — to the journal of unsaved edits on this
 * device (see `unsaved-journal.ts`), writes them debounced with optimistic concurrency, and
 * shows every state in {@link SaveStatus}. Nothing typed is lost: the journal survives a reload,
 * a closed tab and a failing store, and is replayed when the document is opened again; a switch
 * to another id first writes to the old one; conflicts and deletions elsewhere are shown and
 * resolved only by the user's choice.
 *
 * The work is done by `StoredDocument` (stored-document.ts), imported when the id is first set;
 * until it is there the status is `loading` and `doc` is undefined, as while a document loads,
 * so nothing can be typed that could be lost. From then on it listens for `pagehide` itself.
 */
export class StoredDocumentController<K extends DocumentKind> implements ReactiveController {
  private session: StoredDocument<K> | undefined;
  private importing: Promise<void> | undefined;
  private importError: SammenErrorDetail | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: StoredDocumentOptions<K>,
  ) {
    host.addController(this);
  }

  /** The working copy, including edits not yet written. */
  get doc(): DocumentOfKind<K> | undefined {
    return this.session?.doc;
  }

  /** What the user sees about their work (see {@link SaveStatus}). */
  get status(): SaveStatus {
    if (this.session) return this.session.status;
    if (this.importError) return 'failed';
    return this.importing ? 'loading' : 'idle';
  }

  /** The `sammen-error` detail of the last problem (technical, for the event; not shown as is). */
  get error(): SammenErrorDetail | undefined {
    return this.session ? this.session.error : this.importError;
  }

  /** The SDK's code for why the last load or write failed (`storage-full`, `network`, …). */
  get failureCode(): string | undefined {
    return this.session?.failureCode;
  }

  /** The stored document that won, when `status` is `conflict`. */
  get conflicting(): DocumentOfKind<K> | undefined {
    return this.session?.conflicting;
  }

  /** This window's text before another window replaced it, when `status` is `replaced`. */
  get previous(): DocumentOfKind<K> | undefined {
    return this.session?.previous;
  }

  /** Where saved work goes, for "saved on this device" / "saved to …". */
  get location(): StoreLocation {
    return this.options.store().location;
  }

  /** True when edits exist that the store does not have yet. */
  get hasUnsavedChanges(): boolean {
    return this.session?.hasUnsavedChanges ?? false;
  }

  /** True when unsaved edits survive a reload (journalled on this device); false: only on screen. */
  get keptOnDevice(): boolean {
    return this.session?.keptOnDevice ?? false;
  }

  hostUpdate(): void {
    if (this.session || this.importing || !this.host.isConnected || !this.options.id()) return;
    this.importError = undefined;
    this.importing = loadStoredDocument().then(
      ({ StoredDocument }) => {
        // It adds itself to the host (connected: at once) and loads the document in the next update.
        this.session = new StoredDocument(this.host, this.options);
        this.host.requestUpdate();
      },
      () => {
        // The chunk did not arrive (offline, a server without it): say so; `retry` tries again.
        this.importing = undefined;
        this.importError = { code: 'load-failed', message: 'The part of Sammen that saves work could not be loaded.' };
        this.host.requestUpdate();
        fireSammenEvent(this.host, 'sammen-error', this.importError);
      },
    );
  }

  /**
   * Resolves when the document asked for is shown (or its failure is): the saving machinery is
   * loaded and the document read. At once when no document was asked for. For hosts' `loaded`.
   */
  get settled(): Promise<void> {
    if (!this.importing) return Promise.resolve();
    return this.importing.then(async () => {
      // The session loads the document in the update its arrival requested.
      await this.host.updateComplete;
      await this.session?.loading;
    });
  }

  /** Applies an edit now (journalled at once on this device) and schedules the write. */
  update(edit: (doc: DocumentOfKind<K>) => DocumentOfKind<K>): void {
    this.session?.update(edit);
  }

  /** Writes pending edits now (e.g. before the page goes away). */
  async flush(): Promise<void> {
    await this.session?.flush();
  }

  /** Tries a failed write (or a failed load of the saving machinery) again. */
  async retry(): Promise<void> {
    if (this.importError) {
      this.importError = undefined;
      this.host.requestUpdate();
      return;
    }
    await this.session?.retry();
  }

  /** Resolves a conflict by discarding local edits for the stored document. */
  takeTheirs(): void {
    this.session?.takeTheirs();
  }

  /** Resolves a conflict by writing the local working copy over the stored one (that window is told). */
  async keepMine(): Promise<void> {
    await this.session?.keepMine();
  }

  /** After a deletion elsewhere: saves the text on screen again, as a new document with the same id. */
  async saveAsNew(): Promise<void> {
    await this.session?.saveAsNew();
  }

  /** Drops the unsaved text (after a deletion or conflict): the screen shows a fresh document. */
  discard(): void {
    this.session?.discard();
  }

  /** After another window replaced this window's text: writes it back over theirs (they are told). */
  async restoreMine(): Promise<void> {
    await this.session?.restoreMine();
  }

  /** After another window replaced this window's text: keeps the new text. */
  acceptReplacement(): void {
    this.session?.acceptReplacement();
  }

  /** Deletes the document from the store (and its unsaved copy on this device) and forgets it. */
  async remove(): Promise<void> {
    await this.session?.remove();
  }
}
