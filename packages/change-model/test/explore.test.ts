// Reading and exploring a change model as a person does: selecting an item lights its whole chain
// (branches and a cycle), links are objects you select by pointer and by keyboard, the keyboard
// crosses ragged columns and moves along links, every move is said once.
import { expect, html, waitUntil } from '@open-wc/testing';
import { branchedModel } from '../../../stories/change-model/model-fixtures.js';
import { ModelHarness } from './harness.js';
import type { ChangeModelSelectDetail } from '../src/events.js';

const mount = () => ModelHarness.mount(html`<sammen-change-model .model=${branchedModel}></sammen-change-model>`);

before(() => {
  document.documentElement.lang = 'en';
});
after(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-change-model>: line of sight', () => {
  it('selecting an item lights its whole chain up- and downstream, through branches and a cycle, and dims the rest', async () => {
    const model = await mount();
    await model.clickItem('Parents meet each other');
    // Downstream: Parents speak up → (back to Parents meet: the cycle) and → No negative social heritage.
    // Upstream: Family groups, and through the cycle Parents speak up ← Parents know the offers.
    expect(model.litItems().sort()).to.deep.equal(
      ['Family groups', 'No negative social heritage', 'Parents know the offers', 'Parents meet each other', 'Parents speak up'].sort(),
    );
    expect(model.item('Parents meet each other').getAttribute('aria-pressed')).to.equal('true');
    // The text panel lists both directions (the cycle's link appears as "follows from").
    expect(model.panelLinks()).to.deep.equal(['Leads to Parents speak up', 'Follows from Family groups', 'Follows from Parents speak up']);
    // Connectors in sight are highlighted, the others dimmed.
    const state = (id: string) => model.root.querySelector(`[data-link="${id}"]`)!.getAttribute('class');
    expect(state('parents-speak->parents-meet')).to.include('in-sight');
    expect(state('counselling->staff-ask')).to.include('dimmed');
  });

  it('a branch lights every branch: Family groups leads to three results', async () => {
    const model = await mount();
    await model.clickItem('Family groups');
    expect(model.panelLinks()).to.deep.equal(['Leads to Parents meet each other', 'Leads to Parents know the offers', 'Leads to Children play across groups']);
    expect(model.litItems()).not.to.include('Open counselling');
    expect(model.litItems()).to.include('No negative social heritage');
    await model.key('Escape');
    expect(model.litItems()).to.have.length(9, 'Escape clears: nothing dimmed');
  });

  it('a link is selected by clicking its connector, and its rationale, assumptions and evidence are shown', async () => {
    const model = await mount();
    const events: unknown[] = [];
    model.element.addEventListener('sammen-select', (event) => events.push((event.detail as ChangeModelSelectDetail).selection));
    const spoken = model.listen();
    await model.clickConnector('counselling->staff-ask');
    // Said, as a move by key is: a click changes what the panel shows, and a screen reader user hears it.
    await waitUntil(() => spoken.count('Selected link: Open counselling → Staff ask for advice early. Advice nearby lowers the threshold to ask.') === 1, `said once: ${spoken.spoken.join(' | ')}`);
    expect(model.panelText()).to.include('From Open counselling to Staff ask for advice early');
    expect(model.panelText()).to.include('Advice nearby lowers the threshold to ask.');
    expect(model.panelText()).to.include('Staff have time to come');
    expect(model.panelText()).to.include('Pilot in two daycares, 2025');
    expect(events).to.deep.equal([{ kind: 'link', id: 'counselling->staff-ask', from: 'counselling', to: 'staff-ask' }]);
  });
});

describe('<sammen-change-model>: keyboard', () => {
  it('is one tab stop; arrows cross ragged columns to the nearest item; every move is said once', async () => {
    const model = await mount();
    expect(model.root.querySelectorAll('.card__button[tabindex="0"]')).to.have.length(1);
    await model.tabToBoard();
    expect(model.focused()).to.equal('Open counselling');
    const recorder = model.listen();
    await model.key('ArrowDown');
    expect(model.focused()).to.equal('Family groups');
    // The 2nd of 2 activities sits beside the lower results: → goes to the nearest, not to the 2nd.
    await model.key('ArrowRight');
    expect(model.focused()).to.equal('Parents know the offers');
    await model.key('ArrowRight');
    expect(model.focused()).to.equal('Parents speak up');
    await model.key('ArrowUp');
    expect(model.focused()).to.equal('Fewer weeks in yellow');
    await model.key('ArrowLeft');
    expect(model.focused()).to.equal('Staff ask for advice early');
    await model.key('ArrowDown');
    await new Promise((resolve) => setTimeout(resolve, 900));
    recorder.stop();
    expect(recorder.count('Short-term result 2 of 4: Parents meet each other. Leads to 1 medium-term effect.')).to.equal(1);
    expect(recorder.count('Open counselling'), 'nothing said twice or for an item passed over').to.equal(0);
    expect(model.root.querySelectorAll('.card__button[tabindex="0"]')).to.have.length(1, 'still one tab stop');
  });

  it('Enter goes onto the links, arrows along them, Enter follows one, Backspace goes back, Escape clears', async () => {
    const model = await mount();
    await model.tabToBoard();
    await model.key('ArrowDown');
    await model.key('Enter');
    expect(model.focused()).to.equal('Leads to Parents meet each other');
    expect(model.panelText(), 'the panel lists Family groups’ links').to.match(/^Family groups Leads to/);
    await model.key('ArrowDown');
    expect(model.focused()).to.equal('Leads to Parents know the offers');
    expect(model.panelText(), 'the link under focus is the selected one').to.include('From Family groups to Parents know the offers');
    await model.key('Enter');
    expect(model.focused()).to.equal('Parents know the offers');
    expect(model.item('Parents know the offers').getAttribute('aria-pressed')).to.equal('true');
    await model.key('Backspace');
    expect(model.focused()).to.equal('Leads to Parents know the offers');
    await model.key('Backspace');
    expect(model.focused()).to.equal('Family groups');
    await model.key('Escape');
    expect(model.root.querySelector('[aria-pressed="true"].card__button')).to.equal(null);
    expect(model.focused()).to.equal('Family groups');
  });

  it('following links round the cycle never hangs and always lands on an item', async () => {
    const model = await mount();
    model.item('Parents speak up').focus();
    for (let round = 0; round < 3; round++) {
      await model.key('Enter'); // onto Parents speak up's links: first "Leads to Parents meet each other"
      expect(model.focused()).to.equal('Leads to Parents meet each other');
      await model.key('Enter');
      expect(model.focused()).to.equal('Parents meet each other');
      await model.key('Enter'); // its first link leads back to Parents speak up
      await model.key('Enter');
      expect(model.focused()).to.equal('Parents speak up');
    }
  });
});
