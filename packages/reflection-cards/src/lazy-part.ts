// Parts of the deck a page downloads only when they are used: focus mode (with the timer and
// round tools), printing, and the notes export. A dynamic import() started the first time the
// part is needed; its styles are adopted into the deck's shadow root when it arrives; when the
// import fails (offline, a stale CDN folder), a located message and one `sammen-error`.
import type { CSSResultArray, CSSResultOrNative, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { fireSammenEvent, withTranslations, type SammenErrorDetail } from '@sammen/core';
import { translations as focusTexts } from './generated/parts/focus/translations.js';
import { translations as exportTexts } from './generated/parts/export/translations.js';

/**
 * The deck's lazy parts by name: each a function that imports the part's module. A module
 * object, so a test can swap one for an import that fails.
 */
export const lazyParts = {
  // With its strings (a locale part of their own, packages/core/scripts/locale-parts.mjs).
  focus: withTranslations(() => import('./focus-part.js'), focusTexts),
  print: () => import('./print-part.js'),
  export: withTranslations(() => import('./notes-output.js'), exportTexts),
};

type Parts = typeof lazyParts;
type PartModule<K extends keyof Parts> = Awaited<ReturnType<Parts[K]>>;
type PartHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The constructable sheets of Lit styles (nested arrays included). */
function sheetsOf(styles: CSSResultOrNative | CSSResultArray | undefined): CSSStyleSheet[] {
  if (!styles) return [];
  if (Array.isArray(styles)) return styles.flatMap((style) => sheetsOf(style));
  if (styles instanceof CSSStyleSheet) return [styles];
  const sheet = styles.styleSheet;
  return sheet ? [sheet] : [];
}

export class LazyPart<K extends keyof Parts> {
  /** The module, once loaded. */
  module: PartModule<K> | undefined;
  /** Why it could not be loaded, once it failed. */
  error: SammenErrorDetail | undefined;
  private loading: Promise<PartModule<K> | undefined> | undefined;

  constructor(
    private readonly host: PartHost,
    private readonly name: K,
    /** What the part is, for the error ("Focus mode"). */
    private readonly label: () => string,
    /** Called with the module before the host renders with it (to set up what needs it). */
    private readonly onLoad?: (module: PartModule<K>) => void,
  ) {}

  /** Imports the part (once), adopts its styles and renders the host again; resolves to the module, or undefined when it failed. */
  load(): Promise<PartModule<K> | undefined> {
    this.loading ??= (lazyParts[this.name]() as Promise<PartModule<K>>).then(
      (module) => {
        const root = this.host.renderRoot;
        const styles = 'styles' in module ? (module.styles as CSSResultOrNative) : undefined;
        if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheetsOf(styles)];
        this.onLoad?.(module);
        this.module = module;
        this.host.requestUpdate();
        return module;
      },
      (cause: unknown) => {
        const what = this.label();
        const why = cause instanceof Error ? cause.message : String(cause);
        this.error = { code: 'load-failed', message: msg(str`${what} could not be fetched: ${why}`) };
        fireSammenEvent(this.host, 'sammen-error', this.error);
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.loading;
  }

  /** Resolves when the part has loaded or failed (at once when it was never asked for). */
  get ready(): Promise<unknown> {
    return this.loading ?? Promise.resolve();
  }
}
