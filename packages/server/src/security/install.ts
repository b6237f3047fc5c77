import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { JSONWebKeySet } from 'jose';
import { may, type Action } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import type { ChangeNotifier } from '../notifier.js';
import { installAudit } from '../privacy/audit.js';
import { privacyRoutes } from '../privacy/routes.js';
import { installHardening, type HardeningOptions } from './hardening.js';

/** What each core route needs of the caller's role ({@link may}); routes not listed check their own. */
export function actionOf(request: FastifyRequest): Action | undefined {
  const route = request.routeOptions.url ?? '';
  const method = request.method;
  if (route === '/documents/:kind/:id') return method === 'PUT' ? 'write' : method === 'DELETE' ? 'delete' : 'read';
  if (route === '/documents/:kind' || route === '/changes' || route === '/export') return 'read';
  if (route === '/documents' && method === 'DELETE') return 'erase-group';
  if (route === '/import') return 'import';
  if (route === '/purge') return 'purge';
  return undefined;
}

export interface SecurityOptions extends HardeningOptions {
  /** Dev mode's public keys, served at `GET /dev/jwks.json`. */
  devJwks?: JSONWebKeySet;
}

/**
 * The security layer as buildApp's `beforeRoutes`: headers, CORS, rate limit; the role check of
 * every route; the audit trail; the privacy routes (and dev mode's JWKS).
 */
export function securityExtension(options: SecurityOptions): (app: FastifyInstance, parts: { db: Database; notifier: ChangeNotifier }) => void {
  return (app, { db, notifier }) => {
    installHardening(app, options);
    app.after(() => {
      app.addHook('preHandler', async (request, reply) => {
        const action = actionOf(request);
        if (!action || !request.principal || may(request.principal, action)) return;
        return reply
          .code(403)
          .header('www-authenticate', 'Bearer error="insufficient_scope"')
          .send({ code: 'authentication', message: `The role ${request.principal.role} may not ${action.replace('-', ' ')}.` });
      });
      installAudit(app, db);
      privacyRoutes(app, db, notifier);
      const jwks = options.devJwks;
      if (jwks) app.get('/dev/jwks.json', { config: { public: true } }, async () => jwks);
    });
  };
}
