import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DocumentKind, DocumentOfKind, SammenDocument } from '../documents.js';
import { ConflictError, QuotaExceededError, SammenError, StorageUnavailableError } from '../errors.js';
import type { DocumentChange, ExportBundle, ImportResult, PutOptions } from './store.js';

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

const STORE = 'documents';

// Validation (every kind's schema) and the export format are imported on first write, export or
// import: a page that lists or reads documents does not download the schemas of kinds it does
// not show.
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
 * The work of an {@link IndexedDbStore} (indexeddb-store.ts): the database, its transactions and
 * how their failures are told. A chunk of its own, with idb, imported on the store's first read or
 * write: a page that shows a widget before anything is opened or saved never downloads it.
 * Changes are told to `broadcast` (the store's listeners in this tab and its channel to others).
 */
export class IndexedDbBackend {
  private database: Promise<IDBPDatabase<SammenDb>> | undefined;

  constructor(
    private readonly name: string,
    private readonly broadcast: (change: DocumentChange) => void,
  ) {}

  private db(): Promise<IDBPDatabase<SammenDb>> {
    if (typeof indexedDB === 'undefined') return Promise.reject(new StorageUnavailableError());
    // In an async function, so that `indexedDB.open` throwing (a sandboxed frame) is a rejection too.
    const open = async () =>
      openDB<SammenDb>(this.name, 1, {
        upgrade(db) {
          db.createObjectStore(STORE, { keyPath: 'key' }).createIndex('kind', 'kind');
        },
        blocked: () => undefined,
      });
    this.database ??= open().catch((error: unknown) => {
      this.database = undefined;
      throw storageError(error);
    });
    return this.database;
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

  /** Closes the database. */
  close(): void {
    void this.database?.then((db) => db.close()).catch(() => undefined);
    this.database = undefined;
  }
}
