// A @sammen/server with the whole security layer as production runs it: OIDC bearer tokens
// from a stand-in identity provider (its JWKS served on loopback), roles, audit trail, headers,
// CORS allowlist and rate limit; every log line captured; every exchange made through `fetch`
// checked against docs/api/openapi.yaml. On PGlite in a temporary folder, or on the real
// PostgreSQL in DATABASE_URL (test/scripts/with-postgres.mjs sets it).
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { OpenApiExchanges } from '../../../sdk/test/support/openapi-exchanges.js';
import { createAuthenticator } from '../../src/auth/oidc.js';
import { bearerAuthenticate } from '../../src/security/from-env.js';
import { securityExtension } from '../../src/security/install.js';
import { startServer, type RunningServer } from '../../src/index.js';
import { freshDataDir } from './data-dir.js';
import { startTestProvider, type TestProvider } from './oidc-provider.js';

export const ALLOWED_ORIGIN = 'https://intra.kommune.example';

export interface SecuredServer {
  url: string;
  server: RunningServer;
  provider: TestProvider;
  exchanges: OpenApiExchanges;
  /** fetch through the OpenAPI check. */
  fetch: typeof fetch;
  /** Every log line the server wrote so far (level trace: everything). */
  logs(): string;
  /** A fresh tenant name, so tests on one shared real PostgreSQL never see each other's rows. */
  tenant(name: string): string;
  /** A bearer header for a caller. */
  as(claims: { tenant: string; groups?: string[]; roles?: string[]; sub?: string }): Promise<Record<string, string>>;
  close(): Promise<void>;
}

let run = 0;

export async function startSecuredServer(options: { rateLimitPerMinute?: number; bodyLimit?: number } = {}): Promise<SecuredServer> {
  const provider = await startTestProvider();
  const dataDir = await freshDataDir('sammen-secured-');
  let logged = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logged += String(chunk);
      done();
    },
  });
  const server = await startServer(
    { port: 0, host: '127.0.0.1', dataDir, databaseUrl: process.env.DATABASE_URL || undefined, bodyLimit: options.bodyLimit ?? 16 * 1024 * 1024 },
    {
      authenticate: bearerAuthenticate(createAuthenticator(provider.config)),
      beforeRoutes: securityExtension({ corsOrigins: [ALLOWED_ORIGIN], rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000 }),
      logger: { level: 'trace', stream },
    },
  );
  const exchanges = new OpenApiExchanges('docs/api/openapi.yaml', server.url);
  const prefix = `${process.pid}-${Date.now().toString(36)}-${(run += 1)}`;
  return {
    url: server.url,
    server,
    provider,
    exchanges,
    fetch: exchanges.fetchThrough(),
    logs: () => logged,
    tenant: (name) => `${name}-${prefix}`,
    as: async (claims) => ({ authorization: `Bearer ${await provider.token(claims)}` }),
    async close() {
      await server.close();
      await provider.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A valid reflection-notes document (revision 1, to create). */
export function notes(id: string, text = 'a note'): Record<string, unknown> {
  return {
    schema: 'sammen.reflection-notes/v1',
    id,
    revision: 1,
    updatedAt: new Date().toISOString(),
    deckId: 'deck-1',
    cards: { 'card-1': { discussed: true, notes: { q1: text } } },
  };
}
