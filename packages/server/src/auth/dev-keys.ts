import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { OidcConfig } from './oidc.js';

/** The issuer and audience of dev-mode tokens: never accepted by a configured (production) server. */
export const DEV_ISSUER = 'urn:sammen:dev';
export const DEV_AUDIENCE = 'sammen-dev';

/** A key pair made at start for `--dev`: signs local tokens, and its public half is the JWKS served. */
export interface DevSigner {
  /** The public keys, served at `/dev/jwks.json`. */
  jwks: JSONWebKeySet;
  /** The OIDC configuration that accepts this signer's tokens (claims: tenant, groups, roles, sub). */
  config: OidcConfig;
  /** A signed token for a caller; defaults: tenant `dev-municipality`, group `dev-daycare`, role `leader`, 12 hours. */
  sign(claims?: JWTPayload & { tenant?: string; groups?: string[]; roles?: string[] }, expiresIn?: string): Promise<string>;
}

/** Makes a fresh ES256 key (kept in memory only: restarting dev mode invalidates its tokens). */
export async function createDevSigner(): Promise<DevSigner> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  const jwks: JSONWebKeySet = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] };
  const config: OidcConfig = {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    jwks,
    algorithms: ['ES256'],
    claims: { tenant: 'tenant', group: 'groups', role: 'roles', subject: 'sub', roles: { staff: 'staff', leader: 'leader' } },
  };
  return {
    jwks,
    config,
    sign: (claims = {}, expiresIn = '12h') =>
      new SignJWT({ tenant: 'dev-municipality', groups: ['dev-daycare'], roles: ['leader'], ...claims })
        .setProtectedHeader({ alg: 'ES256', kid })
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setSubject(typeof claims.sub === 'string' ? claims.sub : 'dev-user')
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
  };
}
