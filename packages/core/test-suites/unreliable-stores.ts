// Stores that fail the way real ones do, for the "nothing typed is ever lost" tests.
import { ConflictError, IndexedDbStore, MemoryStore, QuotaExceededError, type PutOptions, type SammenDocument } from '@sammen/sdk';

let stores = 0;
/** A database name no other test uses, so journals and documents of tests never meet. */
export const uniqueName = (prefix = 'sammen-test'): string => `${prefix}-${Date.now()}-${(stores += 1)}`;

/** IndexedDB on this device whose writes fail (storage full) until `healthy` is set. */
export class FailingDeviceStore extends IndexedDbStore {
  healthy = false;
  /** What a failing write rejects with (a host's own store may reject with the browser's DOMException). */
  failWith: () => unknown = () => new QuotaExceededError();
  override async put<D extends SammenDocument>(doc: D, options?: PutOptions): Promise<D> {
    if (!this.healthy) throw this.failWith();
    return super.put(doc, options);
  }
}

/**
 * IndexedDB on this device whose writes never finish, as when the page goes away while a write
 * is still in flight (the browser does not wait for it): what survives is what the page kept
 * synchronously.
 */
export class DyingPageStore extends IndexedDbStore {
  override put<D extends SammenDocument>(): Promise<D> {
    return new Promise<D>(() => undefined);
  }
}

/**
 * A server that answers a stale write with `412` and no body (a conflict without the current
 * document) and, like HttpStore, does not push other clients' changes: `watch` reports nothing.
 */
export class BodylessConflictStore extends MemoryStore {
  override watch(): () => void {
    return () => undefined;
  }

  override async put<D extends SammenDocument>(doc: D, options?: PutOptions): Promise<D> {
    try {
      return await super.put(doc, options);
    } catch (error) {
      throw error instanceof ConflictError ? new ConflictError(undefined) : error;
    }
  }
}
