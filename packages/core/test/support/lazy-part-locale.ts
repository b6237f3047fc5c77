// The texts of core's lazily loaded parts (the error view's details, the save-problem box) are
// not in core's locale module, which every page loads, but in modules of their own, loaded with
// the part (packages/core/scripts/locale-parts.mjs). Run once per page language, each in a page
// of its own (lazy-part-locale-<lang>.test.ts): what is tested is the *first* time a page shows
// the part. It must show in the page's language from its first frame (no English, then Danish),
// its texts must not have been fetched before, and a later switch of <html lang> switches it too.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { activeLocale } from '@sammen/core';
import { FailingStore } from '../../test-suites/test-support.js';
import type { TestWidget } from './test-widget.js';
import './test-widget.js';
import type { NotesHost } from './notes-host.js';
import './notes-host.js';

type Lang = 'da' | 'nb' | 'nn';

const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const catalogue = async (lang: Lang) => (await (await fetch(`/packages/core/translations/${lang}.json`)).json()) as Record<string, string>;

/** Whether this page has fetched the locale module of core's `part` in `lang`. */
const fetched = (part: string, lang: Lang) =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/core/src/generated/parts/${part}/locales/${lang}.`));

/** Everything a person can read in `root` (and the shadow roots of parts in it). */
function deepWords(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += ` ${node.textContent}`;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return words(text);
}

/** The text of the first `selector` to appear in `host`'s shadow root, as it was when it appeared. */
function firstAppearance(host: HTMLElement, selector: string): Promise<string> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = host.shadowRoot?.querySelector(selector);
      if (!found) return;
      observer.disconnect();
      resolve(deepWords(found));
    });
    observer.observe(host.shadowRoot!, { childList: true, subtree: true, characterData: true });
  });
}

// A card without questions: a located issue the details list.
const invalidDeck = {
  schema: 'sammen.reflection-deck/v1',
  id: 'd',
  revision: 1,
  updatedAt: '2026-11-22T10:00:00.000Z',
  title: 'x',
  themes: [{ id: 't', number: 1, title: 'x', cards: [{ id: 'c', title: 'x', statement: { text: 'x', saidBy: 'parents' }, questions: [], audience: 'staff', settings: [] }] }],
};

const CONTENT_MISTAKES = 'The content has mistakes, so it cannot be shown. Please tell whoever looks after this website.';
const NO_ROOM = 'There is no more room on this device, so your text was not saved.';

export function lazyPartLocaleSuite(lang: Lang, switchTo: Lang): void {
  describe(`core's lazily loaded parts on a page in ${lang}`, () => {
    before(async () => {
      document.documentElement.lang = lang;
      const widget = document.createElement('sammen-test-widget') as TestWidget;
      document.body.append(widget);
      await waitUntil(() => activeLocale() === lang, `locale ${lang}`);
      await widget.updateComplete;
      widget.remove();
    });

    it(`the error view's details: fetched on first show, shown in ${lang} from the first frame, switched to ${switchTo} with the page`, async () => {
      const [texts, switched] = await Promise.all([catalogue(lang), catalogue(switchTo)]);
      expect(texts[CONTENT_MISTAKES], 'a translation to look for').to.be.a('string').and.not.equal(CONTENT_MISTAKES);
      expect(fetched('errors', lang), 'a page with no error has not fetched the details’ texts').to.equal(false);

      const element = document.createElement('sammen-test-widget') as TestWidget;
      element.src = `data:application/json,${encodeURIComponent(JSON.stringify(invalidDeck))}`;
      const error = oneEvent(element, 'sammen-error');
      document.body.append(element);
      const first = firstAppearance(element, '[role="alert"] details');
      await error;
      const shown = await first;
      expect(shown, `the details' first frame in ${lang}`).to.include(texts['Details for the web team']);
      await element.updateComplete;
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(deepWords(alert)).to.include(texts[CONTENT_MISTAKES]);
      expect(deepWords(alert), 'no English').not.to.include(CONTENT_MISTAKES);
      expect(fetched('errors', lang), 'the details’ texts were fetched with them').to.equal(true);

      document.documentElement.lang = switchTo;
      await waitUntil(() => activeLocale() === switchTo, `locale ${switchTo}`);
      await element.updateComplete;
      expect(deepWords(element.shadowRoot!.querySelector('[role="alert"]')!)).to.include(switched[CONTENT_MISTAKES]);
      document.documentElement.lang = lang;
      await waitUntil(() => activeLocale() === lang, `locale ${lang}`);
      element.remove();
    });

    it(`the save-problem box: fetched on first show, shown in ${lang} from the first frame, switched to ${switchTo} with the page`, async () => {
      const [texts, switched] = await Promise.all([catalogue(lang), catalogue(switchTo)]);
      expect(texts[NO_ROOM], 'a translation to look for').to.be.a('string').and.not.equal(NO_ROOM);
      expect(fetched('save-problem', lang), 'a page with no save problem has not fetched the box’s texts').to.equal(false);

      const store = new FailingStore();
      const element = await fixture<NotesHost>(html`<sammen-notes-host .store=${store} docId="n1"></sammen-notes-host>`);
      await waitUntil(() => element.notes.status !== 'loading' && element.notes.doc, 'loaded');
      const first = firstAppearance(element, '[part="save-problem"]');
      element.type('Tekst der ikke må gå tabt');
      const shown = await first;
      expect(shown, `the box's first frame in ${lang}`).to.include(texts[NO_ROOM]);
      expect(shown, 'no English').not.to.include(NO_ROOM);
      expect(fetched('save-problem', lang), 'the box’s texts were fetched with it').to.equal(true);
      expect(element.shownNote, 'the text is kept').to.equal('Tekst der ikke må gå tabt');

      document.documentElement.lang = switchTo;
      await waitUntil(() => activeLocale() === switchTo, `locale ${switchTo}`);
      await element.updateComplete;
      expect(deepWords(element.shadowRoot!.querySelector('[part="save-problem"]')!)).to.include(switched[NO_ROOM]);
      document.documentElement.lang = lang;
      await waitUntil(() => activeLocale() === lang, `locale ${lang}`);
    });
  });
}
