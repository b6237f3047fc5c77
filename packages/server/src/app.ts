// The Fastify application of docs/api/openapi.yaml, built from its parts so tests and the CLI
// (and the security layer) assemble the same thing.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Database } from './db/database.js';
import { DocumentsRepo } from './documents-repo.js';
import { issue, sendIssues } from './issues-reply.js';
import type { ChangeNotifier } from './notifier.js';
import { AccessDenied } from './auth/claims.js';
import { localOnly, type Authenticate } from './principal.js';
import { bulkRoutes } from './routes/bulk.js';
import { changeRoutes } from './routes/changes.js';
import { documentRoutes } from './routes/documents.js';
import { healthRoutes } from './routes/health.js';

/** The default request body limit: a document at the SDK's limits (2 million characters) as escaped JSON. */
export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;

export interface AppOptions {
  db: Database;
  notifier: ChangeNotifier;
  /** Resolves each request's principal (default: everyone is the one local principal). */
  authenticate?: Authenticate;
  /** Largest request body in bytes (default {@link DEFAULT_BODY_LIMIT}); larger gets 413. */
  bodyLimit?: number;
  /** Fastify's logger option (default off). Requests are logged by method and URL, never by body. */
  logger?: FastifyServerOptions['logger'];
  /**
   * Registers what must wrap every route: the security layer (src/security/install.ts) registers
   * its plugins (headers, CORS, rate limit), hooks (roles, audit) and routes (privacy). Called
   * before the authentication hook is added, so CORS answers preflights and labels 401s, and the
   * routes below are registered only once its plugins are loaded (app.after).
   */
  beforeRoutes?: (app: FastifyInstance, parts: { db: Database; notifier: ChangeNotifier }) => void;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route that needs no sign-in (health). */
    public?: boolean;
  }
}

export function buildApp(options: AppOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit });
  const authenticate = options.authenticate ?? localOnly;

  // Bodies are read as text and parsed by the SDK's parseJson, which says where malformed JSON
  // breaks (line, column) — Fastify's own parser would answer with its own error shape.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.decorateRequest('principal', null as never);
  options.beforeRoutes?.(app, { db: options.db, notifier: options.notifier });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error.statusCode === 413) {
      return sendIssues(reply, 413, [issue('', `the request is larger than this server accepts (${bodyLimit} bytes)`, 'max-length', { max: bodyLimit, unit: 'bytes' })]);
    }
    // A refused sign-in or an exhausted rate limit thrown by a hook keeps its status, in the
    // contract's shapes ({code, message} for 401/403, {message} for 429).
    if (error.statusCode === 429) return reply.code(429).send({ message: error.message });
    if (error.statusCode === 401 || error.statusCode === 403) return reply.code(error.statusCode).send({ code: 'authentication', message: error.message });
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return sendIssues(reply, 400, [issue('', 'the request could not be read', 'invalid')]);
    }
    // The error's message may quote input; log its code and the route, never the body.
    request.log.error({ code: error.code, name: error.name, route: request.routeOptions.url }, 'request failed');
    return reply.code(500).type('application/json').send(JSON.stringify({ message: 'internal error' }));
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send());

  // After beforeRoutes' plugins have loaded: the rate limit attaches itself to routes
  // registered after it, and the sign-in hook must run after its own (CORS preflight first).
  app.after(() => {
    app.addHook('onRequest', async (request, reply) => {
      if (request.routeOptions.config.public || request.method === 'OPTIONS') return;
      let principal;
      try {
        principal = await authenticate(request);
      } catch (error) {
        // 401: no usable sign-in; 403: signed in, not allowed. The contract's shape, never the token.
        if (!(error instanceof AccessDenied)) throw error;
        return reply
          .code(error.status)
          .header('www-authenticate', error.status === 401 ? 'Bearer error="invalid_token"' : 'Bearer error="insufficient_scope"')
          .send({ code: 'authentication', message: error.message });
      }
      if (!principal) return reply.code(401).header('www-authenticate', 'Bearer').send();
      request.principal = principal;
    });
    const repo = new DocumentsRepo(options.db, options.notifier);
    healthRoutes(app, options.db);
    documentRoutes(app, repo);
    bulkRoutes(app, repo);
    changeRoutes(app, options.notifier);
  });
  return app;
}
