import type { CSSResultArray, CSSResultOrNative, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { fireSammenEvent, type SammenErrorDetail } from '../events.js';
import { holdUpdateComplete } from '../directives/lazy-template.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The constructable sheets of Lit styles (nested arrays included). */
export function sheetsOf(styles: CSSResultOrNative | CSSResultArray | undefined): CSSStyleSheet[] {
  if (!styles) return [];
  if (Array.isArray(styles)) return styles.flatMap((style) => sheetsOf(style));
  if (styles instanceof CSSStyleSheet) return [styles];
  const sheet = styles.styleSheet;
  return sheet ? [sheet] : [];
}

/** Adds `styles` (a lazily loaded view's, as it arrives) to `host`'s shadow root. */
export function adoptStyles(host: Host, styles: CSSResultOrNative | CSSResultArray | undefined): void {
  const root = host.renderRoot;
  if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheetsOf(styles)];
}

/** How a {@link LazyModule} tells and waits. */
export interface LazyModuleOptions<M> {
  /** What the module is, for the error when it cannot be loaded ("Focus mode", "The outline"). */
  label: () => string;
  /** Called with the module before the host renders with it (to make what needs it). */
  onLoad?: (module: M) => void;
  /** The host's `updateComplete` waits for the import: for a part the host renders as soon as it asks. */
  holdsUpdate?: boolean;
}

/**
 * A part of a widget a page downloads only when it is used (focus mode, the outline, a session's
 * work view): `load()` starts the dynamic `import()` once, adopts the module's `styles` into the
 * host's shadow root and renders the host again; when the import fails (offline, a stale CDN
 * folder) `error` says what could not be loaded and why, and the host fires one `sammen-error`.
 * `importModule` is called when loading starts, so a widget can keep its imports in an object a
 * test swaps.
 */
export class LazyModule<M extends object> {
  /** The module, once loaded. */
  module: M | undefined;
  /** Why it could not be loaded, once it failed. */
  error: SammenErrorDetail | undefined;
  private loading: Promise<M | undefined> | undefined;

  constructor(
    private readonly host: Host,
    private readonly importModule: () => Promise<M>,
    private readonly options: LazyModuleOptions<M>,
  ) {}

  /** Imports the module (once); resolves to it, or to undefined when it failed. */
  load(): Promise<M | undefined> {
    if (this.loading) return this.loading;
    this.loading = this.importModule().then(
      (module) => {
        adoptStyles(this.host, (module as { styles?: CSSResultOrNative | CSSResultArray }).styles);
        this.options.onLoad?.(module);
        this.module = module;
        this.host.requestUpdate();
        return module;
      },
      (cause: unknown) => {
        const what = this.options.label();
        const why = cause instanceof Error ? cause.message : String(cause);
        this.error = { code: 'load-failed', message: msg(str`${what} could not be loaded: ${why}`) };
        fireSammenEvent(this.host, 'sammen-error', this.error);
        this.host.requestUpdate();
        return undefined;
      },
    );
    if (this.options.holdsUpdate) holdUpdateComplete(this.host, this.loading);
    return this.loading;
  }

  /** Resolves when the module has loaded or failed (at once when it was never asked for). */
  get ready(): Promise<unknown> {
    return this.loading ?? Promise.resolve();
  }
}
