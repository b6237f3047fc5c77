import type { Issue } from '@sammen/sdk';
import type { FastifyReply } from 'fastify';

/** Answers with the contract's located error shape `{issues: [{path, message, code?, params?}]}`. */
export function sendIssues(reply: FastifyReply, status: 400 | 413 | 422, issues: readonly Issue[]): FastifyReply {
  return reply.code(status).type('application/json').send(JSON.stringify({ issues }));
}

/** One issue, for the common case. */
export function issue(path: string, message: string, code: Issue['code'] = 'invalid', params?: Issue['params']): Issue {
  return params ? { path, message, code, params } : { path, message, code };
}

/** Sends a JSON text as it is (a stored document is answered byte-for-byte as it was saved). */
export function sendJsonText(reply: FastifyReply, status: number, text: string, headers: Record<string, string> = {}): FastifyReply {
  return reply.code(status).headers(headers).type('application/json').send(text);
}
