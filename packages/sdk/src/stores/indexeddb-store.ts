import type { DocumentKind, DocumentOfKind, SammenDocument } from '../documents.js';
import { SammenError } from '../errors.js';
import type { IndexedDbBackend } from './indexeddb-backend.js';
import { Listeners } from './listeners.js';
import type { ChangeListener, DocumentChange, ExportBundle, ImportResult, PutOptions, Store, StoreLocation } from './store.js';

/** Options of {@link IndexedDbStore}. */
export interface IndexedDbStoreOptions {
  /** Database name (one per host application; default `sammen`). */
  name?: string;
}

/**
 * Keeps documents in the browser's IndexedDB ("saved on this device"): the default store in
 * browsers. Changes are announced to `watch` listeners in this tab and, through a
 * BroadcastChannel, in every other tab of the same origin using a store of the same name.
 * Nothing is opened at construction: the database opens on first use, so importing and
 * constructing are safe in Node and during server rendering.
 *
 * The database work (with idb) is imported on the first read or write (indexeddb-backend.ts):
 * every widget's page has this store, and most never open or save a document.
 */
export class IndexedDbStore implements Store {
  readonly location: StoreLocation = { type: 'device' };
  readonly name: string;
  private backend: Promise<IndexedDbBackend> | undefined;
  private readonly listeners = new Listeners();
  private channel: BroadcastChannel | undefined;

  constructor(options: IndexedDbStoreOptions = {}) {
    this.name = options.name ?? 'sammen';
  }

  private open(): Promise<IndexedDbBackend> {
    this.backend ??= import('./indexeddb-backend.js').then(
      ({ IndexedDbBackend }) => new IndexedDbBackend(this.name, (change) => this.broadcast(change)),
      () => {
        // The chunk did not arrive (offline): as any other failure to save on this device; the next call tries again.
        this.backend = undefined;
        throw new SammenError('storage-failed', 'Saving on this device failed.');
      },
    );
    return this.backend;
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
    return (await this.open()).get(kind, id);
  }

  async list<K extends DocumentKind>(kind: K): Promise<DocumentOfKind<K>[]> {
    return (await this.open()).list(kind);
  }

  async put<D extends SammenDocument>(doc: D, options?: PutOptions): Promise<D> {
    return (await this.open()).put(doc, options);
  }

  async delete(kind: DocumentKind, id: string): Promise<void> {
    return (await this.open()).delete(kind, id);
  }

  watch(kind: DocumentKind, listener: ChangeListener): () => void {
    this.ensureChannel();
    return this.listeners.add(kind, listener);
  }

  async exportAll(): Promise<ExportBundle> {
    return (await this.open()).exportAll();
  }

  async importAll(bundle: unknown): Promise<ImportResult> {
    return (await this.open()).importAll(bundle);
  }

  async deleteAll(): Promise<void> {
    return (await this.open()).deleteAll();
  }

  async purgeOlderThan(days: number): Promise<number> {
    return (await this.open()).purgeOlderThan(days);
  }

  /** Closes the database and the change channel (tests, or a host tearing down). */
  close(): void {
    this.channel?.close();
    this.channel = undefined;
    void this.backend?.then((backend) => backend.close()).catch(() => undefined);
    this.backend = undefined;
  }
}
