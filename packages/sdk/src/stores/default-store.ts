import { IndexedDbStore } from './indexeddb-store.js';
import type { Store } from './store.js';

let pageDefault: Store | undefined;

/**
 * Sets the store every widget on the page uses unless it is given its own `.store`
 * (e.g. an `HttpStore` to the municipality's backend, or a `MemoryStore` on shared devices).
 * `undefined` returns to the built-in default.
 */
export function setDefaultStore(store: Store | undefined): void {
  pageDefault = store;
}

/** The page's store: the one set with {@link setDefaultStore}, else an `IndexedDbStore` (created on first call). */
export function getDefaultStore(): Store {
  pageDefault ??= new IndexedDbStore();
  return pageDefault;
}
