// Full screen for projecting: the Fullscreen API where the page allows it (not in every iframe
// an intranet uses), else a fallback that fills the window with the widget.

/** True when the browser would let `element` go full screen. */
export function canUseFullscreenApi(element: Element): boolean {
  return Boolean(document.fullscreenEnabled && typeof element.requestFullscreen === 'function');
}

/** True when `element` is the full-screen element (also when it is a shadow host). */
export function isFullscreen(element: Element): boolean {
  return document.fullscreenElement === element;
}

/**
 * Enters or leaves full screen. Returns `api` when the Fullscreen API did it, `fallback` when the
 * caller should fill the window itself (API missing, refused, or not allowed in this frame).
 */
export async function toggleFullscreen(element: Element, on: boolean): Promise<'api' | 'fallback'> {
  if (!canUseFullscreenApi(element)) return 'fallback';
  try {
    if (on && !isFullscreen(element)) await element.requestFullscreen();
    if (!on && isFullscreen(element)) await document.exitFullscreen();
    return 'api';
  } catch {
    return 'fallback';
  }
}
