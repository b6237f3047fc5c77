// The Fastify application of docs/api/openapi.yaml, built from its parts so tests and the CLI
// (and the security layer) assemble the same thing.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Database } from './db/database.js';
import { DocumentsRepo } from './documents-repo.js';
import { issue, sendIssues } from './issues-reply.js';
import type { ChangeNotifier } from './notifier.js';
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
   * Registers what must wrap every route (security headers, CORS, rate limit, audit hooks) after
   * the authentication hook and before the routes: the security layer's seam.
   */
  beforeRoutes?: (app: FastifyInstance) => void;
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
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.public) return;
    const principal = await authenticate(request);
    if (!principal) return reply.code(401).header('www-authenticate', 'Bearer').send();
    request.principal = principal;
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error.statusCode === 413) {
      return sendIssues(reply, 413, [issue('', `the request is larger than this server accepts (${bodyLimit} bytes)`, 'max-length', { max: bodyLimit, unit: 'bytes' })]);
    }
    // A refused sign-in or an exhausted rate limit thrown by a hook keeps its status (and headers).
    if (error.statusCode === 401 || error.statusCode === 403 || error.statusCode === 429) return reply.code(error.statusCode).send();
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return sendIssues(reply, 400, [issue('', 'the request could not be read', 'invalid')]);
    }
    // The error's message may quote input; log its code and the route, never the body.
    request.log.error({ code: error.code, name: error.name, route: request.routeOptions.url }, 'request failed');
    return reply.code(500).type('application/json').send(JSON.stringify({ message: 'internal error' }));
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send());

  options.beforeRoutes?.(app);
  const repo = new DocumentsRepo(options.db, options.notifier);
  healthRoutes(app, options.db);
  documentRoutes(app, repo);
  bulkRoutes(app, repo);
  changeRoutes(app, options.notifier);
  return app;
}
