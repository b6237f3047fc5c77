// A small, real HTTP backend of the REST contract in docs/api/openapi.yaml, on 127.0.0.1, for
// the HttpStore tests — and a readable reference for municipalities writing their own.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ConflictError, DOCUMENT_KINDS, MemoryStore, ValidationError, type DocumentKind, type SammenDocument } from '../../src/index.js';

export interface ReferenceBackend {
  url: string;
  requests: string[];
  /** Makes the next `n` requests fail with this status (e.g. 500), to test what is not retried. */
  failNext(n: number, status: number): void;
  close(): Promise<void>;
}

async function body(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(response: ServerResponse, status: number, value?: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...(value === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
  response.end(value === undefined ? undefined : JSON.stringify(value));
}

export async function startReferenceBackend(options: { token?: string } = {}): Promise<ReferenceBackend> {
  const store = new MemoryStore();
  const requests: string[] = [];
  let failures = { count: 0, status: 500 };
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    if (failures.count > 0) {
      failures.count -= 1;
      send(response, failures.status, { message: 'injected failure' });
      return;
    }
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
      send(response, 401, { message: 'unauthorized' });
      return;
    }
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    try {
      if (parts[0] === 'export' && request.method === 'GET') return send(response, 200, await store.exportAll());
      if (parts[0] === 'import' && request.method === 'POST') {
        return send(response, 200, await store.importAll(await body(request)));
      }
      if (parts[0] === 'purge' && request.method === 'POST') {
        const days = Number(url.searchParams.get('olderThanDays') ?? Number.NaN);
        if (!Number.isFinite(days) || days < 0) return send(response, 400, { issues: [{ path: 'olderThanDays', message: 'expected a number of days, 0 or more' }] });
        return send(response, 200, { deleted: await store.purgeOlderThan(days) });
      }
      if (parts[0] !== 'documents') return send(response, 404);
      if (parts.length === 1 && request.method === 'DELETE') {
        await store.deleteAll();
        return send(response, 204);
      }
      const kind = parts[1] as DocumentKind;
      if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) return send(response, 404, { message: 'unknown kind' });
      if (parts.length === 2 && request.method === 'GET') return send(response, 200, { documents: await store.list(kind) });
      const id = parts[2];
      if (parts.length !== 3 || !id) return send(response, 404);
      // Dot segments are path steps, never ids: a client that sends one is confused or hostile.
      if (id === '.' || id === '..') return send(response, 400, { issues: [{ path: 'id', message: 'an id other than "." or ".."' }] });
      if (request.method === 'GET') {
        const doc = await store.get(kind, id);
        return doc ? send(response, 200, doc, { etag: `"${doc.revision}"` }) : send(response, 404);
      }
      if (request.method === 'DELETE') {
        await store.delete(kind, id);
        return send(response, 204);
      }
      if (request.method === 'PUT') {
        const ifMatch = request.headers['if-match'];
        const expected = request.headers['if-none-match'] === '*' ? 0 : Number(String(ifMatch ?? '').replace(/"/g, ''));
        if (!Number.isInteger(expected)) return send(response, 428, { message: 'If-Match or If-None-Match: * required' });
        const doc = (await body(request)) as SammenDocument;
        if (doc?.id !== id) return send(response, 422, { issues: [{ path: 'id', message: 'must match the URL' }] });
        const stored = await store.put(doc, { expectedRevision: expected });
        return send(response, expected === 0 ? 201 : 200, stored, { etag: `"${stored.revision}"` });
      }
      return send(response, 405);
    } catch (error) {
      if (error instanceof ConflictError) return send(response, 409, { current: error.current });
      if (error instanceof ValidationError) return send(response, 422, { issues: error.issues });
      return send(response, 500, { message: 'internal error' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    failNext(count, status) {
      failures = { count, status };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
