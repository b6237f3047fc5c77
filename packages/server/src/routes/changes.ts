// GET /changes: the change feed as Server-Sent Events, for the request's group (optionally one
// kind, or one document). The process keeps only the open connections: every change comes from
// the notifier, i.e. from the database, whichever process wrote it.
import type { FastifyInstance } from 'fastify';
import type { ChangeEvent, ChangeNotifier } from '../notifier.js';
import { sendIssues } from '../issues-reply.js';
import { idParam, kindParam } from '../request-input.js';

/** How often a comment line keeps idle proxies from closing the stream (ms). */
const KEEPALIVE_MS = 25_000;

export function changeRoutes(app: FastifyInstance, notifier: ChangeNotifier): void {
  const open = new Set<() => void>();
  // Close every stream when the server stops, or close() would wait for them forever.
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get<{ Querystring: { kind?: string; id?: string } }>('/changes', async (request, reply) => {
    const kind = request.query.kind === undefined ? undefined : kindParam(request.query.kind);
    const id = request.query.id === undefined ? undefined : idParam(request.query.id);
    if (kind && !kind.ok) return sendIssues(reply, 400, kind.issues);
    if (id && !id.ok) return sendIssues(reply, 400, id.issues);
    const { tenant, group } = request.principal;
    const wanted = (change: ChangeEvent) =>
      change.tenant === tenant && change.group === group && (!kind || change.kind === kind.value) && (!id || change.id === id.value);

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      ...(reply.getHeaders() as Record<string, string>),
    });
    // The client knows the feed is live from here on (it reads the current state after this).
    raw.write('event: ready\ndata: {}\n\n');
    const unsubscribe = notifier.subscribe((change) => {
      if (!wanted(change)) return;
      const { kind: changed, id: changedId, type, revision } = change;
      raw.write(`event: change\ndata: ${JSON.stringify({ kind: changed, id: changedId, type, ...(revision === undefined ? {} : { revision }) })}\n\n`);
    });
    const keepalive = setInterval(() => raw.write(': keep-alive\n\n'), KEEPALIVE_MS);
    const end = () => {
      clearInterval(keepalive);
      unsubscribe();
      open.delete(end);
      raw.end();
    };
    open.add(end);
    raw.on('close', end);
  });
}
