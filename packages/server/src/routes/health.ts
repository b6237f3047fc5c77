import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';

/** GET /health: 200 once the database answers (migrations ran before the server listens), else 503. */
export function healthRoutes(app: FastifyInstance, db: Database): void {
  app.get('/health', { config: { public: true } }, async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return reply.code(200).send({ status: 'ok' });
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
}
