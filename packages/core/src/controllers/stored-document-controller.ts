import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { ConflictError, documentIdIssue, type DocumentChange, type DocumentKind, type DocumentOfKind, type StoreLocation } from '@sammen/sdk';
import { fireSammenEvent, type SammenErrorDetail } from '../events.js';
import { failureCodeOf, toErrorDetail } from '../errors/to-error-detail.js';
import { DocumentBinding, recoveryOf } from './document-binding.js';
import { sameContent } from './unsaved-journal.js';
import type { SaveStatus, StoredDocumentOptions } from './stored-document-types.js';
import { isOverwriteMark, newWriter, releaseWriter, type JournalEntry } from './unsaved-journal.js';

export type { SaveStatus, StoredDocumentOptions };

/**
 * A document kept in a store while the user edits it: loads it by id (or creates it), applies
 * edits immediately in memory and — synchronously — to the journal of unsaved edits on this
 * device (see `unsaved-journal.ts`), writes them debounced with optimistic concurrency, and
 * shows every state in {@link SaveStatus}. Nothing typed is lost: the journal survives a reload,
 * a closed tab and a failing store, and is replayed when the document is opened again; a switch
 * to another id first writes to the old one; conflicts and deletions elsewhere are shown and
 * resolved only by the user's choice.
 */
export class StoredDocumentController<K extends DocumentKind> implements ReactiveController {
  /** The working copy, including edits not yet written. */
  doc: DocumentOfKind<K> | undefined;
  status: SaveStatus = 'idle';
  /** The `sammen-error` detail of the last problem (technical, for the event; not shown as is). */
  error: SammenErrorDetail | undefined;
  /** The SDK's code for why the last load or write failed (`storage-full`, `network`, …). */
  failureCode: string | undefined;
  /** The stored document that won, when `status` is `conflict`. */
  conflicting: DocumentOfKind<K> | undefined;
  /** This window's text before another window replaced it, when `status` is `replaced`. */
  previous: DocumentOfKind<K> | undefined;

  private binding: DocumentBinding<K> | undefined;
  private loadedKey: string | undefined;
  private dirty = false;
  private journalKept = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unwatch: (() => void) | undefined;
  private loadToken = 0;
  private writer: string | undefined;

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

  /** True when unsaved edits survive a reload (journalled on this device); false: only on screen. */
  get keptOnDevice(): boolean {
    return (this.binding?.journalled ?? false) && this.journalKept;
  }

  hostConnected(): void {
    this.writer ??= newWriter();
    window.addEventListener('pagehide', this.flushNow);
    window.addEventListener('storage', this.onStorage);
    document.addEventListener('visibilitychange', this.onVisibility);
    // Back in the page after a move: load the document again (hostUpdate does not run while away).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flushNow);
    window.removeEventListener('storage', this.onStorage);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.leave();
    this.loadedKey = undefined;
    if (this.writer) releaseWriter(this.writer);
    this.writer = undefined;
  }

  hostUpdate(): void {
    // An update still pending when the host left must not open the document again: that would
    // take over the unsaved text the leaving host just handed to the journal.
    if (!this.host.isConnected) return;
    const id = this.options.id() ?? undefined;
    const key = id ? `${this.options.kind}/${id}` : undefined;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      this.leave();
      void this.load(id);
    }
  }

  /** Applies an edit now (journalled at once on this device) and schedules the write. */
  update(edit: (doc: DocumentOfKind<K>) => DocumentOfKind<K>): void {
    if (!this.doc) return;
    const hadEdits = this.dirty;
    this.doc = edit(this.doc);
    this.dirty = true;
    this.keepJournal();
    if (this.status === 'replaced') this.previous = undefined;
    // After a deletion with nothing unsaved, the screen was cleared: typing starts a new document.
    const waitsForChoice = this.status === 'conflict' || (this.status === 'deleted' && hadEdits);
    if (!waitsForChoice) this.setStatus(this.status === 'failed' ? 'failed' : 'idle', this.status === 'failed' ? this.error : undefined);
    if (!waitsForChoice) this.schedule();
  }

  /** Writes pending edits now (e.g. before the page goes away). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const binding = this.binding;
    if (!binding) return;
    await binding.writing;
    if (binding === this.binding && this.dirty && this.doc && this.status !== 'conflict' && this.status !== 'deleted') await this.write(binding, this.doc);
  }

  /** Tries a failed write again. */
  retry(): Promise<void> {
    return this.flush();
  }

  /** Resolves a conflict by discarding local edits for the stored document. */
  takeTheirs(): void {
    if (!this.conflicting) return this.discard();
    this.replace(this.conflicting);
    this.conflicting = undefined;
    this.dirty = false;
    this.binding?.forget();
    this.setStatus('saved');
  }

  /** Resolves a conflict by writing the local working copy over the stored one (that window is told). */
  async keepMine(): Promise<void> {
    const binding = this.binding;
    if (!binding) return;
    if (!this.conflicting) return this.saveAsNew();
    binding.overwrite(this.conflicting.revision);
    binding.storedRevision = this.conflicting.revision;
    this.conflicting = undefined;
    this.dirty = true;
    this.setStatus('idle');
    await this.flush();
  }

  /** After a deletion elsewhere: saves the text on screen again, as a new document with the same id. */
  async saveAsNew(): Promise<void> {
    const binding = this.binding;
    if (!binding || !this.doc) return;
    binding.storedRevision = 0;
    this.conflicting = undefined;
    this.dirty = true;
    this.keepJournal();
    this.setStatus('idle');
    await this.flush();
  }

  /** Drops the unsaved text (after a deletion or conflict): the screen shows a fresh document. */
  discard(): void {
    const binding = this.binding;
    if (!binding) return;
    binding.forget();
    this.conflicting = undefined;
    this.dirty = false;
    binding.storedRevision = 0;
    this.replace(this.options.create(binding.id));
    this.setStatus('idle');
  }

  /** After another window replaced this window's text: writes it back over theirs (they are told). */
  async restoreMine(): Promise<void> {
    const binding = this.binding;
    const mine = this.previous;
    if (!binding || !mine) return;
    binding.overwrite(binding.storedRevision);
    this.previous = undefined;
    this.show({ ...mine, revision: binding.storedRevision });
    this.dirty = true;
    this.keepJournal();
    this.setStatus('idle');
    await this.flush();
  }

  /** After another window replaced this window's text: keeps the new text. */
  acceptReplacement(): void {
    this.previous = undefined;
    this.setStatus('saved');
  }

  /** Deletes the document from the store (and its unsaved copy on this device) and forgets it. */
  async remove(): Promise<void> {
    const binding = this.binding;
    clearTimeout(this.timer);
    if (!binding) return;
    this.stopWatching();
    try {
      await binding.writing;
      await binding.store.delete(this.options.kind, binding.id);
      binding.erase();
      this.dirty = false;
      this.doc = undefined;
      this.binding = undefined;
      this.loadedKey = undefined;
      this.setStatus('idle');
    } catch (error) {
      this.watch(binding);
      this.fail(error, 'delete-failed');
    }
  }

  private readonly flushNow = (): void => {
    void this.flush();
  };

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  /** Another tab chose "keep mine" after its write reached this tab: say so now. */
  private readonly onStorage = (event: StorageEvent): void => {
    const binding = this.binding;
    if (!binding || !isOverwriteMark(event.key)) return;
    const mine = binding.lastOwn;
    if (!mine || this.dirty || this.status === 'replaced' || binding.storedRevision <= mine.revision || !binding.wasOverwritten(this.doc)) return;
    this.showReplaced(binding, mine);
  };

  private showReplaced(binding: DocumentBinding<K>, mine: DocumentOfKind<K>): void {
    this.previous = mine;
    binding.lastOwn = undefined;
    this.setStatus('replaced');
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delay ?? 500);
  }

  private keepJournal(): void {
    const binding = this.binding;
    if (binding && this.doc) this.journalKept = binding.keep(this.doc);
  }

  private setStatus(status: SaveStatus, error?: SammenErrorDetail): void {
    this.status = status;
    this.error = error;
    this.host.requestUpdate();
  }

  private show(doc: DocumentOfKind<K>): void {
    this.doc = doc;
    this.options.onReplaced?.(doc);
    this.host.requestUpdate();
  }

  private replace(doc: DocumentOfKind<K>): void {
    if (this.binding) this.binding.storedRevision = doc.revision;
    this.show(doc);
  }

  private fail(error: unknown, code: string): void {
    this.failureCode = failureCodeOf(error);
    const detail = { ...toErrorDetail(error, code), code };
    this.setStatus('failed', detail);
    fireSammenEvent(this.host, 'sammen-error', detail);
  }

  /** Leaves the open document: unsaved edits are written to it, not to the next one (the journal keeps them if that fails). */
  private leave(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const binding = this.binding;
    const doc = this.doc;
    const writable = this.dirty && this.status !== 'conflict' && this.status !== 'deleted';
    this.stopWatching();
    this.binding = undefined;
    this.dirty = false;
    this.conflicting = undefined;
    this.previous = undefined;
    if (binding && doc && writable) void this.write(binding, doc);
  }

  private async load(id: string | undefined): Promise<void> {
    const token = ++this.loadToken;
    this.failureCode = undefined;
    if (!id) {
      this.doc = undefined;
      this.setStatus('idle');
      return;
    }
    if (this.refuseId(id)) return;
    this.setStatus('loading');
    const store = this.options.store();
    this.writer ??= newWriter();
    const binding = new DocumentBinding(this.options.kind, id, store, this.writer);
    const { stored, entry, loadError } = await binding.open(this.options.create(id));
    if (token !== this.loadToken) return;
    this.binding = binding;
    this.dirty = false;
    this.journalKept = true;
    this.replace(stored ?? this.options.create(id));
    if (loadError !== undefined) {
      // Without the stored copy we cannot know what we would overwrite: start from the unsaved
      // copy or a fresh document in memory, say so, and let the user keep typing.
      if (entry) {
        this.show({ ...entry.doc, revision: 0 });
        this.dirty = true;
      }
      this.fail(loadError, 'load-failed');
      return;
    }
    this.watch(binding);
    this.recover(binding, stored, entry);
  }

  /**
   * An id no store accepts (`..`, `__proto__`, 400 characters): say so before anyone types, and
   * keep the text on screen only — never journal or "save" what cannot be saved.
   */
  private refuseId(id: string): boolean {
    const issue = documentIdIssue(id);
    if (!issue) return false;
    this.binding = undefined;
    this.dirty = false;
    this.show(this.options.create(id));
    this.failureCode = 'invalid-id';
    const detail = { code: 'invalid-id', message: `The document id given to this widget cannot be used: ${issue.message}.`, issues: [issue] };
    this.setStatus('failed', detail);
    fireSammenEvent(this.host, 'sammen-error', detail);
    return true;
  }

  /** Replays unsaved edits found on this device, or says why it cannot simply save them. */
  private recover(binding: DocumentBinding<K>, stored: DocumentOfKind<K> | undefined, entry: JournalEntry<DocumentOfKind<K>> | undefined): void {
    const recovery = recoveryOf(entry, stored, this.doc);
    if (!entry || recovery === 'nothing') {
      if (entry) binding.forget();
      this.setStatus(stored ? 'saved' : 'idle');
      return;
    }
    this.show({ ...entry.doc, revision: binding.storedRevision });
    this.dirty = true;
    if (recovery === 'deleted') {
      this.setStatus('deleted');
    } else if (recovery === 'conflict') {
      this.conflicting = stored;
      this.setStatus('conflict', { code: 'conflict', message: msg('This was changed in another window while you were editing.') });
    } else {
      this.keepJournal();
      this.setStatus('recovered');
      void this.flush();
    }
  }

  private watch(binding: DocumentBinding<K>): void {
    this.stopWatching();
    this.unwatch = binding.watch((change) => void this.onExternalChange(binding, change));
  }

  private async onExternalChange(binding: DocumentBinding<K>, change: DocumentChange): Promise<void> {
    if (change.type === 'delete') return this.onDeleted(binding);
    await binding.writing;
    const stored = await binding.get().catch(() => undefined);
    // A write of ours started meanwhile: it meets any newer version itself (as a conflict), and
    // what we just read may be our own write landing before we heard back from it.
    if (binding.writing) return;
    if (binding !== this.binding || !stored || stored.revision <= binding.storedRevision) return;
    if (this.dirty) {
      this.conflicting = stored;
      this.setStatus('conflict', { code: 'conflict', message: msg('This was changed in another window while you were editing.') });
      return;
    }
    const mine = binding.lastOwn;
    const overwritten = binding.wasOverwritten(stored);
    this.replace(stored);
    if (overwritten && mine) this.showReplaced(binding, mine);
    else this.setStatus('saved');
  }

  /**
   * Deleted elsewhere ("delete" in another window, `deleteAll`): the erased text leaves this
   * device too (the journal is cleared) and the screen says so. Unsaved edits stay on screen
   * only, for the user to save again or discard.
   */
  private onDeleted(binding: DocumentBinding<K>): void {
    if (binding !== this.binding) return;
    binding.erase();
    binding.lastOwn = undefined;
    this.conflicting = undefined;
    this.previous = undefined;
    if (this.dirty) {
      binding.storedRevision = 0;
      this.journalKept = false;
    } else {
      this.replace(this.options.create(binding.id));
    }
    this.setStatus('deleted');
  }

  private write(binding: DocumentBinding<K>, doc: DocumentOfKind<K>): Promise<void> {
    if (binding === this.binding) {
      this.dirty = false;
      if (this.status !== 'recovered') this.setStatus('saving');
    }
    return binding.queue(() =>
      binding.put(doc).then(
        (stored) => this.written(binding, doc, stored),
        (error: unknown) => this.writeFailed(binding, doc, error),
      ),
    );
  }

  private written(binding: DocumentBinding<K>, doc: DocumentOfKind<K>, stored: DocumentOfKind<K>): void {
    binding.storedRevision = stored.revision;
    binding.lastOwn = stored;
    binding.forget(doc);
    if (binding !== this.binding) return;
    // Keep edits made while the write was in flight; take the store's revision and time.
    if (this.doc) this.doc = { ...this.doc, revision: stored.revision, updatedAt: stored.updatedAt };
    if (this.dirty) this.keepJournal();
    this.setStatus(this.dirty ? 'idle' : this.status === 'recovered' ? 'recovered' : 'saved');
  }

  private async writeFailed(binding: DocumentBinding<K>, doc: DocumentOfKind<K>, error: unknown): Promise<void> {
    if (binding !== this.binding) {
      // The host moved on (another id, or the widget left): the journal keeps the text.
      fireSammenEvent(this.host, 'sammen-error', { ...toErrorDetail(error, 'save-failed'), code: 'save-failed' });
      return;
    }
    const newerEdits = this.dirty;
    this.dirty = true;
    if (!(error instanceof ConflictError)) return this.fail(error, 'save-failed');
    let current: DocumentOfKind<K> | undefined;
    try {
      current = await binding.conflictOf(error);
    } catch (readError) {
      return this.fail(readError, 'save-failed');
    }
    if (binding !== this.binding) return;
    if (current && sameContent(current, doc)) {
      // Our own write arrived after all (a retried request): nothing to resolve.
      this.dirty = newerEdits;
      this.written(binding, doc, current);
      return;
    }
    const detail = current
      ? { code: 'conflict', message: msg('Someone saved a newer version in another window. Choose which to keep.') }
      : { code: 'deleted', message: 'The document was deleted elsewhere; the text on screen was not saved.' };
    this.conflicting = current;
    if (!current) binding.storedRevision = 0;
    this.setStatus(current ? 'conflict' : 'deleted', detail);
    fireSammenEvent(this.host, 'sammen-error', detail);
  }

  private stopWatching(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }
}
