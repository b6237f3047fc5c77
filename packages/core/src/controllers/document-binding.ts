import type { ConflictError, DocumentChange, DocumentKind, DocumentOfKind, SammenDocument, Store } from '@sammen/sdk';
import {
  journalClear,
  journalRecover,
  journalScope,
  journalWrite,
  markOverwritten,
  overwrittenRevision,
  sameContent,
  type JournalAddress,
  type JournalEntry,
} from './unsaved-journal.js';

/**
 * One document a {@link StoredDocumentController} has open: its store, what this window knows of
 * the stored copy, and this window's unsaved copy on the device (the journal). A controller makes
 * a new binding per opened id, so writes and journal entries of a document the user has left
 * still land on that document, never on the next one.
 */
export class DocumentBinding<K extends DocumentKind> {
  /** The stored revision, as far as this window knows. */
  storedRevision = 0;
  /** What this window last wrote, offered back if another window overwrites it by choice. */
  lastOwn: DocumentOfKind<K> | undefined;
  /** The write in flight, if any; the next write waits for it. */
  writing: Promise<void> | undefined;
  private readonly address: JournalAddress | undefined;

  constructor(
    readonly kind: K,
    readonly id: string,
    readonly store: Store,
    private readonly writer: string,
  ) {
    const scope = journalScope(store);
    this.address = scope === undefined ? undefined : { scope, kind, id };
  }

  /** False for a store that keeps nothing after the tab closes: nothing is kept on the device. */
  get journalled(): boolean {
    return this.address !== undefined;
  }

  /** Keeps `doc` as this window's unsaved copy, synchronously; false when it could not be kept. */
  keep(doc: DocumentOfKind<K>): boolean {
    return this.address ? journalWrite(this.address, this.writer, this.storedRevision, doc) : false;
  }

  /** Forgets this window's unsaved copy — only while it still holds `content`, when given. */
  forget(content?: DocumentOfKind<K>): void {
    if (this.address) journalClear(this.address, this.writer, content);
  }

  /** Erases every window's unsaved copy of the document on this device (it was deleted). */
  erase(): void {
    if (this.address) journalClear(this.address);
  }

  /**
   * Reads the stored document (a failing read is returned, not thrown) and the unsaved copy left
   * by this window or by a page that went away, taken over by this window. A copy that is not of
   * this document and schema version (`fresh`'s; e.g. written before an upgrade) is dropped: the
   * store would refuse it and the widget could not show it.
   */
  async open(fresh: DocumentOfKind<K>): Promise<{ stored?: DocumentOfKind<K>; entry?: JournalEntry<DocumentOfKind<K>>; loadError?: unknown }> {
    let stored: DocumentOfKind<K> | undefined;
    let loadError: unknown;
    try {
      stored = await this.get();
    } catch (error) {
      loadError = error ?? new Error('load failed');
    }
    const entry = this.address ? await journalRecover<DocumentOfKind<K>>(this.address, this.writer) : undefined;
    if (entry && (entry.doc.id !== this.id || entry.doc.schema !== fresh.schema)) {
      this.forget();
      return { stored, loadError };
    }
    return { stored, entry, loadError };
  }

  get(): Promise<DocumentOfKind<K> | undefined> {
    return this.store.get(this.kind, this.id);
  }

  /** Calls `listener` on changes of this document; returns the function that stops it. */
  watch(listener: (change: DocumentChange) => void): () => void {
    return this.store.watch(this.kind, (change) => {
      if (change.id === this.id) listener(change);
    });
  }

  /** Says that the user chose to write over stored `revision`, so the window that wrote it is told. */
  overwrite(revision: number): void {
    markOverwritten(this.store, this.kind, this.id, revision);
  }

  /** True when another window chose to write over what this window last wrote (and it differs from `shown`). */
  wasOverwritten(shown: DocumentOfKind<K> | undefined): boolean {
    const mine = this.lastOwn;
    return mine !== undefined && overwrittenRevision(this.store, this.kind, this.id) === mine.revision && !sameContent(mine, shown);
  }

  /** Runs a write after the one in flight (on the revision it made); it becomes the write in flight. */
  queue(write: () => Promise<void>): Promise<void> {
    const writing: Promise<void> = (this.writing ?? Promise.resolve()).then(write).finally(() => {
      if (this.writing === writing) this.writing = undefined;
    });
    this.writing = writing;
    return writing;
  }

  /**
   * The stored document a conflict is with: the one the error carries or, for an answer without
   * it (HTTP 412 with no body), the one the store has now; undefined when it was deleted. Throws
   * when the store cannot be read (then nothing is known, and nothing is called deleted).
   */
  async conflictOf(error: ConflictError): Promise<DocumentOfKind<K> | undefined> {
    return (error.current as DocumentOfKind<K> | undefined) ?? (await this.get());
  }

  /** Writes `doc` over the revision this window knows (optimistic concurrency). */
  put(doc: DocumentOfKind<K>): Promise<DocumentOfKind<K>> {
    return this.store.put({ ...doc, revision: this.storedRevision }, { expectedRevision: this.storedRevision });
  }
}

/** What to do with an unsaved copy found when a document is opened. */
export type Recovery = 'nothing' | 'save' | 'deleted' | 'conflict';

/**
 * Decides from the unsaved copy and the stored document: nothing to recover (none, or the same
 * text); save it (the store has what it was based on, or nothing); the
 * document was deleted since (its base was stored, now nothing is); or someone saved after it.
 */
export function recoveryOf(
  entry: Pick<JournalEntry, 'baseRevision' | 'doc'> | undefined,
  stored: SammenDocument | undefined,
  shown: SammenDocument | undefined,
): Recovery {
  if (!entry || sameContent(entry.doc, stored ?? shown)) return 'nothing';
  if (!stored) return entry.baseRevision > 0 ? 'deleted' : 'save';
  return stored.revision > entry.baseRevision ? 'conflict' : 'save';
}
