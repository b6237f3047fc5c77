import { LitElement, type CSSResultGroup } from 'lit';
import { LocaleController } from './controllers/locale-controller.js';
import { uiLocaleLoading } from './localization/localization.js';
import { fireSammenEvent, type SammenErrorDetail } from './events.js';
import { errorViewStyles } from './errors/error-view.js';
import { saveProblemStyles } from './errors/save-problem.js';
import { baseStyles, tokens } from './styles/tokens.js';
import { lengthCountStyles } from './ui/textarea/length-limit.js';

/**
 * The thin base every Sammen widget and UI part extends: design tokens and base styles, the
 * page-language controller, and one way to report an error. Behaviour beyond that lives in
 * controllers (document loading, autosave, announcements, roving focus), never here.
 */
export class SammenElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles, errorViewStyles, saveProblemStyles, lengthCountStyles];

  /** Follows `<html lang>`; `this.localeController.lang` is the locale to render content in. */
  protected readonly localeController = new LocaleController(this);

  /**
   * Holds every render while the page's language is loading. The first widget on a page starts
   * loading it when it connects, and the locale module arrives after the first render would
   * otherwise run: without this, the first paint (and anything a host or test reads when the
   * widget reports ready) was in the source language, English, on a Danish or Norwegian page.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = uiLocaleLoading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Fires `sammen-error` with `detail` (the inline view is rendered by the widget's template). */
  protected reportError(detail: SammenErrorDetail): void {
    fireSammenEvent(this, 'sammen-error', detail);
  }
}
