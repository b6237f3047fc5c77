// A @sammen/server on PGlite in a temporary folder (on the real PostgreSQL in DATABASE_URL under
// scripts/with-postgres.mjs), on an ephemeral loopback port, with a fetch
// that checks every exchange against docs/api/openapi.yaml (Ajv over the spec, independent of
// the server's code).
import { rmSync } from 'node:fs';
import { it } from 'node:test';
import { HttpStore, type HttpStoreOptions } from '@sammen/sdk';
import { OpenApiExchanges } from '../../../sdk/test/support/openapi-exchanges.js';
import { startServer, type Authenticate, type RunningServer } from '../../src/index.js';
import { freshDataDir } from './data-dir.js';

export interface TestServer {
  url: string;
  server: RunningServer;
  dataDir: string;
  exchanges: OpenApiExchanges;
  /** fetch through the OpenAPI check. */
  fetch: typeof fetch;
  /** An HttpStore on this server whose every exchange is checked. */
  store(options?: Partial<HttpStoreOptions>): HttpStore;
  close(): Promise<void>;
}

/**
 * A trivial test sign-in: `Authorization: Bearer <tenant>/<group>/<subject>` names the
 * principal; no header is the principal `t1/g1/tester`; anything else gets 401. The real token
 * check belongs to the security layer; this one only lets tests speak as different groups.
 */
export const testAuthenticate: Authenticate = async (request) => {
  const header = request.headers.authorization;
  if (header === undefined) return { tenant: 't1', group: 'g1', subject: 'tester', role: 'staff' };
  const parts = /^Bearer ([^/\s]+)\/([^/\s]+)\/([^/\s]+)$/.exec(header);
  return parts ? { tenant: parts[1]!, group: parts[2]!, subject: parts[3]!, role: 'staff' } : undefined;
};

export async function startTestServer(options: { bodyLimit?: number } = {}): Promise<TestServer> {
  const dataDir = await freshDataDir();
  const server = await startServer(
    { port: 0, host: '127.0.0.1', dataDir, databaseUrl: process.env.DATABASE_URL || undefined, bodyLimit: options.bodyLimit ?? 16 * 1024 * 1024 },
    { authenticate: testAuthenticate },
  );
  const exchanges = new OpenApiExchanges('docs/api/openapi.yaml', server.url);
  const checkedFetch = exchanges.fetchThrough();
  return {
    url: server.url,
    server,
    dataDir,
    exchanges,
    fetch: checkedFetch,
    store: (extra = {}) => new HttpStore({ baseUrl: server.url, backoffMs: 5, label: 'Test Kommune', ...extra, fetch: exchanges.fetchThrough(extra.fetch) }),
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `it`, and then: every exchange of the test conformed to the OpenAPI file. */
export function conformingIt(server: () => TestServer) {
  return (name: string, body: () => Promise<void>) =>
    it(name, async () => {
      await body();
      server().exchanges.assertConforming();
    });
}
