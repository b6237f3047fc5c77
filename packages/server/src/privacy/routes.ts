import type { FastifyInstance, FastifyReply } from 'fastify';
import { may, type Action } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import type { ChangeNotifier } from '../notifier.js';
import type { Principal } from '../principal.js';
import { eraseOwned, exportOwned } from './people-and-groups.js';

function forbidden(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(403).send({ code: 'authentication', message });
}

/** May `principal` act on `subject`'s data? Themselves with `own`, anyone in their group with `group` (leaders). */
function mayForPerson(principal: Principal, subject: string, own: Action, group: Action): boolean {
  return subject === principal.subject ? may(principal, own) : may(principal, group);
}

/**
 * GDPR access and erasure, for one person or one group, always inside the caller's own tenant
 * and group (docs/api/openapi.yaml, tag privacy):
 * - `GET /privacy/people/{subject}/export`, `DELETE /privacy/people/{subject}`: staff for
 *   themselves, leaders for anyone in their group;
 * - `GET /privacy/group/export`, `DELETE /privacy/group`: leaders only.
 */
export function privacyRoutes(app: FastifyInstance, db: Database, notifier: ChangeNotifier): void {
  const subjectParam = { type: 'object', required: ['subject'], properties: { subject: { type: 'string', minLength: 1, maxLength: 200 } } } as const;

  app.get<{ Params: { subject: string } }>('/privacy/people/:subject/export', { schema: { params: subjectParam } }, async (request, reply) => {
    const { principal } = request;
    if (!mayForPerson(principal, request.params.subject, 'export-own', 'export-group')) return forbidden(reply, 'Only a leader may export another person\'s documents.');
    return exportOwned(db, { tenant: principal.tenant, group: principal.group, subject: request.params.subject });
  });

  app.delete<{ Params: { subject: string } }>('/privacy/people/:subject', { schema: { params: subjectParam } }, async (request, reply) => {
    const { principal } = request;
    if (!mayForPerson(principal, request.params.subject, 'erase-own', 'erase-group')) return forbidden(reply, 'Only a leader may erase another person\'s documents.');
    return { deleted: await eraseOwned(db, notifier, { tenant: principal.tenant, group: principal.group, subject: request.params.subject }) };
  });

  app.get('/privacy/group/export', async (request, reply) => {
    const { principal } = request;
    if (!may(principal, 'export-group')) return forbidden(reply, 'Only a leader may export the whole group.');
    return exportOwned(db, { tenant: principal.tenant, group: principal.group });
  });

  app.delete('/privacy/group', async (request, reply) => {
    const { principal } = request;
    if (!may(principal, 'erase-group')) return forbidden(reply, 'Only a leader may erase the whole group.');
    return { deleted: await eraseOwned(db, notifier, { tenant: principal.tenant, group: principal.group }) };
  });
}
