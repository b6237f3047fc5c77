import { define } from './define-element.js';
import { scopedRegistryOf } from './scoped-registry.js';

/**
 * Defines `tag` with the class `load` brings (a dynamic import), in the registry `host` belongs
 * to: the page's, or the scoped registry of a second Sammen copy (scoped-registry.ts), so a part
 * loaded on first use never lands in the page's registry from a scoped copy. Parts that only a
 * rarely used feature renders (the dialog behind a confirmation) come this way, so a page that
 * never needs them never downloads them. A tag already defined there is left alone.
 */
export async function defineWhenNeeded(host: Element, tag: string, load: () => Promise<CustomElementConstructor>): Promise<void> {
  const registry = scopedRegistryOf(host) ?? customElements;
  if (registry.get(tag)) return;
  define(tag, await load(), registry);
}
