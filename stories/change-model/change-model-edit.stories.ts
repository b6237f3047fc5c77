// Edit mode and "what changed" of <sammen-change-model>, on Sammen's example model. Each story
// builds its page like a person would leave it: the compare story saves last quarter's version,
// changes the model, and opens the comparison.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryStore, parseChangeModel, type ChangeModel } from '@sammen/sdk';
import { loadExampleChangeModel } from '@sammen/content';
import type { SammenChangeModel } from '@sammen/change-model';
import '@sammen/change-model/define';

type Args = Record<string, never>;

const meta: Meta<Args> = {
  title: 'Widgets/Change model/Edit',
  component: 'sammen-change-model',
};
export default meta;
type Story = StoryObj<Args>;

async function exampleModel(id: string): Promise<ChangeModel> {
  const parsed = parseChangeModel(await loadExampleChangeModel());
  if (!parsed.ok) throw new Error('The example change model is invalid');
  return { ...parsed.value, id, revision: 0 };
}

/** The next quarter's model: an item added, a link gone, an indicator's status moved. */
function nextQuarter(model: ChangeModel): ChangeModel {
  const [first, second, ...rest] = model.columns;
  const columns: ChangeModel['columns'] = [first!, { ...second!, items: [...second!.items, { id: 'new-result', title: { da: 'Forældre hjælper hinanden', nb: 'Foreldre hjelper hverandre', en: 'Parents help each other' } }] }, ...rest];
  const moved = columns.map((column) => ({
    ...column,
    items: column.items.map((item) => ({
      ...item,
      indicators: item.indicators?.map((indicator, i) => (i === 0 && indicator.status === 'on-track' ? { ...indicator, status: 'at-risk' as const } : indicator)),
    })),
  }));
  return { ...model, columns: moved, links: model.links.slice(1) };
}

function mount(setup: (element: SammenChangeModel) => Promise<void>): HTMLElement {
  const element = document.createElement('sammen-change-model') as SammenChangeModel;
  element.editable = true;
  // The page is what a person leaves after these steps; tests that sweep stories wait for them.
  (element as SammenChangeModel & { storyReady?: Promise<void> }).storyReady = setup(element);
  return element;
}

/** Edit mode on the example: the toolbar, each column's list of items, and the first activity's form open. */
export const EditMode: Story = {
  render: () =>
    mount(async (element) => {
      const store = new MemoryStore();
      await store.put(await exampleModel('story-edit'), { expectedRevision: 0 });
      element.store = store;
      element.documentId = 'story-edit';
      await element.loaded;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const first = element.shadowRoot!.querySelector<HTMLElement>('[role=option]');
      first?.click();
    }),
};

/** "What changed since last quarter": the saved version against today's model, as a table and marks on the board. */
export const Compare: Story = {
  render: () =>
    mount(async (element) => {
      const store = new MemoryStore();
      const earlier = await exampleModel('story-compare@v20260930T100000000Z');
      await store.put(earlier, { expectedRevision: 0 });
      await store.put(nextQuarter({ ...earlier, id: 'story-compare' }), { expectedRevision: 0 });
      element.store = store;
      element.documentId = 'story-compare';
      await element.loaded;
      await new Promise((resolve) => setTimeout(resolve, 50));
      element.shadowRoot!.querySelector<HTMLElement>('[data-action=compare]')?.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const select = element.shadowRoot!.querySelector<HTMLSelectElement>('.compare select');
      if (!select || select.options.length < 2) return;
      select.selectedIndex = 1;
      select.dispatchEvent(new Event('change'));
    }),
};
