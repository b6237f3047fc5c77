import { DOCUMENT_KINDS, type DocumentKind, type DocumentOfKind, type SammenDocument } from '../documents.js';
import { ConflictError } from '../errors.js';
import { buildExportBundle, planImport, purgeCutoff, validateBundle } from './bundle.js';
import { kindOf, prepareWriteOf } from './document-key.js';
import { Listeners } from './listeners.js';
import type { ChangeListener, ExportBundle, ImportResult, PutOptions, Store, StoreLocation } from './store.js';

/**
 * Keeps documents in memory only: for tests, Node, server rendering, and hosts that want nothing
 * to stay on a shared device after the tab closes. Documents are stored as JSON text, so callers
 * never share (and mutate) the stored objects.
 */
export class MemoryStore implements Store {
  readonly location: StoreLocation = { type: 'memory' };
  private readonly documents = new Map<string, string>();
  private readonly listeners = new Listeners();

  private static key(kind: DocumentKind, id: string): string {
    return `${kind}/${id}`;
  }

  async get<K extends DocumentKind>(kind: K, id: string): Promise<DocumentOfKind<K> | undefined> {
    const json = this.documents.get(MemoryStore.key(kind, id));
    return json === undefined ? undefined : (JSON.parse(json) as DocumentOfKind<K>);
  }

  async list<K extends DocumentKind>(kind: K): Promise<DocumentOfKind<K>[]> {
    return [...this.documents.entries()]
      .filter(([key]) => key.startsWith(`${kind}/`))
      .map(([, json]) => JSON.parse(json) as DocumentOfKind<K>)
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  async put<D extends SammenDocument>(doc: D, options?: PutOptions): Promise<D> {
    const { kind, stored, expected } = prepareWriteOf(doc, options);
    // Check and write in one synchronous step: of concurrent puts with the same expected
    // revision exactly one wins.
    const key = MemoryStore.key(kind, stored.id);
    const currentJson = this.documents.get(key);
    const current = currentJson === undefined ? undefined : (JSON.parse(currentJson) as SammenDocument);
    if ((current?.revision ?? 0) !== expected) throw new ConflictError(current);
    this.documents.set(key, JSON.stringify(stored));
    this.listeners.emit({ kind, id: stored.id, type: 'put', revision: stored.revision });
    return JSON.parse(JSON.stringify(stored)) as D;
  }

  async delete(kind: DocumentKind, id: string): Promise<void> {
    if (this.documents.delete(MemoryStore.key(kind, id))) this.listeners.emit({ kind, id, type: 'delete' });
  }

  watch(kind: DocumentKind, listener: ChangeListener): () => void {
    return this.listeners.add(kind, listener);
  }

  async exportAll(): Promise<ExportBundle> {
    return buildExportBundle([...this.documents.values()].map((json) => JSON.parse(json) as SammenDocument));
  }

  async importAll(bundle: unknown): Promise<ImportResult> {
    const documents = validateBundle(bundle);
    // Plan and write in one synchronous step, as put does: nothing can change in between.
    const { write, result } = planImport(documents, (key) => {
      const json = this.documents.get(key);
      return json === undefined ? undefined : (JSON.parse(json) as SammenDocument).revision;
    });
    for (const doc of write) {
      const kind = kindOf(doc);
      this.documents.set(MemoryStore.key(kind, doc.id), JSON.stringify(doc));
      this.listeners.emit({ kind, id: doc.id, type: 'put', revision: doc.revision });
    }
    return result;
  }

  async deleteAll(): Promise<void> {
    const keys = [...this.documents.keys()];
    this.documents.clear();
    for (const key of keys) {
      const [kind, ...id] = key.split('/');
      if ((DOCUMENT_KINDS as readonly string[]).includes(kind ?? '')) this.listeners.emit({ kind: kind as DocumentKind, id: id.join('/'), type: 'delete' });
    }
  }

  async purgeOlderThan(days: number): Promise<number> {
    const cutoff = purgeCutoff(days);
    let count = 0;
    for (const [key, json] of [...this.documents.entries()]) {
      const doc = JSON.parse(json) as SammenDocument;
      if (Date.parse(doc.updatedAt) < cutoff) {
        this.documents.delete(key);
        this.listeners.emit({ kind: kindOf(doc), id: doc.id, type: 'delete' });
        count += 1;
      }
    }
    return count;
  }
}
