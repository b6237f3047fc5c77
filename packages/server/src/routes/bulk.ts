// The whole-group operations: erase (DELETE /documents), export, import and retention purge.
import { SCHEMA_IDS, ValidationError, type DocumentKind } from '@sammen/sdk';
import { kindOf, validateBundle } from '@sammen/sdk/backend';
import type { FastifyInstance } from 'fastify';
import { scopeOf, type DocumentsRepo } from '../documents-repo.js';
import { issue, sendIssues, sendJsonText } from '../issues-reply.js';
import { jsonBody } from '../request-input.js';
import { unknownFieldIssues } from '../unknown-fields.js';

/** The earliest cut-off PostgreSQL's timestamptz and JavaScript's Date both hold: "purge everything". */
const EARLIEST = Date.parse('0001-01-01T00:00:00Z');

export function bulkRoutes(app: FastifyInstance, repo: DocumentsRepo): void {
  app.delete('/documents', async (request, reply) => {
    await repo.deleteAll(scopeOf(request));
    return reply.code(204).send();
  });

  app.get('/export', async (request, reply) => {
    const texts = await repo.exportTexts(scopeOf(request));
    const exportedAt = JSON.stringify(new Date().toISOString());
    return sendJsonText(reply, 200, `{"format":"sammen.export/v1","exportedAt":${exportedAt},"documents":[${texts.join(',')}]}`);
  });

  app.post('/import', async (request, reply) => {
    const body = jsonBody(request);
    if (!body.ok) return sendIssues(reply, 400, body.issues);
    let documents;
    try {
      documents = validateBundle(body.value);
    } catch (error) {
      if (error instanceof ValidationError) return sendIssues(reply, 422, error.issues);
      throw error;
    }
    const sent = (body.value as { documents: Record<string, unknown>[] }).documents;
    const unknown = documents.flatMap((doc, index) => {
      const kind: DocumentKind = kindOf(doc);
      return sent[index]?.schema === SCHEMA_IDS[kind] ? unknownFieldIssues(sent[index], doc, `documents[${index}]`) : [];
    });
    if (unknown.length > 0) return sendIssues(reply, 422, unknown);
    const result = await repo.importDocuments(
      scopeOf(request),
      documents.map((doc) => ({ kind: kindOf(doc), doc })),
    );
    return reply.code(200).send(result);
  });

  app.post<{ Querystring: { olderThanDays?: string } }>('/purge', async (request, reply) => {
    const raw = request.query.olderThanDays;
    const days = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
    if (!Number.isFinite(days) || days < 0) {
      return sendIssues(reply, 400, [issue('olderThanDays', 'expected a number of days, 0 or more', 'min-value', { min: 0 })]);
    }
    const cutoff = new Date(Math.max(Date.now() - days * 86_400_000, EARLIEST));
    return reply.code(200).send({ deleted: await repo.purge(scopeOf(request), cutoff) });
  });
}
