import type { Principal } from '../principal.js';
import type { Role } from './roles.js';

/** Which token claims carry the tenant, group, role and subject, and how role values map to roles. */
export interface ClaimMapping {
  /** Claim with the municipality (Entra ID: `tid`). Ignored when {@link fixedTenant} is set. */
  tenant: string;
  /** One tenant for every token (an identity provider without a tenant claim, e.g. ID-porten). */
  fixedTenant?: string;
  /** Claim with the caller's group or groups (a string or an array of strings). */
  group: string;
  /** Claim with the caller's role value or values (a string or an array). */
  role: string;
  /** Claim with the person's stable id (default `sub`). */
  subject: string;
  /** Role claim value → role. A value not listed gives no role; the highest role found wins. */
  roles: Record<string, Role>;
}

/** Why a verified token still does not let its bearer in: 401 (no usable identity) or 403 (not allowed). */
export class AccessDenied extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'AccessDenied';
  }
}

/**
 * A claim by name: the exact top-level name first (KOMBIT-style claims are URIs full of dots),
 * else a dotted path into nested objects (`realm_access.roles`).
 */
export function claimValue(payload: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(payload, name)) return payload[name];
  let value: unknown = payload;
  for (const step of name.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, step)) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item !== '');
  return [];
}

/**
 * The principal a verified token's claims describe. `wantedGroup` (the `Sammen-Group` header)
 * picks one group when the token lists several; with one group it may be left out.
 * Throws {@link AccessDenied}: 401 when the token names no tenant or subject, 403 when it grants
 * no known role or not the group asked for.
 */
export function principalFromClaims(payload: Record<string, unknown>, mapping: ClaimMapping, wantedGroup?: string): Principal {
  const tenant = mapping.fixedTenant ?? strings(claimValue(payload, mapping.tenant))[0];
  if (!tenant) throw new AccessDenied(401, `The token has no tenant claim (${mapping.tenant}).`);
  const subject = strings(claimValue(payload, mapping.subject))[0];
  if (!subject) throw new AccessDenied(401, `The token has no subject claim (${mapping.subject}).`);
  const roleValues = strings(claimValue(payload, mapping.role));
  const roles = roleValues.map((value) => (Object.hasOwn(mapping.roles, value) ? mapping.roles[value] : undefined));
  const role: Role | undefined = roles.includes('leader') ? 'leader' : roles.includes('staff') ? 'staff' : undefined;
  if (!role) throw new AccessDenied(403, 'The token grants no Sammen role.');
  const groups = strings(claimValue(payload, mapping.group));
  let group: string | undefined;
  if (wantedGroup !== undefined) group = groups.includes(wantedGroup) ? wantedGroup : undefined;
  else if (groups.length === 1) group = groups[0];
  if (!group) {
    throw new AccessDenied(
      403,
      wantedGroup !== undefined
        ? 'The token does not grant the group named in Sammen-Group.'
        : groups.length === 0
          ? `The token names no group (${mapping.group}).`
          : 'The token names several groups: choose one with the Sammen-Group header.',
    );
  }
  return { tenant, group, subject, role };
}
