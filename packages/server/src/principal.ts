import type { FastifyRequest } from 'fastify';

/**
 * Who is asking, as the authentication hook established it. Every route reads only this: a
 * document belongs to `tenant` (the municipality) and `group` (a daycare or team), and is reached
 * only through a request whose principal names both.
 */
export interface Principal {
  /** The municipality (or other organisation) the sign-in belongs to. */
  tenant: string;
  /** The daycare or team whose documents this request works on. */
  group: string;
  /** The signed-in person (the token's subject); recorded as creator and last writer. */
  subject: string;
  /** The role from the sign-in (e.g. `staff`, `leader`); the core server does not act on it yet. */
  role: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook before any route runs (see {@link Authenticate}). */
    principal: Principal;
  }
}

/**
 * The authentication seam: resolves the request's principal, or `undefined` for a 401. The
 * OIDC implementation (bearer tokens verified with jose) plugs in here; tests use a trivial one.
 */
export type Authenticate = (request: FastifyRequest) => Promise<Principal | undefined>;

/**
 * The one principal of a server with no sign-in configured: everything lives in one group, and
 * its one user may do everything (a leader, in src/auth/roles.ts: erase and purge included).
 */
export const LOCAL_PRINCIPAL: Principal = Object.freeze({ tenant: 'local', group: 'local', subject: 'local', role: 'leader' });

/** Every request is {@link LOCAL_PRINCIPAL}: for a single-user local server, never for a shared one. */
export const localOnly: Authenticate = async () => LOCAL_PRINCIPAL;
