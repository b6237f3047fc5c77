/**
 * The messages between the embed page and the page that frames it. Pure, so Node tests them.
 *
 * frame → parent: `{type: 'sammen-embed:ready'}` once it listens for a token, and
 * `{type: 'sammen-embed:height', height}` whenever its content's height changes; both are posted
 * to each allowed parent origin only (postMessage's target origin, so no other page reads them).
 * parent → frame: `{type: 'sammen-embed:token', token}`, accepted only from the frame's own
 * parent window at an allowed origin; a later token replaces the earlier one (refresh).
 */

export const READY = 'sammen-embed:ready';
export const HEIGHT = 'sammen-embed:height';
export const TOKEN = 'sammen-embed:token';

/** What the frame needs to know of a `message` event. */
export interface IncomingMessage {
  origin: string;
  source: unknown;
  data: unknown;
}

/**
 * The token in `event` when it comes from `parent` at one of `allowedOrigins` and is a non-empty
 * string of at most 8 kB; otherwise undefined (anything else is ignored, never an error).
 */
export function tokenFrom(event: IncomingMessage, parent: unknown, allowedOrigins: readonly string[]): string | undefined {
  if (event.source !== parent || !allowedOrigins.includes(event.origin)) return undefined;
  const data = event.data as { type?: unknown; token?: unknown } | null;
  if (!data || typeof data !== 'object' || data.type !== TOKEN) return undefined;
  const { token } = data;
  return typeof token === 'string' && token.length > 0 && token.length <= 8192 && !/[\r\n]/.test(token) ? token : undefined;
}

/**
 * Holds the host's token in memory only (never in storage or the URL). `current(waitMs)` is the
 * latest token, waiting up to `waitMs` for the first one: the widget's first request must not go
 * out unauthenticated just because the parent answers `ready` a moment later.
 */
export class TokenHolder {
  private token: string | undefined;
  private waiting: Array<(token: string) => void> = [];

  /** Keeps `token`, replacing an earlier one. */
  set(token: string): void {
    this.token = token;
    for (const resolve of this.waiting.splice(0)) resolve(token);
  }

  /** The latest token, or the first to arrive within `waitMs`, or undefined. */
  current(waitMs: number): Promise<string | undefined> {
    if (this.token !== undefined || waitMs <= 0) return Promise.resolve(this.token);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((entry) => entry !== done);
        resolve(this.token);
      }, waitMs);
      const done = (token: string) => {
        clearTimeout(timer);
        resolve(token);
      };
      this.waiting.push(done);
    });
  }
}
