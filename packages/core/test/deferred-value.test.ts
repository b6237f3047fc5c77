import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DeferredValueController } from '@sammen/core';

// A host whose text changes like a field being typed into, and a derivation that counts its runs.
class DeferredHost extends LitElement {
  static override properties = { text: {} };
  declare text: string;
  runs: string[] = [];
  readonly length = new DeferredValueController(this, {
    input: () => this.text,
    compute: (text: string) => {
      this.runs.push(text);
      return text.length;
    },
    delay: 50,
  });
  constructor() {
    super();
    this.text = 'start';
  }
  override render() {
    return html`${this.length.value}`;
  }
}
customElements.define('test-deferred-host', DeferredHost);

describe('DeferredValueController', () => {
  it('computes the first value at once, then once per pause — never per keystroke', async () => {
    const host = await fixture<DeferredHost>(html`<test-deferred-host></test-deferred-host>`);
    expect(host.runs).to.deep.equal(['start']);
    expect(host.shadowRoot!.textContent).to.equal('5');
    for (const text of ['s', 'st', 'sta', 'star', 'start!']) {
      host.text = text;
      await host.updateComplete;
    }
    expect(host.runs, 'nothing computed while typing').to.deep.equal(['start']);
    await waitUntil(() => host.runs.length === 2, 'computed after the pause');
    expect(host.runs).to.deep.equal(['start', 'start!']);
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('6');
  });

  it('does not compute again when the text returns to what was computed', async () => {
    const host = await fixture<DeferredHost>(html`<test-deferred-host></test-deferred-host>`);
    host.text = 'other';
    await host.updateComplete;
    host.text = 'start';
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(host.runs).to.deep.equal(['start']);
  });
});
