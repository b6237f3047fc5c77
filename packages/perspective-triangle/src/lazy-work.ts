// The work view's module (work-part.ts), fetched the first time a session is to be shown — beside
// the session itself, so a page that only lists the saved sessions never downloads it. Its styles
// are adopted into the shadow root when it arrives; when the import fails (offline, a stale CDN
// folder), the reason for the element's error view and one `sammen-error`. (Like the deck's
// lazy-part.ts; a generic one in core would serve both.)
import type { CSSResult, ReactiveControllerHost } from 'lit';
import { fireSammenEvent, toErrorDetail, withTranslations, type SammenErrorDetail } from '@sammen/core';
import { translations as workTexts } from './generated/parts/work/translations.js';

/**
 * The import, with the work view's strings (a locale part of their own, so the list's page does
 * not download them), in a module object so a test can swap it for one that fails.
 */
export const workImport = { load: withTranslations(() => import('./work-part.js'), workTexts) };

export type WorkModule = Awaited<ReturnType<typeof workImport.load>>;
type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class LazyWork {
  /** The module, once loaded. */
  module: WorkModule | undefined;
  /** Why it could not be loaded, once it failed. */
  error: SammenErrorDetail | undefined;
  private loading: Promise<unknown> | undefined;

  constructor(
    private readonly host: Host,
    /** Called with the module before the host renders with it (to set up what needs it). */
    private readonly onLoad: (module: WorkModule) => void,
  ) {}

  /** Imports the module (once), adopts its styles and renders the host again. */
  load(): Promise<unknown> {
    this.loading ??= workImport.load().then(
      (module) => {
        const root = this.host.renderRoot;
        const sheet = (module.styles as CSSResult).styleSheet;
        if (root instanceof ShadowRoot && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.onLoad(module);
        this.module = module;
        this.host.requestUpdate();
      },
      (cause: unknown) => {
        this.error = toErrorDetail(cause, 'load-failed');
        fireSammenEvent(this.host, 'sammen-error', this.error);
        this.host.requestUpdate();
      },
    );
    return this.loading;
  }

  /** Resolves when the module has loaded or failed (at once when it was never asked for). */
  get ready(): Promise<unknown> {
    return this.loading ?? Promise.resolve();
  }
}
