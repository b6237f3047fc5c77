// Elements found by key through Lit's `ref()` directive instead of CSS selectors: a template says
// `${ref(refs.ref(id))}` and code asks `refs.get(id)`, so focus code survives markup changes.

/** An element that can take focus (HTML or SVG). */
export type FocusableElement = Element & { focus(options?: FocusOptions): void };

/**
 * Live elements by key. Each key gets one stable callback for `ref()` (a new function on every
 * render would make Lit detach and re-attach the ref each time).
 */
export class ElementRefs<Key> {
  private readonly elements = new Map<Key, FocusableElement>();
  private readonly keys = new WeakMap<Element, Key>();
  private readonly callbacks = new Map<Key, (element?: Element) => void>();

  /** The callback to hand to Lit's `ref()` for `key`. */
  ref(key: Key): (element?: Element) => void {
    let callback = this.callbacks.get(key);
    if (!callback) {
      callback = (element?: Element) => {
        // Lit reports `undefined` when a reused element moves on to another key; the element
        // claiming its new key below is what counts, so `undefined` is ignored and `get` checks
        // that the element is still in the document.
        if (!element) return;
        const previous = this.keys.get(element);
        if (previous !== undefined && previous !== key && this.elements.get(previous) === element) this.elements.delete(previous);
        this.elements.set(key, element as FocusableElement);
        this.keys.set(element, key);
      };
      this.callbacks.set(key, callback);
    }
    return callback;
  }

  /** The key an element was rendered for, if any. */
  keyOf(element: Element): Key | undefined {
    const key = this.keys.get(element);
    return key !== undefined && this.elements.get(key) === element ? key : undefined;
  }

  /** The element rendered for `key`, if it is in the document now. */
  get(key: Key): FocusableElement | undefined {
    const element = this.elements.get(key);
    return element?.isConnected && this.keys.get(element) === key ? element : undefined;
  }
}
