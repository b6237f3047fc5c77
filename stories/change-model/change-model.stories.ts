import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MemoryStore, type ChangeModel } from '@sammen/sdk';
import '@sammen/change-model/define';
import { branchedModel, hostileModel, largeModel } from './model-fixtures.js';

interface ModelArgs {
  model?: ChangeModel;
  src?: string;
  documentId?: string;
  view?: 'detail' | 'overview' | 'outline';
  selected?: string;
  atRiskOnly?: boolean;
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
      selected=${ifDefined(args.selected)}
      ?at-risk-only=${args.atRiskOnly}
      .store=${storyStore}
    ></sammen-change-model>
  </div>`,
};
export default meta;
type Story = StoryObj<ModelArgs>;

/** The built-in example model (texts in da, nb and en), in the page's language. */
export const Example: Story = {};
/** "Family groups" selected: its whole chain lit, the rest dimmed, and the panel's "leads to / follows from". */
export const SelectedChain: Story = { args: { selected: 'family-groups' } };
/** A link selected: why it is believed to hold, its assumptions and evidence. */
export const LinkRationale: Story = { args: { selected: 'family-groups->parents-know-each-other' } };
/** Detail: cards and connectors. */
export const Detail: Story = { args: { view: 'detail' } };
/** Overview: titles only, for a steering group on a projector. */
export const Overview: Story = { args: { view: 'overview' } };
/** Outline: column → item → "leads to …" as nested lists; what a screen reader reads and what prints well. */
export const Outline: Story = { args: { view: 'outline' } };
/** Only items with indicators at risk, with their chains for context. */
export const IndicatorFilter: Story = { args: { atRiskOnly: true } };
/** Ragged columns, branches and a cycle. */
export const BranchesAndCycle: Story = { args: { model: branchedModel } };
/** A generated model of 100 items and 300 links. */
export const LargeModel: Story = { args: { model: largeModel } };
/** A municipality's own model, loaded from a JSON file with `src`. */
export const MunicipalModelFromSrc: Story = { args: { src: 'fixtures/change-model/municipal-model.json' } };
/** A duplicate id and a link to a missing item: the located error. */
export const InvalidModel: Story = { args: { src: 'fixtures/change-model/invalid-model.json' } };
/** Markup and script in every text field, shown as text. */
export const HostileContent: Story = { args: { model: hostileModel } };
/** 320 px wide, as on a phone: columns stacked, "leads to" lists instead of connectors. */
export const NarrowScreen: Story = { args: { width: '320px' } };
/** In Danish. */
export const Danish: Story = { globals: { lang: 'da' } };
/** In Norwegian bokmål. */
export const Norwegian: Story = { globals: { lang: 'nb' } };
/** In Norwegian Nynorsk: the UI in Nynorsk; the example's text in Bokmål where it has no Nynorsk. */
export const Nynorsk: Story = { globals: { lang: 'nn' } };
/** In English. */
export const English: Story = { globals: { lang: 'en' } };
