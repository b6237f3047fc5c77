import { parseDocument, parseDocumentOfKind, type DocumentKind, type DocumentOfKind, type SammenDocument } from '../documents.js';
import { ConflictError, NetworkError, NotFoundError, SammenError, ValidationError } from '../errors.js';
import { isImportResult, validateBundle } from './bundle.js';
import { kindOf, prepareWrite } from './document-key.js';
import { Listeners } from './listeners.js';
import type { ChangeListener, ExportBundle, ImportResult, PutOptions, Store, StoreLocation } from './store.js';

/** Options of {@link HttpStore}. */
export interface HttpStoreOptions {
  /** Base URL of the API described by docs/api/openapi.yaml, e.g. `https://portal.example/api/sammen`. */
  baseUrl: string;
  /** The fetch to use (a host's authenticated fetch, or a test double). Default: global fetch. */
  fetch?: typeof fetch;
  /** Extra headers per request, e.g. the host's `Authorization`; may be async (token refresh). */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /** Time limit of one request attempt in ms (default 10 000). */
  timeoutMs?: number;
  /** Retries after a network error or timeout (default 2); HTTP error answers are never retried. */
  retries?: number;
  /** First backoff delay in ms, doubled per retry (default 300). */
  backoffMs?: number;
  /** The host's name for where documents go, shown as "saved to <label>". */
  label?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps documents on a municipality's or vendor's server through the REST contract in
 * docs/api/openapi.yaml: `ETag` carries the revision, `If-Match` makes writes conditional, `409`
 * or `412` is a conflict. Network failures are retried with exponential backoff; answers are
 * not. `watch` reports changes made through this instance (the contract has no server push).
 */
export class HttpStore implements Store {
  readonly location: StoreLocation;
  private readonly options: Required<Omit<HttpStoreOptions, 'headers' | 'label' | 'fetch'>> & Pick<HttpStoreOptions, 'headers' | 'fetch'>;
  private readonly listeners = new Listeners();

  constructor(options: HttpStoreOptions) {
    this.options = { timeoutMs: 10_000, retries: 2, backoffMs: 300, ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') };
    this.location = { type: 'remote', ...(options.label ? { label: options.label } : {}) };
  }

  private url(...segments: string[]): string {
    return [this.options.baseUrl, ...segments.map(encodeURIComponent)].join('/');
  }

  private async request(method: string, url: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.options.retries; attempt += 1) {
      if (attempt > 0) await sleep(this.options.backoffMs * 2 ** (attempt - 1));
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
      try {
        const headers = new Headers(await this.options.headers?.());
        headers.set('accept', 'application/json');
        for (const [name, value] of Object.entries(init.headers ?? {})) headers.set(name, value);
        if (init.body !== undefined) headers.set('content-type', 'application/json');
        return await doFetch(url, {
          method,
          headers,
          signal: controller.signal,
          ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        });
      } catch (error) {
        lastError = error;
      } finally {
        clearTimeout(timer);
      }
    }
    throw new NetworkError(lastError instanceof Error && lastError.name === 'AbortError' ? 'The server did not answer in time.' : 'The server could not be reached.');
  }

  private async json(response: Response): Promise<unknown> {
    try {
      return await response.json();
    } catch {
      throw new SammenError('bad-response', `The server answered ${response.status} with a body that is not JSON.`);
    }
  }

  private async unexpected(response: Response): Promise<never> {
    if (response.status === 400 || response.status === 422) {
      const body = (await response.json().catch(() => undefined)) as { issues?: unknown } | undefined;
      const issues = Array.isArray(body?.issues) ? (body.issues as { path: string; message: string }[]) : [{ path: '', message: 'rejected by the server' }];
      throw new ValidationError(issues);
    }
    throw new NetworkError(`The server answered ${response.status}.`, response.status);
  }

  async get<K extends DocumentKind>(kind: K, id: string): Promise<DocumentOfKind<K> | undefined> {
    const response = await this.request('GET', this.url('documents', kind, id));
    if (response.status === 404) return undefined;
    if (!response.ok) return this.unexpected(response);
    const result = parseDocumentOfKind(kind, await this.json(response));
    if (!result.ok) throw new ValidationError(result.issues, 'The server sent a document that is not valid.');
    return result.value;
  }

  async list<K extends DocumentKind>(kind: K): Promise<DocumentOfKind<K>[]> {
    const response = await this.request('GET', this.url('documents', kind));
    if (!response.ok) return this.unexpected(response);
    const body = await this.json(response);
    const items = Array.isArray(body) ? body : (body as { documents?: unknown })?.documents;
    if (!Array.isArray(items)) throw new SammenError('bad-response', 'The server sent a list that is not an array of documents.');
    const documents: DocumentOfKind<K>[] = [];
    for (const item of items) {
      const result = parseDocumentOfKind(kind, item);
      if (!result.ok) throw new ValidationError(result.issues, 'The server sent a document that is not valid.');
      documents.push(result.value);
    }
    return documents.sort((a, b) => a.id.localeCompare(b.id));
  }

  async put<D extends SammenDocument>(doc: D, options: PutOptions = {}): Promise<D> {
    const expected = options.expectedRevision ?? doc.revision;
    const { kind, stored } = prepareWrite(doc, expected);
    const condition: Record<string, string> = expected === 0 ? { 'if-none-match': '*' } : { 'if-match': `"${expected}"` };
    const response = await this.request('PUT', this.url('documents', kind, stored.id), { body: stored, headers: condition });
    if (response.status === 409 || response.status === 412) {
      const body = (await response.json().catch(() => undefined)) as { current?: unknown } | undefined;
      const current = body?.current === undefined ? undefined : parseDocument(body.current);
      throw new ConflictError(current?.ok ? current.value : undefined);
    }
    if (response.status === 404) throw new NotFoundError('The server has no such document collection.');
    if (!response.ok) return this.unexpected(response);
    const result = parseDocumentOfKind(kind, await this.json(response));
    if (!result.ok) throw new ValidationError(result.issues, 'The server sent a document that is not valid.');
    this.listeners.emit({ kind, id: stored.id, type: 'put', revision: result.value.revision });
    return result.value as D;
  }

  async delete(kind: DocumentKind, id: string): Promise<void> {
    const response = await this.request('DELETE', this.url('documents', kind, id));
    if (!response.ok && response.status !== 404) return this.unexpected(response);
    this.listeners.emit({ kind, id, type: 'delete' });
  }

  watch(kind: DocumentKind, listener: ChangeListener): () => void {
    return this.listeners.add(kind, listener);
  }

  async exportAll(): Promise<ExportBundle> {
    const response = await this.request('GET', `${this.options.baseUrl}/export`);
    if (!response.ok) return this.unexpected(response);
    const body = await this.json(response);
    const documents = validateBundle(body);
    return { format: 'sammen.export/v1', exportedAt: (body as ExportBundle).exportedAt, documents };
  }

  async importAll(bundle: unknown): Promise<ImportResult> {
    const documents = validateBundle(bundle);
    const response = await this.request('POST', `${this.options.baseUrl}/import`, { body: bundle });
    if (!response.ok) return this.unexpected(response);
    // A server that answers with the ImportResult says what it skipped; one that answers 204
    // says nothing, and every document is reported as sent. (The wire format is helper
    // http-openapi's part of issue 13; the type is shared with the other stores.)
    const body = response.status === 204 ? undefined : await this.json(response).catch(() => undefined);
    if (isImportResult(body)) return body;
    return { imported: documents.map((doc) => ({ kind: kindOf(doc), id: doc.id, revision: doc.revision })), skipped: [] };
  }

  async deleteAll(): Promise<void> {
    const response = await this.request('DELETE', `${this.options.baseUrl}/documents`);
    if (!response.ok) return this.unexpected(response);
  }

  async purgeOlderThan(days: number): Promise<number> {
    const response = await this.request('POST', `${this.options.baseUrl}/purge?olderThanDays=${encodeURIComponent(String(days))}`);
    if (!response.ok) return this.unexpected(response);
    const body = (await this.json(response)) as { deleted?: unknown };
    return typeof body?.deleted === 'number' ? body.deleted : 0;
  }
}
