import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@sammen/core/define';

const meta: Meta<{ heading: string; open: boolean }> = {
  title: 'Core/Dialog',
  component: 'sammen-dialog',
  args: { heading: 'Nulstil mødet?', open: true },
  render: ({ heading, open }) => html`<sammen-dialog heading=${heading} ?open=${open}>
    <p>Alle noter og markeringer fra dette møde slettes fra denne enhed.</p>
    <sammen-button slot="actions" variant="secondary">Annuller</sammen-button>
    <sammen-button slot="actions" variant="danger">Nulstil</sammen-button>
  </sammen-dialog>`,
};
export default meta;
type Story = StoryObj<{ heading: string; open: boolean }>;

export const Open: Story = {};
export const Closed: Story = {
  args: { open: false },
  render: ({ heading }) => html`<sammen-button
      @click=${(event: Event) => ((event.target as HTMLElement).nextElementSibling as HTMLElement & { show(): void }).show()}
      >Åbn dialog</sammen-button
    ><sammen-dialog heading=${heading}><p>Dialogens indhold.</p></sammen-dialog>`,
};
export const Confirm: Story = {
  render: () => html`<sammen-button
      variant="danger"
      @click=${async (event: Event) => {
        const confirm = (event.target as HTMLElement).nextElementSibling as HTMLElement & { ask(): Promise<boolean> };
        const output = confirm.nextElementSibling as HTMLElement;
        output.textContent = (await confirm.ask()) ? '✔ bekræftet' : '✘ annulleret';
      }}
      >Slet noter</sammen-button
    ><sammen-confirm heading="Slet noter?" message="Noterne kan ikke gendannes." confirm-label="Slet" danger></sammen-confirm
    ><output></output>`,
};
