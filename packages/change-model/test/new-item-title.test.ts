// A new item (and a new indicator) starts with a placeholder name, "Nyt element": its field takes
// focus with that text selected, so the first key press replaces it instead of extending it
// ("Nyt elementForældrekaffe"). By keyboard alone, no Ctrl+A; undo/redo and a reload keep the title.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { EditHarness } from './edit-harness.js';

const mount = (id: string) =>
  EditHarness.mount(html`<div><button>før</button><sammen-change-model editable document-id=${id}></sammen-change-model></div>`);

async function start(harness: EditHarness): Promise<void> {
  harness.element.parentElement!.querySelector('button')!.focus();
  await sendKeys({ press: 'Tab' });
}

describe('a new item’s title', () => {
  it('is focused with its placeholder selected, so typing replaces it; undo, redo and a reload agree', async function () {
    this.timeout(30_000);
    const id = `new-item-title-${Date.now()}`;
    const first = await mount(id);
    const spoken = first.listen();
    await start(first);

    await first.tabTo('Tilføj element til Aktiviteter');
    await first.key('Enter');
    const title = first.active as HTMLInputElement;
    expect(first.labelOf(title), 'focus is on the new item’s title field').to.equal('Titel');
    expect(title.value).to.equal('Nyt element');
    expect([title.selectionStart, title.selectionEnd], 'its whole text is selected').to.deep.equal([0, 'Nyt element'.length]);
    await waitUntil(() => spoken.count('Element tilføjet: Nyt element') === 1, 'the new item is announced');

    await first.type('Foreldrekaffe');
    await first.key('Tab');
    expect(first.items('Aktiviteter')).to.deep.equal(['Foreldrekaffe']);

    // Undo from the item's list: first the title (back to the placeholder), then the item itself.
    await first.tabTo('Foreldrekaffe', 'option');
    await first.chord(['Control'], 'z');
    expect(first.items('Aktiviteter')).to.deep.equal(['Nyt element']);
    await first.chord(['Control', 'Shift'], 'Z');
    expect(first.items('Aktiviteter')).to.deep.equal(['Foreldrekaffe']);

    // A new indicator's name behaves the same way.
    await first.key('Enter');
    await first.tabTo('Tilføj indikator');
    await first.key('Enter');
    expect(first.labelOf(first.active)).to.equal('Indikatorens navn');
    await first.type('Fremmøde');
    await first.key('Tab');
    expect(first.field('Indikatorens navn').value).to.equal('Fremmøde');
    spoken.stop();

    await waitUntil(() => first.text().includes('Gemt på denne enhed'), 'saved', { timeout: 5000 });
    fixtureCleanup();

    const again = await mount(id);
    expect(again.items('Aktiviteter')).to.deep.equal(['Foreldrekaffe']);
    await start(again);
    await again.tabTo('Foreldrekaffe', 'option');
    await again.key('Enter');
    expect(again.field('Titel').value).to.equal('Foreldrekaffe');
    expect(again.field('Indikatorens navn').value).to.equal('Fremmøde');
    await expect(again.element).to.be.accessible();
  });
});
