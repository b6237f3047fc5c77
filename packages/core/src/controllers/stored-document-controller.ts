import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { ConflictError, type DocumentKind, type DocumentOfKind, type Store, type StoreLocation } from '@sammen/sdk';
import { fireSammenEvent, type SammenErrorDetail } from '../events.js';
import { toErrorDetail } from '../errors/to-error-detail.js';

/** What the user sees about their work: loading it, or whether what they typed is saved. */
export type SaveStatus = 'idle' | 'loading' | 'saving' | 'saved' | 'failed' | 'conflict';

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
  /** Called after every change of `doc` not made by `update` (loaded, reloaded, created). */
  onReplaced?: (doc: DocumentOfKind<K>) => void;
}

/**
 * A document kept in a store while the user edits it: loads it by id (or creates it), applies
 * edits immediately in memory, writes them debounced with optimistic concurrency, flushes on
 * `pagehide` / tab hidden, and shows saving / saved / failed / conflict. A failed write keeps every
 * edit in memory and retries on the next edit or `retry()`; a conflict (another tab saved first)
 * is shown and never overwritten without the user's choice (`takeTheirs()` / `keepMine()`).
 */
export class StoredDocumentController<K extends DocumentKind> implements ReactiveController {
  /** The working copy, including edits not yet written. */
  doc: DocumentOfKind<K> | undefined;
  status: SaveStatus = 'idle';
  error: SammenErrorDetail | undefined;
  /** The stored document that won, when `status` is `conflict`. */
  conflicting: DocumentOfKind<K> | undefined;

  private loadedKey: string | undefined;
  private storedRevision = 0;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;
  private unwatch: (() => void) | undefined;
  private loadToken = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: StoredDocumentOptions<K>,
  ) {
    host.addController(this);
  }

  /** Where saved work goes, for "saved on this device" / "saved to …". */
  get location(): StoreLocation {
    return this.options.store().location;
  }

  /** True when edits exist that the store does not have yet. */
  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.flushNow);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flushNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.flush();
    this.stopWatching();
    this.loadedKey = undefined;
  }

  hostUpdate(): void {
    const id = this.options.id();
    const key = id ? `${this.options.kind}/${id}` : undefined;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load(id ?? undefined);
    }
  }

  /** Applies an edit now and schedules the write. */
  update(edit: (doc: DocumentOfKind<K>) => DocumentOfKind<K>): void {
    if (!this.doc) return;
    this.doc = edit(this.doc);
    this.dirty = true;
    if (this.status !== 'conflict') this.setStatus(this.status === 'failed' ? 'failed' : 'idle');
    this.schedule();
  }

  /** Writes pending edits now (e.g. before the page goes away). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing) await this.writing;
    if (this.dirty && this.status !== 'conflict') await this.write();
  }

  /** Tries a failed write again. */
  retry(): Promise<void> {
    return this.flush();
  }

  /** Resolves a conflict by discarding local edits for the stored document. */
  takeTheirs(): void {
    if (!this.conflicting) return;
    this.replace(this.conflicting);
    this.conflicting = undefined;
    this.dirty = false;
    this.setStatus('saved');
  }

  /** Resolves a conflict by writing the local working copy over the stored one. */
  async keepMine(): Promise<void> {
    if (!this.conflicting) return;
    this.storedRevision = this.conflicting.revision;
    this.conflicting = undefined;
    this.setStatus('idle');
    await this.flush();
  }

  /** Deletes the document from the store and forgets it. */
  async remove(): Promise<void> {
    const id = this.options.id();
    clearTimeout(this.timer);
    this.dirty = false;
    if (!id) return;
    try {
      await this.options.store().delete(this.options.kind, id);
      this.doc = undefined;
      this.storedRevision = 0;
      this.loadedKey = undefined;
      this.setStatus('idle');
    } catch (error) {
      this.fail(error, 'delete-failed');
    }
  }

  private readonly flushNow = (): void => {
    void this.flush();
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delay ?? 500);
  }

  private setStatus(status: SaveStatus, error?: SammenErrorDetail): void {
    this.status = status;
    this.error = error;
    this.host.requestUpdate();
  }

  private replace(doc: DocumentOfKind<K>): void {
    this.doc = doc;
    this.storedRevision = doc.revision;
    this.options.onReplaced?.(doc);
    this.host.requestUpdate();
  }

  private fail(error: unknown, code: string): void {
    const detail = { ...toErrorDetail(error, code), code };
    this.setStatus('failed', detail);
    fireSammenEvent(this.host, 'sammen-error', detail);
  }

  private async load(id: string | undefined): Promise<void> {
    const token = ++this.loadToken;
    this.stopWatching();
    clearTimeout(this.timer);
    this.dirty = false;
    this.conflicting = undefined;
    if (!id) {
      this.doc = undefined;
      this.setStatus('idle');
      return;
    }
    this.setStatus('loading');
    const store = this.options.store();
    try {
      const stored = await store.get(this.options.kind, id);
      if (token !== this.loadToken) return;
      this.replace(stored ?? this.options.create(id));
      this.setStatus(stored ? 'saved' : 'idle');
      this.unwatch = store.watch(this.options.kind, (change) => {
        if (change.id === id) void this.onExternalChange(id);
      });
    } catch (error) {
      if (token !== this.loadToken) return;
      // Without the stored copy we cannot know what we would overwrite: start from a fresh
      // document in memory, say so, and let the user keep typing (nothing they type is lost).
      this.replace(this.options.create(id));
      this.fail(error, 'load-failed');
    }
  }

  private async onExternalChange(id: string): Promise<void> {
    if (this.writing) await this.writing;
    const stored = await this.options.store().get(this.options.kind, id).catch(() => undefined);
    if (!stored || stored.revision <= this.storedRevision) return;
    if (this.dirty) {
      this.conflicting = stored;
      this.setStatus('conflict', { code: 'conflict', message: msg('This was changed in another window while you were editing.') });
      return;
    }
    this.replace(stored);
    this.setStatus('saved');
  }

  private write(): Promise<void> {
    const doc = this.doc;
    if (!doc) return Promise.resolve();
    this.dirty = false;
    this.setStatus('saving');
    const expectedRevision = this.storedRevision;
    this.writing = this.options
      .store()
      .put({ ...doc, revision: expectedRevision }, { expectedRevision })
      .then((stored) => {
        this.storedRevision = stored.revision;
        // Keep edits made while the write was in flight; take the store's revision and time.
        if (this.doc) this.doc = { ...this.doc, revision: stored.revision, updatedAt: stored.updatedAt };
        this.setStatus(this.dirty ? 'idle' : 'saved');
      })
      .catch((error: unknown) => {
        this.dirty = true;
        if (error instanceof ConflictError) {
          this.conflicting = error.current as DocumentOfKind<K> | undefined;
          const detail = { code: 'conflict', message: msg('Someone saved a newer version in another window. Choose which to keep.') };
          this.setStatus('conflict', detail);
          fireSammenEvent(this.host, 'sammen-error', detail);
        } else {
          this.fail(error, 'save-failed');
        }
      })
      .finally(() => {
        this.writing = undefined;
      });
    return this.writing;
  }

  private stopWatching(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }
}
