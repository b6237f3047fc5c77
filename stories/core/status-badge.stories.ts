import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { BadgeStatus } from '@sammen/core';
import '@sammen/core/define';

const STATUSES: BadgeStatus[] = ['on-track', 'at-risk', 'off-track', 'no-data', 'empty', 'started', 'done'];

const meta: Meta<{ status: BadgeStatus }> = {
  title: 'Core/Status badge',
  component: 'sammen-status-badge',
  args: { status: 'on-track' },
  argTypes: { status: { control: 'select', options: STATUSES } },
  render: ({ status }) => html`<sammen-status-badge status=${status}></sammen-status-badge>`,
};
export default meta;
type Story = StoryObj<{ status: BadgeStatus }>;

export const OnTrack: Story = {};
export const AllStatuses: Story = {
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:8px">
    ${STATUSES.map((status) => html`<sammen-status-badge status=${status}></sammen-status-badge>`)}
  </div>`,
};
