import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import '@sammen/core/define';
import type { SammenDialog } from '@sammen/core';

/** Sets <html lang> and waits until the new locale is ready (widgets re-render on that event). */
async function switchPageLanguage(lang: string): Promise<void> {
  const ready = new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') {
        window.removeEventListener(LOCALE_STATUS_EVENT, listener);
        resolve();
      }
    };
    window.addEventListener(LOCALE_STATUS_EVENT, listener);
  });
  document.documentElement.lang = lang;
  await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 1500))]);
}

const badgeText = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('following <html lang> live', () => {
  after(() => switchPageLanguage('da'));

  it('re-renders UI text in the new language without a reload', async () => {
    await switchPageLanguage('da');
    const badge = await fixture(html`<sammen-status-badge status="done"></sammen-status-badge>`);
    // The first widget on a page starts the language observer; Danish arrives with its module.
    await waitUntil(() => badgeText(badge) === 'Færdig', 'rendered in Danish', { timeout: 3000 });

    await switchPageLanguage('nb');
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(badgeText(badge)).to.equal('Ferdig');

    await switchPageLanguage('en');
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(badgeText(badge)).to.equal('Done');
  });

  it('maps da-DK → da, no → nb, nn and nn-NO → Nynorsk, and an unknown language → da', async () => {
    // "Not started" differs in all four languages (Bokmål "Ikke påbegynt", Nynorsk "Ikkje påbyrja").
    const badge = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<sammen-status-badge status="empty"></sammen-status-badge>`);
    for (const [lang, expected] of [
      ['no', 'Ikke påbegynt'],
      ['da-DK', 'Ikke påbegyndt'],
      ['nn', 'Ikkje påbyrja'],
      ['nb-NO', 'Ikke påbegynt'],
      ['nn-NO', 'Ikkje påbyrja'],
      ['en-GB', 'Not started'],
      ['sv', 'Ikke påbegyndt'],
    ] as const) {
      await switchPageLanguage(lang);
      await badge.updateComplete;
      expect(badgeText(badge), lang).to.equal(expected);
    }
  });

  it('also re-renders elements nested in another element’s shadow root', async () => {
    await switchPageLanguage('da');
    const dialog = await fixture<SammenDialog>(html`<sammen-dialog heading="x"></sammen-dialog>`);
    const closeButton = () => dialog.shadowRoot!.querySelector('sammen-icon-button')!.getAttribute('label');
    expect(closeButton()).to.equal('Luk');
    await switchPageLanguage('nb');
    await dialog.updateComplete;
    expect(closeButton()).to.equal('Lukk');
  });
});
