// The triangle by keyboard alone: every arrow from every part, the spoken and visible key hint,
// Escape, the summary round trip, and removing a next step without a second Enter removing another.
import { expect, html, waitUntil } from '@open-wc/testing';
import { MemoryStore } from '@sammen/sdk';
import { squash } from '../../core/test-suites/test-support.js';
import { TriangleHarness } from './harness.js';

const NAMES = {
  child: 'Barnet: Ikke påbegyndt',
  parents: 'Forældrene: Ikke påbegyndt',
  professionals: 'De professionelle: Ikke påbegyndt',
  centre: 'Fælles forståelse: Ikke påbegyndt',
} as const;
type Part = keyof typeof NAMES;

const mount = async (id: string) => {
  const triangle = await TriangleHarness.mount(html`<sammen-perspective-triangle .store=${new MemoryStore()} document-id=${id}></sammen-perspective-triangle>`);
  await triangle.ready(() => triangle.panelHeading() !== '', 'session open');
  return triangle;
};

before(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-perspective-triangle> by keyboard', () => {
  it('every arrow from every part moves to another part, as docs/perspective-triangle.md describes', async () => {
    const triangle = await mount('arrows');
    const expected: Record<Part, Record<string, Part>> = {
      child: { ArrowUp: 'centre', ArrowDown: 'centre', ArrowLeft: 'parents', ArrowRight: 'professionals' },
      parents: { ArrowUp: 'child', ArrowDown: 'child', ArrowLeft: 'professionals', ArrowRight: 'centre' },
      professionals: { ArrowUp: 'child', ArrowDown: 'child', ArrowLeft: 'centre', ArrowRight: 'parents' },
      centre: { ArrowUp: 'child', ArrowDown: 'parents', ArrowLeft: 'parents', ArrowRight: 'professionals' },
    };
    for (const [from, moves] of Object.entries(expected) as [Part, Record<string, Part>][]) {
      for (const [key, to] of Object.entries(moves)) {
        triangle.node(from).focus();
        await triangle.key(key);
        expect(triangle.focused(), `${key} from ${from}`).to.equal(NAMES[to]);
      }
    }
    expect(triangle.root.querySelectorAll('[data-part][tabindex="0"]')).to.have.length(1, 'still one tab stop');
    triangle.node('parents').focus();
    await triangle.key('Home');
    expect(triangle.focused()).to.equal(NAMES.child);
    await triangle.key('End');
    expect(triangle.focused()).to.equal(NAMES.centre);
  });

  it('the arrow keys are described: a visible hint that each part names as its description', async () => {
    const triangle = await mount('hint');
    for (const part of Object.keys(NAMES)) {
      const id = triangle.node(part).getAttribute('aria-describedby');
      expect(id, part).to.be.a('string');
      const hint = triangle.root.getElementById(id!)!;
      expect(squash(hint.textContent)).to.equal('Brug piletasterne til at flytte mellem hjørnerne og midten, og Enter til at åbne en del.');
      expect(hint.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
      expect(hint.closest('[aria-hidden="true"], .visually-hidden')).to.equal(null);
    }
    document.documentElement.lang = 'nb';
    try {
      await triangle.ready(() => triangle.text().includes('Bruk piltastene'), 'Norwegian hint');
    } finally {
      document.documentElement.lang = 'da';
    }
    await triangle.ready(() => triangle.text().includes('Brug piletasterne'), 'Danish again');
    await expect(triangle.element).to.be.accessible();
  });

  it('Escape closes the panel, from its corner or from a field in it, and focus returns to the corner', async () => {
    const triangle = await mount('escape');
    triangle.node('parents').focus();
    await triangle.key('Enter');
    expect(triangle.panelHeading()).to.equal('Forældrene');
    triangle.field('Hvad kan forældrene opleve?').focus();
    await triangle.key('Escape');
    expect(triangle.panelHeading()).to.equal('Tre perspektiver på én situation');
    expect(triangle.focused()).to.equal(NAMES.parents);
    await triangle.key('Enter');
    triangle.node('parents').focus();
    await triangle.key('Escape');
    expect(triangle.node('parents').getAttribute('aria-expanded')).to.equal('false');
    expect(triangle.focused()).to.equal(NAMES.parents);
  });

  it('Summary moves focus to its heading, and Back to the triangle returns it to the Summary button', async () => {
    const triangle = await mount('summary-focus');
    await triangle.press('Opsummering');
    expect(triangle.focused()).to.equal('Situation uden titel', 'the summary’s heading');
    await triangle.press('Tilbage til trekanten');
    expect(triangle.focused()).to.equal('Opsummering');
  });

  it('Enter twice on "Remove step 2" removes one step; focus moves to the heading, and Undo brings it back', async () => {
    const triangle = await mount('remove');
    triangle.node('centre').focus();
    await triangle.key('Enter');
    for (const text of ['Ring til far', 'Aftal fast voksen', 'Følg op']) {
      await triangle.press('Tilføj et næste skridt');
      await triangle.type(text);
    }
    triangle.button('Fjern trin 2')!.focus();
    await triangle.key('Enter');
    expect(triangle.focused()).to.equal('Næste skridt', 'focus is on the list’s heading, not on another Remove button');
    await triangle.key('Enter');
    expect(triangle.stepTexts()).to.deep.equal(['Ring til far', 'Følg op'], 'the second Enter removed nothing');
    await waitUntil(() => triangle.root.querySelector('[aria-live="polite"]')?.textContent?.includes('Trin 2 er fjernet. Du kan fortryde det'), 'announced');
    expect(triangle.text()).to.include('Trin 2 blev fjernet.');
    await triangle.press('Fortryd fjernelsen af trin 2');
    expect(triangle.stepTexts()).to.deep.equal(['Ring til far', 'Aftal fast voksen', 'Følg op']);
    expect((triangle.activeElement() as HTMLInputElement).value).to.equal('Aftal fast voksen', 'focus is in the restored step');
    expect(triangle.button('Fortryd fjernelsen af trin 2')).to.equal(undefined);
    await waitUntil(() => triangle.root.querySelector('[aria-live="polite"]')?.textContent?.includes('Trin 2 er tilbage'), 'undo announced');
    await expect(triangle.element).to.be.accessible();
  });
});
