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
  /** Validates the whole bundle first; writes nothing if anything in it is invalid. */
  importAll(bundle: unknown): Promise<void>;
  /** Deletes every document (GDPR erasure). */
  deleteAll(): Promise<void>;
  /** Deletes documents not updated for `days` days; returns how many. */
  purgeOlderThan(days: number): Promise<number>;
}
