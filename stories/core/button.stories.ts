import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@sammen/core/define';

interface ButtonArgs {
  variant: 'primary' | 'secondary' | 'quiet' | 'danger';
  label: string;
  disabled: boolean;
}

const meta: Meta<ButtonArgs> = {
  title: 'Core/Button',
  component: 'sammen-button',
  args: { variant: 'primary', label: 'Træk et kort', disabled: false },
  argTypes: { variant: { control: 'inline-radio', options: ['primary', 'secondary', 'quiet', 'danger'] } },
  render: ({ variant, label, disabled }) => html`<sammen-button variant=${variant} ?disabled=${disabled}>${label}</sammen-button>`,
};
export default meta;
type Story = StoryObj<ButtonArgs>;

export const Primary: Story = {};
export const Secondary: Story = { args: { variant: 'secondary', label: 'Forrige' } };
export const Quiet: Story = { args: { variant: 'quiet', label: 'Nulstil' } };
export const Danger: Story = { args: { variant: 'danger', label: 'Slet noter' } };
export const Disabled: Story = { args: { disabled: true } };
export const Toggle: Story = {
  render: () => html`<sammen-button variant="secondary" .pressed=${true}>Diskuteret</sammen-button>
    <sammen-button variant="secondary" .pressed=${false}>Diskuteret</sammen-button>`,
};
export const LongText: Story = {
  args: { label: 'Forældresamarbejdsudviklingsprojektkoordinationsmøde­forberedelsesmateriale' },
  render: ({ label }) => html`<div style="max-inline-size: 320px"><sammen-button>${label}</sammen-button></div>`,
};
