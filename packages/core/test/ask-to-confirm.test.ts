// askToConfirm: a widget renders <sammen-confirm> from the start, but the element is defined (its
// code downloaded) only when a widget first asks — most pages never delete or reset anything.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { askToConfirm, type SammenConfirm } from '@sammen/core';
import '@sammen/core/define-widget-parts';

const dialogButtons = (confirm: SammenConfirm): HTMLElement[] => [
  ...(confirm.shadowRoot?.querySelector('sammen-dialog')?.querySelectorAll<HTMLElement>('sammen-button') ?? []),
];

describe('askToConfirm', () => {
  it('defines sammen-confirm on the first question, keeps what was set before, and resolves the answer', async () => {
    expect(customElements.get('sammen-confirm'), 'the widget parts do not define it').to.equal(undefined);
    const confirm = await fixture<SammenConfirm>(html`<sammen-confirm confirm-label="Slet" danger></sammen-confirm>`);
    // Set while the element has no behaviour yet, as a widget does just before it asks.
    confirm.heading = 'Slet “Æblehaven”?';
    confirm.message = 'Kan ikke fortrydes.';

    const cancelled = askToConfirm(confirm);
    await waitUntil(() => dialogButtons(confirm).length === 2, 'the dialog opens');
    expect(customElements.get('sammen-confirm')).to.not.equal(undefined);
    const dialog = confirm.shadowRoot!.querySelector('sammen-dialog')!;
    expect(dialog.getAttribute('heading')).to.equal('Slet “Æblehaven”?');
    expect(dialog.textContent).to.contain('Kan ikke fortrydes.');
    dialogButtons(confirm)[0]!.click();
    expect(await cancelled).to.equal(false);

    const confirmed = askToConfirm(confirm);
    await confirm.updateComplete;
    dialogButtons(confirm)[1]!.click();
    expect(await confirmed).to.equal(true);
  });

  it('without an element to ask, nothing is confirmed', async () => {
    expect(await askToConfirm(null)).to.equal(false);
    expect(await askToConfirm(undefined)).to.equal(false);
  });
});
