import type { DocumentKind, DocumentOfKind, Store } from '@sammen/sdk';

/**
 * What the user sees about their work:
 * - `loading`, `saving`, `saved`, `idle` (nothing to say, or edits waiting for the autosave);
 * - `failed`: the store refused the write; the text is kept (on this device, see `keptOnDevice`);
 * - `conflict`: another window saved a newer version; the user chooses (`keepMine` / `takeTheirs`);
 * - `deleted`: the document was deleted elsewhere (another window, "delete everything"); the
 *   text shown is cleared, or — when there were unsaved edits — kept and offered (`saveAsNew` /
 *   `discard`);
 * - `replaced`: another window chose "keep mine" over the text this window saved; the previous
 *   text can be restored (`restoreMine`) or the new one accepted (`acceptReplacement`);
 * - `recovered`: text typed but not saved before the page went (reload, navigation, tab close,
 *   a failing store) was found on this device and is being saved.
 */
export type SaveStatus = 'idle' | 'loading' | 'saving' | 'saved' | 'failed' | 'conflict' | 'deleted' | 'replaced' | 'recovered';

/** Configuration of a {@link StoredDocumentController}. */
export interface StoredDocumentOptions<K extends DocumentKind> {
  kind: K;
  /** The document's id; undefined makes the controller idle (nothing loaded, nothing saved). */
  id: () => string | null | undefined;
  /** The store to use (the widget's `.store`, else the page default). */
  store: () => Store;
  /** A fresh, not yet stored document (revision 0) for an id the store does not have. */
  create: (id: string) => DocumentOfKind<K>;
  /** Debounce before a change is written, in ms. */
  delay?: number;
  /** Called after every change of `doc` not made by `update` (loaded, reloaded, created, recovered, restored). */
  onReplaced?: (doc: DocumentOfKind<K>) => void;
}
