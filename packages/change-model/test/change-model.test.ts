// <sammen-change-model>: the widget contract, invalid documents with located errors, hostile
// strings, the views, the at-risk filter, the narrow layout, the language switch and axe in
// every state (view, selected, outline, error).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { runWidgetContractSuite } from '@sammen/core/test-suites';
import type { SammenErrorDetail } from '@sammen/core';
import type { ChangeModel } from '@sammen/sdk';
import { branchedModel, HOSTILE, hostileModel } from '../../../stories/change-model/model-fixtures.js';
import { ModelHarness } from './harness.js';

const FIXTURES = '/test/fixtures/change-model';

runWidgetContractSuite({
  tag: 'sammen-change-model',
  property: 'model',
  propertyDocument: () => branchedModel,
  propertyText: 'Branches and a cycle',
  srcUrl: `${FIXTURES}/municipal-model.json`,
  srcText: 'Kommunens egen forandringsmodel',
  defaultText: { da: 'Stærkere sammen om de yngste', en: 'Stronger together for the youngest' },
  uiText: { da: 'Kortsigtede resultater', en: 'Short-term results' },
  invalidSrcUrl: `${FIXTURES}/invalid-model.json`,
  invalidPath: 'links[1].to',
  hostileDocument: () => hostileModel,
  hostileText: HOSTILE,
  ready: (element) => (element as HTMLElement & { loaded: Promise<unknown> }).loaded,
});

/** The branched model with "Fewer weeks in yellow" the only item at risk (Family groups' indicator on track). */
const oneAtRisk: ChangeModel = {
  ...branchedModel,
  columns: branchedModel.columns.map((column) => ({
    ...column,
    items: column.items.map((item) =>
      item.id === 'family-groups' || item.id === 'yellow-short'
        ? { ...item, indicators: item.indicators!.map((indicator) => ({ ...indicator, status: item.id === 'family-groups' ? ('on-track' as const) : ('at-risk' as const) })) }
        : item,
    ),
  })),
};

describe('<sammen-change-model>', () => {
  before(() => {
    document.documentElement.lang = 'en';
  });
  after(() => {
    document.documentElement.lang = 'da';
  });

  it('invalid documents (a duplicate id, a link to a missing item) give located errors and sammen-error', async () => {
    const element = document.createElement('sammen-change-model');
    const event = oneEvent(element, 'sammen-error') as Promise<CustomEvent<SammenErrorDetail>>;
    element.model = { ...branchedModel, links: [...branchedModel.links, { id: 'ghost', from: 'counselling', to: 'nowhere' }] } as ChangeModel;
    document.body.append(element);
    try {
      const { detail } = await event;
      expect(detail.code).to.equal('invalid-document');
      expect(detail.issues!.map((issue) => issue.path)).to.include('links[10].to');
      await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'));
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('links[10].to');
      await expect(element).to.be.accessible();
    } finally {
      element.remove();
    }
    const fromSrc = document.createElement('sammen-change-model');
    const srcEvent = oneEvent(fromSrc, 'sammen-error') as Promise<CustomEvent<SammenErrorDetail>>;
    fromSrc.setAttribute('src', `${FIXTURES}/invalid-model.json`);
    document.body.append(fromSrc);
    try {
      const { detail } = await srcEvent;
      expect(detail.issues!.map((issue) => issue.path)).to.include.members(['columns[0].items[1].id', 'links[1].to']);
    } finally {
      fromSrc.remove();
    }
  });

  it('hostile strings stay text in the panel and the outline too', async () => {
    const model = await ModelHarness.mount(html`<sammen-change-model .model=${hostileModel}></sammen-change-model>`);
    await model.click(model.root.querySelector<HTMLElement>('.card__button')!);
    await model.key('Enter');
    expect(model.panelText()).to.include(HOSTILE.replace(/\s+/g, ' '));
    await model.press('Outline');
    expect(model.root.querySelector('.outline')!.textContent).to.include(HOSTILE);
    expect(model.root.querySelector('img, script, iframe')).to.equal(null);
    expect((window as unknown as Record<string, unknown>).__sammenPwned).to.equal(undefined);
  });

  it('says the model in one sentence, and switches between detail, overview and outline', async () => {
    const model = await ModelHarness.mount(html`<sammen-change-model .model=${branchedModel}></sammen-change-model>`);
    expect(model.root.querySelector('.summary')!.textContent).to.equal('9 items in 4 columns, 10 links, 1 indicator at risk.');
    expect(model.root.querySelector('.card__description')).not.to.equal(null);
    await model.press('Overview');
    expect(model.element.getAttribute('view')).to.equal('overview');
    expect(model.visibleItems()).to.have.length(9);
    expect(model.root.querySelector('.card__description, .indicators'), 'titles only').to.equal(null);
    await model.press('Outline');
    const outline = model.root.querySelector('.outline')!;
    // Column → item → "leads to …" with the link's rationale, as nested lists.
    const counselling = [...outline.querySelectorAll('.outline__item')].find((item) => item.textContent!.includes('Open counselling'))!;
    expect(counselling.textContent).to.include('Leads to');
    expect(counselling.textContent).to.include('Staff ask for advice early: Advice nearby lowers the threshold to ask.');
    expect(outline.querySelectorAll(':scope > li')).to.have.length(4);
    await expect(model.element).to.be.accessible();
  });

  it('the at-risk filter shows items with indicators at risk with their chains, and hides the rest', async () => {
    const model = await ModelHarness.mount(html`<sammen-change-model .model=${oneAtRisk}></sammen-change-model>`);
    expect(model.visibleItems()).to.have.length(9);
    await model.toggleFilter();
    expect(model.visibleItems()).to.deep.equal(['Open counselling', 'Staff ask for advice early', 'Fewer weeks in yellow', 'No negative social heritage']);
    expect(model.root.querySelectorAll('.card--at-risk')).to.have.length(1);
    const drawn = [...model.root.querySelectorAll('[data-link]')].map((node) => node.getAttribute('data-link'));
    expect(drawn).to.deep.equal(['counselling->staff-ask', 'staff-ask->yellow-short', 'yellow-short->heritage']);
    await model.toggleFilter();
    expect(model.visibleItems()).to.have.length(9);
  });

  it('indicators show name, data source, baseline → target, current value and status as text and shape, with a legend', async () => {
    const model = await ModelHarness.mount(html`<sammen-change-model .model=${branchedModel}></sammen-change-model>`);
    const card = model.item('Family groups').closest('li')!;
    const text = card.textContent!.replace(/\s+/g, ' ');
    for (const expected of ['Families who come', 'Attendance lists', '0 → 12', '7', 'At risk']) expect(text).to.include(expected);
    expect(card.querySelector('.status-shape--at-risk')).not.to.equal(null);
    const legend = model.root.querySelector('.legend')!.textContent!.replace(/\s+/g, ' ');
    for (const status of ['On track', 'At risk', 'Off track', 'No data']) expect(legend).to.include(status);
  });

  it('below 40rem the columns stack and connectors give way to "leads to" lists', async () => {
    const model = await ModelHarness.mount(html`<div style="inline-size: 320px"><sammen-change-model .model=${branchedModel}></sammen-change-model></div>`);
    await model.frames();
    const columns = [...model.root.querySelectorAll('.column')].map((column) => column.getBoundingClientRect());
    expect(columns[1]!.top, 'the second column is below the first').to.be.greaterThan(columns[0]!.bottom - 1);
    expect(model.root.querySelector('.connectors'), 'no connectors').to.equal(null);
    const lists = model.item('Family groups').closest('li')!.querySelector('.card__links')!;
    expect(lists.getBoundingClientRect().height).to.be.greaterThan(20);
    expect((lists as HTMLElement).innerText.replace(/\s+/g, ' ')).to.include('Leads to Parents meet each other Parents know the offers');
    expect(model.element.scrollWidth).to.be.at.most(320);
    await expect(model.element).to.be.accessible();
  });

  it('is axe clean with an item selected and with a link selected', async () => {
    const model = await ModelHarness.mount(html`<sammen-change-model .model=${branchedModel}></sammen-change-model>`);
    await model.clickItem('Family groups');
    await expect(model.element).to.be.accessible();
    await model.clickConnector('counselling->staff-ask');
    await expect(model.element).to.be.accessible();
  });

  it('follows <html lang>: the UI and the example switch to Norwegian', async () => {
    document.documentElement.lang = 'da';
    const model = await ModelHarness.mount(html`<sammen-change-model></sammen-change-model>`);
    await waitUntil(() => model.text().includes('Kortsigtede resultater'));
    expect(model.root.querySelector('.summary')!.textContent).to.match(/^15 elementer i 4 kolonner, 21 forbindelser, \d+ indikatorer? i risiko\.$/);
    document.documentElement.lang = 'nb';
    await waitUntil(() => model.text().includes('Kortsiktige resultater'), 'Norwegian UI');
    await waitUntil(() => model.text().includes('Sterkere sammen om de minste'), 'Norwegian content');
    document.documentElement.lang = 'en';
  });
});

describe('<sammen-change-model> from the store', () => {
  it('opens a model by document-id', async () => {
    const { MemoryStore } = await import('@sammen/sdk');
    const store = new MemoryStore();
    await store.put({ ...branchedModel, id: 'kept', revision: 0 } as ChangeModel);
    const element = await fixture<HTMLElement & { loaded: Promise<unknown> }>(html`<sammen-change-model document-id="kept" .store=${store}></sammen-change-model>`);
    await waitUntil(() => element.shadowRoot!.textContent!.includes('Branches and a cycle'), 'stored model shown', { timeout: 5000 });
  });
});
