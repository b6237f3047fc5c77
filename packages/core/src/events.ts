import type { Issue } from '@sammen/sdk';

/** What every `sammen-error` event carries: a stable code, a readable message, located issues. */
export interface SammenErrorDetail {
  /** Stable, machine-readable reason, e.g. `invalid-document`, `fetch-failed`, `save-failed`. */
  code: string;
  /** A sentence for people, in the page's language where we wrote it. */
  message: string;
  /** Where the input is wrong, e.g. `{path: 'themes[0].cards[3].questions', message: 'expected at least 1'}`. */
  issues?: Issue[];
}

/**
 * Dispatches a `sammen-<name>` event the way every Sammen event is sent: bubbling, composed
 * (so it leaves shadow roots and reaches the host page), with plain-data `detail`.
 */
export function fireSammenEvent<T>(target: EventTarget, name: `sammen-${string}`, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    /** Fired by every widget when it cannot do what was asked. */
    'sammen-error': CustomEvent<SammenErrorDetail>;
  }
}
