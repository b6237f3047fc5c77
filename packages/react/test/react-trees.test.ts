// Every widget in a real React 18 tree (through @sammen/react's @lit/react wrappers) and a real
// React 19 tree (plain tags, which React 19 gives properties and event listeners itself): a
// document object passed as a React prop reaches the element as that object (its title shows),
// and a real key press or click in the widget reaches the React handler with the event's detail.
import { expect, waitUntil } from '@open-wc/testing';
import { MemoryStore, type ChangeModel, type PerspectiveSession, type ReflectionDeck, type RelationMap } from '@sammen/sdk';
import { squash } from '@sammen/core/test-suites';
import type * as ReactModule from 'react';
import type * as Wrappers from '@sammen/react';
import { DeckHarness } from '../../reflection-cards/test/harness.js';
import { TriangleHarness } from '../../perspective-triangle/test/harness.js';
import { ModelHarness } from '../../change-model/test/harness.js';
import { MapHarness } from '../../relation-map/test/harness.js';

/** What /__react/<version>.js exports (test/support/react-bundles.mjs): one React and @sammen/react built against it. */
interface ReactTree extends Pick<typeof Wrappers, 'SammenReflectionDeck' | 'SammenPerspectiveTriangle' | 'SammenChangeModel' | 'SammenRelationMap'> {
  React: typeof ReactModule;
  createRoot(container: Element): { render(node: ReactModule.ReactNode): void; unmount(): void };
  flushSync(run: () => void): void;
}

const FIXTURES = '/test/fixtures';
const load = async <T>(path: string): Promise<T> => (await (await fetch(`${FIXTURES}/${path}`)).json()) as T;

/** Renders `node` into a fresh container in a React root and returns the widget element it made. */
async function render<E extends HTMLElement>(tree: ReactTree, node: ReactModule.ReactNode, tag: string): Promise<{ element: E; unmount: () => void }> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = tree.createRoot(container);
  tree.flushSync(() => root.render(node));
  await waitUntil(() => container.querySelector(tag), `React rendered <${tag}>`);
  return {
    element: container.querySelector(tag) as E,
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

/** A handler that records each event's detail, as a React app's would. */
function recorder<D>(): { handler: (event: CustomEvent<D>) => void; details: D[] } {
  const details: D[] = [];
  return { handler: (event) => details.push(event.detail), details };
}

/** Each widget with the React 18 wrapper props or the React 19 plain-tag props for a document and a handler. */
const WIDGETS = {
  deck: { tag: 'sammen-reflection-deck', wrapper: 'SammenReflectionDeck', property: 'deck', wrapperEvent: 'onCardChange', tagEvent: 'onsammen-card-change' },
  triangle: { tag: 'sammen-perspective-triangle', wrapper: 'SammenPerspectiveTriangle', property: 'session', wrapperEvent: 'onSessionChange', tagEvent: 'onsammen-session-change' },
  model: { tag: 'sammen-change-model', wrapper: 'SammenChangeModel', property: 'model', wrapperEvent: 'onSelect', tagEvent: 'onsammen-select' },
  map: { tag: 'sammen-relation-map', wrapper: 'SammenRelationMap', property: 'map', wrapperEvent: 'onSelect', tagEvent: 'onsammen-select' },
} as const;

type Widget = (typeof WIDGETS)[keyof typeof WIDGETS];

for (const version of ['18', '19'] as const) {
  describe(`React ${version}`, () => {
    let tree: ReactTree;
    let mounted: { unmount: () => void } | undefined;

    before(async function () {
      // The React bundle is built on demand by the test server (test/support/react-bundles.mjs):
      // on a busy machine that takes longer than a test's 10 s (seen: all 10 tests timed out at a
      // load of 12 on 2 cores), so the import has a minute of its own.
      this.timeout(60_000);
      tree = (await import(/* @vite-ignore */ `/__react/${version}.js`)) as ReactTree;
    });
    afterEach(() => {
      mounted?.unmount();
      mounted = undefined;
    });

    /** React 18: the @lit/react wrapper. React 19: the plain tag (what the JSX types describe). */
    async function mount<E extends HTMLElement>(widget: Widget, document: unknown, handler: (event: CustomEvent<never>) => void, extra: Record<string, unknown> = {}) {
      const props = { [widget.property]: document, ...extra };
      const node =
        version === '18'
          ? tree.React.createElement(tree[widget.wrapper] as ReactModule.ElementType, { ...props, [widget.wrapperEvent]: handler })
          : tree.React.createElement(widget.tag, { ...props, [widget.tagEvent]: handler });
      const rendered = await render<E>(tree, node, widget.tag);
      mounted = rendered;
      return rendered.element;
    }

    it(`is a real React ${version}`, () => {
      expect(tree.React.version.split('.')[0]).to.equal(version);
    });

    it('reflection deck: the deck object is shown; opening a card by Enter reaches the handler', async () => {
      const deck = await load<ReflectionDeck>('reflection-deck/municipal-deck.json');
      const { handler, details } = recorder<{ cardId: string | undefined }>();
      const element = await mount<DeckHarness['element']>(WIDGETS.deck, deck, handler);
      const harness = new DeckHarness(element);
      await harness.ready();
      expect(element.deck).to.equal(deck);
      expect(squash(harness.root.textContent)).to.include('Eksempelby Kommune: Gode overgange');
      const open = harness.root.querySelector<HTMLElement>('.overview article .card__open')!;
      open.focus();
      await harness.key('Enter');
      await waitUntil(() => details.length > 0, 'the React handler got sammen-card-change');
      expect(details[0]!.cardId).to.equal(deck.themes[0]!.cards[0]!.id);
    });

    it('perspective triangle: the session object is shown; “work on a copy” by Enter reaches the handler', async () => {
      const session = await load<PerspectiveSession>('perspective-triangle/training-case.json');
      const { handler, details } = recorder<{ id: string | undefined; reason: string }>();
      const element = await mount<TriangleHarness['element']>(WIDGETS.triangle, session, handler, { store: new MemoryStore() });
      const harness = new TriangleHarness(element);
      await element.loaded;
      await harness.ready(() => harness.text().includes('Undervisningscase'), 'the case is shown');
      expect(element.session).to.equal(session);
      const copy = harness.button('Arbejd i en kopi')!;
      (copy.shadowRoot?.querySelector('button') ?? copy).focus();
      await harness.key('Enter');
      await waitUntil(() => details.length > 0, 'the React handler got sammen-session-change');
      expect(details[0]!.reason).to.equal('copied');
      expect(details[0]!.id).to.be.a('string').and.not.equal(session.id);
    });

    it('change model: the model object is shown; selecting an item by Space reaches the handler', async () => {
      const model = await load<ChangeModel>('change-model/municipal-model.json');
      const { handler, details } = recorder<{ selection: { kind: string; id: string } | null }>();
      const element = await mount<ModelHarness['element']>(WIDGETS.model, model, handler);
      const harness = new ModelHarness(element);
      await element.loaded;
      await waitUntil(() => !harness.root.querySelector('.loading'), 'loaded');
      await harness.frames();
      expect(element.model).to.equal(model);
      expect(squash(harness.root.textContent)).to.include(model.title);
      const first = model.columns[0]!.items[0]!;
      harness.item(harness.visibleItems()[0]!).focus();
      await harness.key('Space');
      await waitUntil(() => details.length > 0, 'the React handler got sammen-select');
      expect(details.at(-1)!.selection).to.deep.equal({ kind: 'item', id: first.id });
    });

    it('relation map: the map object is shown; opening a person by Enter reaches the handler', async () => {
      const map = await load<RelationMap>('relation-map/group.json');
      const { handler, details } = recorder<{ personId: string | undefined }>();
      const element = await mount<MapHarness['element']>(WIDGETS.map, map, handler);
      const harness = new MapHarness(element);
      await element.loaded;
      await harness.ready(() => harness.proxies().length === map.people.length, 'every person drawn');
      expect(element.map).to.equal(map);
      expect(squash(harness.root.textContent)).to.include(map.title);
      await harness.tabIntoDrawing();
      const focused = harness.proxies().find((proxy) => proxy.tabIndex === 0)!;
      const person = map.people.find((candidate) => squash(focused.textContent).startsWith(`${candidate.label},`))!;
      await harness.key('Enter');
      await waitUntil(() => details.length > 0, 'the React handler got sammen-select');
      expect(details[0]!.personId).to.equal(person.id);
    });
  });
}
