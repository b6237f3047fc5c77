import type { DocumentKind, DocumentOfKind, SammenDocument } from '../documents.js';

/** A change a store announces to `watch` listeners (in this tab, and for IndexedDB in other tabs). */
export interface DocumentChange {
  kind: DocumentKind;
  id: string;
  type: 'put' | 'delete';
  /** The stored revision after a put. */
  revision?: number;
}

/** Where a store keeps documents, so a widget can say "saved on this device" / "saved to …". */
export interface StoreLocation {
  type: 'device' | 'memory' | 'remote';
  /** The host's name for a remote store, e.g. "Aarhus Kommune". */
  label?: string;
}

/** Options of `Store.put`. */
export interface PutOptions {
  /**
   * The revision the writer last saw (default: the document's own `revision`). `0` means the
   * document must not exist yet. A different stored revision fails with `ConflictError`.
   */
  expectedRevision?: number;
}

/** The versioned bundle of `exportAll` / `importAll`. */
export interface ExportBundle {
  format: 'sammen.export/v1';
  exportedAt: string;
  documents: SammenDocument[];
}

/** One document of an import bundle, by kind, id and the revision the bundle holds. */
export interface ImportedDocument {
  kind: DocumentKind;
  id: string;
  revision: number;
}

/** A document `importAll` did not write, and why; the stored copy was left as it was. */
export interface SkippedDocument extends ImportedDocument {
  /**
   * `newer-in-store`: the store holds a later revision (an old backup must not roll work back);
   * `same-revision`: the store holds this revision already (the bundle's copy may still differ,
   * if two devices both saved that revision — then the stored one is kept and this says so).
   */
  reason: 'newer-in-store' | 'same-revision';
  /** The revision the store holds. */
  storedRevision: number;
}

/**
 * What `importAll` did: every document of the bundle is in exactly one of the two lists. Import
 * never replaces a document the store holds at the same or a later revision.
 */
export interface ImportResult {
  /** Documents written: new to the store, or stored at an earlier revision. */
  imported: ImportedDocument[];
  /** Documents not written, with the reason. */
  skipped: SkippedDocument[];
}

/** A listener for document changes. */
export type ChangeListener = (change: DocumentChange) => void;

/**
 * Where documents are kept. Every implementation validates what it writes, applies optimistic
 * concurrency (nothing is silently overwritten) and offers the privacy operations.
 */
export interface Store {
  /** Where documents are kept. */
  readonly location: StoreLocation;
  /** The document, or undefined when there is none. */
  get<K extends DocumentKind>(kind: K, id: string): Promise<DocumentOfKind<K> | undefined>;
  /** Every document of a kind, ordered by id. */
  list<K extends DocumentKind>(kind: K): Promise<DocumentOfKind<K>[]>;
  /**
   * Validates and writes `doc` if the stored revision equals the expected one; the stored copy
   * gets revision `expected + 1` and `updatedAt` now, and is returned. Fails with
   * `ValidationError`, `ConflictError` (carrying the current document) or a storage error.
   */
  put<D extends SammenDocument>(doc: D, options?: PutOptions): Promise<D>;
  /** Removes a document (no error when it is already gone). */
  delete(kind: DocumentKind, id: string): Promise<void>;
  /** Calls `listener` on every change of `kind`; returns the function that stops it. */
  watch(kind: DocumentKind, listener: ChangeListener): () => void;
  /** Every document, in one versioned bundle (GDPR access / portability). */
  exportAll(): Promise<ExportBundle>;
  /**
   * Validates the whole bundle first and writes nothing if anything in it is invalid. Writes each
   * document the store does not hold at the same or a later revision, and returns which it wrote
   * and which it skipped (never replacing newer work silently).
   */
  importAll(bundle: unknown): Promise<ImportResult>;
  /** Deletes every document (GDPR erasure). */
  deleteAll(): Promise<void>;
  /** Deletes documents not updated for `days` days; returns how many. */
  purgeOlderThan(days: number): Promise<number>;
}
