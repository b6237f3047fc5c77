import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { deck, type TestWidget } from './support/test-widget.js';
import './support/test-widget.js';

const json = (value: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;
const shown = (element: TestWidget) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const settled = async (element: TestWidget) => {
  await waitUntil(() => !element.source.pending, 'loaded', { timeout: 3000 });
  await element.updateComplete;
};

describe('DocumentSourceController: property > src > built-in', () => {
  it('uses the property when given, even with a src', async () => {
    const element = await fixture<TestWidget>(html`<sammen-test-widget .deck=${deck('Egenskab')} src=${json(deck('Fra src'))}></sammen-test-widget>`);
    await settled(element);
    expect(shown(element)).to.contain('Egenskab').and.contain('property');
    expect(element.fallbackLoads).to.equal(0);
  });

  it('fetches and validates src when there is no property', async () => {
    const element = await fixture<TestWidget>(html`<sammen-test-widget src=${json(deck('Fra src'))}></sammen-test-widget>`);
    await settled(element);
    expect(shown(element)).to.contain('Fra src').and.contain('src');
    expect(element.fallbackLoads).to.equal(0);
  });

  it('falls back to the built-in document', async () => {
    const element = await fixture<TestWidget>(html`<sammen-test-widget></sammen-test-widget>`);
    await settled(element);
    expect(element.fallbackLoads).to.equal(1);
    expect(shown(element)).to.contain('default');
  });

  it('an invalid src shows the located error (role=alert) and fires sammen-error with issues', async () => {
    const invalid = { ...deck(), schema: 'sammen.reflection-deck/v1', themes: [{ id: 't', number: 1, title: 'x', cards: [{ id: 'c', title: 'x', statement: { text: 'x', saidBy: 'parents' }, questions: [], audience: 'staff', settings: [] }] }] };
    const element = document.createElement('sammen-test-widget') as TestWidget;
    element.src = json(invalid);
    const event = oneEvent(element, 'sammen-error');
    document.body.append(element);
    const { detail } = await event;
    await settled(element);
    expect(detail.code).to.equal('invalid-document');
    expect(detail.issues).to.deep.include({
      path: 'themes[0].cards[0].questions',
      message: 'expected at least 1 item',
      code: 'min-length',
      params: { min: 1, unit: 'items' },
    });
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert).to.exist;
    // The path as written in the document; the sentence in the page's language (da here).
    expect(alert.textContent).to.contain('themes[0].cards[0].questions');
    await waitUntil(() => alert.textContent?.includes('skal have mindst ét element'), 'the issue in Danish');
    await expect(element).to.be.accessible();
    element.remove();
  });

  it('a wrong schema version and malformed JSON are errors too, never a blank box', async () => {
    for (const [src, fragment] of [
      [json({ ...deck(), schema: 'sammen.reflection-deck/v3' }), 'version 3 er nyere, end denne udgave af Sammen kan læse'],
      ['data:application/json,{"schema": oops', 'filen er ikke gyldig JSON: linje 1'],
    ] as const) {
      const element = await fixture<TestWidget>(html`<sammen-test-widget src=${src}></sammen-test-widget>`);
      await settled(element);
      await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes(fragment), `“${fragment}” shown`);
    }
  });

  it('a src that cannot be fetched says so', async () => {
    const element = document.createElement('sammen-test-widget') as TestWidget;
    element.src = '/definitely-not-here.json';
    const event = oneEvent(element, 'sammen-error');
    document.body.append(element);
    expect((await event).detail.code).to.equal('fetch-failed');
    await settled(element);
    expect(shown(element)).to.contain('404');
    element.remove();
  });

  it('hostile strings render as literal text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const element = await fixture<TestWidget>(html`<sammen-test-widget .deck=${deck(payload)}></sammen-test-widget>`);
    await settled(element);
    expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal(payload);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
