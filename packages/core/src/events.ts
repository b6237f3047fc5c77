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

/** Every `sammen-*` event a Sammen element may fire: the names declared in `HTMLElementEventMap`. */
export type SammenEventName = Extract<keyof HTMLElementEventMap, `sammen-${string}`>;

/** The `detail` type `HTMLElementEventMap` declares for a Sammen event. */
export type SammenEventDetail<N extends SammenEventName> = HTMLElementEventMap[N] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a `sammen-<name>` event the way every Sammen event is sent: bubbling, composed
 * (so it leaves shadow roots and reaches the host page), with plain-data `detail`. The name must
 * be declared in `HTMLElementEventMap` and `detail` must have the type declared there, so a
 * listener's `event.detail` is what was sent (checked at compile time).
 */
export function fireSammenEvent<N extends SammenEventName>(target: EventTarget, name: N, detail: SammenEventDetail<N>): boolean {
  return target.dispatchEvent(new CustomEvent<SammenEventDetail<N>>(name, { detail, bubbles: true, composed: true }));
}

/** What a `sammen-announce` event carries: a short sentence for a screen reader, in the page's language. */
export interface SammenAnnounceDetail {
  message: string;
}

/**
 * The `sammen-select` details of every widget, one entry per widget, added by declaration merging
 * (`declare module '@sammen/core' { interface SammenSelectDetails { 'my-widget': MyDetail } }`).
 * One event name is shared by several widgets, and TypeScript allows only one declaration of it in
 * `HTMLElementEventMap`, so core declares it once as the union of what the widgets add here.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each widget through declaration merging
export interface SammenSelectDetails {}

/** What a `sammen-select` event carries: the detail of the widget that fired it. */
export type SammenSelectDetail = SammenSelectDetails[keyof SammenSelectDetails];

declare global {
  interface HTMLElementEventMap {
    /** Fired by a widget when what is selected in it changes; the detail is the widget's own (`SammenSelectDetails`). */
    'sammen-select': CustomEvent<SammenSelectDetail>;
    /**
     * Fired by a part (e.g. `sammen-textarea` when it becomes full) that has something to say: the
     * enclosing widget's `AnnouncerController` speaks it through the widget's one live region and
     * stops the event there, so a widget never has a live region per part.
     */
    'sammen-announce': CustomEvent<SammenAnnounceDetail>;
    /** Fired by every widget when it cannot do what was asked. */
    'sammen-error': CustomEvent<SammenErrorDetail>;
  }
}
