// Issue 15, "Edit mode": linking by pointer on the board, Alt+↑/↓ reordering that keeps focus and
// says the new place, deletion with a confirmation and focus on the next item, moving to another
// column, a new empty model, import of a broken file, and the `sammen-model-change` event.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { squash } from '@sammen/core/test-suites';
import type { ModelChangeDetail } from '../src/events.js';
import { EditHarness } from './edit-harness.js';
import { quarterModel } from './edit-fixtures.js';

const mount = () => EditHarness.mount(html`<sammen-change-model editable .model=${quarterModel()}></sammen-change-model>`);

/** A real mouse click in the middle of `element`. */
async function mouseClick(harness: EditHarness, element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await harness.settle();
}

const boardCard = (harness: EditHarness, title: string) =>
  [...harness.root.querySelectorAll<HTMLElement>('.card__button')].find((button) => squash(button.textContent) === title)!;

describe('edit mode', () => {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('links two items by pointer: "connect", then a click on the target card in the drawing', async () => {
    const harness = await mount();
    const spoken = harness.listen();
    const changes: ModelChangeDetail[] = [];
    harness.element.addEventListener('sammen-model-change', (event) => changes.push(event.detail));
    await mouseClick(harness, harness.option('Åben rådgivning'));
    await mouseClick(harness, harness.button('Forbind med musen: klik derefter på det element, den fører til'));
    expect(squash(harness.root.querySelector('.edit-connecting')?.textContent)).to.contain('Forbinder fra Åben rådgivning');
    await mouseClick(harness, boardCard(harness, 'Tidlig opsporing'));

    expect(harness.field('Tidlig opsporing').checked, 'the "leads to" list shows the new link').to.equal(true);
    expect(harness.root.querySelector('.edit-connecting')).to.equal(null);
    await waitUntil(() => spoken.count('Forbindelse tilføjet: Åben rådgivning → Tidlig opsporing') === 1, 'announced once');
    expect(changes.at(-1)!.reason).to.equal('edit');
    expect(changes.at(-1)!.change.kind).to.equal('link-added');
    expect(changes.at(-1)!.model.links.some((link) => link.from === 'a2' && link.to === 'r2')).to.equal(true);
    // The board was not selected by that click: the click ended the link.
    expect(boardCard(harness, 'Tidlig opsporing').getAttribute('aria-pressed')).to.equal('false');
  });

  it('Alt+↑/↓ moves an item in its list, keeps focus on it and says its new place', async () => {
    const harness = await mount();
    const spoken = harness.listen();
    harness.option('Åben rådgivning').focus();
    await harness.chord(['Alt'], 'ArrowUp');
    expect(harness.items('Aktiviteter')).to.deep.equal(['Åben rådgivning', 'Familiegrupper']);
    expect(harness.focused()).to.equal('Åben rådgivning');
    await waitUntil(() => spoken.count('Åben rådgivning flyttet til plads 1 af 2') === 1, 'the new place is said');
    await harness.chord(['Alt'], 'ArrowDown');
    expect(harness.items('Aktiviteter')).to.deep.equal(['Familiegrupper', 'Åben rådgivning']);
    expect(harness.focused()).to.equal('Åben rådgivning');
    await harness.key('ArrowUp');
    expect(harness.focused(), 'plain arrows move focus, not the item').to.equal('Familiegrupper');
  });

  it('Delete asks first, then deletes the item and its links and puts focus on the next item', async () => {
    const harness = await mount();
    harness.option('Familiegrupper').focus();
    await harness.key('Delete');
    const confirm = harness.root.querySelector('sammen-confirm')!;
    await waitUntil(() => confirm.shadowRoot?.querySelector('sammen-dialog')?.hasAttribute('open'), 'the confirmation opens');
    expect(harness.items('Aktiviteter'), 'nothing deleted before the answer').to.have.length(2);
    // Tab to the dialog's "Slet" button and press Enter.
    for (let i = 0; i < 5 && harness.focused() !== 'Slet'; i += 1) await sendKeys({ press: 'Tab' });
    expect(harness.focused()).to.equal('Slet');
    await harness.key('Enter');
    await harness.ready(() => harness.items('Aktiviteter').length === 1, 'deleted');
    await waitUntil(() => harness.focused() === 'Åben rådgivning', `focus on the next item, not ${harness.focused()}`);
    expect(harness.root.querySelectorAll('.card__button')).to.have.length(3);
  });

  it('moves an item to another column through "Move to column…"', async () => {
    const harness = await mount();
    harness.option('Tidlig opsporing').focus();
    await harness.key('Enter');
    const select = harness.field<HTMLSelectElement>('Flyt til kolonne…');
    select.focus();
    await harness.key('ArrowDown');
    expect(harness.items('Mellemlangsigtede virkninger')).to.deep.equal(['Tidlig opsporing']);
    expect(harness.items('Kortsigtede resultater')).to.deep.equal(['Forældre deltager']);
  });

  it('starts a new empty model with the four usual columns, and undo brings the old one back', async () => {
    const harness = await mount();
    await harness.click(harness.button('Ny tom model'));
    const confirm = harness.root.querySelector('sammen-confirm')!;
    await waitUntil(() => confirm.shadowRoot?.querySelector('sammen-dialog')?.hasAttribute('open'), 'the confirmation opens');
    for (let i = 0; i < 5 && harness.focused() !== 'Start en ny model'; i += 1) await sendKeys({ press: 'Tab' });
    await harness.key('Enter');
    await harness.ready(() => harness.items('Aktiviteter').length === 0, 'emptied');
    const headings = [...harness.root.querySelectorAll('.edit-column :is(h2,h3,h4,h5,h6)')].map((node) => squash(node.textContent));
    expect(headings).to.deep.equal(['Aktiviteter', 'Kortsigtede resultater', 'Mellemlangsigtede virkninger', 'Langsigtede virkninger']);
    await harness.click(harness.button('Fortryd'));
    expect(harness.items('Aktiviteter')).to.deep.equal(['Familiegrupper', 'Åben rådgivning']);
  });

  it('an imported file that is no valid model gives a located error, fires sammen-error and changes nothing', async () => {
    const harness = await mount();
    const errors: { code: string; issues?: { path: string }[] }[] = [];
    harness.element.addEventListener('sammen-error', (event) => errors.push(event.detail));
    const broken = quarterModel();
    broken.links.push({ id: 'l2', from: 'a1', to: 'ingen' });
    const input = harness.root.querySelector<HTMLInputElement>('.editor input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(broken)], 'model.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => harness.root.querySelector('.edit-import-problem'), 'the problem shows');
    const problem = harness.root.querySelector('.edit-import-problem')!;
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(squash(problem.textContent)).to.contain('Filen kunne ikke importeres. Intet blev ændret.');
    expect(squash(problem.textContent)).to.contain('links[1].to');
    expect(errors[0]!.code).to.equal('invalid-document');
    expect(errors[0]!.issues!.some((issue) => issue.path === 'links[1].to')).to.equal(true);
    expect(harness.items('Aktiviteter')).to.deep.equal(['Familiegrupper', 'Åben rådgivning']);
    await expect(harness.element).to.be.accessible();
  });

  it('is axe clean with an item\'s form open, its links and indicators shown', async () => {
    const harness = await mount();
    harness.option('Familiegrupper').focus();
    await harness.key('Enter');
    expect(squash(harness.root.querySelector('#edit-form-heading')?.textContent)).to.equal('Redigér: Familiegrupper');
    await expect(harness.element).to.be.accessible();
  });
});
