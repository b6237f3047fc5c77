import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AccessDenied, principalFromClaims } from '../src/auth/claims.js';
import { oidcConfigFromEnv } from '../src/auth/config.js';
import { createDevSigner } from '../src/auth/dev-keys.js';
import { createAuthenticator, type Authenticate } from '../src/auth/oidc.js';
import { startTestProvider, type TestProvider } from './support/oidc-provider.js';

async function denied(promise: Promise<unknown>, status: number, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof AccessDenied, String(error));
    assert.equal(error.status, status);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('OIDC bearer tokens (JWKS served on loopback)', () => {
  let provider: TestProvider;
  let authenticate: Authenticate;
  before(async () => {
    provider = await startTestProvider();
    authenticate = createAuthenticator(provider.config);
  });
  after(() => provider.close());

  it('accepts a valid token and reads tenant, group, subject and role from the claims', async () => {
    const principal = await authenticate(`Bearer ${await provider.token({ sub: 'p-7', roles: ['leader'] })}`);
    assert.deepEqual(principal, { tenant: 'tenant-a', group: 'group-1', subject: 'p-7', role: 'leader' });
    assert.ok(provider.fetches() >= 1, 'the keys came from the JWKS URL');
  });

  it('refuses a missing or non-bearer Authorization header with 401', async () => {
    await denied(authenticate(undefined), 401, /no bearer token/);
    await denied(authenticate('Basic dXNlcjpwYXNz'), 401, /not a bearer token/);
    await denied(authenticate('Bearer not-a-jwt'), 401, /not a valid signed JWT/);
  });

  it('refuses an expired token with 401', async () => {
    const expired = await provider.token({}, { expiresIn: Math.floor(Date.now() / 1000) - 120 });
    await denied(authenticate(`Bearer ${expired}`), 401, /expired/);
  });

  it('refuses a token signed by a key the provider does not publish with 401', async () => {
    await denied(authenticate(`Bearer ${await provider.token({}, { foreignKey: true })}`), 401, /signature/);
  });

  it('refuses a token for another audience or from another issuer with 401', async () => {
    await denied(authenticate(`Bearer ${await provider.token({}, { audience: 'api://someone-else' })}`), 401, /aud/);
    await denied(authenticate(`Bearer ${await provider.token({}, { issuer: 'https://evil.example' })}`), 401, /iss/);
  });

  it('refuses a token with no known role with 403, and one with no tenant with 401', async () => {
    await denied(authenticate(`Bearer ${await provider.token({ roles: ['parent'] })}`), 403, /no Sammen role/);
    await denied(authenticate(`Bearer ${await provider.token({ tenant: undefined })}`), 401, /tenant/);
  });

  it('with several groups, the Sammen-Group header picks one of them and never another', async () => {
    const token = `Bearer ${await provider.token({ groups: ['group-1', 'group-2'] })}`;
    assert.equal((await authenticate(token, 'group-2')).group, 'group-2');
    await denied(authenticate(token), 403, /several groups/);
    await denied(authenticate(token, 'group-3'), 403, /does not grant the group/);
  });
});

describe('claims mapping', () => {
  const mapping = { tenant: 'tid', group: 'extension_daycare', role: 'roles', subject: 'oid', roles: { 'Sammen.Staff': 'staff', 'Sammen.Leader': 'leader' } } as const;

  it('maps provider-specific claim names and role values; the highest role wins', () => {
    const principal = principalFromClaims({ tid: 't-1', oid: 'o-1', extension_daycare: 'solsikken', roles: ['Sammen.Staff', 'Sammen.Leader', 'Other'] }, mapping);
    assert.deepEqual(principal, { tenant: 't-1', group: 'solsikken', subject: 'o-1', role: 'leader' });
  });

  it('reads a URI-named claim exactly and a dotted path into nested claims', () => {
    const principal = principalFromClaims(
      { 'https://data.gov.dk/model/core/eid/cvr': '29189765', sub: 's', realm_access: { roles: ['staff'] }, groups: ['g'] },
      { tenant: 'https://data.gov.dk/model/core/eid/cvr', group: 'groups', role: 'realm_access.roles', subject: 'sub', roles: { staff: 'staff' } },
    );
    assert.deepEqual(principal, { tenant: '29189765', group: 'g', subject: 's', role: 'staff' });
  });

  it('a fixed tenant replaces the tenant claim', () => {
    const principal = principalFromClaims({ sub: 's', groups: 'g', roles: 'staff' }, { tenant: 'x', fixedTenant: 'oslo', group: 'groups', role: 'roles', subject: 'sub', roles: { staff: 'staff' } });
    assert.equal(principal.tenant, 'oslo');
  });
});

describe('configuration from the environment', () => {
  it('is off without SAMMEN_OIDC_ISSUER, and names what is missing when half set', () => {
    assert.equal(oidcConfigFromEnv({}), undefined);
    assert.throws(() => oidcConfigFromEnv({ SAMMEN_OIDC_ISSUER: 'https://idp' }), /SAMMEN_OIDC_AUDIENCE/);
    assert.throws(() => oidcConfigFromEnv({ SAMMEN_OIDC_ISSUER: 'https://idp', SAMMEN_OIDC_AUDIENCE: 'a' }), /SAMMEN_OIDC_JWKS_URL/);
    assert.throws(() => oidcConfigFromEnv({ SAMMEN_OIDC_ISSUER: 'https://idp', SAMMEN_OIDC_AUDIENCE: 'a', SAMMEN_OIDC_JWKS_URL: 'https://idp/keys', SAMMEN_OIDC_ROLES: 'x=admin' }), /SAMMEN_OIDC_ROLES/);
  });

  it('reads every variable', () => {
    const config = oidcConfigFromEnv({
      SAMMEN_OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0',
      SAMMEN_OIDC_AUDIENCE: 'api://sammen, api://sammen-2',
      SAMMEN_OIDC_JWKS_URL: 'https://login.microsoftonline.com/t/discovery/v2.0/keys',
      SAMMEN_OIDC_TENANT_CLAIM: 'tid',
      SAMMEN_OIDC_ROLES: 'Sammen.Staff=staff,Sammen.Leader=leader',
    });
    assert.deepEqual(config?.audience, ['api://sammen', 'api://sammen-2']);
    assert.equal(config?.claims.tenant, 'tid');
    assert.deepEqual(config?.claims.roles, { 'Sammen.Staff': 'staff', 'Sammen.Leader': 'leader' });
  });
});

describe('dev mode signer', () => {
  it('signs tokens its own configuration accepts, and that a production provider refuses', async () => {
    const dev = await createDevSigner();
    const token = `Bearer ${await dev.sign()}`;
    assert.deepEqual(await createAuthenticator(dev.config)(token), { tenant: 'dev-municipality', group: 'dev-daycare', subject: 'dev-user', role: 'leader' });
    const provider = await startTestProvider();
    try {
      await denied(createAuthenticator(provider.config)(token), 401, /./);
    } finally {
      await provider.close();
    }
  });
});
