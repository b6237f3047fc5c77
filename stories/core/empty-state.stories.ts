import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@sammen/core/define';

const meta: Meta<{ heading: string; text: string }> = {
  title: 'Core/Empty state',
  component: 'sammen-empty-state',
  args: { heading: 'Ingen kort passer til filteret', text: 'Prøv et andet tema, eller ryd søgningen.' },
  render: ({ heading, text }) => html`<sammen-empty-state heading=${heading}>
    ${text}
    <sammen-button slot="actions" variant="secondary">Ryd filtre</sammen-button>
  </sammen-empty-state>`,
};
export default meta;
type Story = StoryObj<{ heading: string; text: string }>;

export const Default: Story = {};
export const Narrow: Story = {
  render: (args) => html`<div style="max-inline-size: 320px">${meta.render!(args, {} as never)}</div>`,
};
