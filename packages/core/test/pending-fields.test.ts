// Text still in a field that commits on `change` when the page goes: PendingFields fires the
// `change` the browser never sends on a reload, once per field typed in and not yet left.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PendingFields } from '../src/controllers/pending-fields.js';

/** A host with a text field in its shadow root and one in a nested shadow root, both committing on `change`. */
async function mountHost(): Promise<{ host: HTMLElement; outer: HTMLInputElement; inner: HTMLTextAreaElement; commits: string[] }> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const commits: string[] = [];
  const root = host.attachShadow({ mode: 'open' });
  const outer = document.createElement('input');
  outer.addEventListener('change', () => commits.push(`outer:${outer.value}`));
  const nested = document.createElement('div');
  const inner = document.createElement('textarea');
  inner.addEventListener('change', () => commits.push(`inner:${inner.value}`));
  nested.attachShadow({ mode: 'open' }).append(inner);
  const after = document.createElement('button');
  root.append(outer, nested, after);
  return { host, outer, inner, commits };
}

describe('PendingFields', () => {
  it('fires `change` on a field typed in and not left, with its text, once', async () => {
    const { host, outer, commits } = await mountHost();
    const pending = new PendingFields();
    pending.connect(host);
    outer.focus();
    await sendKeys({ type: 'begrundelse' });
    expect(commits, 'no change while typing').to.deep.equal([]);
    pending.commit();
    expect(commits).to.deep.equal(['outer:begrundelse']);
    pending.commit();
    expect(commits, 'not twice').to.deep.equal(['outer:begrundelse']);
    pending.disconnect();
  });

  it('sees fields in nested shadow roots, and leaves alone a field whose change already came', async () => {
    const { host, outer, inner, commits } = await mountHost();
    const pending = new PendingFields();
    pending.connect(host);
    outer.focus();
    await sendKeys({ type: 'forladt' });
    await sendKeys({ press: 'Tab' });
    expect(commits, 'leaving the field commits it').to.deep.equal(['outer:forladt']);
    inner.focus();
    await sendKeys({ type: 'indre' });
    pending.commit();
    expect(commits).to.deep.equal(['outer:forladt', 'inner:indre']);
    pending.disconnect();
  });

  it('after disconnect, typing is no longer watched', async () => {
    const { host, outer, commits } = await mountHost();
    const pending = new PendingFields();
    pending.connect(host);
    pending.disconnect();
    outer.focus();
    await sendKeys({ type: 'x' });
    pending.commit();
    expect(commits).to.deep.equal([]);
  });
});
