// Issue 15, "Done when": the whole edit round trip — create items, a link, its rationale, an
// indicator, undo, redo — by keyboard alone (Tab, typing, Space, arrows, Ctrl+Z), saved to the
// page's default store (IndexedDB) and there again when the widget is opened anew.
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

describe('edit mode by keyboard alone', () => {
  it('creates items, a link with its rationale and an indicator, undoes and redoes, and keeps it all across a reload', async function () {
    // About 80 real key presses, each a round trip to the browser: on a machine shared by several
    // test runs that takes longer than mocha's default 10 s (it timed out once in npm test).
    this.timeout(40_000);
    const id = `round-trip-${Date.now()}`;
    const first = await mount(id);
    const spoken = first.listen();
    await start(first);

    await first.tabTo('Modellens titel');
    await first.type('Bedre chancer');
    await first.key('Tab');
    await first.tabTo('Tilføj element til Aktiviteter');
    await first.key('Enter');
    expect(first.labelOf(first.active), 'focus goes to the new item’s title').to.equal('Titel');
    await first.retype('Familiegrupper');
    await first.key('Tab');
    expect(first.items('Aktiviteter')).to.deep.equal(['Familiegrupper']);

    await first.tabTo('Tilføj element til Kortsigtede resultater');
    await first.key('Enter');
    await first.retype('Forældre deltager');
    await first.key('Tab');
    expect(first.items('Kortsigtede resultater')).to.deep.equal(['Forældre deltager']);

    // Back to the activity through its list, open it with Enter, link it by its "leads to" list.
    await first.tabTo('Familiegrupper', 'option');
    await first.key('Enter');
    await first.tabTo('Forældre deltager', 'checkbox');
    await first.key('Space');
    await waitUntil(() => spoken.count('Forbindelse tilføjet: Familiegrupper → Forældre deltager') === 1, 'the link is announced once');

    await first.tabTo('Hvorfor vi tror, det fører dertil (begrundelse)');
    await first.type('Forældre mødes med andre forældre');
    await first.key('Tab');

    await first.tabTo('Tilføj indikator');
    await first.key('Enter');
    expect(first.labelOf(first.active)).to.equal('Indikatorens navn');
    await first.retype('Fremmøde');
    await first.tabTo('Status');
    // From "no data" (the last) up past "off track" to "at risk": each is a change and an undo step.
    await first.key('ArrowUp');
    await first.key('ArrowUp');
    expect((first.active as HTMLSelectElement).value).to.equal('at-risk');

    // Undo from the item's list (Escape closes the form and returns there), then redo.
    await first.key('Escape');
    expect(first.focused()).to.equal('Familiegrupper');
    await first.chord(['Control'], 'z');
    await waitUntil(() => spoken.count('Fortrudt: Status for Fremmøde: I risiko') === 1, 'undo is announced');
    await first.chord(['Control', 'Shift'], 'Z');
    await waitUntil(() => spoken.count('Gentaget: Status for Fremmøde: I risiko') === 1, 'redo is announced');
    spoken.stop();

    await waitUntil(() => first.text().includes('Gemt på denne enhed'), 'saved', { timeout: 5000 });
    fixtureCleanup();

    // "Reload": a new widget with the same id reads the model back from IndexedDB.
    const again = await mount(id);
    expect(again.items('Aktiviteter')).to.deep.equal(['Familiegrupper']);
    expect(again.items('Kortsigtede resultater')).to.deep.equal(['Forældre deltager']);
    await start(again);
    await again.tabTo('Familiegrupper', 'option');
    await again.key('Enter');
    expect(again.field('Forældre deltager').checked).to.equal(true);
    expect(again.field<HTMLTextAreaElement>('Hvorfor vi tror, det fører dertil (begrundelse)').value).to.equal('Forældre mødes med andre forældre');
    expect(again.field('Indikatorens navn').value).to.equal('Fremmøde');
    expect(again.field<HTMLSelectElement>('Status').value).to.equal('at-risk');
    await expect(again.element).to.be.accessible();
  });
});
