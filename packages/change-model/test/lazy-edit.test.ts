// Edit mode and compare are a separate module (issue 15's size target): a page that only shows a
// model never downloads them; setting `editable` does, and then the editor shows.
import { expect, html, waitUntil } from '@open-wc/testing';
import { ModelHarness } from './harness.js';

/** Module URLs this page has fetched from the package's edit/ and compare/ folders. */
const editModules = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/change-model\/src\/(edit|compare)\//.test(url));

describe('<sammen-change-model> loads edit mode only when editable', () => {
  it('shows a model without downloading the editor, and loads it once editable is set', async () => {
    const harness = await ModelHarness.mount(html`<sammen-change-model></sammen-change-model>`);
    expect(harness.root.querySelector('.card__button'), 'the model shows').to.exist;
    expect(editModules(), 'edit modules fetched by a viewer').to.deep.equal([]);

    harness.element.editable = true;
    await waitUntil(() => harness.root.querySelector('.editor'), 'the editor shows', { timeout: 5000 });
    expect(editModules().some((url) => url.includes('/edit/edit-mode')), 'edit mode fetched').to.equal(true);
  });
});
