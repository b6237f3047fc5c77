import type { DBSchema, IDBPDatabase } from 'idb';
import type { DocumentKind, DocumentOfKind, SammenDocument } from '../documents.js';
import { ConflictError, QuotaExceededError, SammenError, StorageUnavailableError } from '../errors.js';
import { Listeners } from './listeners.js';
import type { ChangeListener, DocumentChange, ExportBundle, ImportResult, PutOptions, Store, StoreLocation } from './store.js';

interface StoredRecord {
  key: string;
  kind: DocumentKind;
  id: string;
  updatedAt: string;
  doc: SammenDocument;
}

interface SammenDb extends DBSchema {
  documents: { key: string; value: StoredRecord; indexes: { kind: string } };
}

/** Options of {@link IndexedDbStore}. */
export interface IndexedDbStoreOptions {
  /** Database name (one per host application; default `sammen`). */
  name?: string;
}

const STORE = 'documents';

// Validation (every kind's schema) and the export format are imported on first write, export or
// import, like idb on first use: a page that lists or reads documents, or never opens one, does
// not download the schemas of kinds it does not show.
const writeChecks = () => import('./document-key.js');
const bundles = () => import('./bundle.js');

function storageError(error: unknown): SammenError {
  if (error instanceof SammenError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return new QuotaExceededError();
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError' || name === 'NotFoundError' || name === 'VersionError') {
    return new StorageUnavailableError();
  }
  return new SammenError('storage-failed', 'Saving on this device failed.');
}

/**
 * Keeps documents in the browser's IndexedDB ("saved on this device"): the default store in
 * browsers. Changes are announced to `watch` listeners in this tab and, through a
 * BroadcastChannel, in every other tab of the same origin using a store of the same name.
 * Nothing is opened at construction: the database opens on first use, so importing and
 * constructing are safe in Node and during server rendering.
 */
export class IndexedDbStore implements Store {
  readonly location: StoreLocation = { type: 'device' };
  readonly name: string;
  private database: Promise<IDBPDatabase<SammenDb>> | undefined;
  private readonly listeners = new Listeners();
  private channel: BroadcastChannel | undefined;

  constructor(options: IndexedDbStoreOptions = {}) {
    this.name = options.name ?? 'sammen';
  }

  private db(): Promise<IDBPDatabase<SammenDb>> {
    if (typeof indexedDB === 'undefined') return Promise.reject(new StorageUnavailableError());
    // idb is imported on first use, not with the store: a page that shows a widget before
    // anything is opened or saved (a deck without a session) never downloads it.
    this.database ??= import('idb')
      .then(({ openDB }) =>
        openDB<SammenDb>(this.name, 1, {
          upgrade(db) {
            db.createObjectStore(STORE, { keyPath: 'key' }).createIndex('kind', 'kind');
          },
          blocked: () => undefined,
        }),
      )
      .catch((error: unknown) => {
        this.database = undefined;
        throw storageError(error);
      });
    return this.database;
  }

  private broadcast(change: DocumentChange): void {
    this.listeners.emit(change);
    this.ensureChannel()?.postMessage(change);
  }

  private ensureChannel(): BroadcastChannel | undefined {
    if (!this.channel && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(`sammen-store:${this.name}`);
      this.channel.onmessage = (event: MessageEvent<DocumentChange>) => this.listeners.emit(event.data);
    }
    return this.channel;
  }

  async get<K extends DocumentKind>(kind: K, id: string): Promise<DocumentOfKind<K> | undefined> {
    try {
      const record = await (await this.db()).get(STORE, `${kind}/${id}`);
      return record?.doc as DocumentOfKind<K> | undefined;
    } catch (error) {
      throw storageError(error);
    }
  }

  async list<K extends DocumentKind>(kind: K): Promise<DocumentOfKind<K>[]> {
    try {
      const records = await (await this.db()).getAllFromIndex(STORE, 'kind', kind);
      return records.map((record) => record.doc as DocumentOfKind<K>).sort((a, b) => a.id.localeCompare(b.id));
    } catch (error) {
      throw storageError(error);
    }
  }

  async put<D extends SammenDocument>(doc: D, options?: PutOptions): Promise<D> {
    const { prepareWriteOf } = await writeChecks();
    const { kind, stored, expected } = prepareWriteOf(doc, options);
    const key = `${kind}/${stored.id}`;
    try {
      // One readwrite transaction reads and writes: IndexedDB serialises such transactions, so of
      // concurrent puts with the same expected revision (from any tab) exactly one wins.
      const tx = (await this.db()).transaction(STORE, 'readwrite');
      const current = await tx.store.get(key);
      if ((current?.doc.revision ?? 0) !== expected) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new ConflictError(current?.doc);
      }
      await tx.store.put({ key, kind, id: stored.id, updatedAt: stored.updatedAt, doc: stored });
      await tx.done;
    } catch (error) {
      throw storageError(error);
    }
    this.ensureChannel();
    this.broadcast({ kind, id: stored.id, type: 'put', revision: stored.revision });
    return stored;
  }

  async delete(kind: DocumentKind, id: string): Promise<void> {
    try {
      await (await this.db()).delete(STORE, `${kind}/${id}`);
    } catch (error) {
      throw storageError(error);
    }
    this.broadcast({ kind, id, type: 'delete' });
  }

  watch(kind: DocumentKind, listener: ChangeListener): () => void {
    this.ensureChannel();
    return this.listeners.add(kind, listener);
  }

  async exportAll(): Promise<ExportBundle> {
    try {
      const { buildExportBundle } = await bundles();
      const records = await (await this.db()).getAll(STORE);
      return buildExportBundle(records.map((record) => record.doc));
    } catch (error) {
      throw storageError(error);
    }
  }

  async importAll(bundle: unknown): Promise<ImportResult> {
    const [{ planImport, validateBundle }, { kindOf }] = await Promise.all([bundles(), writeChecks()]);
    const documents = validateBundle(bundle);
    let plan: ReturnType<typeof planImport>;
    try {
      // Read the stored revisions and write in one readwrite transaction, so a put from another
      // tab cannot slip in between and be replaced by an older copy.
      const tx = (await this.db()).transaction(STORE, 'readwrite');
      const stored = await Promise.all(documents.map((doc) => tx.store.get(`${kindOf(doc)}/${doc.id}`)));
      const revisions = new Map(stored.flatMap((record) => (record ? [[record.key, record.doc.revision] as const] : [])));
      plan = planImport(documents, (key) => revisions.get(key));
      await Promise.all([
        ...plan.write.map((doc) => {
          const kind = kindOf(doc);
          return tx.store.put({ key: `${kind}/${doc.id}`, kind, id: doc.id, updatedAt: doc.updatedAt, doc });
        }),
        tx.done,
      ]);
    } catch (error) {
      throw storageError(error);
    }
    for (const doc of plan.write) this.broadcast({ kind: kindOf(doc), id: doc.id, type: 'put', revision: doc.revision });
    return plan.result;
  }

  async deleteAll(): Promise<void> {
    let removed: StoredRecord[];
    try {
      const db = await this.db();
      removed = await db.getAll(STORE);
      await db.clear(STORE);
    } catch (error) {
      throw storageError(error);
    }
    for (const record of removed) this.broadcast({ kind: record.kind, id: record.id, type: 'delete' });
  }

  async purgeOlderThan(days: number): Promise<number> {
    const cutoff = (await bundles()).purgeCutoff(days);
    let removed: StoredRecord[];
    try {
      const tx = (await this.db()).transaction(STORE, 'readwrite');
      removed = (await tx.store.getAll()).filter((record) => Date.parse(record.updatedAt) < cutoff);
      await Promise.all([...removed.map((record) => tx.store.delete(record.key)), tx.done]);
    } catch (error) {
      throw storageError(error);
    }
    for (const record of removed) this.broadcast({ kind: record.kind, id: record.id, type: 'delete' });
    return removed.length;
  }

  /** Closes the database and the change channel (tests, or a host tearing down). */
  close(): void {
    this.channel?.close();
    this.channel = undefined;
    void this.database?.then((db) => db.close()).catch(() => undefined);
    this.database = undefined;
  }
}
