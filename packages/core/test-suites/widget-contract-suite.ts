// The contract every Sammen widget keeps (conventions.md), as one suite a widget's tests run with
// one call (the Lion habit): data precedence, a located error for an invalid `src`, hostile
// strings shown as text, `<html lang>` followed live, double define harmless, one live region
// (everything spoken goes through the widget's AnnouncerController), axe clean.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { SammenErrorDetail } from '../src/events.js';
import { define } from '../src/define-element.js';

export interface WidgetContractConfig {
  /** The widget's tag, e.g. `sammen-reflection-deck`. */
  tag: string;
  /** Name of the document property (`deck`, `session`, …). */
  property: string;
  /** A valid document for the property, and a text only it shows. */
  propertyDocument: () => unknown;
  propertyText: string;
  /** URL of a valid document for `src`, and a text only it shows. */
  srcUrl: string;
  srcText: string;
  /** The built-in default's text per page language (`da`, `en`), shown with neither property nor `src`. */
  defaultText: { da: string; en: string };
  /** A UI string per page language, to see the widget follow `<html lang>`. */
  uiText: { da: string; en: string };
  /** URL of an invalid document and a path the error must name. */
  invalidSrcUrl: string;
  invalidPath: string;
  /** A document whose every text is `hostileText` (markup and script). */
  hostileDocument: () => unknown;
  hostileText: string;
  /** Resolves when the widget has loaded its document (or failed). */
  ready: (element: HTMLElement) => Promise<unknown>;
}

const LIVE_REGION = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

const text = (element: HTMLElement) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function withLang<T>(lang: string, run: () => Promise<T>): Promise<T> {
  const before = document.documentElement.lang;
  document.documentElement.lang = lang;
  try {
    return await run();
  } finally {
    document.documentElement.lang = before;
  }
}

/** Runs the widget contract against `config`; call inside a `describe`. */
export function runWidgetContractSuite(config: WidgetContractConfig): void {
  const tag = unsafeStatic(config.tag);
  const mount = async (attributes: { src?: string; document?: unknown }) => {
    const element = await fixture<HTMLElement>(staticHtml`<${tag} src=${attributes.src ?? ''}></${tag}>`);
    if (attributes.document !== undefined) (element as unknown as Record<string, unknown>)[config.property] = attributes.document;
    if (!attributes.src) element.removeAttribute('src');
    await config.ready(element);
    return element;
  };
  const shows = (element: HTMLElement, expected: string, what: string) => waitUntil(() => text(element).includes(expected), `${what}: expected “${expected}”`, { timeout: 5000 });

  describe(`${config.tag}: widget contract`, () => {
    it('shows the property document over src, src over the built-in default', async () => {
      const both = await mount({ src: config.srcUrl, document: config.propertyDocument() });
      await shows(both, config.propertyText, 'property wins');
      expect(text(both)).not.to.include(config.srcText);

      const fromSrc = await mount({ src: config.srcUrl });
      await shows(fromSrc, config.srcText, 'src');

      await withLang('da', async () => {
        const fallback = await mount({});
        await shows(fallback, config.defaultText.da, 'built-in default');
      });
    });

    it('an invalid src shows a located role="alert" and fires sammen-error', async () => {
      const element = document.createElement(config.tag);
      const event = oneEvent(element, 'sammen-error') as Promise<CustomEvent<SammenErrorDetail>>;
      element.setAttribute('src', config.invalidSrcUrl);
      document.body.append(element);
      try {
        const { detail } = await event;
        expect(detail.code).to.equal('invalid-document');
        expect(detail.issues?.map((issue) => issue.path)).to.include(config.invalidPath);
        await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]'), 'alert shown');
        // The located issues are the error view's details, a part loaded on the first error
        // (lazyTemplate): on a busy machine they arrive a moment after the alert's sentence.
        await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]')?.textContent?.includes(config.invalidPath), `the alert names ${config.invalidPath}`);
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('renders hostile strings as literal text, never as markup', async () => {
      const element = await mount({ document: config.hostileDocument() });
      await shows(element, config.hostileText.replace(/\s+/g, ' '), 'hostile text shown literally');
      const root = element.shadowRoot!;
      expect(root.querySelector('img, script, iframe, object')).to.equal(null);
      expect((window as unknown as Record<string, unknown>).__sammenPwned).to.equal(undefined);
    });

    it('follows a live change of <html lang> in UI text and content', async () => {
      await withLang('da', async () => {
        const element = await mount({});
        await shows(element, config.uiText.da, 'Danish UI');
        await shows(element, config.defaultText.da, 'Danish content');
        document.documentElement.lang = 'en';
        await shows(element, config.uiText.en, 'English UI after the switch');
        await shows(element, config.defaultText.en, 'English content after the switch');
        document.documentElement.lang = 'da';
        await shows(element, config.uiText.da, 'Danish again');
      });
    });

    it('defining the tag again is a no-op, never an exception', () => {
      const existing = customElements.get(config.tag)!;
      expect(existing, 'the tag is defined').to.exist;
      expect(() => define(config.tag, existing)).not.to.throw();
      expect(() => define(config.tag, class extends HTMLElement {})).not.to.throw();
      expect(customElements.get(config.tag)).to.equal(existing);
    });

    it('speaks through one live region (its announcer), also in its parts', async () => {
      const element = await mount({ document: config.propertyDocument() });
      await shows(element, config.propertyText, 'property document shown');
      const live = (root: ParentNode): Element[] =>
        [...root.querySelectorAll('*')].flatMap((node) => [
          ...(node.matches(LIVE_REGION) ? [node] : []),
          ...(node.shadowRoot ? live(node.shadowRoot) : []),
        ]);
      expect(live(element.shadowRoot!).length, 'live regions in the widget and its parts').to.equal(1);
    });

    it('is accessible (axe) with its built-in default', async () => {
      const element = await mount({});
      await shows(element, config.defaultText.da, 'default shown');
      await expect(element).to.be.accessible();
    });
  });
}
