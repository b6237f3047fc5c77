/**
 * Registers `tag` for `constructor` unless the tag is already defined (by this or another copy
 * of Sammen on the page, e.g. the CDN bundle beside a vendor's build), in which case it does
 * nothing: defining twice is a no-op, never an exception.
 * @returns true when this call defined the tag
 */
export function define(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): boolean {
  if (registry.get(tag)) return false;
  registry.define(tag, constructor);
  return true;
}
