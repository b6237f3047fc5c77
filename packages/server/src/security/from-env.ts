import type { FastifyInstance } from 'fastify';
import { oidcConfigFromEnv } from '../auth/config.js';
import { createDevSigner } from '../auth/dev-keys.js';
import { createAuthenticator, type Authenticate as VerifyBearer } from '../auth/oidc.js';
import type { Database } from '../db/database.js';
import type { ChangeNotifier } from '../notifier.js';
import { localOnly, type Authenticate } from '../principal.js';
import { hardeningFromEnv } from './hardening.js';
import { securityExtension } from './install.js';

/** How the server signs people in, as {@link securityFromEnv} chose it. */
export interface Security {
  authenticate: Authenticate;
  beforeRoutes: (app: FastifyInstance, parts: { db: Database; notifier: ChangeNotifier }) => void;
  /** `--dev`: a token the server accepts (12 hours). */
  devToken?: string;
  /** One line for the start-up message: which sign-in is in force. */
  describe: string;
}

/** The route seam's authenticate from a bearer verifier: `Authorization` and `Sammen-Group` headers. */
export function bearerAuthenticate(verify: VerifyBearer): Authenticate {
  return (request) => {
    const group = request.headers['sammen-group'];
    return verify(request.headers.authorization, typeof group === 'string' ? group : undefined);
  };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * The sign-in in force:
 * - `--dev`: a key made now signs a token for `dev-municipality`/`dev-daycare` (leader); its
 *   JWKS is served at `/dev/jwks.json`. Refused on a non-loopback HOST.
 * - `SAMMEN_OIDC_ISSUER` set: bearer tokens verified against the provider's JWKS.
 * - neither: one local user, no sign-in, and only on a loopback HOST (a shared server without
 *   sign-in would hand every document to anyone who can reach it).
 */
export async function securityFromEnv(env: NodeJS.ProcessEnv, options: { dev: boolean; host: string }): Promise<Security> {
  const hardening = hardeningFromEnv(env);
  const loopback = LOOPBACK.has(options.host);
  if (options.dev) {
    if (!loopback) throw new Error('--dev signs its own tokens: it only listens on a loopback HOST (127.0.0.1, ::1).');
    const signer = await createDevSigner();
    return {
      authenticate: bearerAuthenticate(createAuthenticator(signer.config)),
      beforeRoutes: securityExtension({ ...hardening, devJwks: signer.jwks }),
      devToken: await signer.sign(),
      describe: 'dev mode: tokens signed by a key made at start (JWKS at /dev/jwks.json)',
    };
  }
  const oidc = oidcConfigFromEnv(env);
  if (oidc) {
    return { authenticate: bearerAuthenticate(createAuthenticator(oidc)), beforeRoutes: securityExtension(hardening), describe: `OIDC tokens from ${oidc.issuer}` };
  }
  if (!loopback) throw new Error(`HOST=${options.host} needs sign-in: set SAMMEN_OIDC_ISSUER, SAMMEN_OIDC_AUDIENCE and SAMMEN_OIDC_JWKS_URL (docs/server.md).`);
  return { authenticate: localOnly, beforeRoutes: securityExtension(hardening), describe: 'no sign-in: one local user (loopback only)' };
}
