// Reading what a request sends: its JSON body (located errors for malformed JSON or the wrong
// content type), the path's kind and id, and the write condition (If-Match / If-None-Match).
import { DOCUMENT_KINDS, parseJson, type DocumentKind, type Issue, type ParseResult } from '@sammen/sdk';
import { documentIdIssue } from '@sammen/sdk/backend';
import type { FastifyRequest } from 'fastify';
import { issue } from './issues-reply.js';

/** The body as a value, or the issues that say why it is not JSON. */
export function jsonBody(request: FastifyRequest): ParseResult<unknown> {
  const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    return { ok: false, issues: [issue('', 'expected a JSON body (content-type: application/json)', 'type', { expected: 'application/json' })] };
  }
  const text = typeof request.body === 'string' ? request.body : '';
  return parseJson(text, (value) => ({ ok: true, value }));
}

/** The path's kind, or an issue naming the kinds there are. */
export function kindParam(value: string): ParseResult<DocumentKind> {
  if ((DOCUMENT_KINDS as readonly string[]).includes(value)) return { ok: true, value: value as DocumentKind };
  return { ok: false, issues: [issue('kind', `expected one of ${DOCUMENT_KINDS.join(', ')}`, 'invalid')] };
}

/** The path's id, checked by the SDK's own rule (never `.`/`..`, 1–200 characters, no outer spaces). */
export function idParam(value: string): ParseResult<string> {
  const problem = documentIdIssue(value);
  return problem ? { ok: false, issues: [problem] } : { ok: true, value };
}

/**
 * The revision a write expects: `If-None-Match: *` → 0 (must not exist), `If-Match: "n"` → n.
 * `missing` when neither was sent (428); issues when they are malformed or both are sent.
 */
export function writeCondition(request: FastifyRequest): ParseResult<number> | 'missing' {
  const ifMatch = request.headers['if-match'];
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifMatch === undefined && ifNoneMatch === undefined) return 'missing';
  const issues: Issue[] = [];
  if (ifMatch !== undefined && ifNoneMatch !== undefined) issues.push(issue('If-Match', 'send If-Match or If-None-Match, not both', 'invalid'));
  if (ifNoneMatch !== undefined && ifNoneMatch !== '*') issues.push(issue('If-None-Match', 'expected *', 'pattern'));
  const match = ifMatch === undefined ? undefined : /^"(\d{1,9})"$/.exec(String(ifMatch).trim());
  if (ifMatch !== undefined && !match) issues.push(issue('If-Match', 'expected a quoted revision such as "3"', 'pattern'));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: match ? Number(match[1]) : 0 };
}
