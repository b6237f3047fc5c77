import { getDefaultStore, type Store } from '@sammen/sdk';

/**
 * The store a widget saves to, in the conventions' order: the widget's own `.store`, else the
 * page default (`setDefaultStore`), else IndexedDB (what `getDefaultStore` creates lazily).
 */
export function resolveStore(own: Store | undefined): Store {
  return own ?? getDefaultStore();
}
