import { DOCUMENT_KINDS } from '../documents.js';
import type { DocumentChange } from './store.js';

/** What {@link openChangeFeed} needs: the fetch and headers of `HttpStoreOptions`. */
export interface FeedOptions {
  fetch?: typeof fetch;
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /** First reconnect delay in ms, doubled per failed attempt (at most 30 s). */
  backoffMs: number;
}

const MAX_BACKOFF_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A change event's data, or undefined when it is not one (a feed is input like any other). */
export function changeOfEvent(data: string): DocumentChange | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  const { kind, id, type, revision } = (value ?? {}) as Record<string, unknown>;
  if (!(DOCUMENT_KINDS as readonly unknown[]).includes(kind) || typeof id !== 'string' || (type !== 'put' && type !== 'delete')) return undefined;
  if (type === 'put' && !(typeof revision === 'number' && Number.isInteger(revision) && revision > 0)) return undefined;
  return type === 'put' ? { kind: kind as DocumentChange['kind'], id, type, revision: revision as number } : { kind: kind as DocumentChange['kind'], id, type };
}

/**
 * Splits a Server-Sent Events stream into events (`event:` and `data:` lines up to a blank
 * line); comments and unknown fields are skipped. Returns the unparsed rest of `buffer`.
 */
export function takeEvents(buffer: string, onEvent: (event: string, data: string) => void): string {
  let rest = buffer.replace(/\r\n?/g, '\n');
  for (let end = rest.indexOf('\n\n'); end >= 0; end = rest.indexOf('\n\n')) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) onEvent(event, data.join('\n'));
  }
  return rest;
}

/**
 * Reads the server's change feed (`GET url`, text/event-stream) and calls `onChange` for each
 * change, reconnecting with backoff when the connection drops. It stops for good when the server
 * answers with a 4XX (it has no feed, or refuses this sign-in: nothing a retry would fix) and
 * when the returned function is called. fetch, not EventSource: the host's `headers` hook
 * (its bearer token) must go with the request, and EventSource cannot send headers.
 */
export function openChangeFeed(options: FeedOptions, url: string, onChange: (change: DocumentChange) => void): () => void {
  const controller = new AbortController();
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  void (async () => {
    for (let failures = 0; !controller.signal.aborted; ) {
      try {
        const response = await doFetch(url, {
          headers: { ...Object.fromEntries(new Headers(await options.headers?.())), accept: 'text/event-stream' },
          signal: controller.signal,
        });
        if (response.status >= 400 && response.status < 500) return;
        if (response.status === 200 && response.body) {
          failures = 0;
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            buffer = takeEvents(buffer + value, (event, data) => {
              if (event !== 'change') return;
              const change = changeOfEvent(data);
              if (change) onChange(change);
            });
          }
        }
      } catch {
        // Dropped or unreachable: try again after the backoff, unless stopped.
      }
      if (controller.signal.aborted) return;
      await sleep(Math.min(options.backoffMs * 2 ** failures, MAX_BACKOFF_MS));
      failures += 1;
    }
  })();
  return () => controller.abort();
}
