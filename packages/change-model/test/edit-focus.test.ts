// Focus in edit mode stays where the person puts it: a field commits on `change` (when it is left),
// and the update that follows must not pull focus away from the field Tab or a click went to — a
// keyboard or screen-reader user would be thrown out of the form after every field, and a mouse
// user's next typing would go nowhere. (Found from the outside: focus jumped to the panel heading.)
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { EditHarness } from './edit-harness.js';
import { quarterModel } from './edit-fixtures.js';

const mount = () => EditHarness.mount(html`<sammen-change-model editable .model=${quarterModel()}></sammen-change-model>`);

async function openForm(harness: EditHarness, title: string): Promise<void> {
  harness.option(title).focus();
  await harness.key('Enter');
  await harness.ready(() => harness.root.querySelector('[data-edit-focus=title]'), 'the item form opens');
}

describe('edit mode keeps focus where the person moves it', () => {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('Tab from a changed field goes to the next field, and typing there is kept', async () => {
    const harness = await mount();
    await openForm(harness, 'Familiegrupper');
    harness.field('Titel').focus();
    await harness.retype('Familiegrupper for alle');
    await harness.key('Tab');
    expect(harness.labelOf(harness.active), 'focus on the field after the title').to.equal('Beskrivelse');
    await harness.type('Ny beskrivelse');
    await harness.key('Tab');
    expect(harness.labelOf(harness.active)).to.equal('Punkter, ét pr. linje');
    expect(harness.field<HTMLTextAreaElement>('Beskrivelse').value).to.equal('Ny beskrivelse');
    expect(harness.field('Titel').value).to.equal('Familiegrupper for alle');
  });

  it('a click from a changed field into another keeps focus on the clicked field', async () => {
    const harness = await mount();
    await openForm(harness, 'Familiegrupper');
    harness.field('Titel').focus();
    await harness.retype('Grupper');
    const description = harness.field<HTMLTextAreaElement>('Beskrivelse');
    description.scrollIntoView({ block: 'center' });
    const box = description.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await harness.settle();
    expect(harness.labelOf(harness.active)).to.equal('Beskrivelse');
  });
});

describe('edit mode: columns keep their own controls', () => {
  const settings = (harness: EditHarness) => [...harness.root.querySelectorAll<HTMLElement>('[data-column-control=settings]')];
  const openDetails = (harness: EditHarness) => [...harness.root.querySelectorAll('details.edit-column-settings[open]')].map((details) => details.closest('[data-edit-column]')!.getAttribute('data-edit-column'));

  it('moving a column keeps focus on its button and its settings open, in the column that moved', async () => {
    const harness = await mount();
    settings(harness)[0].focus();
    await harness.key('Enter');
    await harness.tabTo('Flyt kolonnen tilbage');
    await harness.key('Enter');
    expect([...harness.root.querySelectorAll('[data-edit-column]')].map((node) => node.getAttribute('data-edit-column'))).to.deep.equal(['short', 'activities', 'medium', 'long']);
    expect(harness.focused()).to.equal('Flyt kolonnen tilbage');
    expect(harness.active!.closest('[data-edit-column]')!.getAttribute('data-edit-column')).to.equal('activities');
    expect(openDetails(harness), 'the settings that are open are still the moved column’s').to.deep.equal(['activities']);
  });

  it('deleting a column puts focus on the closed settings of the column now in its place', async () => {
    const harness = await mount();
    const spoken = harness.listen();
    const firstName = harness.root.querySelectorAll('[data-column-control=settings]')[1].textContent!.trim();
    settings(harness)[0].focus();
    await harness.key('Enter');
    await harness.tabTo('Slet kolonne');
    await harness.key('Enter');
    const confirm = harness.root.querySelector('sammen-confirm')!;
    await waitUntil(() => confirm.shadowRoot?.querySelector('sammen-dialog')?.hasAttribute('open'), 'the confirmation opens');
    for (let i = 0; i < 5 && harness.focused() !== 'Slet'; i += 1) await sendKeys({ press: 'Tab' });
    await harness.key('Enter');
    await harness.ready(() => harness.root.querySelectorAll('[data-edit-column]').length === 3, 'the column is deleted');
    await waitUntil(() => harness.focused() === firstName, `focus on “${firstName}”, not “${harness.focused()}”`);
    expect(openDetails(harness), 'no other column’s settings opened').to.deep.equal([]);
    await waitUntil(() => spoken.count('Kolonne slettet: Aktiviteter') === 1, 'the deletion is said once');
  });
});

describe('edit mode: a list’s tab stop follows focus', () => {
  it('the option an arrow moved to is the list’s one tab stop, so Tab out and back returns to it', async () => {
    const harness = await mount();
    harness.option('Familiegrupper').focus();
    await harness.key('ArrowDown');
    expect(harness.focused()).to.equal('Åben rådgivning');
    const stops = [...harness.root.querySelectorAll('.edit-column')][0]!.querySelectorAll('[role=option][tabindex="0"]');
    expect([...stops].map((option) => option.textContent!.trim())).to.deep.equal(['Åben rådgivning']);
  });
});
