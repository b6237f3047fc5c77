import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sammen/core/define';
import type { SammenButton, SammenConfirm, SammenDialog, SammenTextarea } from '@sammen/core';

const inner = (element: Element, selector: string) => element.shadowRoot!.querySelector(selector) as HTMLElement;

describe('shared UI parts', () => {
  it('button: a native button; pressed and expanded become ARIA states; Enter and Space click it', async () => {
    const button = await fixture<SammenButton>(html`<sammen-button .pressed=${true} .expanded=${false}>Diskuteret</sammen-button>`);
    const native = inner(button, 'button');
    expect(native.getAttribute('aria-pressed')).to.equal('true');
    expect(native.getAttribute('aria-expanded')).to.equal('false');
    expect(native.getAttribute('type')).to.equal('button');
    let clicks = 0;
    button.addEventListener('click', () => (clicks += 1));
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(clicks).to.equal(2);
  });

  it('icon button: its label is the accessible name', async () => {
    const button = await fixture(html`<sammen-icon-button icon="shuffle" label="Træk et kort"></sammen-icon-button>`);
    expect(inner(button, 'button').getAttribute('aria-label')).to.equal('Træk et kort');
    expect(inner(button, 'svg').getAttribute('aria-hidden')).to.equal('true');
  });

  it('text area: labelled, fires sammen-input on typing, marks a failed save; no save status of its own', async () => {
    const area = await fixture<SammenTextarea>(html`<sammen-textarea label="Noter" save-state="failed"></sammen-textarea>`);
    const field = inner(area, 'textarea');
    expect(inner(area, 'label').getAttribute('for')).to.equal(field.id);
    area.focus();
    const input = oneEvent(area, 'sammen-input');
    await sendKeys({ type: 'æøå' });
    expect((await input).detail.value).to.equal('æ');
    await waitUntil(() => area.value === 'æøå');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(inner(area, 'sammen-save-status'), 'the widget shows one save status, not one per field').to.equal(null);
  });

  it('dialog: modal, Escape closes it, focus returns to the opener, sammen-close fires', async () => {
    const host = await fixture(html`<div>
      <button id="opener">Åbn</button>
      <sammen-dialog heading="Nulstil?"><p>Tekst</p><button slot="actions" id="inside">OK</button></sammen-dialog>
    </div>`);
    const opener = host.querySelector('#opener') as HTMLButtonElement;
    const dialog = host.querySelector('sammen-dialog') as SammenDialog;
    opener.focus();
    dialog.show();
    await dialog.updateComplete;
    const native = inner(dialog, 'dialog') as HTMLDialogElement;
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    await expect(dialog).to.be.accessible();
    const closed = oneEvent(dialog, 'sammen-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('confirm: ask() resolves true only for the confirming button', async () => {
    const confirm = await fixture<SammenConfirm>(html`<sammen-confirm heading="Slet?" message="Kan ikke fortrydes." confirm-label="Slet" danger></sammen-confirm>`);
    const buttons = () => [...(inner(confirm, 'sammen-dialog')?.querySelectorAll('sammen-button') ?? [])] as HTMLElement[];
    // Nothing of the dialog before the first ask(): sammen-dialog is defined (downloaded) then.
    expect(inner(confirm, 'sammen-dialog'), 'no dialog before ask()').to.equal(null);
    const cancelled = confirm.ask();
    await waitUntil(() => buttons().length === 2);
    buttons()[0]!.click();
    expect(await cancelled).to.equal(false);
    const confirmed = confirm.ask();
    await confirm.updateComplete;
    buttons()[1]!.click();
    expect(await confirmed).to.equal(true);
  });
});
