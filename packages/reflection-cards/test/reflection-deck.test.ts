import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { IndexedDbStore, MemoryStore, type Store } from '@sammen/sdk';
import { emulateMedia } from '@web/test-runner-commands';
import { FailingStore } from '../../core/test-suites/test-support.js';
import { runWidgetContractSuite } from '../../core/test-suites/widget-contract-suite.js';
import { bilingualDeck, card, emptyDeck, generatedDeck, HOSTILE, hostileDeck } from '../../../stories/reflection-cards/deck-fixtures.js';
import { DeckHarness } from './harness.js';

const FIXTURES = '/test/fixtures/reflection-deck';


const mountExample = (store: Store = new MemoryStore(), sessionId?: string) =>
  DeckHarness.mount(html`<sammen-reflection-deck .store=${store} session-id=${sessionId ?? ''}></sammen-reflection-deck>`).then(async (deck) => {
    if (!sessionId) deck.element.removeAttribute('session-id');
    else await waitUntil(() => deck.progressText() !== '', 'session loaded', { timeout: 5000 });
    await deck.settle();
    return deck;
  });

before(() => {
  document.documentElement.lang = 'da';
});

describe('<sammen-reflection-deck>', () => {
  runWidgetContractSuite({
    tag: 'sammen-reflection-deck',
    property: 'deck',
    propertyDocument: () => ({ ...emptyDeck, title: 'Fra egenskaben' }),
    propertyText: 'Fra egenskaben',
    srcUrl: `${FIXTURES}/municipal-deck.json`,
    srcText: 'Eksempelby Kommune',
    defaultText: { da: 'Forældre som partnere', en: 'Parents as partners' },
    uiText: { da: 'Søg', en: 'Search' },
    invalidSrcUrl: `${FIXTURES}/invalid-deck.json`,
    invalidPath: 'themes[0].cards[1].questions',
    hostileDocument: () => hostileDeck,
    hostileText: HOSTILE,
    ready: (element) => (element as HTMLElementTagNameMap['sammen-reflection-deck']).loaded,
  });

  describe('bad input', () => {
    it('a newer schema version is an error naming the version, never a guess', async () => {
      const element = document.createElement('sammen-reflection-deck');
      const event = oneEvent(element, 'sammen-error');
      element.src = `${FIXTURES}/newer-version-deck.json`;
      document.body.append(element);
      const { detail } = await event;
      expect(detail.code).to.equal('invalid-document');
      expect(JSON.stringify(detail.issues)).to.match(/v9|newer/i);
      await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]'));
      element.remove();
    });

    it('a missing src file is a located fetch error', async () => {
      const element = document.createElement('sammen-reflection-deck');
      const event = oneEvent(element, 'sammen-error');
      element.src = `${FIXTURES}/does-not-exist.json`;
      document.body.append(element);
      expect((await event).detail.code).to.equal('fetch-failed');
      await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]')?.textContent?.includes('404'));
      // What staff read says the file may be missing and whom to tell, not only "check the
      // internet connection" (found from the outside on a 404).
      expect(element.shadowRoot!.querySelector('.sammen-error__message, [role="alert"]')!.textContent).to.include('mangler filen måske');
      element.remove();
    });

    it('an empty deck shows the empty state and passes axe', async () => {
      const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${emptyDeck}></sammen-reflection-deck>`);
      expect(deck.text()).to.include('Kortsættet har ingen kort endnu');
      await expect(deck.element).to.be.accessible();
    });
  });

  describe('overview: filter and search', () => {
    it('themes are headed sections with cards as articles in lists', async () => {
      const deck = await mountExample();
      expect(deck.root.querySelectorAll('section.theme h3')).to.have.length(4);
      expect(deck.root.querySelectorAll('ul > li > article')).to.have.length(9);
      expect(deck.countText()).to.equal('9 kort');
    });

    it('search is case-insensitive and the count updates', async () => {
      const deck = await mountExample();
      await deck.search('FORÆLDRENES');
      const titles = deck.visibleTitles();
      expect(titles).to.include('Forældrenes viden');
      expect(titles.length).to.be.lessThan(9);
      expect(deck.countText()).to.equal(`Viser ${titles.length} af 9 kort`);
      await deck.search('zzzz-ingenting');
      expect(deck.visibleTitles()).to.deep.equal([]);
      expect(deck.text()).to.include('Ingen kort passer');
      await deck.press('Ryd filtre');
      expect(deck.visibleTitles()).to.have.length(9);
    });

    it('theme, audience and setting filters narrow the list', async () => {
      const deck = await mountExample();
      await deck.chooseFilter('Tema', 'communities');
      expect(deck.visibleTitles()).to.deep.equal(['Nye familier', 'Børn uden for fællesskabet', 'Forældrenetværk']);
      await deck.chooseFilter('Tema', 'all');
      await deck.chooseFilter('Målgruppe', 'parents');
      const forParents = deck.visibleTitles();
      expect(forParents).not.to.include('Børn uden for fællesskabet');
      await deck.chooseFilter('Sted', 'club');
      expect(deck.visibleTitles().length).to.be.lessThan(forParents.length);
      expect(deck.countText()).to.match(/^Viser \d af 9 kort$/);
    });
  });

  describe('focus mode', () => {
    it('opens a card, moves with ←/→, announces the card, and goes back to the overview', async () => {
      const deck = await mountExample();
      const change = oneEvent(deck.element, 'sammen-card-change');
      await deck.openCard('Nye familier');
      expect((await change).detail.cardId).to.equal('new-families');
      expect(deck.element.getAttribute('card')).to.equal('new-families');
      expect(deck.focusTitle()).to.equal('Nye familier');
      expect(deck.activeElement()?.classList.contains('focus')).to.equal(true, 'focus moves into focus mode');
      await deck.key('ArrowRight');
      expect(deck.focusTitle()).to.equal('Børn uden for fællesskabet');
      await deck.key('ArrowRight');
      await deck.key('ArrowLeft');
      expect(deck.focusTitle()).to.equal('Børn uden for fællesskabet');
      await waitUntil(() => deck.root.querySelector('[role="status"][aria-live="polite"]')?.textContent?.includes('Kort: Børn uden for fællesskabet'), 'announced');
      await expect(deck.element).to.be.accessible();
      await deck.press('Alle kort');
      expect(deck.focusTitle()).to.equal(undefined);
      expect(deck.element.hasAttribute('card')).to.equal(false);
    });

    it('R draws a card not yet discussed, never repeating one, until all are done', async () => {
      const deck = await mountExample(new MemoryStore(), 'draw-session');
      await deck.openCard('Nye familier');
      const seen = [deck.focusTitle()];
      await deck.press('Drøftet');
      for (let draw = 1; draw < 9; draw += 1) {
        await deck.key('r');
        const title = deck.focusTitle();
        expect(seen, `draw ${draw} repeated ${title}`).not.to.include(title);
        seen.push(title);
        await deck.press('Drøftet');
      }
      expect(deck.progressText()).to.equal('9 af 9 drøftet');
      await deck.key('r');
      expect(deck.focusTitle()).not.to.equal(seen.at(-1), 'when all are done it still draws another card');
    });

    it('the overview can draw a random card from the filtered cards', async () => {
      const deck = await mountExample();
      await deck.chooseFilter('Tema', 'communities');
      await deck.press('Træk et tilfældigt kort');
      expect(['Nye familier', 'Børn uden for fællesskabet', 'Forældrenetværk']).to.include(deck.focusTitle());
      expect(deck.text()).to.match(/Kort \d af 3/);
    });

    it('the keys do nothing while typing a note', async () => {
      const deck = await mountExample(new MemoryStore(), 'typing');
      await deck.openCard('Nye familier');
      await deck.typeNote(0, 'r');
      await deck.key('ArrowRight');
      expect(deck.focusTitle()).to.equal('Nye familier');
      expect(deck.noteValue(0)).to.equal('r');
    });

    it('full screen: the API or the fallback, and the button says which way it goes', async () => {
      const deck = await mountExample();
      await deck.openCard('Nye familier');
      await deck.press('Fuld skærm');
      await waitUntil(() => deck.element.hasAttribute('fullscreen'), 'full screen');
      expect(document.fullscreenElement === deck.element || deck.element.hasAttribute('fullscreen-fallback')).to.equal(true);
      await deck.press('Afslut fuld skærm');
      await waitUntil(() => !deck.element.hasAttribute('fullscreen') && !deck.element.hasAttribute('fullscreen-fallback'), 'left full screen');
    });

    it('sync-url keeps the card in the hash, and a hash opens the card', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#tab=2&sammen-card=language`);
      try {
        const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${bilingualDeck} sync-url></sammen-reflection-deck>`);
        await waitUntil(() => deck.focusTitle() === 'Sprog', 'the linked card opens');
        deck.root.querySelector<HTMLElement>('.focus')!.focus();
        await deck.key('ArrowLeft');
        expect(deck.focusTitle()).to.equal('Den daglige snak');
        expect(location.hash).to.equal('#tab=2&sammen-card=talk');
      } finally {
        history.replaceState(null, '', `${location.pathname}${location.search}`);
      }
    });
  });

  describe('working session', () => {
    it('notes survive a reload: a new element instance over the same IndexedDB', async () => {
      const name = `sammen-test-${Math.random().toString(36).slice(2)}`;
      const first = await mountExample(new IndexedDbStore({ name }), 'meeting-1');
      await first.openCard('Nye familier');
      const notesChange = oneEvent(first.element, 'sammen-notes-change');
      await first.typeNote(1, 'Sommerfest i juni – æøå');
      expect((await notesChange).detail).to.include({ sessionId: 'meeting-1', cardId: 'new-families' });
      await first.press('Drøftet');
      await waitUntil(() => first.root.querySelector('sammen-save-status')?.getAttribute('status') === 'saved', 'saved', { timeout: 5000 });
      first.element.remove();

      const second = await mountExample(new IndexedDbStore({ name }), 'meeting-1');
      await waitUntil(() => second.progressText() === '1 af 9 drøftet', 'progress restored');
      await second.openCard('Nye familier');
      expect(second.noteValue(1)).to.equal('Sommerfest i juni – æøå');
      expect(second.noteValue(0)).to.equal('');
    });

    it('a failed save keeps the text, shows the failure, fires sammen-error, and retry saves', async () => {
      const store = new FailingStore();
      const deck = await mountExample(store, 'full');
      await deck.openCard('Nye familier');
      const error = oneEvent(deck.element, 'sammen-error');
      await deck.typeNote(0, 'Vigtig note');
      expect((await error).detail.code).to.equal('save-failed');
      await waitUntil(() => deck.alert()?.textContent?.includes('Din tekst er bevaret'), 'failure shown');
      expect(deck.noteValue(0)).to.equal('Vigtig note');
      store.healthy = true;
      await deck.press('Prøv igen');
      await waitUntil(async () => (await store.get('reflection-notes', 'full'))?.cards['new-families']?.notes.q1 === 'Vigtig note', 'saved after retry');
      await waitUntil(() => !deck.alert(), 'failure cleared');
    });

    it('reset asks first; confirming empties notes and progress', async () => {
      const store = new MemoryStore();
      const deck = await mountExample(store, 'reset');
      await deck.openCard('Nye familier');
      await deck.press('Drøftet');
      expect(deck.progressText()).to.equal('1 af 9 drøftet');
      await deck.press('Start forfra');
      const confirm = deck.root.querySelector('sammen-confirm')!;
      await waitUntil(() => confirm.shadowRoot?.querySelector('sammen-dialog')?.hasAttribute('open'), 'asked');
      const dialog = confirm.shadowRoot!.querySelector('sammen-dialog')!;
      const yes = [...dialog.querySelectorAll('sammen-button')].find((button) => button.textContent?.includes('Slet noterne'))!;
      yes.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => deck.progressText() === '0 af 9 drøftet', 'reset');
    });

    it('copies the notes as Markdown', async () => {
      const deck = await mountExample(new MemoryStore(), 'copy');
      await deck.openCard('Nye familier');
      await deck.typeNote(0, 'Kaffe om morgenen');
      let copied = '';
      const original = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async (text: string) => void (copied = text);
      try {
        await deck.press('Kopiér noter');
        await waitUntil(() => copied !== '', 'copied');
      } finally {
        navigator.clipboard.writeText = original;
      }
      expect(copied).to.include('# Forældre som partnere');
      expect(copied).to.include('Kaffe om morgenen');
    });
  });

  describe('facilitation', () => {
    it('the timer starts, pauses, resets, and shows time up quietly with text', async () => {
      const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${bilingualDeck} card="talk" timer-minutes="0.03"></sammen-reflection-deck>`);
      const clock = () => deck.root.querySelector('[role="timer"]')!.textContent!.trim();
      expect(clock()).to.equal('0:02');
      await deck.press('Start');
      expect(deck.button('Pause')).to.exist;
      await waitUntil(() => deck.text().includes('Tiden er gået'), 'time up', { timeout: 5000 });
      expect(clock()).to.equal('0:00');
      expect(deck.root.querySelector('.timer')!.hasAttribute('data-up')).to.equal(true);
      await deck.press('Nulstil tiden');
      expect(clock()).to.equal('0:02');
      await deck.press('Start');
      await deck.press('Pause');
      const paused = clock();
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(clock()).to.equal(paused);
    });

    it('round mode shows whose turn it is and moves on', async () => {
      const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${bilingualDeck} card="talk"></sammen-reflection-deck>`);
      deck.root.querySelector('details.round')!.setAttribute('open', '');
      const names = deck.root.querySelector<HTMLTextAreaElement>('details.round textarea')!;
      names.focus();
      const { sendKeys } = await import('@web/test-runner-commands');
      await sendKeys({ type: 'Mette, Ali, Leder' });
      await deck.settle();
      expect(deck.root.querySelector('.round__turn')!.textContent).to.include('Mette');
      await deck.press('Næste person');
      expect(deck.root.querySelector('.round__turn')!.textContent).to.include('Ali');
    });
  });

  describe('languages', () => {
    it('second-lang shows both languages, each block with its own lang and dir', async () => {
      const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${bilingualDeck} second-lang="ar" card="talk"></sammen-reflection-deck>`);
      const title = deck.root.querySelector('.focus__title')!;
      expect(title.getAttribute('lang')).to.equal('da');
      expect(title.getAttribute('dir')).to.equal('ltr');
      const second = deck.root.querySelector('.focus [part="second-language"]')!;
      expect(second.getAttribute('lang')).to.equal('ar');
      expect(second.getAttribute('dir')).to.equal('rtl');
      expect(second.textContent).to.include('الحديث اليومي');
      expect(second.querySelector('blockquote')!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(second.querySelector('blockquote')!).direction).to.equal('rtl');
      await expect(deck.element).to.be.accessible();
    });

    it('the built-in example comes in the second language too, and a page language switch keeps the open card on screen', async () => {
      // Each language of the example is a chunk of its own: the Danish page with second-lang="en"
      // loads both; a switch to Norwegian loads Norwegian while the Danish card stays shown.
      const deck = await DeckHarness.mount(html`<sammen-reflection-deck second-lang="en" card="new-families"></sammen-reflection-deck>`);
      expect(deck.focusTitle()).to.equal('Nye familier');
      const second = () => deck.root.querySelector('.focus [part="second-language"]');
      expect(second()?.getAttribute('lang')).to.equal('en');
      expect(second()?.textContent).to.include('New families');
      let flashed = false;
      const watcher = new MutationObserver(() => (flashed ||= Boolean(deck.root.querySelector('.loading'))));
      watcher.observe(deck.root, { childList: true, subtree: true });
      try {
        document.documentElement.lang = 'en';
        deck.element.secondLang = 'nb';
        await waitUntil(() => second()?.getAttribute('lang') === 'nb' && deck.focusTitle() === 'New families', 'shown in English with Norwegian beside it', { timeout: 5000 });
      } finally {
        watcher.disconnect();
        document.documentElement.lang = 'da';
      }
      expect(flashed, 'no "Loading" between the languages').to.equal(false);
      await deck.ready();
      expect(deck.focusTitle()).to.equal('Nye familier');
    });

    it('second-lang in the overview, and none where the card lacks that language', async () => {
      const deck = await DeckHarness.mount(html`<sammen-reflection-deck .deck=${bilingualDeck} second-lang="sv"></sammen-reflection-deck>`);
      expect(deck.root.querySelectorAll('[part="second-language"]')).to.have.length(0);
      deck.element.secondLang = 'en';
      await deck.settle();
      const blocks = deck.root.querySelectorAll('.overview [part="second-language"]');
      expect(blocks).to.have.length(2);
      expect(blocks[0]!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('parts fetched on first use', () => {
    it('the first Enter on “Open card” opens focus mode, with its styles, and focus in it', async () => {
      const { sendKeys } = await import('@web/test-runner-commands');
      const deck = await mountExample();
      const open = deck.root.querySelector<HTMLElement>('.overview .card__open')!;
      open.focus();
      await sendKeys({ press: 'Enter' });
      await deck.focusShown();
      expect(deck.root.querySelector('.focus')!.matches(':focus-within') || deck.root.activeElement?.closest('.focus')).to.be.ok;
      // focus.styles.ts arrived with the module: the card has its border and padding.
      expect(getComputedStyle(deck.root.querySelector('.focus__card')!).borderTopStyle).to.equal('solid');
      expect(deck.root.querySelector('.timer')).to.exist;
    });
  });

  describe('print', () => {
    let print: typeof window.print;
    beforeEach(() => {
      print = window.print;
      window.print = () => {};
    });
    afterEach(async () => {
      window.print = print;
      await emulateMedia({ media: 'screen' });
    });

    it('prints every card, one per half page with dashed cut lines, and nothing of the screen UI', async () => {
      const deck = await mountExample();
      await deck.search('forældre');
      await deck.press('Udskriv kort');
      await deck.printing();
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(deck.root.querySelector('.screen')!).display).to.equal('none');
      const cards = [...deck.root.querySelectorAll<HTMLElement>('.print-card')];
      expect(cards).to.have.length(9, 'all cards, whatever the filter');
      const style = getComputedStyle(cards[0]!);
      expect(style.borderBottomStyle).to.equal('dashed');
      expect(style.breakInside).to.equal('avoid');
      const height = cards[0]!.getBoundingClientRect().height;
      expect(height).to.be.within(window.innerHeight * 0.4, window.innerHeight / 2, 'about half a page');
      expect(getComputedStyle(cards[1]!).breakAfter).to.equal('page', 'two cards a page');
      window.dispatchEvent(new Event('afterprint'));
      await deck.settle();
      expect(deck.root.querySelectorAll('.print-card')).to.have.length(0, 'the print view goes away after printing');
    });

    it('prints the session’s notes as a handout', async () => {
      const deck = await mountExample(new MemoryStore(), 'handout');
      await deck.openCard('Nye familier');
      await deck.typeNote(0, 'Velkomstbrev på flere sprog');
      await deck.press('Udskriv noter');
      await deck.printing();
      await emulateMedia({ media: 'print' });
      const handout = deck.root.querySelector<HTMLElement>('.print--notes')!;
      expect(getComputedStyle(handout).display).to.equal('block');
      expect(handout.textContent).to.include('Velkomstbrev på flere sprog');
      expect(handout.textContent).to.include('0 af 9 drøftet');
    });
  });

  describe('scale and layout', () => {
    it('at 200 % text size and 320 px nothing overflows sideways, in overview and focus mode', async () => {
      const deck = await DeckHarness.mount(html`<sammen-reflection-deck style="inline-size: 320px; font-size: 200%" .store=${new MemoryStore()} session-id="big"></sammen-reflection-deck>`);
      await waitUntil(() => deck.progressText() !== '');
      expect(deck.element.scrollWidth).to.be.at.most(deck.element.clientWidth + 1, 'overview');
      await deck.openCard('Nye familier');
      expect(deck.element.scrollWidth).to.be.at.most(deck.element.clientWidth + 1, 'focus mode');
    });

    it('renders a 200-card deck and stays usable at 320 px', async () => {
      const deck = await DeckHarness.mount(html`<sammen-reflection-deck style="inline-size: 320px" .deck=${generatedDeck(200)}></sammen-reflection-deck>`);
      expect(deck.root.querySelectorAll('article')).to.have.length(200);
      expect(deck.element.scrollWidth).to.be.at.most(deck.element.clientWidth + 1, 'no horizontal overflow');
    });

    it('a long unbroken word never overflows at 320 px', async () => {
      const long = 'Forældresamarbejdsudvikling'.repeat(15);
      const deck = await DeckHarness.mount(
        html`<sammen-reflection-deck style="inline-size: 320px" .deck=${{ ...emptyDeck, title: long, themes: [{ id: 't', number: 1, title: long, cards: [card('c', long)] }] }} card="c"></sammen-reflection-deck>`,
      );
      expect(deck.element.scrollWidth).to.be.at.most(deck.element.clientWidth + 1);
    });
  });
});
