import type { DocumentKind, SammenDocument, Store } from '@sammen/sdk';

/**
 * The journal of unsaved edits: a synchronous copy, in `localStorage`, of every document a
 * widget has changed but its store has not yet confirmed. A store write is asynchronous and a
 * browser does not wait for it when the page goes (reload, navigation, tab close), so the
 * journal is what makes a keystroke durable the moment it is typed; it is replayed when the
 * document is opened again and removed as soon as the store confirms a write with that content.
 *
 * `localStorage`, not `sessionStorage`: a closed and reopened tab must get its text back. It is
 * the same device that IndexedDB writes to, so it adds no new place the text can be read from;
 * a store that keeps nothing after the tab closes (`location.type === 'memory'`) is never
 * journalled (see {@link journalScope}), and deleting a document (or every document) clears it.
 */

/** One journalled document: the edits, and the stored revision they were made on. */
export interface JournalEntry<D extends SammenDocument = SammenDocument> {
  v: 1;
  /** The stored revision the edits build on (0: never stored). */
  baseRevision: number;
  doc: D;
  /** When it was written (ms since 1970), to pick the newest of several orphaned entries. */
  at: number;
  /** The page and controller that wrote it. */
  writer: string;
}

/** Where one document's journal lives: store scope, kind and id. */
export interface JournalAddress {
  scope: string;
  kind: DocumentKind;
  id: string;
}

const PREFIX = 'sammen-unsaved/v1/';
const MARK_PREFIX = 'sammen-overwritten/v1/';
const LOCK_PREFIX = 'sammen-unsaved-page:';

/**
 * The journal scope of a store ("which store's documents"): its location plus, for IndexedDB,
 * its database name. Undefined for a store that keeps nothing after the tab closes — journalling
 * its documents to `localStorage` would break that promise to a shared device.
 */
export function journalScope(store: Store): string | undefined {
  const { type, label } = store.location;
  if (type === 'memory') return undefined;
  const name = (store as { name?: unknown }).name;
  return [type, label ?? '', typeof name === 'string' ? name : ''].map(encodeURIComponent).join(':');
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // A sandboxed iframe or blocked cookies throw on mere access.
    return undefined;
  }
}

const documentPrefix = ({ scope, kind, id }: JournalAddress): string => `${PREFIX}${scope}/${kind}/${encodeURIComponent(id)}/`;

let page: string | undefined;
let writers = 0;
const liveWriters = new Set<string>();

/**
 * This page's id. The page holds a Web Lock named after it for as long as it lives, so another
 * page can tell a journal entry whose writer is still open (not its to take) from an orphan
 * left by a reload or a closed tab.
 */
function pageId(): string {
  if (!page) {
    page = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
    if (typeof navigator !== 'undefined' && navigator.locks) void navigator.locks.request(LOCK_PREFIX + page, () => new Promise<never>(() => undefined)).catch(() => undefined);
  }
  return page;
}

/** A new writer id for one controller; it counts as alive until {@link releaseWriter}. */
export function newWriter(): string {
  const writer = `${pageId()}.${(writers += 1)}`;
  liveWriters.add(writer);
  return writer;
}

/** Marks a writer as gone: its entries may now be recovered by another controller in this page. */
export function releaseWriter(writer: string): void {
  liveWriters.delete(writer);
}

/** How long a page waits for a reloading page's lock to go before treating its writer as alive. */
const HANDOVER_MS = 400;

/**
 * True when `writer` is gone: a controller of this page that left, or a page that no longer
 * holds its lock. Right after a reload the old page may still hold it for a moment, so a held
 * lock is asked for once more, briefly: a page that is really open keeps it and keeps its text.
 */
async function isOrphan(writer: string, heldLocks: Set<string> | undefined): Promise<boolean> {
  const [writerPage] = writer.split('.');
  if (writerPage === page) return !liveWriters.has(writer);
  const name = LOCK_PREFIX + writerPage;
  if (!heldLocks?.has(name)) return true;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), HANDOVER_MS);
  try {
    return await navigator.locks.request(name, { signal: abort.signal }, () => true);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Writes `doc` as `writer`'s unsaved copy, synchronously. Returns false when it could not be
 * kept (no `localStorage`, quota full): the caller must not promise the text survives a reload.
 */
export function journalWrite(address: JournalAddress, writer: string, baseRevision: number, doc: SammenDocument): boolean {
  const store = storage();
  if (!store) return false;
  const entry: JournalEntry = { v: 1, baseRevision, doc, at: Date.now(), writer };
  try {
    store.setItem(documentPrefix(address) + writer, JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes `writer`'s entry — only if it still holds `content` when given (the store confirmed a
 * write of that content; newer edits stay) — or every writer's entry (the document was erased).
 */
export function journalClear(address: JournalAddress, writer?: string, content?: SammenDocument): void {
  const store = storage();
  if (!store) return;
  const prefix = documentPrefix(address);
  for (const key of keysWith(store, writer ? prefix + writer : prefix)) {
    if (content && !sameContent(parseEntry(store.getItem(key))?.doc, content)) continue;
    store.removeItem(key);
  }
}

function keysWith(store: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

function parseEntry(text: string | null): JournalEntry | undefined {
  try {
    const entry = JSON.parse(text ?? 'null') as Partial<JournalEntry> | null;
    const valid = entry?.v === 1 && typeof entry.baseRevision === 'number' && typeof entry.writer === 'string' && typeof entry.doc === 'object' && entry.doc !== null;
    return valid ? (entry as JournalEntry) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The unsaved copy to replay when `writer` opens a document: its own entry, else the newest
 * entry whose writer is gone (reloaded, navigated away, closed). The chosen entry is taken over
 * by `writer`; older orphans of the same document are removed (of two closed tabs with unsaved
 * edits of one document, the later edits win).
 */
export async function journalRecover<D extends SammenDocument>(address: JournalAddress, writer: string): Promise<JournalEntry<D> | undefined> {
  const store = storage();
  if (!store) return undefined;
  const prefix = documentPrefix(address);
  let held: Set<string> | undefined;
  if (typeof navigator !== 'undefined' && navigator.locks) {
    const snapshot = await navigator.locks.query().catch(() => undefined);
    held = new Set((snapshot?.held ?? []).map((lock) => lock.name ?? ''));
  }
  const candidates: { key: string; entry: JournalEntry }[] = [];
  for (const key of keysWith(store, prefix)) {
    const entry = parseEntry(store.getItem(key));
    if (!entry) store.removeItem(key);
    else if (entry.writer === writer || (await isOrphan(entry.writer, held))) candidates.push({ key, entry });
  }
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => (a.entry.writer === writer ? 1 : 0) - (b.entry.writer === writer ? 1 : 0) || a.entry.at - b.entry.at);
  const chosen = candidates[candidates.length - 1]!;
  for (const { key } of candidates) store.removeItem(key);
  journalWrite(address, writer, chosen.entry.baseRevision, chosen.entry.doc);
  return chosen.entry as JournalEntry<D>;
}

/**
 * Deletes journalled unsaved text on this device: of one document, of one store (its scope), or
 * all of it. Widgets call it when a document is deleted; a host that erases with
 * `store.deleteAll()` in a page without an open widget calls `forgetUnsavedText(store)` too.
 */
export function forgetUnsavedText(store?: Store, kind?: DocumentKind, id?: string): void {
  const local = storage();
  if (!local) return;
  const scope = store ? journalScope(store) : undefined;
  if (store && scope === undefined) return;
  const prefix = scope === undefined ? PREFIX : kind && id !== undefined ? documentPrefix({ scope, kind, id }) : `${PREFIX}${scope}/${kind ? `${kind}/` : ''}`;
  for (const key of keysWith(local, prefix)) local.removeItem(key);
  const marks = scope === undefined ? MARK_PREFIX : `${MARK_PREFIX}${scope}/`;
  for (const key of keysWith(local, marks)) local.removeItem(key);
}

// "Keep mine" marks: which stored revision a window overwrote by choice, so the window that
// wrote it can say "replaced by another window" instead of silently showing the new text.
// Memory stores keep their marks in this page only.
const memoryMarks = new WeakMap<Store, Map<string, number>>();

const markKey = (scope: string | undefined, kind: DocumentKind, id: string): string => `${MARK_PREFIX}${scope ?? ''}/${kind}/${encodeURIComponent(id)}`;

/** Records that `revision` of a document is being overwritten by a user's choice. */
export function markOverwritten(store: Store, kind: DocumentKind, id: string, revision: number): void {
  const scope = journalScope(store);
  const key = markKey(scope, kind, id);
  if (scope === undefined) {
    const marks = memoryMarks.get(store) ?? new Map<string, number>();
    memoryMarks.set(store, marks.set(key, revision));
    return;
  }
  try {
    storage()?.setItem(key, String(revision));
  } catch {
    // Without the mark the other window still gets the new text; it just is not told why.
  }
}

/** The revision of a document last overwritten by choice, if any. */
export function overwrittenRevision(store: Store, kind: DocumentKind, id: string): number | undefined {
  const scope = journalScope(store);
  const key = markKey(scope, kind, id);
  const value = scope === undefined ? memoryMarks.get(store)?.get(key) : Number(storage()?.getItem(key) ?? Number.NaN);
  return value === undefined || Number.isNaN(value) ? undefined : value;
}

/** True when a `storage` event key is an overwrite mark (another tab chose "keep mine"). */
export const isOverwriteMark = (key: string | null): boolean => key?.startsWith(MARK_PREFIX) ?? false;

/** Compares two documents by what the user wrote, ignoring revision, time and key order. */
export function sameContent(a: SammenDocument | undefined, b: SammenDocument | undefined): boolean {
  if (!a || !b) return a === b;
  return canonical({ ...a, revision: 0, updatedAt: '' }) === canonical({ ...b, revision: 0, updatedAt: '' });
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
