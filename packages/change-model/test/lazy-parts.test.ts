// The selection panel's links and the outline view are lazy parts (issue 15's size target): a page
// that only shows a model downloads neither; the first selection and the first outline fetch
// them, the panel names the selected item without waiting, and a part that cannot be loaded
// shows a located error and fires `sammen-error` instead of a blank.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { branchedModel } from '../../../stories/change-model/model-fixtures.js';
import { lazyParts } from '../src/lazy-part.js';
import type { SammenErrorDetail } from '@sammen/core';
import { ModelHarness } from './harness.js';

/** Module URLs this page has fetched of the viewer's lazy parts. */
const partModules = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/change-model\/src\/(selection-details|outline-view)\.ts/.test(url));

before(() => {
  document.documentElement.lang = 'en';
});
after(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-change-model> lazy parts', () => {
  it('shows a model without the panel’s links or the outline, and fetches each when first used', async () => {
    const model = await ModelHarness.mount(html`<sammen-change-model .model=${branchedModel}></sammen-change-model>`);
    expect(model.visibleItems()).to.have.length(9);
    expect(partModules(), 'lazy parts fetched by a viewer that selected nothing').to.deep.equal([]);

    model.item('Family groups').click();
    await model.element.updateComplete;
    // The selected item's name is in the panel at once, before its links arrive.
    expect(model.root.querySelector('.panel__heading')!.textContent!.trim()).to.equal('Family groups');
    await model.settle();
    expect(model.panelLinks()).to.include('Leads to Parents meet each other');
    expect(partModules().some((url) => url.includes('selection-details'))).to.equal(true);
    expect(partModules().some((url) => url.includes('outline-view'))).to.equal(false);

    await model.press('Outline');
    expect(model.root.querySelector('.outline')!.textContent).to.include('Family groups');
    expect(partModules().some((url) => url.includes('outline-view'))).to.equal(true);
  });

  it('a part that cannot be loaded shows a clear error and fires sammen-error', async () => {
    const real = lazyParts.outline;
    const missing = new URL('./part-does-not-exist.js', import.meta.url).href;
    lazyParts.outline = () => import(/* @vite-ignore */ missing);
    try {
      const model = await ModelHarness.mount(html`<sammen-change-model .model=${branchedModel}></sammen-change-model>`);
      const failed = oneEvent(model.element, 'sammen-error') as Promise<CustomEvent<SammenErrorDetail>>;
      model.button('Outline').click();
      const { detail } = await failed;
      expect(detail.code).to.equal('load-failed');
      expect(detail.message).to.match(/^The outline could not be loaded/);
      await waitUntil(() => model.root.querySelector('[role="alert"]'), 'an inline error', { timeout: 3000 });
      const alert = model.root.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ');
      expect(alert).to.include('The outline could not be shown');
      // The rest of the widget still works: the board comes back with Detail.
      await model.press('Detail');
      expect(model.visibleItems()).to.have.length(9);
      await expect(model.element).to.be.accessible();
    } finally {
      lazyParts.outline = real;
    }
  });

  it('a model shown with at-risk-only is filtered from its first paint: the board waits for the chains, which come with the panel’s module', async () => {
    const toggled = await ModelHarness.mount(html`<sammen-change-model .model=${branchedModel}></sammen-change-model>`);
    await toggled.toggleFilter();
    const filtered = toggled.visibleItems();
    expect(filtered.length).to.be.within(1, 8);
    const model = await ModelHarness.mount(html`<sammen-change-model at-risk-only .model=${branchedModel}></sammen-change-model>`);
    expect(model.visibleItems()).to.deep.equal(filtered);
    expect(model.root.querySelector('.filter input')!.matches(':checked')).to.equal(true);
  });
});
