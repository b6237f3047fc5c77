// LazyModule: the one way widgets load a part on first use (deck focus mode, triangle work view,
// change-model panels): imported once, its styles adopted, set up before the host renders with it,
// and a failed import said once, located, as a `sammen-error`.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { css } from 'lit';
import { LazyModule, SammenElement, define, type SammenErrorDetail } from '@sammen/core';

class LazyHost extends SammenElement {
  override render() {
    return html`<p class="styled">x</p>`;
  }
}
define('sammen-test-lazy-host', LazyHost);

const partStyles = css`
  .styled {
    outline: 3px solid rgb(1, 2, 3);
  }
`;

before(() => {
  document.documentElement.lang = 'da';
});

describe('LazyModule', () => {
  it('imports once, adopts the styles, and calls onLoad before the module is set', async () => {
    const host = await fixture<LazyHost>(html`<sammen-test-lazy-host></sammen-test-lazy-host>`);
    let imports = 0;
    const seenAtLoad: unknown[] = [];
    const part: LazyModule<{ styles: typeof partStyles; answer: number }> = new LazyModule(
      host,
      async () => {
        imports += 1;
        return { styles: partStyles, answer: 42 };
      },
      { label: () => 'The part', onLoad: (module) => seenAtLoad.push(module.answer, part.module) },
    );
    expect(part.module).to.equal(undefined);
    const [first, second] = await Promise.all([part.load(), part.load()]);
    expect(imports).to.equal(1);
    expect(first).to.equal(second);
    expect(part.module?.answer).to.equal(42);
    expect(seenAtLoad).to.deep.equal([42, undefined]);
    expect(getComputedStyle(host.shadowRoot!.querySelector('.styled')!).outlineColor).to.equal('rgb(1, 2, 3)');
  });

  it('a failed import: undefined, the error says what and why, one sammen-error', async () => {
    const host = await fixture<LazyHost>(html`<sammen-test-lazy-host></sammen-test-lazy-host>`);
    const part = new LazyModule(host, () => Promise.reject(new Error('offline')), { label: () => 'Focus mode' });
    const errors: SammenErrorDetail[] = [];
    host.addEventListener('sammen-error', (event) => errors.push((event as CustomEvent<SammenErrorDetail>).detail));
    const fired = oneEvent(host, 'sammen-error');
    expect(await part.load()).to.equal(undefined);
    await fired;
    expect(part.error?.code).to.equal('load-failed');
    // In the page's language (core's "… could not be loaded: …"); the label is the widget's own.
    expect(part.error?.message).to.equal('Focus mode kunne ikke hentes: offline');
    await part.load();
    expect(errors.length, 'said once').to.equal(1);
  });

  it('holdsUpdate: the host’s updateComplete waits for the import', async () => {
    const host = await fixture<LazyHost>(html`<sammen-test-lazy-host></sammen-test-lazy-host>`);
    let arrive = (): void => undefined;
    const part = new LazyModule(host, () => new Promise<{ ok: true }>((resolve) => (arrive = () => resolve({ ok: true }))), { label: () => 'The outline', holdsUpdate: true });
    void part.load();
    let updated = false;
    void host.updateComplete.then(() => (updated = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updated, 'still waiting').to.equal(false);
    arrive();
    await host.updateComplete;
    expect(part.module).to.deep.equal({ ok: true });
  });
});
