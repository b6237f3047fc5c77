import type { DocumentKind, DocumentOfKind, SammenDocument } from '../documents.js';
import { parseDocumentOfKind } from '../document-registry.js';
import { AuthenticationError, ConflictError, NetworkError, NotFoundError, SammenError, ValidationError } from '../errors.js';
import type { Issue } from '../issues.js';
import { isImportResult, purgeCutoff, validateBundle } from './bundle.js';
import { prepareWriteOf } from './document-key.js';
import { openChangeFeed } from './http-feed.js';
import { documentUrl } from './http-path.js';
import { checkEtag, isSameWrite } from './http-revision.js';
import { jsonOf, sendRequest, type HttpAnswer, type TransportOptions } from './http-transport.js';
import { Listeners } from './listeners.js';
import type { ChangeListener, DocumentChange, ExportBundle, ImportResult, PutOptions, Store, StoreLocation } from './store.js';

/** Options of {@link HttpStore}. */
export interface HttpStoreOptions {
  /** Base URL of the API described by docs/api/openapi.yaml, e.g. `https://portal.example/api/sammen`. */
  baseUrl: string;
  /** The fetch to use (a host's authenticated fetch, or a test double). Default: global fetch. */
  fetch?: typeof fetch;
  /**
   * Extra headers per request, e.g. the host's `Authorization`; may be async (token refresh).
   * When it throws, the call fails with `AuthenticationError` and nothing is sent.
   */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /** Time limit of one request attempt in ms, headers and body together (default 10 000). */
  timeoutMs?: number;
  /** Retries after a network error or timeout (default 2); HTTP error answers are never retried. */
  retries?: number;
  /** First backoff delay in ms, doubled per retry (default 300). */
  backoffMs?: number;
  /** The host's name for where documents go, shown as "saved to <label>". */
  label?: string;
  /**
   * Follow the server's change feed (`GET /changes`, Server-Sent Events) while anyone watches,
   * so `watch` also reports changes made elsewhere — another device, another person. Default
   * false: a server without the feed is never asked for it.
   */
  live?: boolean;
}

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Keeps documents on a municipality's or vendor's server through the REST contract in
 * docs/api/openapi.yaml: `ETag` carries the revision, `If-Match` makes writes conditional, `409`
 * or `412` is a conflict. Network failures are retried with exponential backoff; answers are
 * not. Everything sent is checked first (ids, kinds, bundles, days), so a lenient server never
 * sees a request the contract does not allow. `watch` reports changes made through this
 * instance, and with `live: true` also those the server's change feed reports.
 */
export class HttpStore implements Store {
  readonly location: StoreLocation;
  private readonly baseUrl: string;
  private readonly transport: TransportOptions;
  private readonly listeners = new Listeners();
  /**
   * Documents this instance has read or written (`kind/id`): `deleteAll` tells their watchers
   * they are gone, as the other stores do — an open widget must not go on showing erased text
   * as "saved". (The contract has no push, so documents only the server knew stay unreported.)
   */
  private readonly known = new Set<string>();
  private readonly live: boolean;
  private readonly backoffMs: number;
  /** Open watches (live only): the feed is open while there is at least one. */
  private watchers = 0;
  private stopFeed: (() => void) | undefined;
  /**
   * The last change announced per document (live only), `put:<revision>` or `delete`: the feed
   * also reports this instance's own writes, and a listener must hear each change once.
   */
  private readonly lastChange = new Map<string, string>();

  constructor(options: HttpStoreOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.transport = {
      timeoutMs: options.timeoutMs ?? 10_000,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 300,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
    };
    this.location = { type: 'remote', ...(options.label ? { label: options.label } : {}) };
    this.live = options.live === true;
    this.backoffMs = this.transport.backoffMs;
  }

  /** Tells watchers about a change, once (a live feed repeats this instance's own writes). */
  private announce(change: DocumentChange, fromFeed = false): void {
    const key = `${change.kind}/${change.id}`;
    if (this.live) {
      const signature = change.type === 'put' ? `put:${change.revision}` : 'delete';
      const last = this.lastChange.get(key);
      if (last === signature) return;
      // The feed may bring an own earlier write after a later one was already announced.
      if (fromFeed && change.type === 'put' && last?.startsWith('put:') && Number(last.slice(4)) > (change.revision ?? 0)) return;
      this.lastChange.set(key, signature);
      if (fromFeed) {
        if (change.type === 'put') this.known.add(key);
        else this.known.delete(key);
      }
    }
    this.listeners.emit(change);
  }

  private request(method: string, url: string, init?: { body?: unknown; headers?: Record<string, string> }): Promise<HttpAnswer> {
    return sendRequest(this.transport, method, url, init);
  }

  private unexpected(answer: HttpAnswer): never {
    const { status } = answer;
    if (status === 401) throw new AuthenticationError('The server did not accept the sign-in (401).', status);
    if (status === 403) throw new AuthenticationError('The server refused access for this sign-in (403).', status);
    if (status === 413) throw new ValidationError([{ path: '', message: 'too large for the server', code: 'invalid' }], 'The server refused the request as too large (413).');
    if (status === 400 || status === 422) {
      let body: { issues?: unknown } | undefined;
      try {
        body = JSON.parse(answer.text) as { issues?: unknown };
      } catch {
        body = undefined;
      }
      const issues = Array.isArray(body?.issues) ? (body.issues as Issue[]) : [{ path: '', message: 'rejected by the server' }];
      throw new ValidationError(issues);
    }
    throw new NetworkError(`The server answered ${status}.`, status);
  }

  private documentFrom<K extends DocumentKind>(kind: K, answer: HttpAnswer): DocumentOfKind<K> {
    const result = parseDocumentOfKind(kind, jsonOf(answer));
    if (!result.ok) throw new ValidationError(result.issues, 'The server sent a document that is not valid.');
    checkEtag(result.value, answer.headers.get('etag'));
    return result.value;
  }

  async get<K extends DocumentKind>(kind: K, id: string): Promise<DocumentOfKind<K> | undefined> {
    const answer = await this.request('GET', documentUrl(this.baseUrl, kind, id));
    if (answer.status === 404) return undefined;
    if (answer.status !== 200) return this.unexpected(answer);
    const doc = this.documentFrom(kind, answer);
    this.known.add(`${kind}/${doc.id}`);
    return doc;
  }

  async list<K extends DocumentKind>(kind: K): Promise<DocumentOfKind<K>[]> {
    const answer = await this.request('GET', documentUrl(this.baseUrl, kind));
    if (answer.status !== 200) return this.unexpected(answer);
    const body = jsonOf(answer);
    const items = Array.isArray(body) ? body : (body as { documents?: unknown })?.documents;
    if (!Array.isArray(items)) throw new SammenError('bad-response', 'The server sent a list that is not an array of documents.');
    const documents: DocumentOfKind<K>[] = [];
    for (const item of items) {
      const result = parseDocumentOfKind(kind, item);
      if (!result.ok) throw new ValidationError(result.issues, 'The server sent a document that is not valid.');
      documents.push(result.value);
      this.known.add(`${kind}/${result.value.id}`);
    }
    return documents.sort((a, b) => a.id.localeCompare(b.id));
  }

  async put<D extends SammenDocument>(doc: D, options?: PutOptions): Promise<D> {
    // Read through prepareWriteOf: a throwing getter, a revoked proxy or `null` options become a
    // ValidationError, as in every store — never a bare TypeError.
    const { kind, stored, expected } = prepareWriteOf(doc, options);
    const url = documentUrl(this.baseUrl, kind, stored.id);
    const condition: Record<string, string> = expected === 0 ? { 'if-none-match': '*' } : { 'if-match': `"${expected}"` };
    const answer = await this.request('PUT', url, { body: stored, headers: condition });
    if (answer.status === 409 || answer.status === 412) {
      const current = await this.currentAfterConflict(kind, stored.id, answer);
      // A retried write whose first attempt was committed (only its answer was lost) comes back
      // as "conflict" carrying the user's own text: that is this write, saved. Without a retry
      // the other stores' rule holds: a stale revision is a conflict.
      if (answer.attempts > 1 && current && isSameWrite(current, stored)) return this.saved(kind, current as SammenDocument as D);
      if (current) throw new ConflictError(current);
      throw new ConflictError(
        undefined,
        current === null
          ? 'The document was deleted elsewhere; nothing was overwritten.'
          : 'The document was changed elsewhere, and its current version could not be read; nothing was overwritten.',
      );
    }
    if (answer.status === 404) throw new NotFoundError('The server has no such document collection.');
    if (answer.status !== 200 && answer.status !== 201) return this.unexpected(answer);
    return this.saved(kind, this.documentFrom(kind, answer) as SammenDocument as D);
  }

  private saved<D extends SammenDocument>(kind: DocumentKind, doc: D): D {
    this.known.add(`${kind}/${doc.id}`);
    this.announce({ kind, id: doc.id, type: 'put', revision: doc.revision });
    return doc;
  }

  /**
   * The current document after a 409/412: from the body when the server sent it, otherwise
   * read afresh (a 412 usually has no body). `null` when it is gone (deleted), `undefined` when
   * it could not be read.
   */
  private async currentAfterConflict<K extends DocumentKind>(kind: K, id: string, answer: HttpAnswer): Promise<DocumentOfKind<K> | null | undefined> {
    let body: { current?: unknown } | undefined;
    try {
      body = answer.text ? (JSON.parse(answer.text) as { current?: unknown }) : undefined;
    } catch {
      body = undefined;
    }
    if (body?.current !== undefined && body.current !== null) {
      const parsed = parseDocumentOfKind(kind, body.current);
      if (parsed.ok && parsed.value.id === id) return parsed.value;
    }
    return this.get(kind, id).then(
      (doc) => doc ?? null,
      () => undefined,
    );
  }

  async delete(kind: DocumentKind, id: string): Promise<void> {
    const answer = await this.request('DELETE', documentUrl(this.baseUrl, kind, id));
    if (answer.status !== 204 && answer.status !== 200 && answer.status !== 404) return this.unexpected(answer);
    this.known.delete(`${kind}/${id}`);
    this.announce({ kind, id, type: 'delete' });
  }

  watch(kind: DocumentKind, listener: ChangeListener): () => void {
    const remove = this.listeners.add(kind, listener);
    if (!this.live) return remove;
    this.watchers += 1;
    this.stopFeed ??= openChangeFeed(
      { backoffMs: this.backoffMs, ...(this.transport.fetch ? { fetch: this.transport.fetch } : {}), ...(this.transport.headers ? { headers: this.transport.headers } : {}) },
      `${this.baseUrl}/changes`,
      (change) => this.announce(change, true),
    );
    let removed = false;
    return () => {
      remove();
      if (removed) return;
      removed = true;
      this.watchers -= 1;
      if (this.watchers === 0) {
        this.stopFeed?.();
        this.stopFeed = undefined;
      }
    };
  }

  async exportAll(): Promise<ExportBundle> {
    const answer = await this.request('GET', `${this.baseUrl}/export`);
    if (answer.status !== 200) return this.unexpected(answer);
    const body = jsonOf(answer);
    const documents = validateBundle(body);
    return { format: 'sammen.export/v1', exportedAt: (body as ExportBundle).exportedAt, documents };
  }

  async importAll(bundle: unknown): Promise<ImportResult> {
    const documents = validateBundle(bundle);
    const exportedAt = (bundle as ExportBundle).exportedAt;
    if (!ISO_TIMESTAMP.test(exportedAt)) throw new ValidationError([{ path: 'exportedAt', message: 'expected a date and time such as 2026-03-01T09:30:00Z', code: 'iso-timestamp' }]);
    // Send what was validated (migrated, without stray fields), never the caller's object as is:
    // its getters or toJSON could say something else the second time it is read.
    const answer = await this.request('POST', `${this.baseUrl}/import`, { body: { format: 'sammen.export/v1', exportedAt, documents } });
    if (answer.status !== 200) return this.unexpected(answer);
    // The server says what it wrote and what it skipped (it never rolls a newer document back):
    // an answer without that is not one we can report to the user truthfully.
    const result = jsonOf(answer);
    if (!isImportResult(result)) return this.unexpected(answer);
    return result;
  }

  async deleteAll(): Promise<void> {
    const answer = await this.request('DELETE', `${this.baseUrl}/documents`);
    if (answer.status !== 204 && answer.status !== 200) return this.unexpected(answer);
    const gone = [...this.known];
    this.known.clear();
    for (const key of gone) {
      const slash = key.indexOf('/');
      this.announce({ kind: key.slice(0, slash) as DocumentKind, id: key.slice(slash + 1), type: 'delete' });
    }
  }

  async purgeOlderThan(days: number): Promise<number> {
    purgeCutoff(days);
    const answer = await this.request('POST', `${this.baseUrl}/purge?olderThanDays=${encodeURIComponent(String(days))}`);
    if (answer.status !== 200) return this.unexpected(answer);
    const deleted = (jsonOf(answer) as { deleted?: unknown } | null)?.deleted;
    if (typeof deleted !== 'number' || !Number.isInteger(deleted) || deleted < 0) throw new SammenError('bad-response', 'The server did not say how many documents it deleted.');
    return deleted;
  }
}
