import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SaveStatus } from '@sammen/core';
import '@sammen/core/define';

interface SaveStatusArgs {
  status: SaveStatus;
  locationType: 'device' | 'memory' | 'remote';
  locationLabel: string;
}

const meta: Meta<SaveStatusArgs> = {
  title: 'Core/Save status',
  component: 'sammen-save-status',
  args: { status: 'saved', locationType: 'device', locationLabel: '' },
  argTypes: {
    status: { control: 'select', options: ['idle', 'loading', 'saving', 'saved', 'failed', 'conflict'] },
    locationType: { control: 'inline-radio', options: ['device', 'memory', 'remote'] },
  },
  render: (args) =>
    html`<sammen-save-status status=${args.status} location-type=${args.locationType} location-label=${args.locationLabel}></sammen-save-status>`,
};
export default meta;
type Story = StoryObj<SaveStatusArgs>;

export const SavedOnDevice: Story = {};
export const SavedToHost: Story = { args: { locationType: 'remote', locationLabel: 'Aarhus Kommune' } };
export const Memory: Story = { args: { status: 'idle', locationType: 'memory' } };
export const Saving: Story = { args: { status: 'saving' } };
export const Failed: Story = { args: { status: 'failed' } };
export const Conflict: Story = { args: { status: 'conflict' } };
