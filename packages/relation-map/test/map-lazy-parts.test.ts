// The widget's lazy parts (lazy-parts.ts): the forms, the table and list, the panels and the
// keyboard help arrive on first use. While one loads nothing typed elsewhere is lost; if one
// cannot be loaded, an alert says so where it would be, `sammen-error` is fired, and “Try again”
// loads it once the network is back.
import { expect, html, oneEvent } from '@open-wc/testing';
import { smallGroup } from '../../../stories/relation-map/map-fixtures.js';
import { sendKeys } from '@web/test-runner-commands';
import { partLoaders } from '../src/lazy-parts.js';
import { MapHarness } from './harness.js';

const realViews = partLoaders.views;
const realEdit = partLoaders.edit;
const realGroupDrawing = partLoaders['group-drawing'];

before(() => {
  document.documentElement.lang = 'da';
});

afterEach(() => {
  partLoaders.views = realViews;
  partLoaders.edit = realEdit;
  partLoaders['group-drawing'] = realGroupDrawing;
});

describe('<sammen-relation-map> lazy parts', () => {
  it('a part that cannot be loaded shows an alert and fires sammen-error; “Try again” loads it', async () => {
    // Not loaded yet in this page: the loader is asked for it and fails (as when the network is down).
    partLoaders.views = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: views-part.js'));
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    const error = oneEvent(map.element, 'sammen-error');
    await map.press('Tabel');
    const { detail } = await error;
    expect(detail.code).to.equal('network');
    await map.settle();
    const alert = map.root.querySelector('#view-panel [role="alert"]');
    expect(alert, 'an alert where the table would be').to.exist;
    expect(alert!.textContent).to.include('Denne del af kortet kunne ikke hentes');
    // The drawing's map is untouched: the summary still counts everyone.
    expect(map.summary()).to.include('børn');
    await expect(map.element).to.be.accessible();

    partLoaders.views = realViews;
    await map.press('Prøv igen');
    await map.ready(() => map.root.querySelector('.people-table'), 'the table after trying again');
    expect(map.root.querySelector('#view-panel [role="alert"]')).to.equal(null);
  });

  it('a form opened by keyboard takes focus when its part arrives, the first time too', async () => {
    // Found from the outside: the first time, focus stayed on the toolbar's button (the form's
    // part was still on its way when the widget looked for the field).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    partLoaders.edit = () => held.then(realEdit);
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    const button = [...map.root.querySelectorAll<HTMLElement>('sammen-button')].find((node) => node.textContent?.includes('Tilføj en person'))!;
    (button.shadowRoot?.querySelector('button') ?? button).focus();
    await sendKeys({ press: 'Enter' });
    await map.element.updateComplete;
    release();
    await map.ready(() => map.root.querySelector('.map-form'), 'the form once its part arrives');
    await map.settle();
    expect(map.activeElement(), `focus in the form's first field, not on “${map.focused()}”`).to.equal(map.field('Pseudonym eller initialer'));
  });

  it('what was typed in the person form is kept while the table loads', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    partLoaders.views = () => held.then(realViews);
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    await map.press('Tilføj en person');
    await map.typeInto('Pseudonym eller initialer', 'Nora');
    // The table is asked for; its part is held back (a slow network).
    const tab = map.root.querySelector<HTMLElement>('#view-tab-table')!;
    tab.click();
    await map.element.updateComplete;
    expect(map.root.querySelector('#view-panel [role="status"]')?.textContent).to.include('Henter');
    expect((map.field('Pseudonym eller initialer') as HTMLInputElement).value).to.equal('Nora');
    release();
    await map.ready(() => map.root.querySelector('.people-table'), 'the table once its part arrives');
    expect((map.field('Pseudonym eller initialer') as HTMLInputElement).value).to.equal('Nora');
    await map.submitForm();
    const names = [...map.root.querySelectorAll<HTMLInputElement>('.people-table .name-input')].map((input) => input.value);
    expect(names).to.include('Nora');
  });

  it('a new empty map does not fetch the drawing; a map with people shows a status until it arrives', async () => {
    let asked = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    partLoaders['group-drawing'] = () => {
      asked += 1;
      return held.then(realGroupDrawing);
    };
    const empty = await MapHarness.mount(html`<sammen-relation-map></sammen-relation-map>`);
    expect(empty.root.querySelector('sammen-empty-state'), 'the empty state').to.exist;
    expect(asked, 'the drawing was not asked for').to.equal(0);

    const map = document.createElement('sammen-relation-map');
    map.map = smallGroup;
    document.body.append(map);
    // updateComplete waits for the drawing: look at the first render before it does.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked, 'the drawing was asked for').to.equal(1);
    expect(map.shadowRoot!.querySelector('#view-panel [role="status"]')?.textContent).to.include('Henter');
    expect(map.shadowRoot!.querySelector('.proxy')).to.equal(null);
    release();
    await map.updateComplete;
    expect(map.shadowRoot!.querySelectorAll('.proxy').length).to.equal(smallGroup.people.length);
    map.remove();
  });
});
