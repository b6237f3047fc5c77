import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import type { OidcConfig } from '../../src/auth/oidc.js';

/**
 * A stand-in identity provider for tests: an RS256 key made with jose, its JWKS served over
 * HTTP on loopback (so the server fetches it as it would Entra ID's), and a second key it does
 * NOT publish, for "wrongly signed" tokens.
 */
export interface TestProvider {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** The server configuration that trusts this provider. */
  config: OidcConfig;
  /** A token for a caller (defaults: tenant-a, group-1, staff, 10 minutes). */
  token(claims?: JWTPayload & Record<string, unknown>, options?: { expiresIn?: string | number; issuer?: string; audience?: string; foreignKey?: boolean }): Promise<string>;
  /** How many times the JWKS was fetched. */
  fetches(): number;
  close(): Promise<void>;
}

export async function startTestProvider(): Promise<TestProvider> {
  const own = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256', { extractable: true });
  const jwks = { keys: [{ ...(await exportJWK(own.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' }] };
  let fetched = 0;
  const server: Server = createServer((request, response) => {
    if (request.url === '/jwks.json') {
      fetched += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/issuer`;
  const audience = 'api://sammen-test';
  const sign = (key: CryptoKey, claims: JWTPayload, options: { expiresIn?: string | number; issuer?: string; audience?: string }) =>
    new SignJWT({ tenant: 'tenant-a', groups: ['group-1'], roles: ['staff'], ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? audience)
      .setSubject(typeof claims.sub === 'string' ? claims.sub : 'person-1')
      .setIssuedAt(typeof options.expiresIn === 'number' ? options.expiresIn - 600 : undefined)
      .setExpirationTime(options.expiresIn ?? '10m')
      .sign(key);
  return {
    issuer,
    audience,
    jwksUrl: `${base}/jwks.json`,
    config: {
      issuer,
      audience,
      jwksUrl: `${base}/jwks.json`,
      claims: { tenant: 'tenant', group: 'groups', role: 'roles', subject: 'sub', roles: { staff: 'staff', leader: 'leader' } },
    },
    token: (claims = {}, options = {}) => sign(options.foreignKey ? foreign.privateKey : own.privateKey, claims, options),
    fetches: () => fetched,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
