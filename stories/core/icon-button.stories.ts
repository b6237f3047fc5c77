import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ICON_NAMES, type IconName } from '@sammen/core';
import '@sammen/core/define';

const meta: Meta<{ icon: IconName; label: string; disabled: boolean }> = {
  title: 'Core/Icon button',
  component: 'sammen-icon-button',
  args: { icon: 'shuffle', label: 'Træk et tilfældigt kort', disabled: false },
  argTypes: { icon: { control: 'select', options: ICON_NAMES } },
  render: ({ icon, label, disabled }) => html`<sammen-icon-button icon=${icon} label=${label} ?disabled=${disabled}></sammen-icon-button>`,
};
export default meta;
type Story = StoryObj<{ icon: IconName; label: string; disabled: boolean }>;

export const Default: Story = {};
export const Disabled: Story = { args: { disabled: true } };
export const AllIcons: Story = {
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:4px">
    ${ICON_NAMES.map((name) => html`<sammen-icon-button icon=${name} label=${name}></sammen-icon-button>`)}
  </div>`,
};
