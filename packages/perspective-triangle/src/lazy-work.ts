// The work view's module (work-part.ts), fetched the first time a session is to be shown — beside
// the session itself, so a page that only lists the saved sessions never downloads it — with its
// strings (a locale part of their own). Core's LazyModule adopts its styles when it arrives and,
// when the import fails (offline, a stale CDN folder), gives the reason for the element's error
// view and fires one `sammen-error`.
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { LazyModule, withTranslations } from '@sammen/core';
import { translations as workTexts } from './generated/parts/work/translations.js';

/** The import, in a module object so a test can swap it for one that fails or takes its time. */
export const workImport = { load: withTranslations(() => import('./work-part.js'), workTexts) };

export type WorkModule = Awaited<ReturnType<typeof workImport.load>>;
type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The work view's module for `host`; `onLoad` sets up what needs it before the host renders with it. */
export function lazyWork(host: Host, onLoad: (module: WorkModule) => void): LazyModule<WorkModule> {
  return new LazyModule(host, () => workImport.load(), { label: () => msg('The work view'), onLoad });
}
