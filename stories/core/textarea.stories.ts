import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SaveStatus } from '@sammen/core';
import '@sammen/core/define';

interface TextareaArgs {
  label: string;
  description: string;
  value: string;
  saveState: SaveStatus;
  readonly: boolean;
}

const meta: Meta<TextareaArgs> = {
  title: 'Core/Text area',
  component: 'sammen-textarea',
  args: {
    label: 'Hvad kan barnet opleve?',
    description: 'Skriv med jeres egne ord. Brug ikke navne.',
    value: '',
    saveState: 'idle',
    readonly: false,
  },
  argTypes: { saveState: { control: 'select', options: ['idle', 'loading', 'saving', 'saved', 'failed', 'conflict'] } },
  render: (args) => html`<sammen-textarea
    label=${args.label}
    description=${args.description}
    .value=${args.value}
    save-state=${args.saveState}
    ?readonly=${args.readonly}
  ></sammen-textarea>`,
};
export default meta;
type Story = StoryObj<TextareaArgs>;

export const Empty: Story = {};
export const Saving: Story = { args: { value: 'Hun trækker sig, når der er mange børn.', saveState: 'saving' } };
export const Saved: Story = { args: { value: 'Hun trækker sig, når der er mange børn.', saveState: 'saved' } };
export const Failed: Story = { args: { value: 'Hun trækker sig, når der er mange børn.', saveState: 'failed' } };
export const ReadOnly: Story = { args: { value: 'Et gennemarbejdet eksempel til undervisning.', readonly: true } };
export const RightToLeft: Story = { args: { label: 'ملاحظات', value: 'الطفل يلعب مع الآخرين في الصباح.', saveState: 'saved' } };
