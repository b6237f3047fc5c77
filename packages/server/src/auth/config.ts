import type { Role } from './roles.js';
import type { OidcConfig } from './oidc.js';

/**
 * The OIDC configuration from the environment (docs/server.md lists every variable), or
 * `undefined` when `SAMMEN_OIDC_ISSUER` is not set. Throws a message naming the missing or
 * malformed variable, so a half-configured server never starts.
 */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.SAMMEN_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const audience = list(env.SAMMEN_OIDC_AUDIENCE);
  if (audience.length === 0) throw new Error('SAMMEN_OIDC_AUDIENCE is required with SAMMEN_OIDC_ISSUER.');
  const jwksUrl = env.SAMMEN_OIDC_JWKS_URL?.trim();
  if (!jwksUrl) throw new Error('SAMMEN_OIDC_JWKS_URL is required with SAMMEN_OIDC_ISSUER.');
  try {
    new URL(jwksUrl);
  } catch {
    throw new Error('SAMMEN_OIDC_JWKS_URL is not a URL.');
  }
  const fixedTenant = env.SAMMEN_OIDC_TENANT?.trim();
  const algorithms = list(env.SAMMEN_OIDC_ALGORITHMS);
  return {
    issuer,
    audience: audience.length === 1 ? audience[0] : audience,
    jwksUrl,
    ...(algorithms.length ? { algorithms } : {}),
    claims: {
      tenant: env.SAMMEN_OIDC_TENANT_CLAIM?.trim() || 'tenant',
      ...(fixedTenant ? { fixedTenant } : {}),
      group: env.SAMMEN_OIDC_GROUP_CLAIM?.trim() || 'groups',
      role: env.SAMMEN_OIDC_ROLE_CLAIM?.trim() || 'roles',
      subject: env.SAMMEN_OIDC_SUBJECT_CLAIM?.trim() || 'sub',
      roles: roleMap(env.SAMMEN_OIDC_ROLES),
    },
  };
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** `SAMMEN_OIDC_ROLES="Sammen.Staff=staff,Sammen.Leader=leader"`; default `staff=staff,leader=leader`. */
export function roleMap(value: string | undefined): Record<string, Role> {
  const entries = list(value ?? 'staff=staff,leader=leader').map((pair) => {
    const at = pair.lastIndexOf('=');
    const role = pair.slice(at + 1).trim();
    if (at <= 0 || (role !== 'staff' && role !== 'leader')) throw new Error(`SAMMEN_OIDC_ROLES: "${pair}" is not claim-value=staff or claim-value=leader.`);
    return [pair.slice(0, at).trim(), role as Role] as const;
  });
  return Object.fromEntries(entries);
}
