// /documents/{kind} and /documents/{kind}/{id}: read, list, conditional write, delete.
import { parseDocumentOfKind, SCHEMA_IDS, type SammenDocument } from '@sammen/sdk';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { scopeOf, type DocumentsRepo } from '../documents-repo.js';
import { issue, sendIssues, sendJsonText } from '../issues-reply.js';
import { idParam, jsonBody, kindParam, writeCondition } from '../request-input.js';
import { unknownFieldIssues } from '../unknown-fields.js';

type Params = { kind: string; id: string };

const etag = (revision: number) => `"${revision}"`;

/** The stored document wrapped as the contract's conflict answer, byte-for-byte as it was saved. */
function sendConflict(reply: FastifyReply, current: string | undefined): FastifyReply {
  return sendJsonText(reply, 409, current === undefined ? '{}' : `{"current":${current}}`);
}

export function documentRoutes(app: FastifyInstance, repo: DocumentsRepo): void {
  app.get<{ Params: Pick<Params, 'kind'> }>('/documents/:kind', async (request, reply) => {
    const kind = kindParam(request.params.kind);
    if (!kind.ok) return sendIssues(reply, 400, kind.issues);
    const texts = await repo.list(scopeOf(request), kind.value);
    return sendJsonText(reply, 200, `{"documents":[${texts.join(',')}]}`);
  });

  app.get<{ Params: Params }>('/documents/:kind/:id', async (request, reply) => {
    const kind = kindParam(request.params.kind);
    const id = idParam(request.params.id);
    if (!kind.ok || !id.ok) return sendIssues(reply, 400, [...(kind.ok ? [] : kind.issues), ...(id.ok ? [] : id.issues)]);
    const stored = await repo.get(scopeOf(request), kind.value, id.value);
    if (!stored) return reply.code(404).send();
    return sendJsonText(reply, 200, stored.body, { etag: etag(stored.revision) });
  });

  app.put<{ Params: Params }>('/documents/:kind/:id', async (request, reply) => {
    const kind = kindParam(request.params.kind);
    const id = idParam(request.params.id);
    if (!kind.ok || !id.ok) return sendIssues(reply, 400, [...(kind.ok ? [] : kind.issues), ...(id.ok ? [] : id.issues)]);
    const condition = writeCondition(request);
    if (condition === 'missing') return reply.code(428).send();
    if (!condition.ok) return sendIssues(reply, 400, condition.issues);
    const body = jsonBody(request);
    if (!body.ok) return sendIssues(reply, 400, body.issues);
    const parsed = parseDocumentOfKind(kind.value, body.value);
    if (!parsed.ok) return sendIssues(reply, 422, parsed.issues);
    const sent = body.value as Record<string, unknown>;
    // Unknown fields are checked only on a current-version document: a migration renames on purpose.
    const unknown = sent.schema === SCHEMA_IDS[kind.value] ? unknownFieldIssues(sent, parsed.value) : [];
    if (unknown.length > 0) return sendIssues(reply, 422, unknown);
    const expected = condition.value;
    if (parsed.value.id !== id.value) return sendIssues(reply, 422, [issue('id', 'expected the id in the URL', 'invalid')]);
    // The client sends the revision it will have (expected + 1); any other is a confused client
    // whose If-Match and body disagree, and guessing which one it meant could overwrite work.
    if (parsed.value.revision !== expected + 1) {
      return sendIssues(reply, 422, [issue('revision', `expected ${expected + 1} (the revision in If-Match, plus one)`, 'invalid', { expected: expected + 1 })]);
    }
    const doc = { ...parsed.value, updatedAt: new Date().toISOString() } as SammenDocument;
    const outcome = await repo.put(scopeOf(request), kind.value, doc, expected);
    if (!outcome.ok) return sendConflict(reply, outcome.current?.body);
    return sendJsonText(reply, outcome.created ? 201 : 200, outcome.stored.body, { etag: etag(outcome.stored.revision) });
  });

  app.delete<{ Params: Params }>('/documents/:kind/:id', async (request, reply) => {
    const kind = kindParam(request.params.kind);
    const id = idParam(request.params.id);
    if (!kind.ok || !id.ok) return sendIssues(reply, 400, [...(kind.ok ? [] : kind.issues), ...(id.ok ? [] : id.issues)]);
    await repo.delete(scopeOf(request), kind.value, id.value);
    return reply.code(204).send();
  });
}
