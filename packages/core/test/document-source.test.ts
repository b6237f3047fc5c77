import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { parseReflectionDeck, type Parser, type ReflectionDeck } from '@sammen/sdk';
import { LazyParser } from '@sammen/core';
import { deck, useParser, type TestWidget } from './support/test-widget.js';
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

describe('DocumentSourceController: the parser imported only when a document has to be validated', () => {
  /** A parser import that takes `delay` ms (a chunk over the network) and counts its calls, or fails. */
  const parserImport = (options: { delay?: number; fail?: boolean } = {}) => {
    const calls = { count: 0 };
    const load = () => {
      calls.count += 1;
      return new Promise<Parser<ReflectionDeck>>((resolve, reject) =>
        setTimeout(() => (options.fail ? reject(new TypeError('Failed to fetch dynamically imported module')) : resolve(parseReflectionDeck)), options.delay ?? 0),
      );
    };
    return { calls, parser: new LazyParser(load) };
  };
  const invalid = { ...deck(), themes: [{ id: 't', number: 1, title: 'x', cards: [{ id: 'c', title: 'x', statement: { text: 'x', saidBy: 'parents' }, questions: [], audience: 'staff', settings: [] }] }] };

  it('shows the built-in document without importing the parser (Sammen’s own content)', async () => {
    const { calls, parser } = parserImport();
    useParser(parser);
    const element = await fixture<TestWidget>(html`<sammen-test-widget></sammen-test-widget>`);
    await settled(element);
    expect(shown(element)).to.contain('default');
    expect(calls.count).to.equal(0);
  });

  it('a property value is validated once the parser is there, and updateComplete waits for it', async () => {
    const { calls, parser } = parserImport({ delay: 150 });
    useParser(parser);
    const element = await fixture<TestWidget>(html`<sammen-test-widget .deck=${deck('Egenskab')}></sammen-test-widget>`);
    // `fixture` waited for updateComplete only: the document is shown then, as with a parser at hand.
    expect(shown(element)).to.contain('Egenskab').and.contain('property');
    expect(calls.count).to.equal(1);
  });

  it('an invalid property value still gives the located error and sammen-error', async () => {
    const { parser } = parserImport({ delay: 50 });
    useParser(parser);
    const element = document.createElement('sammen-test-widget') as TestWidget;
    element.deck = invalid;
    const event = oneEvent(element, 'sammen-error');
    document.body.append(element);
    const { detail } = await event;
    expect(detail.code).to.equal('invalid-document');
    expect(detail.issues?.map((issue: { path: string }) => issue.path)).to.include('themes[0].cards[0].questions');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('themes[0].cards[0].questions');
    element.remove();
  });

  it('a parser that cannot be imported is an error the page hears of, never an endless “loading”; the next value tries again', async () => {
    const failing = parserImport({ fail: true });
    useParser(failing.parser);
    const element = document.createElement('sammen-test-widget') as TestWidget;
    element.deck = deck('Egenskab');
    const event = oneEvent(element, 'sammen-error');
    document.body.append(element);
    const { detail } = await event;
    expect(detail.code).to.equal('load-failed');
    expect(detail.message).to.contain('could not be loaded');
    await element.updateComplete;
    expect(element.source.pending).to.equal(false);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    // A src fails the same way (after its fetch), and a later value imports the parser again.
    element.src = json(deck('Fra src'));
    element.deck = undefined;
    const again = await oneEvent(element, 'sammen-error');
    expect(again.detail.code).to.equal('load-failed');
    expect(failing.calls.count).to.equal(2);
    element.remove();
  });

  it('a src fetches its document and imports the parser at the same time', async () => {
    const { calls, parser } = parserImport({ delay: 50 });
    useParser(parser);
    const element = await fixture<TestWidget>(html`<sammen-test-widget src=${json(deck('Fra src'))}></sammen-test-widget>`);
    await settled(element);
    expect(shown(element)).to.contain('Fra src').and.contain('src');
    expect(calls.count).to.equal(1);
  });
});
