import { AuthenticationError, NetworkError, SammenError } from '../errors.js';

/** One whole answer: status, headers and the complete body, read within the time limit. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The body as text (`''` when there is none). */
  text: string;
  /** How many attempts it took (1 = no retry); a PUT retried after a lost answer may have been committed. */
  attempts: number;
}

/** How {@link sendRequest} sends: the parts of `HttpStoreOptions` it needs. */
export interface TransportOptions {
  fetch?: typeof fetch;
  headers?: () => HeadersInit | Promise<HeadersInit>;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class TimedOut extends Error {
  override name = 'TimeoutError';
}

async function hostHeaders(options: TransportOptions): Promise<Headers> {
  try {
    return new Headers(await options.headers?.());
  } catch {
    // Never the hook's own message: it may quote a token.
    throw new AuthenticationError('The page could not provide its sign-in for the server (its headers() hook failed).');
  }
}

/**
 * Sends one request, retrying network failures and timeouts (never answers) with exponential
 * backoff. The time limit covers the whole exchange — headers and body — because a server that
 * sends headers and then stalls is as unreachable as one that never answers.
 */
export async function sendRequest(options: TransportOptions, method: string, url: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<HttpAnswer> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  let lastError: unknown;
  for (let attempt = 0; attempt <= options.retries; attempt += 1) {
    if (attempt > 0) await sleep(options.backoffMs * 2 ** (attempt - 1));
    const headers = await hostHeaders(options);
    headers.set('accept', 'application/json');
    for (const [name, value] of Object.entries(init.headers ?? {})) headers.set(name, value);
    if (body !== undefined) headers.set('content-type', 'application/json');
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new TimedOut());
      }, options.timeoutMs);
    });
    try {
      const exchange = (async () => {
        const response = await doFetch(url, { method, headers, signal: controller.signal, ...(body !== undefined ? { body } : {}) });
        return { status: response.status, headers: response.headers, text: await response.text() };
      })();
      // A fetch that ignores the signal must not outlive the limit either.
      exchange.catch(() => undefined);
      return { ...(await Promise.race([exchange, deadline])), attempts: attempt + 1 };
    } catch (error) {
      lastError = error;
    } finally {
      clearTimeout(timer);
    }
  }
  const timedOut = lastError instanceof Error && (lastError.name === 'TimeoutError' || lastError.name === 'AbortError');
  throw new NetworkError(timedOut ? 'The server did not answer in time.' : 'The server could not be reached.');
}

/** The body as JSON, or a `bad-response` error naming the status (never the body). */
export function jsonOf(answer: HttpAnswer): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    throw new SammenError('bad-response', `The server answered ${answer.status} with a body that is not JSON.`);
  }
}
