/**
 * Scoped custom element registries (Chrome/Edge 146+, Safari 26; not Firefox yet): a second copy of
 * Sammen on a page defines its tags in a `new CustomElementRegistry()` that a host hands to the
 * shadow root it puts the widgets in, so two versions' `<sammen-button>`s never meet. A widget
 * created in such a shadow root renders its own shadow root from the same registry, so the parts
 * inside it (`sammen-button`, `sammen-textarea`, …) are its own copy's, not the page's.
 * Spec: https://html.spec.whatwg.org/multipage/custom-elements.html#custom-elements-api
 */

/** `Element.customElementRegistry` and `ShadowRootInit.customElementRegistry`, not in TypeScript 5.9's DOM types yet. */
type WithRegistry<T> = T & { customElementRegistry?: CustomElementRegistry | null };

/** Whether this browser has scoped registries: `new CustomElementRegistry()` and a shadow root that takes one. */
export function supportsScopedRegistries(): boolean {
  try {
    return typeof ShadowRoot === 'function' && 'customElementRegistry' in ShadowRoot.prototype && new CustomElementRegistry() !== customElements;
  } catch {
    // Before scoped registries, the constructor throws "Illegal constructor".
    return false;
  }
}

/** The scoped registry `element` was created from, or undefined for the page's global one (or none). */
export function scopedRegistryOf(element: Element): CustomElementRegistry | undefined {
  const registry = (element as WithRegistry<Element>).customElementRegistry;
  return registry && registry !== globalThis.customElements ? registry : undefined;
}

/** `attachShadow` options with `registry`, so elements parsed or inserted in the shadow root upgrade from it. */
export function withRegistry(options: ShadowRootInit, registry: CustomElementRegistry): ShadowRootInit {
  return { ...options, customElementRegistry: registry } as WithRegistry<ShadowRootInit>;
}

/**
 * Lit's `creationScope` for a shadow root of `registry`. Lit clones each template with
 * `document.importNode`, whose clones belong to the global registry (and stay so when inserted);
 * `importNode(node, {customElementRegistry})` makes them belong to `registry`.
 */
export function creationScope(registry: CustomElementRegistry): { importNode(node: Node, deep?: boolean): Node } {
  return {
    importNode: (node, deep) => document.importNode(node, { selfOnly: !deep, customElementRegistry: registry } as unknown as boolean),
  };
}
