import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/** Transport-level protections, configured once per server. */
export interface HardeningOptions {
  /**
   * Origins (scheme://host[:port]) whose pages may call the API from a browser. Only these get
   * CORS headers; `*` is refused (a shared daycare PC must not let any site use its sign-in).
   */
  corsOrigins: readonly string[];
  /** Requests per minute per client address (default 600). */
  rateLimitPerMinute?: number;
}

/** `SAMMEN_CORS_ORIGINS` (comma-separated) and `SAMMEN_RATE_LIMIT` (per minute) from the environment. */
export function hardeningFromEnv(env: NodeJS.ProcessEnv): HardeningOptions {
  const corsOrigins = (env.SAMMEN_CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  const limit = env.SAMMEN_RATE_LIMIT?.trim();
  const rateLimitPerMinute = limit ? Number(limit) : undefined;
  if (rateLimitPerMinute !== undefined && !(Number.isInteger(rateLimitPerMinute) && rateLimitPerMinute > 0)) {
    throw new Error('SAMMEN_RATE_LIMIT must be a whole number of requests per minute, above 0.');
  }
  return { corsOrigins, ...(rateLimitPerMinute ? { rateLimitPerMinute } : {}) };
}

/** Checks each origin is an exact origin (no wildcard, no path), so the allowlist means what it says. */
export function checkOrigins(origins: readonly string[]): string[] {
  return origins.map((origin) => {
    if (origin === '*' || origin.includes('*')) throw new Error('SAMMEN_CORS_ORIGINS: a wildcard origin is not allowed; list each origin.');
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new Error(`SAMMEN_CORS_ORIGINS: "${origin}" is not an origin such as https://intra.kommune.dk.`);
    }
    if (url.origin !== origin.replace(/\/$/, '')) throw new Error(`SAMMEN_CORS_ORIGINS: "${origin}" is not an origin (no path): ${url.origin}.`);
    return url.origin;
  });
}

/**
 * Registers the security headers (helmet, tuned for a JSON API: nothing may be framed or run),
 * the CORS allowlist and the rate limit (per client address and process: several processes
 * behind a balancer each count their own). Rate-limited answers are 429 with `{message}` and
 * `Retry-After`.
 */
export function installHardening(app: FastifyInstance, options: HardeningOptions): void {
  const allowed = new Set(checkOrigins(options.corsOrigins));
  app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'same-site' },
    // An API answer is not a page: HSTS is the TLS terminator's job (it knows the host names).
    strictTransportSecurity: false,
  });
  app.register(cors, {
    // A function, not the list itself: an origin not listed gets no CORS headers at all (never `*`).
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'PUT', 'POST', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Sammen-Group', 'Last-Event-ID'],
    exposedHeaders: ['ETag', 'Retry-After'],
    maxAge: 600,
  });
  // Not global: as a root onRequest hook (added once the plugin is loaded) the limit runs
  // before sign-in, so a flood of bad tokens is limited too, not only signed-in calls.
  app.register(rateLimit, { global: false });
  app.after(() => {
    app.addHook(
      'onRequest',
      app.rateLimit({
        max: options.rateLimitPerMinute ?? 600,
        timeWindow: 60_000,
        // Health checks from the load balancer are never limited.
        allowList: (request) => request.url === '/health',
        errorResponseBuilder: (_request, context) => ({
          statusCode: 429,
          message: `Too many requests: at most ${context.max} a minute. Try again in ${Math.ceil(context.ttl / 1000)} s.`,
        }),
      }),
    );
  });
}
