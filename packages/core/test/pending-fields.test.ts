// Text still in a field that commits on `change` when the page goes: PendingFields fires the
// `change` the browser never sends on a reload (pagehide) or when the tab is hidden — for the
// field typed in and not left, once; never for a field already left.
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { PendingFields } from '../src/controllers/pending-fields.js';

/** A host with two fields in its shadow root, each recording its commits (on `change`). */
class FieldsHost extends LitElement {
  commits: string[] = [];
  readonly pending = new PendingFields(this);
  override render() {
    const commit = (name: string) => (event: Event) => this.commits.push(`${name}:${(event.target as HTMLInputElement).value}`);
    return html`<input aria-label="first" @change=${commit('first')} /><textarea aria-label="second" @change=${commit('second')}></textarea>`;
  }
}
customElements.define('pending-fields-host', FieldsHost);

const mount = async () => {
  const host = await fixture<FieldsHost>(html`<pending-fields-host></pending-fields-host>`);
  const [first, second] = [host.shadowRoot!.querySelector('input')!, host.shadowRoot!.querySelector('textarea')!];
  return { host, first, second };
};

describe('PendingFields', () => {
  it('on pagehide fires `change` on the field typed in and not left, with its text, once', async () => {
    const { host, first } = await mount();
    first.focus();
    await sendKeys({ type: 'begrundelse' });
    expect(host.commits, 'no commit while typing').to.deep.equal([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(host.commits).to.deep.equal(['first:begrundelse']);
    window.dispatchEvent(new Event('pagehide'));
    expect(host.commits, 'not twice').to.deep.equal(['first:begrundelse']);
  });

  it('leaves alone a field whose change already came, and commits the next one typed in', async () => {
    const { host, first } = await mount();
    first.focus();
    await sendKeys({ type: 'forladt' });
    await sendKeys({ press: 'Tab' });
    expect(host.commits, 'leaving the field commits it').to.deep.equal(['first:forladt']);
    await sendKeys({ type: 'anden' });
    host.pending.commit();
    expect(host.commits).to.deep.equal(['first:forladt', 'second:anden']);
  });
});
