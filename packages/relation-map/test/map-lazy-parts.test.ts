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
const realPointer = partLoaders.pointer;
const realKeys = partLoaders.keys;
const realTies = partLoaders.ties;

before(() => {
  document.documentElement.lang = 'da';
});

afterEach(() => {
  partLoaders.views = realViews;
  partLoaders.pointer = realPointer;
  partLoaders.keys = realKeys;
  partLoaders.ties = realTies;
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

  it('the first drag works though the pointer code arrives only after the release: the press, moves and release are replayed', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    partLoaders.pointer = () => {
      asked += 1;
      return held.then(realPointer);
    };
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    expect(asked, 'nothing of the pointer code before the first press').to.equal(0);
    const name = map.people()[0]!.split(',')[0]!;
    map.root.querySelector('.drawing')!.scrollIntoView({ block: 'center' }); // as harness.drag does, before measuring
    const before = map.proxy(name).getBoundingClientRect();
    const changes: string[] = [];
    map.element.addEventListener('sammen-map-change', (event) => changes.push(event.detail.reason));
    // harness.drag presses, moves in 8 frames and releases: all of it while the part is held back.
    const dragged = map.drag(name, { dx: 70, dy: 40 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(asked).to.equal(1);
    expect(changes, 'nothing moved while the code was loading').to.deep.equal([]);
    release();
    await dragged;
    await map.settle();
    expect(changes).to.deep.equal(['moved']);
    const after = map.proxy(name).getBoundingClientRect();
    expect(Math.round(after.left - before.left)).to.be.within(60, 80);
    expect(Math.round(after.top - before.top)).to.be.within(30, 50);
    expect(map.root.querySelector('svg.drag-layer'), 'no drag layer left behind').to.equal(null);
    // The next drag uses the arrived code at once.
    await map.drag(name, { dx: -70, dy: 0 });
    expect(changes).to.deep.equal(['moved', 'moved']);
    expect(asked).to.equal(1);
  });

  it('the first pan of the background works while the pointer code loads', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    partLoaders.pointer = () => held.then(realPointer);
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    const drawing = map.root.querySelector<HTMLElement>('.drawing')!;
    drawing.scrollIntoView({ block: 'center' });
    const x = map.element.zoom.x;
    const box = drawing.getBoundingClientRect();
    const at = { x: box.left + 5, y: box.top + 5 };
    const fire = (type: string, dx: number) =>
      drawing.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 9, pointerType: 'mouse', button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: at.x + dx, clientY: at.y }));
    fire('pointerdown', 0);
    fire('pointermove', 20);
    fire('pointermove', 50);
    fire('pointerup', 50);
    expect(map.element.zoom.x).to.equal(x);
    release();
    await map.settle();
    expect(map.element.zoom.x - x).to.be.closeTo(50, 0.01);
    // Released: a later move does not pan.
    fire('pointermove', 90);
    expect(map.element.zoom.x - x).to.be.closeTo(50, 0.01);
  });

  it('the first keys in the drawing work though their code arrives after them: kept and replayed in order', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    partLoaders.keys = () => {
      asked += 1;
      return held.then(realKeys);
    };
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    await map.tabIntoDrawing();
    expect(map.focusedPerson()).to.equal('Ali');
    expect(asked, 'nothing of the keys code before the first key').to.equal(0);
    const k = map.element.zoom.k;
    const scrolled = document.scrollingElement!.scrollTop;
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: '+' });
    expect(asked).to.equal(1);
    expect(map.focusedPerson(), 'still on Ali while the code loads').to.equal('Ali');
    expect(document.scrollingElement!.scrollTop, 'the arrow did not scroll the page').to.equal(scrolled);
    release();
    await map.settle();
    await map.settle();
    expect(map.focusedPerson()).to.not.equal('Ali');
    expect(map.focusedPerson()).to.not.equal('');
    expect(map.element.zoom.k / k).to.be.closeTo(1.25, 1e-9);
    // Later keys go straight to the arrived code.
    await map.key('-');
    expect(map.element.zoom.k).to.be.closeTo(k, 1e-9);
    expect(asked).to.equal(1);
  });

  it('a person’s ties, opened for the first time while their code loads: focus waits on the person, then goes to the first tie', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    partLoaders.ties = () => held.then(realTies);
    const map = await MapHarness.mount(html`<sammen-relation-map .map=${smallGroup}></sammen-relation-map>`);
    await map.tabIntoDrawing();
    await sendKeys({ press: 'Enter' });
    await map.element.updateComplete;
    expect(map.focusedPerson(), 'focus stays on the person while the list loads').to.equal('Ali');
    expect(map.root.querySelector('#view-panel [role="status"]')?.textContent).to.include('Henter');
    release();
    await map.settle();
    await map.settle();
    expect(map.tieTexts().length).to.be.greaterThan(0);
    expect(map.activeElement()?.classList.contains('tie-button'), 'focus on the first tie').to.equal(true);
    await map.key('Escape');
    expect(map.focusedPerson()).to.equal('Ali');
  });
});
