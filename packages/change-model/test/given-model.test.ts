// A model given as the `model` property is drawn in the element's first update: no "Loading…"
// flash and no second render waiting for a load task (issue 15's first-render target).
import { expect } from '@open-wc/testing';
import { squash } from '@sammen/core/test-suites';
import { generateModel } from '../src/logic/generate-model.js';
import type { SammenChangeModel } from '../src/change-model.js';
import '../src/define.js';

describe('<sammen-change-model> with a model property', () => {
  it('shows the model’s items after its first update, without a loading message', async () => {
    const model = generateModel({ items: 12, links: 20, seed: 3 });
    const element = document.createElement('sammen-change-model') as SammenChangeModel;
    element.model = model;
    document.body.append(element);
    try {
      await element.updateComplete;
      const root = element.shadowRoot!;
      expect(root.querySelector('.loading'), 'loading message').to.equal(null);
      const firstTitle = squash(root.querySelector('.card__button')?.textContent);
      expect(firstTitle).to.not.equal('');
      expect(root.querySelectorAll('.card__button').length).to.equal(12);
    } finally {
      element.remove();
    }
  });
});
