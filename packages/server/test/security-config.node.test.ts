// The security layer's configuration refuses what would silently weaken it: a wildcard or
// malformed CORS origin, a bad rate limit, a retention entry that names no kind or no days, and
// a shared (non-loopback) server without sign-in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retentionFromEnv } from '../src/privacy/retention.js';
import { securityFromEnv } from '../src/security/from-env.js';
import { checkOrigins, hardeningFromEnv } from '../src/security/hardening.js';

describe('CORS allowlist', () => {
  it('takes exact origins only: never *, no wildcard, no path', () => {
    assert.deepEqual(checkOrigins(['https://intra.kommune.dk', 'http://localhost:6006']), ['https://intra.kommune.dk', 'http://localhost:6006']);
    assert.throws(() => checkOrigins(['*']), /wildcard/);
    assert.throws(() => checkOrigins(['https://*.kommune.dk']), /wildcard/);
    assert.throws(() => checkOrigins(['https://intra.kommune.dk/sammen']), /not an origin/);
    assert.throws(() => checkOrigins(['intra.kommune.dk']), /not an origin/);
  });

  it('reads SAMMEN_CORS_ORIGINS and SAMMEN_RATE_LIMIT', () => {
    assert.deepEqual(hardeningFromEnv({ SAMMEN_CORS_ORIGINS: ' https://a.dk , https://b.no ', SAMMEN_RATE_LIMIT: '120' }), { corsOrigins: ['https://a.dk', 'https://b.no'], rateLimitPerMinute: 120 });
    assert.deepEqual(hardeningFromEnv({}), { corsOrigins: [] });
    assert.throws(() => hardeningFromEnv({ SAMMEN_RATE_LIMIT: '0' }), /SAMMEN_RATE_LIMIT/);
  });
});

describe('retention configuration', () => {
  it('reads days per kind and for the audit trail', () => {
    assert.deepEqual(retentionFromEnv({ SAMMEN_RETENTION_DAYS: 'reflection-notes=365, perspective-session=730', SAMMEN_AUDIT_RETENTION_DAYS: '1095' }), {
      kinds: { 'reflection-notes': 365, 'perspective-session': 730 },
      auditDays: 1095,
    });
    assert.deepEqual(retentionFromEnv({}), { kinds: {} });
  });

  it('names the entry that is not a kind or not whole days', () => {
    assert.throws(() => retentionFromEnv({ SAMMEN_RETENTION_DAYS: 'notes=30' }), /"notes" is not a document kind/);
    assert.throws(() => retentionFromEnv({ SAMMEN_RETENTION_DAYS: 'relation-map=0' }), /relation-map/);
    assert.throws(() => retentionFromEnv({ SAMMEN_RETENTION_DAYS: 'relation-map=1.5' }), /whole number/);
    assert.throws(() => retentionFromEnv({ SAMMEN_AUDIT_RETENTION_DAYS: 'forever' }), /SAMMEN_AUDIT_RETENTION_DAYS/);
  });
});

describe('which sign-in', () => {
  it('refuses to serve a non-loopback address without sign-in, and dev mode anywhere but loopback', async () => {
    await assert.rejects(securityFromEnv({}, { dev: false, host: '0.0.0.0' }), /needs sign-in/);
    await assert.rejects(securityFromEnv({}, { dev: true, host: '0.0.0.0' }), /loopback/);
    assert.match((await securityFromEnv({}, { dev: false, host: '127.0.0.1' })).describe, /no sign-in/);
    const dev = await securityFromEnv({}, { dev: true, host: '127.0.0.1' });
    assert.match(dev.devToken ?? '', /^[\w-]+\.[\w-]+\.[\w-]+$/);
    const oidc = await securityFromEnv({ SAMMEN_OIDC_ISSUER: 'https://idp.example', SAMMEN_OIDC_AUDIENCE: 'api', SAMMEN_OIDC_JWKS_URL: 'https://idp.example/keys' }, { dev: false, host: '0.0.0.0' });
    assert.match(oidc.describe, /OIDC tokens from https:\/\/idp.example/);
  });
});
