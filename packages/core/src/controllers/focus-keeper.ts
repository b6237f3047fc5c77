import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FocusableElement } from '../focus/element-refs.js';

/**
 * Keeps keyboard focus from falling to `<body>`. When an update removes the element that had focus
 * inside the host (a button that turns into another, a view that is replaced), or the focused
 * control becomes disabled, focus moves to `fallback()` — the widget's most sensible place at that
 * moment, such as the heading of the view now shown — instead of the top of the page, where a
 * keyboard or screen reader user would have to find their way back from (WCAG 2.4.3).
 *
 * Widgets still move focus on purpose where an action has an obvious next place; this catches
 * every other case, including changes no one pressed a key for (a timer running out). Focus that
 * a person moves away (a click outside, Tab) is never taken back — nor focus on its way: a field
 * that commits on `change` updates the host while focus travels from it to the next control (the
 * page's active element is `<body>` for that moment), and the field is still there.
 */
export class FocusKeeper implements ReactiveController {
  private hadFocus = false;
  /** Focus was lost while the next view was still loading (no fallback yet): rescue when it shows. */
  private pending = false;
  /** The control that last had focus in the host: a loss is ours to mend only when it is gone or disabled. */
  private lastFocused: Element | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fallback: () => FocusableElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusout', this.onFocusout);
    // In the shadow root: a move between two of its controls does not reach the host (retargeted to itself).
    this.focusScope.addEventListener('focusin', this.onFocusin as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusout', this.onFocusout);
    this.focusScope.removeEventListener('focusin', this.onFocusin as EventListener);
  }

  private get focusScope(): EventTarget {
    return this.host.shadowRoot ?? this.host;
  }

  hostUpdate(): void {
    this.hadFocus = this.host.matches(':focus-within');
  }

  hostUpdated(): void {
    // After the host's own "focus this after the update" callbacks, which were queued first.
    if (this.hadFocus || this.pending) void this.host.updateComplete.then(() => this.rescue());
  }

  // Chromium blurs a control that became disabled a moment after the update, and fires focusout
  // then; a removed element fires nothing, which hostUpdated covers.
  private readonly onFocusout = (event: FocusEvent): void => {
    const left = event.composedPath()[0];
    if (left instanceof Element && gone(left) && !event.relatedTarget) queueMicrotask(() => this.rescue());
  };

  private readonly onFocusin = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (target instanceof Element) this.lastFocused = target;
  };

  private rescue(): void {
    const active = document.activeElement;
    this.pending = false;
    if ((active && active !== document.body) || !this.host.isConnected) return;
    // The control that had focus is still there and usable: nothing was lost to an update.
    if (this.lastFocused && !gone(this.lastFocused)) return;
    const fallback = this.fallback();
    if (fallback) fallback.focus();
    else this.pending = true;
  }
}

/** True when `element` can no longer hold focus: removed, disabled, made inert or hidden. */
function gone(element: Element): boolean {
  return !element.isConnected || element.matches(':disabled') || Boolean(element.closest('[inert]')) || element.getClientRects().length === 0;
}
