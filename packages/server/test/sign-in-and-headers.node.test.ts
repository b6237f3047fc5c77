// Over HTTP, as a browser or HttpStore meets it: a missing, expired, wrongly signed, wrong-audience
// or wrong-issuer token is 401 in the contract's shape on every route; security headers; the CORS
// allowlist; the body limit; the rate limit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AuthenticationError, HttpStore } from '@sammen/sdk';
import { ALLOWED_ORIGIN, notes, startSecuredServer, type SecuredServer } from './support/secured-server.js';

let s: SecuredServer;
before(async () => {
  s = await startSecuredServer({ bodyLimit: 64 * 1024 });
});
after(async () => {
  // Close first: a failed check must not leave the server (and the test process) running.
  await s.close();
  s.exchanges.assertConforming();
});

const routes: [string, string][] = [
  ['GET', '/documents/reflection-notes'],
  ['GET', '/documents/reflection-notes/n-1'],
  ['PUT', '/documents/reflection-notes/n-1'],
  ['DELETE', '/documents/reflection-notes/n-1'],
  ['DELETE', '/documents'],
  ['GET', '/export'],
  ['POST', '/import'],
  ['POST', '/purge?olderThanDays=1'],
  ['GET', '/changes'],
  ['GET', '/privacy/group/export'],
  ['DELETE', '/privacy/people/p-1'],
];

async function expect401(authorization: string | undefined, reason: RegExp): Promise<void> {
  for (const [method, path] of routes) {
    const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
    const body = method === 'PUT' ? JSON.stringify(notes('n-1')) : method === 'POST' && path === '/import' ? JSON.stringify({ format: 'sammen.export/v1', exportedAt: new Date().toISOString(), documents: [] }) : undefined;
    if (body) Object.assign(headers, { 'content-type': 'application/json', 'if-none-match': '*' });
    const answer = await s.fetch(`${s.url}${path}`, { method, headers, ...(body ? { body } : {}) });
    assert.equal(answer.status, 401, `${method} ${path}`);
    assert.match(answer.headers.get('www-authenticate') ?? '', /^Bearer/);
    const error = (await answer.json()) as { code: string; message: string };
    assert.equal(error.code, 'authentication');
    assert.match(error.message, reason, `${method} ${path}`);
    if (authorization) assert.ok(!error.message.includes(authorization.slice(7, 40)), 'the token is never echoed');
  }
}

describe('sign-in refused with 401 {code: "authentication", message} on every route', () => {
  it('no token', () => expect401(undefined, /no bearer token/));
  it('an expired token', async () => expect401(`Bearer ${await s.provider.token({}, { expiresIn: Math.floor(Date.now() / 1000) - 300 })}`, /expired/));
  it('a token signed with a key the provider does not publish', async () => expect401(`Bearer ${await s.provider.token({}, { foreignKey: true })}`, /signature/));
  it('a token for another audience', async () => expect401(`Bearer ${await s.provider.token({}, { audience: 'api://other-app' })}`, /aud/));
  it('a token from another issuer', async () => expect401(`Bearer ${await s.provider.token({}, { issuer: 'https://login.example/other' })}`, /iss/));
  it('not a JWT at all', () => expect401('Bearer abc.def.ghi', /not a valid signed JWT/));

  it('HttpStore reports it as AuthenticationError (status 401), and /health needs no sign-in', async () => {
    const store = new HttpStore({ baseUrl: s.url, fetch: s.fetch, retries: 0 });
    await assert.rejects(store.list('reflection-notes'), (error: unknown) => error instanceof AuthenticationError && error.status === 401);
    assert.equal((await s.fetch(`${s.url}/health`)).status, 200);
  });
});

describe('transport protections', () => {
  it('answers carry security headers (no framing, no sniffing, nothing may run)', async () => {
    const answer = await s.fetch(`${s.url}/health`);
    assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
    assert.match(answer.headers.get('content-security-policy') ?? '', /default-src 'none'.*frame-ancestors 'none'/);
    assert.equal(answer.headers.get('referrer-policy'), 'no-referrer');
    assert.ok(answer.headers.get('x-frame-options'));
  });

  it('CORS: the configured origin may call (preflight and answer, 401 included); any other origin gets no CORS headers, never *', async () => {
    const preflight = (origin: string) =>
      fetch(`${s.url}/documents/reflection-notes/n-1`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,if-match,content-type' },
      });
    const allowed = await preflight(ALLOWED_ORIGIN);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /if-match/i);
    const other = await preflight('https://evil.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const refused = await fetch(`${s.url}/documents/reflection-notes`, { headers: { origin: ALLOWED_ORIGIN } });
    assert.equal(refused.status, 401);
    assert.equal(refused.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN, 'the page can read why it was refused');
    const exposed = await fetch(`${s.url}/health`, { headers: { origin: 'https://evil.example' } });
    assert.equal(exposed.headers.get('access-control-allow-origin'), null);
  });

  it('a body over the limit is 413 with a located issue, and nothing is written', async () => {
    const headers = { ...(await s.as({ tenant: s.tenant('limit'), groups: ['g'], roles: ['staff'] })), 'content-type': 'application/json', 'if-none-match': '*' };
    const big = notes('too-big', 'x'.repeat(70 * 1024));
    const answer = await s.fetch(`${s.url}/documents/reflection-notes/too-big`, { method: 'PUT', headers, body: JSON.stringify(big) });
    assert.equal(answer.status, 413);
    assert.ok(((await answer.json()) as { issues: unknown[] }).issues.length > 0);
    assert.equal((await s.fetch(`${s.url}/documents/reflection-notes/too-big`, { headers })).status, 404);
  });
});

describe('rate limit', () => {
  it('over the per-minute limit: 429 with {message} and Retry-After, bad tokens counted too; /health never limited', async () => {
    const limited = await startSecuredServer({ rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) statuses.push((await limited.fetch(`${limited.url}/documents/reflection-notes`, { headers: { authorization: 'Bearer nope' } })).status);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
      const answer = await limited.fetch(`${limited.url}/documents/reflection-notes`);
      assert.equal(answer.status, 429);
      assert.match(answer.headers.get('retry-after') ?? '', /^\d+$/);
      assert.match(((await answer.json()) as { message: string }).message, /Too many requests/);
      assert.equal((await limited.fetch(`${limited.url}/health`)).status, 200);
      limited.exchanges.assertConforming();
    } finally {
      await limited.close();
    }
  });
});
