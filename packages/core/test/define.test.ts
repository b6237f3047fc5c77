import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '@sammen/core';

class First extends LitElement {}
class Second extends LitElement {}

describe('define', () => {
  it('defines a tag once; a second define is a no-op, not an exception, and keeps the first class', () => {
    const tag = `sammen-define-test-${Math.random().toString(36).slice(2)}`;
    expect(define(tag, First)).to.equal(true);
    expect(() => define(tag, Second)).not.to.throw();
    expect(define(tag, Second)).to.equal(false);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('importing the define module twice (e.g. two bundles) does not throw', async () => {
    await import('@sammen/core/define');
    // A second copy of the module body runs define() again for every tag.
    const { SammenButton, SammenDialog } = await import('@sammen/core');
    expect(() => define('sammen-button', SammenButton)).not.to.throw();
    expect(() => define('sammen-dialog', SammenDialog)).not.to.throw();
    expect(customElements.get('sammen-button')).to.exist;
  });
});
