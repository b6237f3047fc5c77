// Issue 17, "Example documents as files a municipality copies, edits and points `src` at": each
// graph widget given `src` pointing at one of packages/content/examples/*.json renders that file —
// its title and every item or person — with no error (the browser guard fails on a 404 or a
// console error).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { squash } from '@sammen/core/test-suites';
import type { ChangeModel, RelationMap } from '@sammen/sdk';
import type { SammenChangeModel } from '@sammen/change-model';
import type { SammenRelationMap } from '@sammen/relation-map';
import '@sammen/change-model/define';
import '@sammen/relation-map/define';

const EXAMPLES = '/packages/content/examples';
const LANGUAGES = ['da', 'nb', 'en'] as const;

async function file<T>(name: string): Promise<T> {
  const response = await fetch(`${EXAMPLES}/${name}`);
  expect(response.status, name).to.equal(200);
  return (await response.json()) as T;
}

describe('example files as `src`', () => {
  for (const lang of LANGUAGES) {
    it(`<sammen-change-model src=".../change-model.${lang}.json"> shows the file's model`, async () => {
      const model = await file<ChangeModel>(`change-model.${lang}.json`);
      const element = await fixture<SammenChangeModel>(html`<sammen-change-model src=${`${EXAMPLES}/change-model.${lang}.json`}></sammen-change-model>`);
      await element.loaded;
      const root = element.shadowRoot!;
      await waitUntil(() => root.querySelector('.model__title'), 'the model shows', { timeout: 5000 });
      expect(root.querySelector('[role="alert"]'), 'no error').to.equal(null);
      expect(squash(root.querySelector('.model__title')?.textContent)).to.equal((model.title as Record<string, string>)[lang]);
      const titles = [...root.querySelectorAll('.card__button')].map((button) => squash(button.textContent));
      expect(titles).to.deep.equal(model.columns.flatMap((column) => column.items.map((item) => (item.title as Record<string, string>)[lang])));
    });
  }

  for (const name of ['relation-map', 'relation-map-network']) {
    for (const lang of LANGUAGES) {
      it(`<sammen-relation-map src=".../${name}.${lang}.json"> shows the file's map`, async () => {
        const map = await file<RelationMap>(`${name}.${lang}.json`);
        const element = await fixture<SammenRelationMap>(html`<sammen-relation-map src=${`${EXAMPLES}/${name}.${lang}.json`}></sammen-relation-map>`);
        await element.loaded;
        const root = element.shadowRoot!;
        await waitUntil(() => root.querySelectorAll('.proxy').length > 0, 'the drawing shows people', { timeout: 5000 });
        expect(root.querySelector('[role="alert"]'), 'no error').to.equal(null);
        expect(squash(root.textContent)).to.contain(map.title!);
        // A proxy's name is "<label>, <kind>, <n> ties"; a label may hold a comma itself.
        const proxies = [...root.querySelectorAll('.proxy')].map((proxy) => squash(proxy.textContent));
        expect(proxies).to.have.length(map.people.length);
        for (const person of map.people) expect(proxies.some((name) => name.startsWith(`${person.label},`)), person.label).to.equal(true);
      });
    }
  }
});
