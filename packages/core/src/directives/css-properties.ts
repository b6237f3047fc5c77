import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Custom properties to set on an element: name (`--x`) → value. */
export type CssProperties = Readonly<Record<`--${string}`, string | number>>;

/**
 * Sets custom properties on an element through the CSSOM (`style.setProperty`), on every render,
 * the first included. A `style="…"` attribute — which Lit's `styleMap` writes on its first render
 * — is blocked by a host page's Content-Security-Policy without `'unsafe-inline'` in `style-src`
 * (what municipal pages send, and test/hostile-host.node.test.ts proves); the CSSOM is not.
 * Used as an element binding: `<div ${cssProperties({ '--x': 3 })}>`. A property left out of a
 * later render is removed.
 */
class CssPropertiesDirective extends Directive {
  /** What this binding last set, so an unchanged value is not written again. */
  private last = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() is an element binding: <div ${cssProperties({…})}>');
  }

  render(_properties: CssProperties) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [CssProperties]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.last.keys()) if (!(name in properties)) style.removeProperty(name);
    const next = new Map(Object.entries(properties).map(([name, value]) => [name, String(value)]));
    for (const [name, value] of next) if (this.last.get(name) !== value) style.setProperty(name, value);
    this.last = next;
    return nothing;
  }
}

/** Sets custom properties through the CSSOM, never a `style` attribute (see `CssPropertiesDirective`). */
export const cssProperties = directive(CssPropertiesDirective);
