// Inline styles a page CSP allows: set through the CSSOM from a ref callback. A `style`
// attribute — also the one Lit's styleMap writes on first render — is blocked by a
// `style-src` without 'unsafe-inline', which docs/security.md's CSP is.
import { ref } from 'lit/directives/ref.js';

/** A `ref()` that sets exactly `properties` on the element's style (others it set before are cleared). */
export function inlineStyle(properties: Readonly<Record<string, string>>) {
  return ref((element?: Element) => {
    if (!(element instanceof HTMLElement || element instanceof SVGElement)) return;
    const style = element.style;
    for (const name of [...style].filter((name) => !(name in properties))) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
  });
}
