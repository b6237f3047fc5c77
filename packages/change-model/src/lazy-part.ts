// A part of the viewer that a page downloads only when it is used (the selection panel's links
// and rationale, the outline view): a dynamic import() started the first time the part is
// rendered, a stand-in until it arrives (the caller's, never a blank), and — when the import
// fails (offline, a stale CDN folder) — a located inline error and one `sammen-error`.
import type { CSSResultArray, CSSResultOrNative, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { fireSammenEvent, holdUpdateComplete, renderErrorView, type SammenErrorDetail } from '@sammen/core';

/** What a lazy module gives: its styles (adopted into the host's shadow root) and anything else. */
export interface LazyModule {
  styles?: CSSResultOrNative | CSSResultArray;
}

type PartHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The constructable sheets of Lit styles (nested arrays included). */
export function sheetsOf(styles: CSSResultOrNative | CSSResultArray | undefined): CSSStyleSheet[] {
  if (!styles) return [];
  if (Array.isArray(styles)) return styles.flatMap((style) => sheetsOf(style));
  if (styles instanceof CSSStyleSheet) return [styles];
  const sheet = styles.styleSheet;
  return sheet ? [sheet] : [];
}

/**
 * The viewer's lazy parts by name: each a function that imports the part's module. A module
 * object, so a test can swap one for an import that fails.
 */
export const lazyParts = {
  selection: () => import('./selection-details.js'),
  outline: () => import('./outline-view.js'),
};

type Parts = typeof lazyParts;
/** The module a part's import gives. */
export type PartModule<K extends keyof Parts> = Awaited<ReturnType<Parts[K]>>;

export class LazyPart<K extends keyof Parts, M extends LazyModule = PartModule<K>> {
  /** The module, once loaded. */
  module: M | undefined;
  /** Why it could not be loaded, once it failed. */
  error: SammenErrorDetail | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: PartHost,
    private readonly name: K,
    /** What the part is, for the error ("the outline"). */
    private readonly label: () => string,
  ) {}

  /** Imports the part (once), adopts its styles, and renders the host again (its `updateComplete` waits for that). */
  load(): Promise<void> {
    if (this.loading) return this.loading;
    this.loading = (lazyParts[this.name]() as Promise<unknown> as Promise<M>).then(
      (module) => {
        const root = this.host.renderRoot;
        if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheetsOf(module.styles)];
        this.module = module;
        this.host.requestUpdate();
      },
      (cause: unknown) => {
        const what = this.label();
        const why = cause instanceof Error ? cause.message : String(cause);
        this.error = { code: 'load-failed', message: msg(str`${what} could not be loaded: ${why}`) };
        fireSammenEvent(this.host, 'sammen-error', this.error);
        this.host.requestUpdate();
      },
    );
    holdUpdateComplete(this.host, this.loading);
    return this.loading;
  }

  /** Resolves when the part has loaded or failed (at once when it was never asked for). */
  get ready(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** The part through `use` once loaded; until then `waiting()` (and the import starts); the error if it failed. */
  render(use: (module: M) => unknown, waiting: () => unknown): unknown {
    if (this.module) return use(this.module);
    const what = this.label();
    if (this.error) return renderErrorView(this.error, msg(str`${what} could not be shown`));
    void this.load();
    return waiting();
  }
}
