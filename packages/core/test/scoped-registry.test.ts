// A Sammen element in a scoped custom element registry renders its parts from that registry, and
// custom properties are set through the CSSOM (issue 17: two versions on one page, a strict CSP).
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { SammenElement, cssProperties, supportsScopedRegistries } from '@sammen/core';

class Part extends SammenElement {
  override render() {
    return html`part`;
  }
}
class Holder extends SammenElement {
  override render() {
    return html`<scoped-test-part></scoped-test-part>`;
  }
}

describe('scoped custom element registries', () => {
  it('this Chromium has them', () => {
    expect(supportsScopedRegistries()).to.equal(true);
  });

  it('an element created from a scoped registry renders its parts from that registry, not the page’s', async () => {
    class GlobalPart extends SammenElement {}
    if (!customElements.get('scoped-test-part')) customElements.define('scoped-test-part', GlobalPart);
    const registry = new CustomElementRegistry();
    registry.define('scoped-test-part', Part);
    registry.define('scoped-test-holder', Holder);
    const place = document.createElement('div');
    document.body.append(place);
    const root = place.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    const holder = document.createElement('scoped-test-holder', { customElementRegistry: registry } as ElementCreationOptions) as Holder;
    root.append(holder);
    await holder.updateComplete;
    const part = holder.shadowRoot!.querySelector('scoped-test-part')!;
    expect(holder).to.be.instanceOf(Holder);
    expect(part).to.be.instanceOf(Part, 'the part is the scoped registry’s class');
    expect(part.shadowRoot?.textContent).to.equal('part');
    place.remove();
  });
});

describe('cssProperties', () => {
  it('sets, changes and removes custom properties through the CSSOM', () => {
    const place = document.createElement('div');
    document.body.append(place);
    const draw = (properties: Record<`--${string}`, string | number>) => render(html`<p ${cssProperties(properties)}>x</p>`, place);
    draw({ '--x': 3, '--tx': '4px' });
    const p = place.querySelector('p')!;
    expect(getComputedStyle(p).getPropertyValue('--x').trim()).to.equal('3', 'on the first render too');
    draw({ '--x': 5 });
    expect(getComputedStyle(p).getPropertyValue('--x').trim()).to.equal('5');
    expect(getComputedStyle(p).getPropertyValue('--tx').trim()).to.equal('', 'a property left out is removed');
    place.remove();
  });
});
