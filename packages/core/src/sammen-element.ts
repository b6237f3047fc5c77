import { LitElement, type CSSResultGroup } from 'lit';
import { LocaleController } from './controllers/locale-controller.js';
import { uiLocaleLoading, useTranslations } from './localization/localization.js';
import type { Translations } from './localization/translations.js';
import { fireSammenEvent, type SammenErrorDetail } from './events.js';
import { lazyTemplatesRendered } from './directives/lazy-template.js';
import { baseStyles, tokens } from './styles/tokens.js';
import { lengthCountStyles } from './ui/textarea/length-limit.js';
import { creationScope, scopedRegistryOf, withRegistry } from './scoped-registry.js';
import { lazyPartsScope } from './lazy-definition.js';

/**
 * The thin base every Sammen widget and UI part extends: design tokens and base styles, the
 * page-language controller, and one way to report an error. Behaviour beyond that lives in
 * controllers (document loading, autosave, announcements, roving focus), never here.
 */
export class SammenElement extends LitElement {
  // The error view's and save problem's styles come with their code, when first shown (lazy-template.ts).
  static override styles: CSSResultGroup = [tokens, baseStyles, lengthCountStyles];

  /**
   * The messages of the package this element's class is written in (its generated
   * `translations`), loaded in the page's language when the first element connects. Core's own
   * messages are always loaded; a widget sets this so its locale chunk comes with it.
   */
  static translations?: Translations;

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

  /**
   * Also waits for the parts of this element's view that load on first use (an error's details,
   * a save problem): what a host or test reads after `updateComplete` is the finished view.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    await lazyTemplatesRendered(this);
    // Rendering what arrived may have requested another update.
    if (this.isUpdatePending) complete = await super.getUpdateComplete();
    return complete;
  }

  override connectedCallback(): void {
    // Before the locale controller connects (in super), so a first switch of the page's
    // language already includes this package's messages.
    const { translations } = this.constructor as typeof SammenElement;
    if (translations) useTranslations(translations);
    super.connectedCallback();
  }

  /**
   * In a scoped custom element registry (a second Sammen copy in a host's shadow root), the
   * shadow root and every template clone belong to that registry, so the parts rendered inside
   * are this copy's own (see scoped-registry.ts). Elsewhere, Lit's default. Either way a part
   * defined on first render (lazy-definition.ts) is loaded when a template shows it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const registry = scopedRegistryOf(this);
    if (registry && !this.shadowRoot) this.attachShadow(withRegistry((this.constructor as typeof SammenElement).shadowRootOptions, registry));
    this.renderOptions.creationScope = lazyPartsScope(this, registry ? creationScope(registry) : document);
    return super.createRenderRoot();
  }

  /** Fires `sammen-error` with `detail` (the inline view is rendered by the widget's template). */
  protected reportError(detail: SammenErrorDetail): void {
    fireSammenEvent(this, 'sammen-error', detail);
  }
}
