// Issue 15, "Versions": what changed since a saved version — items and links added, removed,
// changed, indicators whose status moved — as a text table and as marks on the board's items.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { MemoryStore } from '@sammen/sdk';
import { squash } from '@sammen/core/test-suites';
import { EditHarness } from './edit-harness.js';
import { quarterModel } from './edit-fixtures.js';

async function mountStored(): Promise<EditHarness> {
  const store = new MemoryStore();
  await store.put(quarterModel(), { expectedRevision: 0 });
  const harness = await EditHarness.mount(html`<sammen-change-model editable document-id="kvartal" .store=${store}></sammen-change-model>`);
  await harness.ready(() => harness.items('Aktiviteter').length === 2, 'the stored model shows');
  return harness;
}

const tableRows = (harness: EditHarness) =>
  [...harness.root.querySelectorAll('.compare-table tbody tr')].map((row) => [...row.children].map((cell) => squash(cell.textContent)).join(' | '));

describe('compare with a saved version', () => {
  it('lists what changed since the version as text, marks the items on the board, and is axe clean', async () => {
    const harness = await mountStored();
    await harness.click(harness.button('Sammenlign med en tidligere version'));
    expect(harness.focused()).to.equal('Hvad er ændret');
    await harness.click(harness.button('Gem denne version til senere sammenligning'));
    await harness.ready(() => harness.root.querySelectorAll('.compare select option').length === 2, 'the saved version is listed');

    // The next quarter: a new result, a link removed, a title changed, an indicator off track.
    await harness.click(harness.button('Tilføj element til Kortsigtede resultater'));
    await harness.retype('Trivsel stiger');
    await harness.key('Tab');
    harness.option('Familiegrupper').focus();
    await harness.key('Enter');
    await harness.click(harness.button('Fjern forbindelsen til Forældre deltager'));
    harness.option('Åben rådgivning').focus();
    await harness.key('Enter');
    await harness.retype('Åben tværfaglig rådgivning');
    await harness.key('Tab');
    harness.option('Familiegrupper').focus();
    await harness.key('Enter');
    const status = harness.field<HTMLSelectElement>('Status');
    status.focus();
    await harness.key('ArrowDown');
    await harness.key('ArrowDown');
    expect(status.value).to.equal('off-track');

    const select = harness.root.querySelector<HTMLSelectElement>('.compare select')!;
    select.focus();
    await harness.key('ArrowDown');
    await harness.ready(() => tableRows(harness).length > 0, 'the comparison table shows');

    expect(tableRows(harness)).to.have.members([
      '+ Tilføjet | Element | Trivsel stiger | ',
      '~ Ændret | Element | Åben tværfaglig rådgivning | titel',
      '~ Ændret | Element | Familiegrupper | indikatorer',
      '− Fjernet | Forbindelse | Familiegrupper → Forældre deltager | ',
      '→ Status flyttet | Indikator | Familiegrupper: Fremmøde | På rette spor → Ikke på sporet',
    ]);
    expect(squash(harness.root.querySelector('.compare-table caption')?.textContent)).to.match(/^5 ændringer siden gemt /);
    const marks = [...harness.root.querySelectorAll('.card--marked')].map((card) => squash(card.querySelector('.card__mark')?.textContent));
    expect(marks).to.have.members(['Ændret siden den sammenlignede version', 'Ændret siden den sammenlignede version', 'Ny siden den sammenlignede version']);
    await expect(harness.element).to.be.accessible();

    await harness.click(harness.button('Luk sammenligningen'));
    expect(harness.root.querySelectorAll('.card--marked')).to.have.length(0);
  });

  it('compares with a file, and a file that is no change model gives a located error and changes nothing', async () => {
    const harness = await mountStored();
    await harness.click(harness.button('Sammenlign med en tidligere version'));
    const input = [...harness.root.querySelectorAll<HTMLInputElement>('.compare input[type=file]')][0]!;
    const choose = async (name: string, text: string) => {
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await harness.settle();
    };
    const older = quarterModel('andet-id');
    older.columns[1]!.items.pop();
    await choose('sidste-kvartal.json', JSON.stringify(older));
    await harness.ready(() => tableRows(harness).length > 0, 'the table shows');
    expect(tableRows(harness)).to.deep.equal(['+ Tilføjet | Element | Tidlig opsporing | ']);

    const errors: unknown[] = [];
    harness.element.addEventListener('sammen-error', (event) => errors.push(event.detail));
    await choose('ødelagt.json', '{"schema": "sammen.change-model/v2", "columns": [');
    await waitUntil(() => harness.root.querySelector('.compare [role=alert]'), 'the problem shows');
    expect(squash(harness.root.querySelector('.compare [role=alert]')!.textContent)).to.match(/linje 1, kolonne/i);
    expect(errors).to.have.length(1);
    expect(harness.items('Aktiviteter')).to.deep.equal(['Familiegrupper', 'Åben rådgivning']);
  });
});
