import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryStore, type ChangeModel } from '@sammen/sdk';
import '@sammen/change-model/define';

interface ModelArgs {
  model?: ChangeModel;
  src?: string;
  documentId?: string;
  view?: 'detail' | 'overview' | 'outline';
  width?: string;
}

// Stories keep models in memory: reloading starts fresh, nothing lands in the browser's storage.
const storyStore = new MemoryStore();

const meta: Meta<ModelArgs> = {
  title: 'Widgets/Change model',
  component: 'sammen-change-model',
  args: {},
  render: (args) => html`<div style=${args.width ? `max-inline-size: ${args.width}` : ''}>
    <sammen-change-model
      .model=${args.model}
      src=${ifDefined(args.src)}
      document-id=${ifDefined(args.documentId)}
      view=${args.view ?? 'detail'}
      .store=${storyStore}
    ></sammen-change-model>
  </div>`,
};
export default meta;
type Story = StoryObj<ModelArgs>;

/** The built-in example model, in the page's language. */
export const Example: Story = {};
