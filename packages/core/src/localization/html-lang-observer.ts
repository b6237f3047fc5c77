import { setUiLocale } from './localization.js';

// One observer for the whole page, however many widgets: started by the first widget that
// connects, following every later change of <html lang>.
let observer: MutationObserver | undefined;

function followDocumentLanguage(): void {
  // Always call setUiLocale: comparing with the active locale first loses a race while a
  // locale is still loading (lit-localize resolves concurrent calls in call order).
  void setUiLocale(document.documentElement.lang);
}

/** Starts following `<html lang>` (idempotent). Called by every widget's LocaleController. */
export function observeDocumentLanguage(): void {
  if (observer || typeof document === 'undefined') return;
  observer = new MutationObserver(followDocumentLanguage);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  followDocumentLanguage();
}
