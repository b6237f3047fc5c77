import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { AccessDenied, principalFromClaims, type ClaimMapping } from './claims.js';
import type { Principal } from '../principal.js';

/** How bearer tokens are checked: whose signature, for whom, and which claims say who the caller is. */
export interface OidcConfig {
  /** The identity provider's issuer (`iss`), exactly. */
  issuer: string;
  /** This API's audience(s) (`aud`); a token for another audience is refused. */
  audience: string | string[];
  /** Where the provider publishes its signing keys (JWKS), fetched and cached by jose. */
  jwksUrl?: string;
  /** The keys themselves, instead of a URL (dev mode). */
  jwks?: JSONWebKeySet;
  /** Accepted signature algorithms (default RS256, PS256, ES256). */
  algorithms?: string[];
  /** Allowed clock skew in seconds for `exp`/`nbf` (default 30). */
  clockToleranceSec?: number;
  claims: ClaimMapping;
}

/** Checks an `Authorization` header and returns the caller, or throws {@link AccessDenied}. */
export type Authenticate = (authorization: string | undefined, wantedGroup?: string) => Promise<Principal>;

const BEARER = /^Bearer ([A-Za-z0-9_.~+/-]+=*)$/;

/**
 * An {@link Authenticate} for `config`. Every failure to verify (no header, not a JWT, expired,
 * not yet valid, signed by a key not in the JWKS, wrong issuer or audience, algorithm not
 * allowed) is a 401 whose message names the reason but never echoes the token.
 */
export function createAuthenticator(config: OidcConfig): Authenticate {
  let keys: JWTVerifyGetKey;
  if (config.jwks) keys = createLocalJWKSet(config.jwks);
  else if (config.jwksUrl) keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  else throw new Error('OIDC configuration needs jwksUrl or jwks.');
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    algorithms: config.algorithms ?? ['RS256', 'PS256', 'ES256'],
    clockTolerance: config.clockToleranceSec ?? 30,
    requiredClaims: ['exp'],
  };
  return async (authorization, wantedGroup) => {
    const match = authorization === undefined ? null : BEARER.exec(authorization.trim());
    if (!match) throw new AccessDenied(401, authorization === undefined ? 'Sign-in required: no bearer token.' : 'The Authorization header is not a bearer token.');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(match[1], keys, options));
    } catch (error) {
      throw new AccessDenied(401, reasonOf(error));
    }
    return principalFromClaims(payload, config.claims, wantedGroup);
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted.`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is not valid.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token is signed with a key the identity provider does not publish.';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm that is not allowed.';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JOSENotSupported) return 'The token could not be verified.';
  return 'The token is not a valid signed JWT.';
}
