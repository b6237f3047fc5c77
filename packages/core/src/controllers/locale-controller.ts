import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { observeDocumentLanguage } from '../localization/html-lang-observer.js';
import { activeLocale } from '../localization/localization.js';
import type { UiLocale } from '../localization/normalize-locale.js';

/**
 * Keeps a widget in the page's language: starts the shared `<html lang>` observer and
 * re-renders the host whenever a new locale is ready. `lang` is the locale to render content in.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The active UI locale (`da`, `nb` or `en`); content documents are resolved in it too. */
  get lang(): UiLocale {
    return activeLocale();
  }

  hostConnected(): void {
    window.addEventListener(LOCALE_STATUS_EVENT, this.onStatus);
    observeDocumentLanguage();
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_STATUS_EVENT, this.onStatus);
  }

  private readonly onStatus = (event: WindowEventMap[typeof LOCALE_STATUS_EVENT]): void => {
    if (event.detail.status === 'ready') this.host.requestUpdate();
  };
}
