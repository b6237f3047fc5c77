import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { IndexedDbStore, MemoryStore, createPerspectiveSession, type Store } from '@sammen/sdk';
import { emulateMedia } from '@web/test-runner-commands';
import { FailingStore } from '../../core/test-suites/test-support.js';
import { runWidgetContractSuite } from '../../core/test-suites/widget-contract-suite.js';
import { customSession, HOSTILE, hostileSession } from '../../../stories/perspective-triangle/session-fixtures.js';
import { TriangleHarness } from './harness.js';
import { workImport } from '../src/lazy-work.js';

const FIXTURES = '/test/fixtures/perspective-triangle';


const mountSession = async (store: Store, id: string, { guided = false, open }: { guided?: boolean; open?: string } = {}) => {
  const triangle = await TriangleHarness.mount(
    html`<sammen-perspective-triangle .store=${store} document-id=${id} ?guided=${guided}></sammen-perspective-triangle>`,
  );
  await triangle.ready(() => triangle.panelHeading() !== '', 'session open');
  if (open) await triangle.openPart(open);
  return triangle;
};

before(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-perspective-triangle>', () => {
  runWidgetContractSuite({
    tag: 'sammen-perspective-triangle',
    property: 'session',
    propertyDocument: () => ({ ...customSession, title: 'Fra egenskaben' }),
    propertyText: 'Fra egenskaben',
    srcUrl: `${FIXTURES}/training-case.json`,
    srcText: 'Undervisningscase: B.',
    defaultText: { da: 'Dine situationer', en: 'Your situations' },
    uiText: { da: 'Ny situation', en: 'New situation' },
    invalidSrcUrl: `${FIXTURES}/invalid-session.json`,
    invalidPath: 'nextSteps[1].due',
    hostileDocument: () => hostileSession,
    hostileText: HOSTILE,
    ready: (element) => (element as HTMLElementTagNameMap['sammen-perspective-triangle']).loaded,
  });

  describe('data sources', () => {
    it('the invalid src names both problems in the alert', async () => {
      const element = document.createElement('sammen-perspective-triangle');
      const error = oneEvent(element, 'sammen-error');
      element.src = `${FIXTURES}/invalid-session.json`;
      document.body.append(element);
      expect((await error).detail.issues?.map((issue: { path: string }) => issue.path)).to.have.members(['perspectives.parents', 'nextSteps[1].due']);
      element.remove();
    });

    it('a src case opens read-only; "work on a copy" makes an editable, saved copy', async () => {
      const store = new MemoryStore();
      const triangle = await TriangleHarness.mount(html`<sammen-perspective-triangle .store=${store} src="${FIXTURES}/training-case.json"></sammen-perspective-triangle>`);
      await triangle.ready(() => triangle.text().includes('Undervisningscase'), 'case shown');
      await triangle.openPart('child');
      expect(triangle.field('Hvad kan barnet opleve?').readOnly).to.equal(true);
      const change = oneEvent(triangle.element, 'sammen-session-change');
      await triangle.press('Arbejd i en kopi');
      expect((await change).detail.reason).to.equal('copied');
      await triangle.ready(() => triangle.root.querySelector('input.situation__title'), 'editable');
      await triangle.openPart('child');
      expect(triangle.root.querySelector<HTMLInputElement>('input.situation__title')!.value).to.include('Undervisningscase');
      expect(triangle.field('Hvad kan barnet opleve?').readOnly).to.equal(false);
      await waitUntil(async () => (await store.list('perspective-session')).length === 1, 'the copy is saved');
      const [copy] = await store.list('perspective-session');
      expect(copy!.readOnly).to.equal(undefined);
      expect(copy!.id).not.to.equal('eksempelby-undervisningscase-1');
    });

    it('without any input it lists saved sessions to resume; new, open and delete with confirmation', async () => {
      const store = new MemoryStore();
      await store.put({ ...createPerspectiveSession({ id: 'old', title: 'Tidligere situation' }) }, { expectedRevision: 0 });
      const triangle = await TriangleHarness.mount(html`<sammen-perspective-triangle .store=${store}></sammen-perspective-triangle>`);
      await triangle.ready(() => triangle.text().includes('Tidligere situation'), 'listed');
      expect(triangle.text()).to.include('0 af 4 dele færdige');
      await triangle.press('Åbn: Tidligere situation');
      await triangle.ready(() => triangle.panelHeading() === 'Tre perspektiver på én situation', 'opened with the panel closed');
      await triangle.press('Alle situationer');
      await triangle.ready(() => triangle.text().includes('Dine situationer'), 'back to the list');
      await triangle.press('Slet: Tidligere situation');
      const confirm = triangle.root.querySelector('sammen-confirm')!;
      await waitUntil(() => confirm.shadowRoot?.querySelector('sammen-dialog')?.hasAttribute('open'), 'asked');
      const yes = [...confirm.shadowRoot!.querySelectorAll('sammen-button')].find((button) => button.textContent?.trim() === 'Slet')!;
      yes.shadowRoot!.querySelector('button')!.click();
      await waitUntil(async () => (await store.list('perspective-session')).length === 0, 'deleted');
      await triangle.ready(() => triangle.text().includes('Ingen gemte situationer endnu'), 'empty list');
      await triangle.press('Ny situation');
      await triangle.ready(() => triangle.panelHeading() === 'Tre perspektiver på én situation', 'new session open');
      await triangle.press('Begynd med barnet');
      expect(triangle.panelHeading()).to.equal('Barnet');
    });

    it('the worked example from @sammen/content opens read-only in the page language', async () => {
      const triangle = await TriangleHarness.mount(html`<sammen-perspective-triangle .store=${new MemoryStore()}></sammen-perspective-triangle>`);
      await triangle.press('Åbn eksemplet');
      await triangle.ready(() => triangle.text().includes('A. (4 år) er blevet stille om morgenen'), 'worked case');
      expect(triangle.text()).to.include('4 af 4 dele færdige');
    });

    it('keeps focus in the widget while the worked example and the work view are still on their way', async () => {
      // As on a page's first visit: the work view's module (and its texts) take a while to arrive.
      const { load } = workImport;
      workImport.load = () => new Promise((resolve) => setTimeout(resolve, 400)).then(load);
      try {
        const triangle = await TriangleHarness.mount(html`<sammen-perspective-triangle .store=${new MemoryStore()}></sammen-perspective-triangle>`);
        // The harness fails the press when focus fell to <body> meanwhile.
        await triangle.press('Åbn eksemplet');
        expect(triangle.focused()).to.equal('Henter situationen …');
        await triangle.ready(() => triangle.text().includes('A. (4 år) er blevet stille om morgenen'), 'worked case');
        expect(triangle.activeElement(), 'focus moved on to the work view').to.not.equal(null);
      } finally {
        workImport.load = load;
      }
    });

    it('labels and prompts from the document replace the defaults', async () => {
      const triangle = await TriangleHarness.mount(html`<sammen-perspective-triangle .session=${customSession}></sammen-perspective-triangle>`);
      await triangle.openPart('child');
      expect(triangle.node('child').getAttribute('aria-label')).to.equal('C. selv: I gang');
      expect(triangle.panelHeading()).to.equal('C. selv');
      expect(triangle.field('Hvad kan C. glæde sig til?').value).to.equal('De store børns legeplads.');
      expect(triangle.node('parents').getAttribute('aria-label')).to.equal('Mor og far: Ikke påbegyndt');
    });
  });

  describe('keyboard', () => {
    it('the panel opens and closes; axe passes both ways and focus returns to the corner', async () => {
      const triangle = await mountSession(new MemoryStore(), 'panels');
      expect(triangle.panelHeading()).to.equal('Tre perspektiver på én situation');
      expect(triangle.root.querySelectorAll('[aria-expanded="true"]')).to.have.length(0);
      await expect(triangle.element).to.be.accessible();
      triangle.node('parents').focus();
      await triangle.key('Enter');
      expect(triangle.node('parents').getAttribute('aria-expanded')).to.equal('true');
      expect(triangle.panelHeading()).to.equal('Forældrene');
      await expect(triangle.element).to.be.accessible();
      await triangle.press('Luk panelet');
      expect(triangle.panelHeading()).to.equal('Tre perspektiver på én situation');
      expect(triangle.focused()).to.equal('Forældrene: Ikke påbegyndt');
      await triangle.key('Enter');
      expect(triangle.focused()).to.equal('Forældrene', 'opening moves focus to the panel heading');
      triangle.node('parents').focus();
      await triangle.key('Enter');
      expect(triangle.panelHeading()).to.equal('Tre perspektiver på én situation', 'Enter on the open corner closes it');
    });


    it('Tab into the triangle, arrows move between corners and centre, Enter opens the panel', async () => {
      const triangle = await mountSession(new MemoryStore(), 'keys');
      triangle.root.querySelector<HTMLInputElement>('input.situation__title')!.focus();
      // Title → description → the triangle's one tab stop.
      await triangle.key('Tab');
      await triangle.key('Tab');
      expect(triangle.focused()).to.equal('Barnet: Ikke påbegyndt');
      await triangle.key('ArrowDown');
      expect(triangle.focused()).to.equal('Fælles forståelse: Ikke påbegyndt');
      await triangle.key('ArrowLeft');
      expect(triangle.focused()).to.equal('Forældrene: Ikke påbegyndt');
      await triangle.key('Enter');
      expect(triangle.panelHeading()).to.equal('Forældrene');
      expect(triangle.focused()).to.equal('Forældrene', 'focus moves to the panel');
      await triangle.key('Tab');
      expect(triangle.focused()).to.equal('Luk panelet');
      await triangle.key('Tab');
      await triangle.type('Bekymrede');
      expect(triangle.field('Hvad kan forældrene opleve?').value).to.equal('Bekymrede');
      expect(triangle.node('parents').getAttribute('aria-label')).to.equal('Forældrene: I gang');
      // Back into the triangle: the tab stop stayed on the parents' corner.
      triangle.node('parents').focus();
      await triangle.key('ArrowRight');
      await triangle.key('ArrowRight');
      expect(triangle.focused()).to.equal('De professionelle: Ikke påbegyndt');
      await triangle.key(' ');
      expect(triangle.panelHeading()).to.equal('De professionelle');
      triangle.node('professionals').focus();
      await triangle.key('ArrowLeft');
      await triangle.key('Enter');
      expect(triangle.panelHeading()).to.equal('Fælles forståelse');
      expect(triangle.root.querySelectorAll('[data-part][tabindex="0"]')).to.have.length(1, 'one roving tab stop');
      await expect(triangle.element).to.be.accessible();
    });

    it('next steps: add, fill in, reorder and remove by keyboard', async () => {
      const triangle = await mountSession(new MemoryStore(), 'steps');
      triangle.node('centre').focus();
      await triangle.key('Enter');
      for (const text of ['Ring til far', 'Aftal fast voksen', 'Følg op']) {
        await triangle.press('Tilføj et næste skridt');
        expect(triangle.focused()).to.equal('', 'focus is in the new step’s text field');
        await triangle.type(text);
      }
      expect(triangle.stepTexts()).to.deep.equal(['Ring til far', 'Aftal fast voksen', 'Følg op']);
      triangle.button('Flyt trin 3 op')!.focus();
      await triangle.key('Enter');
      expect(triangle.stepTexts()).to.deep.equal(['Ring til far', 'Følg op', 'Aftal fast voksen']);
      expect(triangle.focused()).to.equal('Flyt trin 2 op', 'focus follows the moved step');
      await triangle.key('Enter');
      expect(triangle.stepTexts()).to.deep.equal(['Følg op', 'Ring til far', 'Aftal fast voksen']);
      expect(triangle.focused()).to.equal('Flyt trin 1 ned', 'at the top, focus moves to the button that still works');
      await waitUntil(() => triangle.root.querySelector('[aria-live="polite"]')?.textContent?.includes('Flyttet til plads 1 af 3'), 'announced');
      triangle.button('Fjern trin 2')!.focus();
      await triangle.key('Enter');
      expect(triangle.stepTexts()).to.deep.equal(['Følg op', 'Aftal fast voksen']);
      const done = triangle.root.querySelector<HTMLInputElement>('.step__done input')!;
      done.focus();
      await triangle.key('Space');
      expect(done.checked).to.equal(true);
      await expect(triangle.element).to.be.accessible();
    });

    it('guided mode walks child → parents → professionals → centre with progress', async () => {
      const triangle = await mountSession(new MemoryStore(), 'guided', { guided: true });
      const order: string[] = [];
      for (let step = 0; step < 4; step += 1) {
        order.push(triangle.panelHeading());
        expect(triangle.text()).to.include(`Trin ${step + 1} af 4`);
        if (step < 3) await triangle.press('Næste');
      }
      expect(order).to.deep.equal(['Barnet', 'Forældrene', 'De professionelle', 'Fælles forståelse']);
      expect(triangle.button('Næste')).to.equal(undefined);
      expect(triangle.node('child').getAttribute('role')).to.equal('img', 'the triangle shows, it does not jump, in guided mode');
      await triangle.press('Tilbage');
      expect(triangle.panelHeading()).to.equal('De professionelle');
      await expect(triangle.element).to.be.accessible();
    });
  });

  describe('saving', () => {
    it('autosave survives a reload (new element, same IndexedDB)', async () => {
      const name = `sammen-triangle-${Math.random().toString(36).slice(2)}`;
      const first = await mountSession(new IndexedDbStore({ name }), 'reload', { open: 'child' });
      await first.typeInto('Hvad kan barnet føle?', 'Utryg om morgenen');
      await first.ready(() => first.saveState() === 'saved', 'saved');
      first.element.remove();
      const second = await mountSession(new IndexedDbStore({ name }), 'reload', { open: 'child' });
      expect(second.field('Hvad kan barnet føle?').value).to.equal('Utryg om morgenen');
    });

    it('a change saved in another window while this one has unsaved text is shown as a conflict, not overwritten', async () => {
      const store = new MemoryStore();
      const mine = await mountSession(store, 'shared', { open: 'child' });
      const theirs = await mountSession(store, 'shared', { open: 'child' });
      await mine.typeInto('Hvad kan barnet opleve?', 'Min tekst');
      await theirs.typeInto('Hvad kan barnet tænke?', 'Deres tekst');
      await mine.ready(() => mine.root.querySelector('[part="save-problem"]') || theirs.root.querySelector('[part="save-problem"]'), 'conflict shown');
      const loser = mine.root.querySelector('[part="save-problem"]') ? mine : theirs;
      expect(loser.root.querySelector('[part="save-problem"]')!.textContent).to.include('andet vindue');
      const stored = await store.get('perspective-session', 'shared');
      const answers = stored!.perspectives.child.answers;
      expect(Boolean(answers.experiences) !== Boolean(answers.thoughts), 'exactly one window’s text is stored; nothing was merged or overwritten').to.equal(true);
      await loser.press('Behold min');
      await waitUntil(async () => {
        const latest = await store.get('perspective-session', 'shared');
        return latest && latest.revision > stored!.revision;
      }, 'the chosen version is saved');
    });

    it('a failed write keeps the text, shows the failure and fires sammen-error', async () => {
      const store = new FailingStore();
      const triangle = await mountSession(store, 'full', { open: 'child' });
      const error = oneEvent(triangle.element, 'sammen-error');
      await triangle.typeInto('Hvad kan barnet opleve?', 'Vigtigt');
      expect((await error).detail.code).to.equal('save-failed');
      await triangle.ready(() => triangle.root.querySelector('[part="save-problem"]'), 'failure shown');
      expect(triangle.field('Hvad kan barnet opleve?').value).to.equal('Vigtigt');
      store.healthy = true;
      await triangle.press('Prøv igen');
      await waitUntil(async () => (await store.get('perspective-session', 'full'))?.perspectives.child.answers.experiences === 'Vigtigt', 'saved on retry');
    });
  });

  describe('privacy guard', () => {
    const check = async (text: string) => {
      const triangle = await mountSession(new MemoryStore(), `privacy-${Math.random()}`);
      const title = triangle.root.querySelector<HTMLInputElement>('input.situation__title')!;
      title.focus();
      await triangle.type(text);
      // The guard runs after a typing pause, off the keystroke path (issue 13 point 8).
      await new Promise((resolve) => setTimeout(resolve, 600));
      await triangle.settle();
      return triangle.root.querySelector('#privacy')!.textContent!.replace(/\s+/g, ' ').trim();
    };

    it('warns on a CPR number, a fødselsnummer, an e-mail address and a phone number, and keeps the text', async () => {
      expect(await check('A. 010203-1234')).to.include('et CPR-nummer');
      expect(await check('fnr 15038512363')).to.include('et norsk fødselsnummer');
      expect(await check('mor@example.dk')).to.include('en e-mailadresse');
      const warning = await check('ring 12 34 56 78');
      expect(warning).to.include('et telefonnummer');
      expect(warning).to.include('du bestemmer');
    });

    it('is silent on ordinary dates and numbers', async () => {
      expect(await check('Møde 12.03.2026 kl. 14.30, 3 børn, uge 47')).to.equal('');
    });
  });

  describe('summary and language', () => {
    it('summary view shows all parts; copy as text gives the plain summary', async () => {
      const store = new MemoryStore();
      const triangle = await mountSession(store, 'summary', { open: 'child' });
      await triangle.typeInto('Hvad kan barnet have brug for?', 'Ro og en fast voksen');
      await triangle.press('Opsummering');
      expect(triangle.element.getAttribute('view')).to.equal('summary');
      const summary = triangle.root.querySelector('[part="summary"]')!;
      expect(summary.textContent).to.include('Ro og en fast voksen');
      expect(summary.textContent).to.include('Forældrene');
      let copied = '';
      const original = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async (text: string) => void (copied = text);
      try {
        await triangle.press('Kopiér som tekst');
        await waitUntil(() => copied);
      } finally {
        navigator.clipboard.writeText = original;
      }
      expect(copied).to.include('BARNET');
      expect(copied).to.include('Ro og en fast voksen');
      await expect(triangle.element).to.be.accessible();
    });

    it('a language switch changes default labels and prompts live', async () => {
      const triangle = await mountSession(new MemoryStore(), 'lang', { open: 'child' });
      document.documentElement.lang = 'nb';
      try {
        await triangle.ready(() => triangle.panelHeading() === 'Barnet' && triangle.text().includes('Hva kan barnet oppleve?'), 'Norwegian');
        expect(triangle.node('professionals').getAttribute('aria-label')).to.equal('De profesjonelle: Ikke påbegynt');
      } finally {
        document.documentElement.lang = 'da';
      }
      await triangle.ready(() => triangle.text().includes('Hvad kan barnet opleve?'), 'Danish again before the next test');
    });

    it('at 200 % text the triangle’s labels never overlap and nothing overflows at 320 px', async () => {
      for (const width of ['320px', '900px']) {
        const triangle = await TriangleHarness.mount(
          html`<sammen-perspective-triangle style="inline-size: ${width}; font-size: 200%" .session=${customSession}></sammen-perspective-triangle>`,
        );
        expect(triangle.element.scrollWidth).to.be.at.most(triangle.element.clientWidth + 1, width);
        const labels = [...triangle.root.querySelectorAll('svg text')].map((text) => text.getBoundingClientRect());
        expect(labels.length).to.equal(8);
        for (const [i, a] of labels.entries()) {
          for (const b of labels.slice(i + 1)) {
            const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            expect(overlap, `labels overlap at ${width}`).to.equal(false);
          }
        }
      }
    });

    it('print shows only the summary, three perspectives side by side', async () => {
      const print = window.print;
      window.print = () => {};
      try {
        const triangle = await mountSession(new MemoryStore(), 'print', { open: 'child' });
        await triangle.typeInto('Hvad kan barnet føle?', 'Utryg');
        await triangle.press('Udskriv');
        await emulateMedia({ media: 'print' });
        expect(triangle.element.getAttribute('view')).to.equal('summary');
        for (const bar of triangle.root.querySelectorAll('.bar')) expect(getComputedStyle(bar).display).to.equal('none');
        const columns = getComputedStyle(triangle.root.querySelector('.summary__perspectives')!).gridTemplateColumns.split(' ');
        expect(columns).to.have.length(3);
        expect(triangle.root.querySelector('[part="summary"]')!.textContent).to.include('Utryg');
      } finally {
        window.print = print;
        await emulateMedia({ media: 'screen' });
      }
    });

    it('the layout fits 320 px without horizontal scrolling', async () => {
      const triangle = await TriangleHarness.mount(html`<sammen-perspective-triangle style="inline-size: 320px" .store=${new MemoryStore()} document-id="narrow"></sammen-perspective-triangle>`);
      await triangle.ready(() => triangle.panelHeading() !== '', 'open');
      expect(triangle.element.scrollWidth).to.be.at.most(triangle.element.clientWidth + 1);
      const svg = triangle.root.querySelector('svg')!.getBoundingClientRect();
      const panel = triangle.root.querySelector('#panel')!.getBoundingClientRect();
      expect(svg.bottom).to.be.at.most(panel.top + 1, 'triangle above the panel when narrow');
    });
  });
});
