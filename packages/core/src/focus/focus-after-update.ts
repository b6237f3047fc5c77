// Moving focus to an element that the next render creates or changes. Every "focus X after this
// action" in the widgets goes through here, so none of them reaches into the DOM by selector.
import type { ReactiveControllerHost } from 'lit';
import type { FocusableElement } from './element-refs.js';

/**
 * Waits for `host`'s pending update, then focuses what `target` returns (looked up only then, so
 * it may be an element the update creates). Resolves true when something took focus.
 */
export async function focusAfterUpdate(
  host: Pick<ReactiveControllerHost, 'updateComplete'>,
  target: () => FocusableElement | null | undefined,
  options?: FocusOptions,
): Promise<boolean> {
  await host.updateComplete;
  const element = target();
  if (!element) return false;
  element.focus(options);
  return true;
}

/** The element that has focus, looked up through open shadow roots; null when none has. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
