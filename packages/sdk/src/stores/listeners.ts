import type { DocumentKind } from '../documents.js';
import type { ChangeListener, DocumentChange } from './store.js';

/** The `watch` bookkeeping every store shares. A throwing listener never breaks a write. */
export class Listeners {
  private readonly byKind = new Map<DocumentKind, Set<ChangeListener>>();

  add(kind: DocumentKind, listener: ChangeListener): () => void {
    const set = this.byKind.get(kind) ?? new Set<ChangeListener>();
    set.add(listener);
    this.byKind.set(kind, set);
    return () => set.delete(listener);
  }

  emit(change: DocumentChange): void {
    for (const listener of [...(this.byKind.get(change.kind) ?? [])]) {
      try {
        listener(change);
      } catch {
        // A host's listener failing must not turn a successful write into an error.
      }
    }
  }
}
