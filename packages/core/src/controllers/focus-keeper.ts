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
 * a person moves away (a click outside, Tab) is never taken back.
 */
export class FocusKeeper implements ReactiveController {
  private hadFocus = false;
  /** Focus was lost while the next view was still loading (no fallback yet): rescue when it shows. */
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fallback: () => FocusableElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusout', this.onFocusout);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusout', this.onFocusout);
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
    const gone = left instanceof Element && (!left.isConnected || left.matches(':disabled') || left.closest('[inert]'));
    if (gone && !event.relatedTarget) queueMicrotask(() => this.rescue());
  };

  private rescue(): void {
    const active = document.activeElement;
    this.pending = false;
    if ((active && active !== document.body) || !this.host.isConnected) return;
    const fallback = this.fallback();
    if (fallback) fallback.focus();
    else this.pending = true;
  }
}
